/**
 * What the project's command-line tools share. Each tool is a module exporting
 * `main(argv, io)`, which returns an exit code and never calls `process.exit` itself, so a
 * test can run it in-process with its own arguments and read what it printed; the last line
 * of the module runs it as a command (`runIfEntry`).
 *
 * A problem is a `CliError` thrown with its Vietnamese message and exit code (1 for a problem
 * with the input, 2 for wrong use); the runner prints the message without a stack trace.
 * `readArguments` reads the options: a wrong option prints what is wrong, in Vietnamese, and
 * the usage, and exits 2; --help prints the usage and exits 0. `wholeNumber` reads a count
 * given to an option. What a tool reads from the environment (CONTENT_DIR…) it reads from
 * `io.env`, so that a test can give it a content folder without changing process.env.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { closest } from '../../src/lib/text.ts';

/** Where a tool writes: the terminal when run as a command, a buffer in tests. */
export interface CliIO {
  /** One line (or block) of normal output. */
  out(text: string): void;
  /** One line (or block) of warnings and errors. */
  err(text: string): void;
  /** Whether the output is a terminal (progress bars only then). */
  interactive: boolean;
  /** The environment variables the tool reads (CONTENT_DIR…); process.env when left out. */
  env?: Record<string, string | undefined>;
}

export const consoleIO: CliIO = {
  out: (text) => console.log(text),
  err: (text) => console.error(text),
  interactive: Boolean(process.stderr.isTTY),
  env: process.env,
};

/**
 * A buffer to run a tool in a test: everything it printed, in order. `env`, if given, is the
 * whole environment the tool sees through `io.env`.
 */
export function memoryIO(env?: Record<string, string | undefined>): CliIO & { stdout: string[]; stderr: string[]; text(): string } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout,
    stderr,
    out: (text) => void stdout.push(text),
    err: (text) => void stderr.push(text),
    interactive: false,
    env,
    text: () => [...stdout, ...stderr].join('\n'),
  };
}

/** A problem that ends a tool: its message, in Vietnamese, and the exit code. */
export class CliError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode: 1 | 2 = 1) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

/** Stop the tool: 1 for a problem with the input, 2 for wrong use. */
export function fail(message: string, code: 1 | 2): never {
  throw new CliError(message, code);
}

/** --help was asked for: not an error, the usage is the output. */
class HelpRequested extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>;

/** What `parseArgs` found wrong, said in Vietnamese (its own message when it is not one of these). */
function wrongOption(error: Error & { code?: string }, options: Options): string {
  // The option or the word is the first quoted thing of the message: "Unknown option '--bogus'. …"
  const quoted = /'([^']*)'/.exec(error.message)?.[1]?.replace(/ <value>$/, '');
  if (quoted === undefined) return error.message;
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      // A long option misspelt ("--recods"); a letter alone is too short to guess from.
      const near = quoted.startsWith('--') ? closest(quoted, Object.keys(options).map((name) => `--${name}`)) : undefined;
      return `Không có tùy chọn ${quoted}.${near ? ` Có phải ${near}?` : ''}`;
    }
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /does not take an argument/.test(error.message) ? `${quoted} không nhận giá trị.` : `Thiếu giá trị sau ${quoted}.`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `Không hiểu tham số “${quoted}”.`;
    default:
      return error.message;
  }
}

/**
 * The options and the other words of `argv`; a wrong option is a CliError (2) with the usage.
 * A tool that takes no words besides its options says `{ positionals: false }`.
 */
export function readArguments<O extends Options>(argv: readonly string[], options: O, usage: string, { positionals = true } = {}) {
  let parsed: ReturnType<typeof parseArgs<{ options: O; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: positionals });
  } catch (error) {
    fail(`${wrongOption(error as Error, options)}\n\n${usage}`, 2);
  }
  if ((parsed.values as { help?: boolean }).help) throw new HelpRequested(usage);
  return parsed;
}

/**
 * A count given to an option (`--records 200000`): digits, the thousands perhaps grouped as
 * people write them (200000, 200_000, 200.000, 200,000), at least `min` and at most `max`.
 * Anything else is a CliError (2) naming the option, with `example` and then `usage` when given.
 */
export function wholeNumber(
  option: string,
  text: string,
  { min = 0, max = Number.MAX_SAFE_INTEGER, example = '', usage = '' }: { min?: number; max?: number; example?: string; usage?: string } = {},
): number {
  const end = usage ? `\n\n${usage}` : '';
  if (!/^(?:\d+|\d{1,3}(?:[_.,]\d{3})+)$/.test(text.trim())) {
    fail(`--${option} phải là một số nguyên${min > 0 ? ' dương' : ''}${example ? `, ví dụ ${example}` : ''}, đang là "${text}".${end}`, 2);
  }
  const value = Number(text.trim().replace(/[_.,]/g, ''));
  if (value < min) fail(`--${option} phải từ ${min} trở lên, đang là ${value}.${end}`, 2);
  if (value > max) fail(`--${option} tối đa là ${max.toLocaleString('vi-VN')}, đang là ${value}.${end}`, 2);
  return value;
}

export type Main = (argv: string[], io: CliIO) => number | void | Promise<number | void>;

/** Run a tool in-process and return its exit code: what the command line would end with. */
export async function run(main: Main, argv: string[], io: CliIO = consoleIO): Promise<number> {
  try {
    return (await main(argv, io)) ?? 0;
  } catch (error) {
    if (error instanceof HelpRequested) {
      io.out(error.message);
      return 0;
    }
    if (error instanceof CliError) {
      io.err(error.message);
      return error.exitCode;
    }
    throw error;
  }
}

/** Whether the module at `moduleUrl` is the script Node was started with. */
export function isEntry(moduleUrl: string): boolean {
  const started = process.argv[1];
  if (!started) return false;
  try {
    return realpathSync(started) === realpathSync(fileURLToPath(moduleUrl));
  } catch {
    return false;
  }
}

/** As the last line of a tool: run `main` with the command line when the module is the command. */
export function runIfEntry(moduleUrl: string, main: Main): void {
  if (!isEntry(moduleUrl)) return;
  run(main, process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}

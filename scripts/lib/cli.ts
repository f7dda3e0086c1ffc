/**
 * What the project's command-line tools share. Each tool is a module exporting
 * `main(argv, io)`, which returns an exit code and never calls `process.exit` itself, so a
 * test can run it in-process with its own arguments and read what it printed; the last line
 * of the module runs it as a command (`runIfEntry`).
 *
 * A problem is a `CliError` thrown with its Vietnamese message and exit code (1 for a problem
 * with the input, 2 for wrong use); the runner prints the message without a stack trace.
 * `readArguments` reads the options: a wrong option prints the usage and exits 2, --help
 * prints it and exits 0.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Where a tool writes: the terminal when run as a command, a buffer in tests. */
export interface CliIO {
  /** One line (or block) of normal output. */
  out(text: string): void;
  /** One line (or block) of warnings and errors. */
  err(text: string): void;
  /** Whether the output is a terminal (progress bars only then). */
  interactive: boolean;
}

export const consoleIO: CliIO = {
  out: (text) => console.log(text),
  err: (text) => console.error(text),
  interactive: Boolean(process.stderr.isTTY),
};

/** A buffer to run a tool in a test: everything it printed, in order. */
export function memoryIO(): CliIO & { stdout: string[]; stderr: string[]; text(): string } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout,
    stderr,
    out: (text) => void stdout.push(text),
    err: (text) => void stderr.push(text),
    interactive: false,
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

/** The options and the other words of `argv`; a wrong option is a CliError (2) with the usage. */
export function readArguments<O extends Options>(argv: readonly string[], options: O, usage: string) {
  let parsed: ReturnType<typeof parseArgs<{ options: O; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true });
  } catch (error) {
    fail(`${(error as Error).message}\n\n${usage}`, 2);
  }
  if ((parsed.values as { help?: boolean }).help) throw new HelpRequested(usage);
  return parsed;
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

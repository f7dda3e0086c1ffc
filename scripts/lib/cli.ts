/**
 * What the project's command-line tools share: an error in Vietnamese with an exit code and
 * no stack trace, and reading the arguments (a wrong option prints the usage and exits 2;
 * --help prints it and exits 0).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Print the message and stop: 1 for a problem with the input, 2 for wrong use. */
export function fail(message: string, code: number): never {
  console.error(message);
  process.exit(code);
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** The options and the other words of the command line, or an exit with the usage. */
export function readArguments<O extends Options>(options: O, usage: string) {
  let parsed: ReturnType<typeof parseArgs<{ options: O; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ options, allowPositionals: true });
  } catch (error) {
    fail(`${(error as Error).message}\n\n${usage}`, 2);
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(usage);
    process.exit(0);
  }
  return parsed;
}

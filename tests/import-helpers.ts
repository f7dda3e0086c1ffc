/** Run a command-line tool in-process, as a test of the importers does, with its own content folder. */
import { memoryIO, run, type Main } from '../scripts/lib/cli.ts';

export interface ToolRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** Run `main` with `args` and CONTENT_DIR set to `contentDir`; what it printed and its exit code. */
export async function runTool(main: Main, args: string[], contentDir: string, interactive = false): Promise<ToolRun> {
  const io = memoryIO();
  io.interactive = interactive;
  const saved = process.env.CONTENT_DIR;
  process.env.CONTENT_DIR = contentDir;
  try {
    const status = await run(main, args, io);
    return { status, stdout: io.stdout.join('\n'), stderr: io.stderr.join('\n') };
  } finally {
    if (saved === undefined) delete process.env.CONTENT_DIR;
    else process.env.CONTENT_DIR = saved;
  }
}

/**
 * Build a content folder into a fresh output folder, as a user's `astro build` would.
 * Shared by the build, browser and other site tests.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';

const ASTRO = path.resolve('node_modules/astro/bin/astro.mjs');
const BUILDS = path.resolve('tests/.tmp');

/**
 * Variables vitest puts into process.env for its own import.meta.env. A child build inherits
 * them, and Astro reads import.meta.env from process.env: BASE_URL='/' would override the
 * configured base path, DEV/NODE_ENV would make a "test" build. Build as a user would.
 */
const VITEST_ENV = /^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST(_.*)?)$/;

export function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITEST_ENV.test(key)));
}

export interface BuiltSite {
  status: number | null;
  outDir: string;
  output: string;
  cleanup: () => void;
}

/**
 * The command line and folders of one build. OUT_DIR and ASTRO_CACHE_DIR in `extraEnv` choose
 * the output and cache folders (a rebuild with the cache kept passes the same ones again);
 * otherwise both are fresh, in a temporary folder that `cleanup` removes.
 */
function prepareBuild(contentDir: string, extraEnv: Record<string, string>) {
  // Inside the project: Astro keeps its prerender chunks next to the output only when the
  // output lies under the working directory (elsewhere they go to a shared .astro folder,
  // which builds running side by side would overwrite), and those chunks must resolve
  // node_modules.
  mkdirSync(BUILDS, { recursive: true });
  const work = mkdtempSync(path.join(BUILDS, 'build-'));
  const env = {
    ...cleanEnv(),
    CONTENT_DIR: contentDir,
    OUT_DIR: path.join(work, 'dist'),
    ASTRO_CACHE_DIR: path.join(work, 'cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
    ...extraEnv,
  };
  return { env, outDir: env.OUT_DIR, cleanup: () => rmSync(work, { recursive: true, force: true }) };
}

/** Run `astro build` on `contentDir` into a fresh output folder; extraEnv sets BASE_PATH, SITE_URL, OUT_DIR, ASTRO_CACHE_DIR… */
export function buildSite(contentDir: string, extraEnv: Record<string, string> = {}): BuiltSite {
  const { env, outDir, cleanup } = prepareBuild(contentDir, extraEnv);
  const result = spawnSync(process.execPath, [ASTRO, 'build'], {
    env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return {
    status: result.status,
    outDir,
    output: `${result.stdout}\n${result.stderr}${result.error ? `\n${result.error}` : ''}`,
    cleanup,
  };
}

/** A build running in a child process, so another can run beside it. */
export interface RunningBuild {
  done: Promise<BuiltSite>;
  /** Resolves true once the build has printed `text`, false if it ends without printing it. */
  printed: (text: string) => Promise<boolean>;
}

/** Start `astro build` as buildSite does, without waiting for it. */
export function startBuild(contentDir: string, extraEnv: Record<string, string> = {}): RunningBuild {
  const { env, outDir, cleanup } = prepareBuild(contentDir, extraEnv);
  const child = spawn(process.execPath, [ASTRO, 'build'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let ended = false;
  const waiting: { text: string; resolve: (seen: boolean) => void }[] = [];
  const settle = () => {
    for (const w of [...waiting]) {
      const seen = stdout.includes(w.text) || stderr.includes(w.text);
      if (seen || ended) {
        waiting.splice(waiting.indexOf(w), 1);
        w.resolve(seen);
      }
    }
  };
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    settle();
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
    settle();
  });
  const done = new Promise<BuiltSite>((resolve) => {
    const finish = (status: number | null, error?: Error) => {
      ended = true;
      settle();
      resolve({ status, outDir, output: `${stdout}\n${stderr}${error ? `\n${error}` : ''}`, cleanup });
    };
    child.on('error', (error) => finish(null, error));
    child.on('close', (code) => finish(code));
  });
  const printed = (text: string) =>
    new Promise<boolean>((resolve) => {
      waiting.push({ text, resolve });
      settle();
    });
  return { done, printed };
}

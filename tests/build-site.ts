/**
 * Build a content folder into a fresh output folder, as a user's `astro build` would.
 * Shared by the build, browser and other site tests.
 */
import { spawnSync } from 'node:child_process';
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

/** Run `astro build` on `contentDir` into a fresh output folder; extraEnv sets BASE_PATH, SITE_URL… */
export function buildSite(contentDir: string, extraEnv: Record<string, string> = {}): BuiltSite {
  // Inside the project: Astro keeps its prerender chunks next to the output only when the
  // output lies under the working directory (elsewhere they go to a shared .astro folder,
  // which builds running side by side would overwrite), and those chunks must resolve
  // node_modules.
  mkdirSync(BUILDS, { recursive: true });
  const work = mkdtempSync(path.join(BUILDS, 'build-'));
  const outDir = path.join(work, 'dist');
  const result = spawnSync(process.execPath, [ASTRO, 'build'], {
    env: {
      ...cleanEnv(),
      CONTENT_DIR: contentDir,
      OUT_DIR: outDir,
      ASTRO_CACHE_DIR: path.join(work, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      ...extraEnv,
    },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return {
    status: result.status,
    outDir,
    output: `${result.stdout}\n${result.stderr}${result.error ? `\n${result.error}` : ''}`,
    cleanup: () => rmSync(work, { recursive: true, force: true }),
  };
}

/**
 * Every bad-content case as a press officer previewing with `npm run dev` meets it: the live
 * server, started once on a copy of the fixture, shows the case's line in the page it serves
 * and in the terminal. The cases go in the groups the build test uses (tests/bad-content.ts),
 * the copy put back to the fixture between groups, as an author would fix one batch of edits
 * before making the next.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupsBuiltTogether, type BadCase } from './bad-content.ts';
import { cleanEnv } from './build-site.ts';
import { copyFixture, FIXTURE } from './helpers.ts';

const ASTRO = path.resolve('node_modules/astro/bin/astro.mjs');
/** A page the fixture has; while the content has problems, the server answers with their list instead. */
const PAGE = 'tin-tuc/hoi-nghi-cum-bien-gioi/';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Files of a folder, relative to it, with "/" separators. */
function filesOf(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
}

/** Put a copy of the fixture back as it was, touching only the files that differ. */
function restoreFixture(dir: string): void {
  const originals = new Set(filesOf(FIXTURE));
  for (const file of filesOf(dir)) if (!originals.has(file)) rmSync(path.join(dir, file));
  for (const file of originals) {
    const text = readFileSync(path.join(FIXTURE, file));
    if (!text.equals(readFileSync(path.join(dir, file)))) writeFileSync(path.join(dir, file), text);
  }
}

/** The problems the page lists, as the text a reader sees: "file: field: message" per item. */
function listedProblems(html: string): string[] {
  const items = [...html.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => m[1]!);
  return items.map((item) =>
    item
      .replace(/<[^>]+>/g, '')
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&'),
  );
}

describe('bad content under the live server (npm run dev)', () => {
  let dir: string;
  let cleanup: () => void;
  let dev: ChildProcess;
  let output = '';
  let origin: string;

  beforeAll(async () => {
    ({ dir, cleanup } = copyFixture());
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    dev = spawn(process.execPath, [ASTRO, 'dev', '--port', String(port), '--host', '127.0.0.1'], {
      env: { ...cleanEnv(), CONTENT_DIR: dir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    dev.stdout!.on('data', (chunk) => (output += chunk));
    dev.stderr!.on('data', (chunk) => (output += chunk));
    const started = Date.now();
    while (!/ready in/.test(output)) {
      if (dev.exitCode !== null) throw new Error(`astro dev stopped:\n${output}`);
      if (Date.now() - started > 120_000) throw new Error(`astro dev did not start in 2 minutes:\n${output}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  });
  afterAll(() => {
    dev?.kill();
    cleanup?.();
  });

  /** The problems listed by the page once the server has caught up with the files (at most 20 s). */
  async function problemsShown(group: readonly BadCase[]): Promise<string[]> {
    const deadline = Date.now() + 20_000;
    let listed: string[] = [];
    for (;;) {
      const response = await fetch(`${origin}/${PAGE}`, { headers: { accept: 'text/html' } });
      listed = response.status === 500 ? listedProblems(await response.text()) : [];
      const all = group.every((bad) => listed.some((line) => line.includes(bad.expected)));
      if ((all && listed.length === group.length) || Date.now() > deadline) return listed;
      await new Promise((r) => setTimeout(r, 250));
    }
  }

  groupsBuiltTogether().forEach((group, n) => {
    it(`shows group ${n + 1} (${group.length} ${group.length === 1 ? 'case' : 'cases'}) in the page and in the terminal`, async () => {
      restoreFixture(dir);
      const before = output.length;
      for (const bad of group) bad.change(dir);
      const listed = await problemsShown(group);
      for (const bad of group) expect(listed.some((line) => line.includes(bad.expected)), `${bad.name}\n${listed.join('\n')}`).toBe(true);
      expect(listed).toHaveLength(group.length);
      // The terminal reports each save; the last report holds the whole group.
      await expect.poll(() => group.every((bad) => output.slice(before).includes(bad.expected)), { timeout: 10_000 }).toBe(true);
    });
  });
});

/**
 * The caches of the build are keyed on the code that makes their files, and only that code:
 * editing an importer must not throw away the downloads.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CACHE_CODE } from '../src/lib/build-cache.ts';
import { codeDigest, moduleGraph } from '../src/lib/build/code-digest.ts';
import { settingsDigest } from '../src/lib/build/settings.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'bang-vang-code-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => writeFileSync(path.join(dir, name), text);

describe('the digest of the code that makes a file', () => {
  it('follows value imports and re-exports, not type-only ones', () => {
    file('entry.ts', "import { b } from './b.ts';\nimport type { C } from './c.ts';\nexport { d } from './d.ts';\nimport './e.ts';\n");
    file('b.ts', "import data from './data.json' with { type: 'json' };\nexport const b = data;\n");
    file('c.ts', 'export type C = string;\n');
    file('d.ts', 'export const d = 1;\n');
    file('e.ts', 'globalThis.x = 1;\n');
    file('data.json', '{"a":1}\n');
    const graph = moduleGraph([path.join(dir, 'entry.ts')]).map((f) => path.basename(f));
    expect(graph).toEqual(['b.ts', 'd.ts', 'data.json', 'e.ts', 'entry.ts']);
    const first = codeDigest([path.join(dir, 'entry.ts')]);
    file('c.ts', 'export type C = number;\n');
    expect(codeDigest([path.join(dir, 'entry.ts')])).toBe(first);
    file('data.json', '{"a":2}\n');
    expect(codeDigest([path.join(dir, 'entry.ts')])).not.toBe(first);
  });

  it('of the downloads covers their writers, not the importers or the pages', () => {
    const graph = moduleGraph(CACHE_CODE.downloads).map((f) => path.relative('src', f).split(path.sep).join('/'));
    expect(graph).toEqual(expect.arrayContaining(['lib/open-data/files.ts', 'lib/open-data/downloads.ts', 'lib/open-data/csv.ts', 'lib/rolls.ts']));
    expect(graph.filter((f) => f.startsWith('lib/import/') || f.startsWith('lib/views/') || f.startsWith('lib/search/'))).toEqual([]);
  });

  it('of the records’ search bundle covers the index writer and its documents, not the downloads', () => {
    const graph = moduleGraph(CACHE_CODE.recordsIndex).map((f) => path.relative('src', f).split(path.sep).join('/'));
    expect(graph).toEqual(expect.arrayContaining(['lib/search/write-index.ts', 'lib/search/documents.ts']));
    expect(graph.filter((f) => f.startsWith('lib/import/') || f.startsWith('lib/open-data/'))).toEqual([]);
  });
});

describe('the digest of the settings that change every page', () => {
  it('changes with the province, the portal and the editor, not with unset against empty', () => {
    const base = settingsDigest({});
    expect(settingsDigest({ SITE_PROVINCE: '' })).toBe(base);
    expect(settingsDigest({ UNRELATED: 'x' })).toBe(base);
    for (const name of ['SITE_PROVINCE', 'PORTAL_MEMBERS', 'OPEN_DATA', 'EDITOR_BACKEND']) {
      expect(settingsDigest({ [name]: 'x' }), name).not.toBe(base);
    }
  });
  it('is part of the configuration Astro hashes to decide whether pages may be reused', async () => {
    const config = readFileSync('astro.config.mjs', 'utf8');
    expect(config).toMatch(/define: \{ 'import\.meta\.env\.SITE_SETTINGS_DIGEST': JSON\.stringify\(settingsDigest\(process\.env\)\) \}/);
    const { getConfigHashInput } = (await import(pathToFileURL(path.resolve('node_modules/astro/dist/core/build/config-hash/input.js')).href)) as { getConfigHashInput: (c: unknown) => { vite: { define: unknown } } };
    const define = { x: '1' };
    const input = getConfigHashInput({ build: {}, vite: { build: {}, define }, experimental: {}, security: {} });
    expect(input.vite.define).toBe(define);
  });
});

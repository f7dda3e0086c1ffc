/**
 * The same content always gives the same site: two builds from content in two different
 * folders, a moment apart and with separate caches, must be identical byte for byte.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from './build-site.ts';

function digestTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of readdirSync(dir, { recursive: true }).map(String).sort()) {
    const full = path.join(dir, file);
    try {
      out.set(file.split(path.sep).join('/'), createHash('sha256').update(readFileSync(full)).digest('hex'));
    } catch {
      // a folder
    }
  }
  return out;
}

describe('reproducible builds', () => {
  const cleanups: (() => void)[] = [];
  afterAll(() => cleanups.forEach((c) => c()));

  it('gives byte-identical output for the same content in two folders', async () => {
    mkdirSync(path.resolve('tests/.tmp'), { recursive: true });
    const copies = ['a', 'b'].map((name) => {
      const dir = mkdtempSync(path.resolve('tests/.tmp', `content-${name}-`));
      cpSync(path.resolve('src/content'), dir, { recursive: true });
      cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
      return dir;
    });
    const first: BuiltSite = buildSite(copies[0]!);
    cleanups.push(first.cleanup);
    expect(first.status, first.output).toBe(0);
    await new Promise((r) => setTimeout(r, 1500));
    const second: BuiltSite = buildSite(copies[1]!);
    cleanups.push(second.cleanup);
    expect(second.status, second.output).toBe(0);

    const a = digestTree(first.outDir);
    const b = digestTree(second.outDir);
    expect(a.size).toBeGreaterThan(200);
    const differing = [...a.keys()].filter((f) => a.get(f) !== b.get(f));
    expect(differing).toEqual([]);
    expect([...b.keys()].filter((f) => !a.has(f))).toEqual([]);
  });
});

/**
 * A digest of the code that makes a file: the source of a module and of every module of the
 * project it imports, transitively (type-only imports aside: they make nothing). A cache keyed
 * on it is thrown away when that code changes, and only then: editing an importer does not
 * throw away the downloads, whose code never imports it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Relative imports and re-exports of a module, `import type` and `export type` left out. */
const IMPORT = /(?:^|[;\s])(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"](\.{1,2}\/[^'"]+)['"]/g;

/** The project modules a module imports for their values. */
export function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const match of source.matchAll(IMPORT)) {
    if (match[1]) continue;
    const target = path.resolve(path.dirname(file), match[2]!);
    if (existsSync(target)) out.push(target);
  }
  return out;
}

/** Every module reached from `entries` (files or file: URLs), themselves included, sorted. */
export function moduleGraph(entries: readonly (string | URL)[]): string[] {
  const seen = new Set<string>();
  const stack = entries.map((e) => (e instanceof URL ? fileURLToPath(e) : e));
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (/\.(m?[jt]s)$/.test(file)) stack.push(...importsOf(file));
  }
  return [...seen].sort();
}

/** A digest of the modules reached from `entries`: their paths relative to the project's src/ and their bytes. */
export function codeDigest(entries: readonly (string | URL)[]): string {
  const hash = createHash('sha256');
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  for (const file of moduleGraph(entries)) hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('base64url').slice(0, 24);
}

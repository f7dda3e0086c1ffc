/** Shared helpers for tests that need a content directory of their own. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const FIXTURE = path.resolve('tests/fixtures/content-small');

/** A fresh copy of the small fixture in a temporary folder, to break one thing in. */
export function copyFixture(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'bang-vang-'));
  cpSync(FIXTURE, dir, { recursive: true });
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Change a JSON file in place. */
export function editJson(file: string, change: (data: any) => void): void {
  const data = JSON.parse(readFileSync(file, 'utf8'));
  change(data);
  writeFileSync(file, JSON.stringify(data, null, 2));
}

/** Replace text in a file, failing loudly if the text is not there (so a test cannot pass by accident). */
export function replaceIn(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`"${from}" not found in ${file}`);
  writeFileSync(file, text.replace(from, to));
}

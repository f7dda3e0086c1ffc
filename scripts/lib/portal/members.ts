/**
 * Member sites for the portal's tests and benchmark: a generated dataset built as a member
 * builds itself (its own base path, address and province). Its build writes the two files a
 * portal reads: the whole-name index tim-ten/ and the summary du-lieu/tong-hop.json.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import type { ValidatedContent } from '../../../src/lib/content/validate.ts';
import { nameKey } from '../../../src/lib/search/names.ts';
import { recordAnchor } from '../../../src/lib/rolls.ts';
import { generateDataset, writeDataset } from '../dataset/index.ts';

/** Generate a member's dataset (npm run generate) into `dir`. */
export function generateMember(dir: string, records: number, seed: number): void {
  writeDataset(dir, generateDataset({ records, seed }), { records, seed });
}

const ASTRO = path.resolve('node_modules/astro/bin/astro.mjs');

/**
 * Variables vitest puts into process.env for its own import.meta.env: a child build must not
 * inherit them (BASE_URL='/' would override the base path).
 */
const TEST_ENV = /^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST(_.*)?)$/;

export interface BuildResult {
  code: number;
  seconds: number;
  log: string;
}

/** `astro build` of a content folder with the given variables (OUT_DIR, BASE_PATH, PORTAL_MEMBERS…). */
export function astroBuild(env: Record<string, string>): Promise<BuildResult> {
  return new Promise((resolve) => {
    const started = performance.now();
    let log = '';
    const base = Object.fromEntries(Object.entries(process.env).filter(([key]) => !TEST_ENV.test(key)));
    const child = spawn(process.execPath, [ASTRO, 'build'], {
      env: { ...base, ASTRO_TELEMETRY_DISABLED: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (c: Buffer) => (log += c.toString()));
    child.stderr.on('data', (c: Buffer) => (log += c.toString()));
    child.on('close', (code) => resolve({ code: code ?? 1, log, seconds: (performance.now() - started) / 1000 }));
  });
}

/** People whose name (folded) is on exactly one record of `only` and on none of `others`, with that record. */
export function namesOnlyIn(only: ValidatedContent, others: readonly ValidatedContent[], wanted = 3): { name: string; decision: string; anchor: string }[] {
  const elsewhere = new Set<string>();
  for (const content of others) for (const d of content.decisions) for (const r of d.data.records) elsewhere.add(nameKey(r.name));
  const counts = new Map<string, number>();
  for (const d of only.decisions) for (const r of d.data.records) counts.set(nameKey(r.name), (counts.get(nameKey(r.name)) ?? 0) + 1);
  const out: { name: string; decision: string; anchor: string }[] = [];
  for (const d of only.decisions) {
    for (const r of d.data.records) {
      const key = nameKey(r.name);
      // Only names with marks: typed without them, they are another spelling to test.
      if (r.kind !== 'ca-nhan' || counts.get(key) !== 1 || elsewhere.has(key) || r.name.toLocaleLowerCase('vi') === key) continue;
      out.push({ name: r.name, decision: d.id, anchor: recordAnchor(r) });
      if (out.length >= wanted) return out;
    }
  }
  return out;
}

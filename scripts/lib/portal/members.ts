/**
 * Member sites for the portal's tests and benchmark: a generated dataset built as a member
 * builds itself (its own base path and province), then given the two files a portal reads
 * that a member's build does not write yet:
 *
 * - its whole-name index under tim-ten/, written here by the shared contract
 *   (docs/federation.md, "Whole-name index"; the keys and shards of src/lib/portal/name-key.ts)
 *   until the site's own build writes it;
 * - its summary du-lieu/tong-hop.json (src/lib/portal/summary.ts).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { NameEntry, NameShard } from '../../../src/schemas/portal.ts';
import { awardLabel } from '../../../src/lib/awards.ts';
import { validateContent, type ValidatedContent } from '../../../src/lib/content/validate.ts';
import { formatViDate } from '../../../src/lib/dates.ts';
import { NAME_INDEX_FOLDER, NAME_INDEX_MANIFEST, nameKey, shardFile, shardOf } from '../../../src/lib/portal/name-key.ts';
import { memberSummary, SUMMARY_FILE } from '../../../src/lib/portal/summary.ts';
import { awardOf, provinceOf, recordAnchor } from '../../../src/lib/rolls.ts';
import { generateDataset, writeDataset } from '../dataset/index.ts';

/** A shard of about this many bytes of JSON, before compression (20–40 KB by the contract). */
const SHARD_BYTES = 30_000;

/** Every record's entry in the name index, by key. */
export function nameEntries(content: ValidatedContent): Map<string, NameEntry[]> {
  const byKey = new Map<string, NameEntry[]>();
  for (const decision of content.decisions) {
    const d = decision.data;
    const decisionPath = `quyet-dinh/${decision.id}/`;
    const date = formatViDate(d.date);
    for (const record of d.records) {
      const given = awardOf(d, record);
      const award = awardLabel(content.awards.get(given.award)?.name ?? given.award, given.awardClass);
      const province = content.provinces.get(provinceOf(d, record))?.name ?? provinceOf(d, record);
      const key = nameKey(record.name);
      const list = byKey.get(key) ?? [];
      list.push([record.name, decisionPath, recordAnchor(record), award, d.number, date, province]);
      byKey.set(key, list);
    }
  }
  return byKey;
}

/** Write `<out>/tim-ten/`: the shards and the manifest. Returns the shard count. */
export function writeNameIndex(content: ValidatedContent, out: string, site: { name: string; province: string | null }): number {
  const entries = nameEntries(content);
  let bytes = 0;
  let records = 0;
  for (const [key, list] of entries) {
    bytes += key.length + JSON.stringify(list).length + 4;
    records += list.length;
  }
  let shards = 1;
  while (bytes / shards > SHARD_BYTES) shards *= 2;
  const split: NameShard[] = Array.from({ length: shards }, () => ({ version: 1, names: {} }));
  for (const [key, list] of entries) split[shardOf(key, shards)]!.names[key] = list;
  const folder = path.join(out, NAME_INDEX_FOLDER);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  split.forEach((shard, i) => writeFileSync(path.join(folder, shardFile(i, shards)), JSON.stringify(shard)));
  writeFileSync(path.join(folder, NAME_INDEX_MANIFEST), JSON.stringify({ version: 1, shards, records, site: site.name, province: site.province }));
  return shards;
}

/** Write the name index and the summary a portal reads into a member's built site. */
export function publishForPortal(contentDir: string, out: string, site: { name: string; province: string | null; url: string }): { shards: number } {
  const { problems, content } = validateContent(contentDir);
  if (problems.length > 0) throw new Error(`${contentDir}: ${problems.length} problems, first: ${problems[0]!.file}: ${problems[0]!.message}`);
  const shards = writeNameIndex(content, out, site);
  mkdirSync(path.join(out, 'du-lieu'), { recursive: true });
  writeFileSync(path.join(out, SUMMARY_FILE), JSON.stringify(memberSummary(content, site.url)));
  return { shards };
}

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

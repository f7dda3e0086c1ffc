/**
 * Writes the whole-name index (./names.ts) from the checked content: every record of every
 * decision, filed under its folded name, in shards. Made from the rolls only, so it is cached
 * with the records' search bundle (src/lib/build/generated-files-worker.ts); the manifest,
 * which names the site, is written apart by each build.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { awardLabel } from '../awards.ts';
import type { ValidatedContent } from '../content/validate.ts';
import { formatViDate } from '../dates.ts';
import { awardOf, newestFirst, provinceOf, recordAnchor } from '../rolls.ts';
import {
  NAME_INDEX_MANIFEST,
  NAME_INDEX_VERSION,
  nameKey,
  nameShardCount,
  shardFile,
  shardOf,
  type NameEntry,
  type NameIndexManifest,
  type NameShard,
} from './names.ts';

export interface NameIndex {
  shards: number;
  records: number;
  /** Each shard's file, by its number (every shard has one, empty or not). */
  files: NameShard[];
}

/** The whole-name index of the content, in memory. */
export function buildNameIndex(content: ValidatedContent): NameIndex {
  const records = content.decisions.reduce((n, d) => n + d.data.records.length, 0);
  const shards = nameShardCount(records);
  const byShard: Map<string, NameEntry[]>[] = Array.from({ length: shards }, () => new Map());
  const awardText = new Map<string, string>();
  const provinceName = (id: string) => content.provinces.get(id)?.name ?? id;
  // Newest decisions first under each name, as every list of the site shows them.
  for (const decision of newestFirst(content.decisions)) {
    const d = decision.data;
    const decisionPath = `quyet-dinh/${decision.id}/`;
    const date = formatViDate(d.date);
    for (const record of [...d.records].sort((a, b) => a.stt - b.stt)) {
      const key = nameKey(record.name);
      if (!key) continue;
      const given = awardOf(d, record);
      const awardKey = `${given.award}|${given.awardClass ?? ''}`;
      let award = awardText.get(awardKey);
      if (award === undefined) {
        award = awardLabel(content.awards.get(given.award)?.name ?? given.award, given.awardClass);
        awardText.set(awardKey, award);
      }
      const entry: NameEntry = [record.name, decisionPath, recordAnchor(record), award, d.number, date, provinceName(provinceOf(d, record))];
      const shard = byShard[shardOf(key, shards)]!;
      const list = shard.get(key);
      if (list) list.push(entry);
      else shard.set(key, [entry]);
    }
  }
  const files = byShard.map((names): NameShard => {
    // Keys in a fixed order, so the same content always writes the same bytes.
    const sorted = [...names.keys()].sort();
    return { version: NAME_INDEX_VERSION, names: Object.fromEntries(sorted.map((key) => [key, names.get(key)!])) };
  });
  return { shards, records, files };
}

/** Write every shard of the content's whole-name index into `folder`; its size, for the log. */
export function writeNameShards(content: ValidatedContent, folder: string): { shards: number; records: number; bytes: number } {
  const index = buildNameIndex(content);
  mkdirSync(folder, { recursive: true });
  let bytes = 0;
  index.files.forEach((shard, i) => {
    const json = JSON.stringify(shard);
    bytes += Buffer.byteLength(json);
    writeFileSync(path.join(folder, shardFile(i, index.shards)), json);
  });
  return { shards: index.shards, records: index.records, bytes };
}

/** Write `manifest.json` into `folder`: not cached with the shards, for it names the site. */
export function writeNameManifest(folder: string, manifest: Omit<NameIndexManifest, 'version'>): void {
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, NAME_INDEX_MANIFEST), `${JSON.stringify({ version: NAME_INDEX_VERSION, ...manifest }, null, 2)}\n`);
}

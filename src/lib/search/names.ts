/**
 * The whole-name index: a small static index of folded full names, split into shards, so a
 * search for a whole name is answered with one small fetch, without waiting for Pagefind
 * (whose start, WebAssembly and metadata first, was most of a fresh visit's time).
 *
 * This module is the one implementation of the index's keys, shards and file names, shared by
 * the build that writes it (./name-index.ts) and the search page that reads it (bundled from
 * this same file); a national portal reading many sites' indexes follows the same rules
 * (docs/search.md, "The whole-name index"). It imports nothing of Node's.
 *
 * Files, under `<base>/tim-ten/`: one `<shard>.json` per shard and `manifest.json`.
 */
import { foldDiacritics } from '../text.ts';

/** The index's folder under the site's base path. */
export const NAME_INDEX_FOLDER = 'tim-ten';

/** The manifest's file name in that folder. */
export const NAME_INDEX_MANIFEST = 'manifest.json';

/** The version of the files' format, in every file. */
export const NAME_INDEX_VERSION = 1;

/**
 * One record as the index gives it, every field a string as a citizen reads it:
 * the name, the decision's page and the record's anchor (relative to the site's base:
 * "quyet-dinh/ha-giang/2022/qd-12/", "stt-5"), the award with its class, the decision's
 * number and date ("5/1/2023"), and the province of the time ("Hà Giang").
 */
export type NameEntry = [name: string, decisionPath: string, anchor: string, award: string, decisionNumber: string, dateText: string, province: string];

/** A shard: the records of every folded name whose hash falls in it. */
export interface NameShard {
  version: typeof NAME_INDEX_VERSION;
  names: Record<string, NameEntry[]>;
}

/** `manifest.json`: for tools and a portal's build (the search page carries the shard count itself). */
export interface NameIndexManifest {
  version: typeof NAME_INDEX_VERSION;
  shards: number;
  records: number;
  site: string;
  /** The owning province of a single-province site, else null. */
  province: string | null;
}

/**
 * The folded key of a name: NFC, lower case, marks stripped, đ and Đ (and the look-alike Ð)
 * to d, every run of other characters than letters and digits one space, trimmed.
 * "Nguyễn Thị Hòa", "nguyen thi hoa" and "NGUYỄN  THỊ HOÀ" all give "nguyen thi hoa".
 * The definition; `nameKey` gives the same key faster.
 */
export function plainNameKey(name: string): string {
  return foldDiacritics(name)
    .toLocaleLowerCase('vi')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Characters that separate the words of a name: neither letters, digits nor marks. */
const SEPARATORS = /[^\p{L}\p{N}\p{M}]+/u;
/** Each word's key: names share a few thousand words, and a build folds 200,000 names. */
const wordKeys = new Map<string, string>();

/** The folded key of a name (as `plainNameKey`), one word at a time, each word folded once. */
export function nameKey(name: string): string {
  let key = '';
  for (const word of name.split(SEPARATORS)) {
    if (!word) continue;
    let folded = wordKeys.get(word);
    if (folded === undefined) {
      folded = plainNameKey(word);
      // Bounded, so a page that looks up many odd words does not keep them all.
      if (wordKeys.size < 100_000) wordKeys.set(word, folded);
    }
    if (folded) key = key ? `${key} ${folded}` : folded;
  }
  return key;
}

const encoder = new TextEncoder();

/** FNV-1a, 32 bits, of the text's UTF-8 bytes. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of encoder.encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * Records per shard at least: a record's entry is about 150–190 bytes of JSON, so a shard
 * holds 20–40 KB before compression (5–10 KB as a host sends it). Fewer, larger shards
 * cost every lookup more bytes; more, smaller ones cost a static host more files.
 */
export const RECORDS_PER_SHARD = 160;

/** The number of shards for a count of records: a power of two, at least 1. */
export function nameShardCount(records: number): number {
  let shards = 1;
  while (shards * 2 * RECORDS_PER_SHARD <= records) shards *= 2;
  return shards;
}

/** The shard a key falls in. */
export function shardOf(key: string, shards: number): number {
  return fnv1a(key) % shards;
}

/** A shard's file name: its number in lower-case hex, as wide as the last shard's ("0a3.json" of 1024). */
export function shardFile(shard: number, shards: number): string {
  return `${shard.toString(16).padStart((shards - 1).toString(16).length, '0')}.json`;
}

/** What the search page needs to look a name up: the index's address and its shard count. */
export interface NameIndexSetup {
  /** The index's folder, "/thi-dua/tim-ten/". */
  base: string;
  shards: number;
}

/** The address of the shard holding a key. */
export function shardAddress(setup: NameIndexSetup, key: string): string {
  return `${setup.base}${shardFile(shardOf(key, setup.shards), setup.shards)}`;
}

/**
 * The records of exactly this folded name in a shard: none when the shard is not of this
 * version, and only the shard's own keys ("constructor" is not a name). A portal reads other
 * sites' shards, so what is not a list of entries is left out.
 */
export function entriesFor(shard: unknown, key: string): NameEntry[] {
  const s = shard as Partial<NameShard> | null;
  if (!s || s.version !== NAME_INDEX_VERSION || typeof s.names !== 'object' || s.names === null) return [];
  const list: unknown = Object.hasOwn(s.names, key) ? s.names[key] : undefined;
  return Array.isArray(list) ? list.filter((entry): entry is NameEntry => Array.isArray(entry)) : [];
}

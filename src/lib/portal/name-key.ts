/**
 * The whole-name index's keys and shards (docs/federation.md, "Whole-name index"): how a
 * name is folded into its key and which shard file holds it. The same functions run in the
 * portal's search page and in whatever writes the shards, so both sides agree on every name.
 *
 * Key of a name: NFC, lower case, marks removed, đ → d, every run of characters that are
 * not letters or digits made one space, trimmed: "Nguyễn Thị Hòa", "nguyen thi hoa" and
 * "NGUYỄN  THỊ HOÀ" all give "nguyen thi hoa".
 * Shard of a key: FNV-1a (32 bits) of the key's UTF-8 bytes, modulo the number of shards
 * (a power of two); its file is the shard number in lower-case hex, padded to the width of
 * the highest shard number: "0a3.json" of 4,096.
 */
import { foldDiacritics } from '../text.ts';

/** The key of a name in the whole-name index. */
export function nameKey(name: string): string {
  return foldDiacritics(name)
    .toLocaleLowerCase('vi')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const encoder = new TextEncoder();

/** FNV-1a, 32 bits, of a text's UTF-8 bytes, as an unsigned integer. */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of encoder.encode(text)) {
    hash ^= byte;
    // hash × 16777619 (the FNV prime), kept to 32 bits.
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The shard (0 … shards−1) holding a key. */
export function shardOf(key: string, shards: number): number {
  return fnv1a32(key) % shards;
}

/** A shard's file name: its number in lower-case hex, as wide as the highest number ("0a3.json" of 4,096). */
export function shardFile(shard: number, shards: number): string {
  const width = Math.max(1, (shards - 1).toString(16).length);
  return `${shard.toString(16).padStart(width, '0')}.json`;
}

/** The folder of a site's name index, under its base path. */
export const NAME_INDEX_FOLDER = 'tim-ten/';
export const NAME_INDEX_MANIFEST = 'manifest.json';

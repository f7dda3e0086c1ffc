/**
 * Every cache of the build besides Astro's own (its pages: src/lib/views/pages.ts), in the
 * build's cache folder, each keyed on exactly what its files are made of:
 * - the downloads (400 MB at 200,000 records): the decisions, names and address, and the
 *   code of src/lib/open-data/files.ts and what it imports;
 * - the honour records' search bundle: the same data, Pagefind's version and options, and the
 *   code of src/lib/search/write-index.ts and what it imports;
 * - the preview cards: each card's text, and the drawing code.
 * A build whose keys are unchanged (a report added, an importer edited) links the files from
 * the cache instead of making them again.
 */
import { createHash } from 'node:crypto';
import { constants, copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ValidatedContent } from './content/validate.ts';
import type { SiteAddress } from './open-data/files.ts';
import { cardDigest, type CardSpec } from './open-data/cards.ts';
import { codeDigest } from './build/code-digest.ts';

const COMPLETE = '.complete';

/** The caches, by folder inside the build's cache folder. */
export const CACHE_FOLDERS = {
  downloads: 'bang-vang-downloads',
  recordsIndex: 'bang-vang-search-records',
  cards: 'bang-vang-cards',
} as const;

/** The modules whose code makes each cached output; the digest covers what they import. */
export const CACHE_CODE = {
  downloads: [new URL('./open-data/files.ts', import.meta.url)],
  recordsIndex: [new URL('./search/write-index.ts', import.meta.url)],
  cards: [new URL('./open-data/card-worker.ts', import.meta.url)],
} as const;

const rollsDigests = new WeakMap<ValidatedContent, string>();

/**
 * A digest of the content's decisions and names, worked out once per content: the downloads
 * and the search index both need it, and it reads every record.
 */
function rollsDigest(content: ValidatedContent): string {
  let digest = rollsDigests.get(content);
  if (digest === undefined) {
    const hash = createHash('sha256');
    hash.update(JSON.stringify([...content.awards.values()]));
    hash.update(JSON.stringify(content.provinces.all));
    for (const decision of content.decisions) hash.update(decision.id).update(JSON.stringify(decision.data));
    digest = hash.digest('base64url');
    rollsDigests.set(content, digest);
  }
  return digest;
}

/**
 * A key for files made from this content's decisions, names and address by `code` (a
 * codeDigest); `extra` adds what else they depend on (a tool's version, options). Reports,
 * movements and the rest are left out: the rolls do not show them.
 */
export function rollsKey(content: ValidatedContent, address: SiteAddress, code: string, extra: unknown = null): string {
  return createHash('sha256')
    .update(code)
    .update(JSON.stringify(extra))
    .update(JSON.stringify(address))
    .update(rollsDigest(content))
    .digest('base64url')
    .slice(0, 24);
}

/** The digest of the code that makes one kind of cached output. */
export function cacheCode(kind: keyof typeof CACHE_CODE): string {
  return codeDigest(CACHE_CODE[kind]);
}

/**
 * Copy a folder's files. With `link`, a file becomes a second name of the cached one (no data
 * is copied; the build only ever replaces files in its output, never writes into them);
 * otherwise, or across file systems, a copy-on-write clone where the file system can.
 */
export function copyTree(from: string, to: string, link = false): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (entry.name === COMPLETE) continue;
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) {
      const sub = copyTree(source, target, link);
      files += sub.files;
      bytes += sub.bytes;
    } else {
      if (link) linkOrCopy(source, target);
      else copyFileSync(source, target, constants.COPYFILE_FICLONE);
      files += 1;
      bytes += statSync(source).size;
    }
  }
  return { files, bytes };
}

/**
 * `target` as a second name of the cached file `source` (no data copied: the build only ever
 * replaces files in its output, never writes into them); across file systems, a copy-on-write
 * clone where the file system can, a plain copy elsewhere.
 */
export function linkOrCopy(source: string, target: string): void {
  try {
    linkSync(source, target);
  } catch {
    copyFileSync(source, target, constants.COPYFILE_FICLONE);
  }
}

/** The files cached for `key`, if a build completed them, with the note stored beside them. */
export function cachedFolder(cacheFolder: string, key: string): { folder: string; note: string } | undefined {
  const folder = path.join(cacheFolder, key);
  const marker = path.join(folder, COMPLETE);
  return existsSync(marker) ? { folder, note: readFileSync(marker, 'utf8') } : undefined;
}

/** Keep a copy of `written` (and a short `note` about it) for `key`, in place of any older files. */
export function storeFolder(cacheFolder: string, key: string, written: string, note = ''): void {
  rmSync(cacheFolder, { recursive: true, force: true });
  const partial = path.join(cacheFolder, `${key}.${process.pid}.tmp`);
  copyTree(written, partial, true);
  // Marked complete last: a build stopped halfway leaves nothing that looks reusable.
  writeFileSync(path.join(partial, COMPLETE), note);
  renameSync(partial, path.join(cacheFolder, key));
}

/** A preview card this build publishes, and where its image is kept in the cache. */
export interface CardJob {
  spec: CardSpec;
  cacheFile: string;
}

/**
 * Which cards this build publishes and which of them must be drawn: those whose file
 * (named by the drawing code's digest `code` and the card's text) is not in `folder` yet.
 * Files of cards no longer published are deleted.
 */
export function planCards(folder: string, specs: CardSpec[], code: string): { cards: CardJob[]; jobs: CardJob[] } {
  const cards = specs.map((spec) => ({ spec, cacheFile: path.join(folder, `${code}-${cardDigest(spec)}.png`) }));
  const keep = new Set(cards.map((c) => path.basename(c.cacheFile)));
  if (existsSync(folder)) {
    for (const name of readdirSync(folder)) if (!keep.has(name)) rmSync(path.join(folder, name), { force: true });
  }
  return { cards, jobs: cards.filter((c) => !existsSync(c.cacheFile)) };
}

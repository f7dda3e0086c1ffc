/**
 * Keeps files the build generates from the honour rolls (the downloads, the records' search
 * bundle) in the build's cache folder, under a key covering all they are made of, so a
 * build whose decisions, names, address and code are unchanged (adding a report, say)
 * links 400 MB of downloads and 2,000 index files instead of making them again.
 */
import { createHash } from 'node:crypto';
import { constants, copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ValidatedContent } from './content/validate.ts';
import type { SiteAddress } from './open-data/files.ts';

/** The code the files are made by: every module of src/lib and src/schemas, and the interface text. */
const CODE_FOLDERS = [new URL('./', import.meta.url), new URL('../schemas/', import.meta.url), new URL('../i18n/', import.meta.url)];
const COMPLETE = '.complete';

function hashFolder(hash: ReturnType<typeof createHash>, folder: string): void {
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) hashFolder(hash, full);
    else if (entry.name.endsWith('.ts') || entry.name.endsWith('.json')) hash.update(entry.name).update(readFileSync(full));
  }
}

const rollsDigests = new WeakMap<ValidatedContent, string>();

/**
 * A digest of the code and of the content's decisions and names, worked out once per
 * content: the downloads and the search index both need it, and it reads every record.
 */
function rollsDigest(content: ValidatedContent): string {
  let digest = rollsDigests.get(content);
  if (digest === undefined) {
    const hash = createHash('sha256');
    for (const folder of CODE_FOLDERS) hashFolder(hash, fileURLToPath(folder));
    hash.update(JSON.stringify([...content.awards.values()]));
    hash.update(JSON.stringify(content.provinces.all));
    for (const decision of content.decisions) hash.update(decision.id).update(JSON.stringify(decision.data));
    digest = hash.digest('base64url');
    rollsDigests.set(content, digest);
  }
  return digest;
}

/**
 * A key for files made from this content's decisions, names and address by this code;
 * `extra` adds what else they depend on (a tool's version, options). Reports, movements
 * and the rest are left out: the rolls do not show them.
 */
export function rollsKey(content: ValidatedContent, address: SiteAddress, extra: unknown = null): string {
  return createHash('sha256')
    .update(JSON.stringify(extra))
    .update(JSON.stringify(address))
    .update(rollsDigest(content))
    .digest('base64url')
    .slice(0, 24);
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

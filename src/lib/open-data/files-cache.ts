/**
 * Keeps the downloads of the last build in the build's cache, under a key covering all
 * they are made of, so a build whose decisions, names, address and code are unchanged
 * (adding a report, say) copies 400 MB of files instead of writing them again.
 */
import { createHash } from 'node:crypto';
import { constants, copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ValidatedContent } from '../content/validate.ts';
import type { SiteAddress } from './files.ts';

/** The code the downloads are made by: every module of src/lib and src/schemas. */
const CODE_FOLDERS = [new URL('../', import.meta.url), new URL('../../schemas/', import.meta.url)];
const COMPLETE = '.complete';

function hashFolder(hash: ReturnType<typeof createHash>, folder: string): void {
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) hashFolder(hash, full);
    else if (entry.name.endsWith('.ts') || entry.name.endsWith('.json')) hash.update(entry.name).update(readFileSync(full));
  }
}

/** A key for the downloads of this content at this address, made by this code. */
export function downloadsKey(content: ValidatedContent, address: SiteAddress): string {
  const hash = createHash('sha256');
  for (const folder of CODE_FOLDERS) hashFolder(hash, fileURLToPath(folder));
  hash.update(JSON.stringify(address));
  hash.update(JSON.stringify([...content.awards.values()]));
  hash.update(JSON.stringify(content.provinces.all));
  for (const decision of content.decisions) hash.update(decision.id).update(JSON.stringify(decision.data));
  return hash.digest('base64url').slice(0, 24);
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
      if (!link || !tryLink(source, target)) copyFileSync(source, target, constants.COPYFILE_FICLONE);
      files += 1;
      bytes += statSync(source).size;
    }
  }
  return { files, bytes };
}

function tryLink(source: string, target: string): boolean {
  try {
    linkSync(source, target);
    return true;
  } catch {
    return false;
  }
}

/** The cached downloads for `key`, if a build completed them. */
export function cachedDownloads(cacheFolder: string, key: string): string | undefined {
  const folder = path.join(cacheFolder, key);
  return existsSync(path.join(folder, COMPLETE)) ? folder : undefined;
}

/** Keep a copy of `written` as the downloads for `key`, in place of any older ones. */
export function storeDownloads(cacheFolder: string, key: string, written: string): void {
  rmSync(cacheFolder, { recursive: true, force: true });
  const partial = path.join(cacheFolder, `${key}.${process.pid}.tmp`);
  copyTree(written, partial, true);
  // Marked complete last: a build stopped halfway leaves nothing that looks reusable.
  writeFileSync(path.join(partial, COMPLETE), '');
  renameSync(partial, path.join(cacheFolder, key));
}

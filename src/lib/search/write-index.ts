/**
 * Writes the search index with Pagefind from the checked content (no HTML is crawled: it is
 * faster, and exact). What goes in it, and why records come in groups, is in ./documents.ts;
 * why the records have a bundle of their own, in ./model.ts (RECORDS_BUNDLE).
 * Pagefind indexes in a process of its own; this module hands it the documents and asks it
 * for the bundles. Used by the build's worker (src/lib/build/generated-files-worker.ts).
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ValidatedContent } from '../content/validate.ts';
import { buildSearchDocuments, RECORDS_PER_PAGE } from './documents.ts';

// The whole-name index is made from the rolls as the records' bundle is, and cached with it:
// its code counts in that cache's key (src/lib/build-cache.ts hashes this module's imports).
export { writeNameManifest, writeNameShards } from './name-index.ts';

export interface SearchIndexOptions {
  /** Records per page of the index (see documents.ts). */
  recordsPerPage?: number;
  /**
   * At most this many fragment files (Pagefind bundles the rest together), so a site of any
   * size stays a bounded number of files for a static host. A result then costs one bundle
   * of a few kilobytes rather than one small file.
   */
  maxFragments?: number;
}

/** Default for `maxFragments`: a 200,000-record site gets under 2,000 files of ~7 KB. */
export const MAX_FRAGMENTS = 2000;

/** The options with their defaults filled in: what the index is made with (and cached by). */
export function searchIndexSettings(options: SearchIndexOptions = {}): Required<SearchIndexOptions> {
  return { recordsPerPage: options.recordsPerPage ?? RECORDS_PER_PAGE, maxFragments: options.maxFragments ?? MAX_FRAGMENTS };
}

/** Pages sent to the Pagefind service before waiting for its answers. */
const IN_FLIGHT = 64;

export interface SearchIndexSummary {
  items: number;
  records: number;
  groups: number;
}

/** An index whose documents are all added; `write` makes Pagefind write the bundle. */
export interface FilledIndex extends SearchIndexSummary {
  write(outputPath: string): Promise<void>;
}

/** The version of Pagefind that writes the bundles: a new one may write them differently. */
export function pagefindVersion(): string {
  // Its package.json is not among the package's exports: looked for as Node looks for packages.
  let folder = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const file = path.join(folder, 'node_modules', 'pagefind', 'package.json');
    if (existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
    const parent = path.dirname(folder);
    if (parent === folder) throw new Error('Pagefind is not installed');
    folder = parent;
  }
}

/**
 * Hand the content's documents to a new Pagefind index: the site's pages (`items`) or the
 * honour records (`records`). Both can be filled at once in the one Pagefind process.
 */
export async function fillSearchIndex(
  content: ValidatedContent,
  part: 'items' | 'records',
  options: SearchIndexOptions = {},
): Promise<FilledIndex> {
  const pagefind = await import('pagefind');
  const settings = searchIndexSettings(options);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi', maxFragments: settings.maxFragments });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const docs = buildSearchDocuments(content, { recordsPerPage: settings.recordsPerPage, include: part });

  const failures: string[] = [];
  const pending = new Set<Promise<void>>();
  const send = async (add: () => Promise<{ errors: string[] }>) => {
    const task = add().then(
      (r) => void failures.push(...r.errors),
      (error: unknown) => void failures.push(String(error)),
    );
    pending.add(task);
    void task.finally(() => pending.delete(task));
    if (pending.size >= IN_FLIGHT) await Promise.race(pending);
  };
  for (const item of docs.items) await send(() => index.addCustomRecord(item));
  for (const page of docs.recordPages) await send(() => index.addHTMLFile({ url: page.url, content: page.content }));
  await Promise.all(pending);
  if (failures.length) throw new Error(`Pagefind: ${failures.slice(0, 5).join('; ')}`);

  return {
    items: docs.items.length,
    records: docs.records,
    groups: docs.recordPages.length,
    async write(outputPath) {
      rmSync(outputPath, { recursive: true, force: true });
      const written = await index.writeFiles({ outputPath });
      if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
      await index.deleteIndex();
    },
  };
}

/** Stop the Pagefind process once every bundle is written. */
export async function closeSearchIndexer(): Promise<void> {
  const pagefind = await import('pagefind');
  await pagefind.close();
}

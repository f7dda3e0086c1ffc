/**
 * Writes the search index with Pagefind from the checked content (no HTML is crawled: it is
 * faster, and exact). What goes in it, and why records come in groups, is in ./documents.ts.
 * Pagefind indexes in a process of its own; this module hands it the documents and asks it
 * for the bundle. Used by the build's worker (src/integrations/generated-files-worker.ts).
 */
import { rmSync } from 'node:fs';
import type { ValidatedContent } from '../content/validate.ts';
import { buildSearchDocuments, RECORDS_PER_PAGE } from './documents.ts';

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

/** Hand every document of the content to a new Pagefind index. */
export async function fillSearchIndex(content: ValidatedContent, options: SearchIndexOptions = {}): Promise<FilledIndex> {
  const pagefind = await import('pagefind');
  const { index, errors } = await pagefind.createIndex({
    forceLanguage: 'vi',
    maxFragments: options.maxFragments ?? MAX_FRAGMENTS,
  });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const docs = buildSearchDocuments(content, { recordsPerPage: options.recordsPerPage ?? RECORDS_PER_PAGE });

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
      await pagefind.close();
    },
  };
}

/**
 * Writes the site's search index with Pagefind into `<outDir>/pagefind/`, so the bundle is
 * served at `<base>/pagefind/` and its JavaScript API works for any tool (addresses in the
 * index start at the site's root; Pagefind's JavaScript adds the base path it is served from).
 *
 * The index is made from the checked content (already read and validated in this process),
 * not by crawling the HTML: it is faster, and exact. What goes in it, and why records come in
 * groups, is in src/lib/search/documents.ts.
 *
 * Pagefind indexes in a process of its own, so the work starts as soon as the build does
 * ('astro:build:start') and runs while Astro renders the pages, on the other core; once the
 * pages are written ('astro:build:done') only the index files remain to be written.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { PagefindIndex } from 'pagefind';
import { checkedContent } from '../lib/content/checked.ts';
import { contentDir } from '../lib/content/read.ts';
import { buildSearchDocuments, RECORDS_PER_PAGE } from '../lib/search/documents.ts';

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

function countFiles(dir: string): number {
  let n = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    n += entry.isDirectory() ? countFiles(path.join(dir, entry.name)) : 1;
  }
  return n;
}

interface Prepared {
  index: PagefindIndex;
  items: number;
  records: number;
  groups: number;
  /** Seconds spent building the documents and adding them to the index. */
  seconds: number;
}

const seconds = (since: number) => (performance.now() - since) / 1000;

/** Build the documents and add them to a new Pagefind index (in Pagefind's own process). */
async function prepare(options: SearchIndexOptions): Promise<Prepared> {
  const started = performance.now();
  const { problems, content } = checkedContent(contentDir());
  // content-check has already refused a build with problems; never index half a site.
  if (problems.length) throw new Error('search index: the content has problems');
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
  return { index, items: docs.items.length, records: docs.records, groups: docs.recordPages.length, seconds: seconds(started) };
}

export default function searchIndex(options: SearchIndexOptions = {}): AstroIntegration {
  let job: Promise<Prepared> | undefined;
  const close = async () => (await import('pagefind')).close();
  return {
    name: 'bang-vang:search-index',
    hooks: {
      'astro:build:start': () => {
        job = prepare(options);
        // Awaited in 'astro:build:done'; a failure there fails the build.
        job.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const waitFrom = performance.now();
        try {
          const prepared = await (job ?? prepare(options));
          const waited = seconds(waitFrom);
          const writeFrom = performance.now();
          const outputPath = path.join(fileURLToPath(dir), 'pagefind');
          const written = await prepared.index.writeFiles({ outputPath });
          if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
          logger.info(
            `Chỉ mục tìm kiếm: ${prepared.items} mục, ${prepared.records} lượt khen trong ${prepared.groups} nhóm, ` +
              `${countFiles(outputPath)} tệp ở pagefind/ (lập chỉ mục ${prepared.seconds.toFixed(1)} s, song song với việc dựng trang; ` +
              `chờ thêm ${waited.toFixed(1)} s, ghi ${seconds(writeFrom).toFixed(1)} s)`,
          );
        } finally {
          job = undefined;
          await close();
        }
      },
    },
  };
}

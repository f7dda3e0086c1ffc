/**
 * The worker thread of src/integrations/generated-files.ts: reads the checked content, then
 * writes the search index and the downloads into a staging folder while the main thread
 * renders the pages.
 *
 * Order matters on two cores. The documents go to Pagefind first (its process indexes them
 * as they arrive); while Pagefind writes its bundle, this thread writes the downloads, so
 * the two overlap instead of queueing behind each other.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { checkedContent } from '../lib/content/checked.ts';
import { downloadFiles, type SiteAddress } from '../lib/open-data/files.ts';
import { cachedDownloads, copyTree, downloadsKey, storeDownloads } from '../lib/open-data/files-cache.ts';
import { fillSearchIndex, type SearchIndexOptions, type SearchIndexSummary } from '../lib/search/write-index.ts';

export interface GeneratedFilesJob {
  contentDir: string;
  address: SiteAddress;
  /** The search index goes to `<staging>/pagefind/`, downloads to `<staging>/du-lieu/…`. */
  staging: string;
  /** The build's cache folder, where the downloads of the last build are kept. */
  cacheDir: string;
  search: SearchIndexOptions | false;
  downloads: boolean;
}

export interface GeneratedFilesResult {
  search?: SearchIndexSummary & { seconds: number };
  downloads?: { files: number; bytes: number; seconds: number; reused: boolean };
}

const seconds = (since: number) => Math.round((performance.now() - since) / 100) / 10;

type Content = Parameters<typeof downloadFiles>[0];

/** The downloads under `<staging>/du-lieu/`: copied from the cache when unchanged, else written. */
function downloads(job: GeneratedFilesJob, content: Content): GeneratedFilesResult['downloads'] {
  const started = performance.now();
  const key = downloadsKey(content, job.address);
  const cacheFolder = path.join(job.cacheDir, 'bang-vang-downloads');
  const target = path.join(job.staging, 'du-lieu');
  const cached = cachedDownloads(cacheFolder, key);
  if (cached) return { ...copyTree(cached, target, true), seconds: seconds(started), reused: true };
  const written = writeDownloads(job, content);
  try {
    storeDownloads(cacheFolder, key, target);
  } catch {
    // The cache only spares the next build some work; this build's files are written.
  }
  return { ...written, seconds: seconds(started), reused: false };
}

/** Write every download under `staging`, synchronously: this thread has nothing else to do. */
function writeDownloads(job: GeneratedFilesJob, content: Content) {
  const made = new Set<string>();
  let files = 0;
  let bytes = 0;
  for (const file of downloadFiles(content, job.address)) {
    const target = path.join(job.staging, file.path);
    const folder = path.dirname(target);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    const data = Buffer.from(file.text, 'utf8');
    writeFileSync(target, data);
    files += 1;
    bytes += data.length;
  }
  return { files, bytes };
}

async function run(job: GeneratedFilesJob): Promise<GeneratedFilesResult> {
  const { problems, content } = checkedContent(job.contentDir);
  // The main thread has already refused a build with problems; never publish half a site.
  if (problems.length) throw new Error(`${problems.length} problems in the content`);
  const result: GeneratedFilesResult = {};
  if (job.search) {
    const started = performance.now();
    const index = await fillSearchIndex(content, job.search);
    const written = index.write(path.join(job.staging, 'pagefind'));
    // Keep a rejection from going unhandled while the downloads are written.
    written.catch(() => undefined);
    if (job.downloads) result.downloads = downloads(job, content);
    await written;
    result.search = { items: index.items, records: index.records, groups: index.groups, seconds: seconds(started) };
  } else if (job.downloads) {
    result.downloads = downloads(job, content);
  }
  return result;
}

parentPort?.postMessage(await run(workerData as GeneratedFilesJob));

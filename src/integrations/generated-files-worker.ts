/**
 * The worker thread of src/integrations/generated-files.ts: reads the checked content, then
 * writes the search index and the downloads into a staging folder while the main thread
 * renders the pages.
 *
 * Order matters on two cores. The documents go to Pagefind first (its process indexes them
 * as they arrive); while Pagefind writes its bundles, this thread writes the downloads, so
 * the two overlap instead of queueing behind each other.
 *
 * The downloads and the records' search bundle depend only on the rolls (and the names,
 * the address and the code): both are kept in the cache folder and linked back when that
 * is unchanged, as after adding a report. The site's own search bundle is always made.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { checkedContent } from '../lib/content/checked.ts';
import { bytesOf, downloadFiles, type SiteAddress } from '../lib/open-data/files.ts';
import { cachedFolder, copyTree, rollsKey, storeFolder } from '../lib/build-cache.ts';
import { RECORDS_BUNDLE } from '../lib/search/model.ts';
import {
  closeSearchIndexer,
  fillSearchIndex,
  pagefindVersion,
  searchIndexSettings,
  type SearchIndexOptions,
  type SearchIndexSummary,
} from '../lib/search/write-index.ts';

export interface GeneratedFilesJob {
  contentDir: string;
  address: SiteAddress;
  /** The search index goes to `<staging>/pagefind/`, downloads to `<staging>/du-lieu/…`. */
  staging: string;
  /** The build's cache folder, where the downloads and records' bundle of the last build are kept. */
  cacheDir: string;
  search: SearchIndexOptions | false;
  downloads: boolean;
}

export interface GeneratedFilesResult {
  search?: SearchIndexSummary & { seconds: number; recordsReused: boolean };
  downloads?: { files: number; bytes: number; seconds: number; reused: boolean };
}

const seconds = (since: number) => Math.round((performance.now() - since) / 100) / 10;

type Content = Parameters<typeof downloadFiles>[0];

/** The downloads under `<staging>/du-lieu/`: copied from the cache when unchanged, else written. */
function downloads(job: GeneratedFilesJob, content: Content): GeneratedFilesResult['downloads'] {
  const started = performance.now();
  const key = rollsKey(content, job.address);
  const cacheFolder = path.join(job.cacheDir, 'bang-vang-downloads');
  const target = path.join(job.staging, 'du-lieu');
  const cached = cachedFolder(cacheFolder, key);
  if (cached) return { ...copyTree(cached.folder, target, true), seconds: seconds(started), reused: true };
  const written = writeDownloads(job, content);
  try {
    storeFolder(cacheFolder, key, target);
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
    const data = bytesOf(file);
    writeFileSync(target, data);
    files += 1;
    bytes += data.length;
  }
  return { files, bytes };
}

/**
 * Both search bundles under `<staging>/pagefind/`: the site's made now, the records' made
 * now or linked from the cache. `meanwhile` runs while Pagefind writes.
 */
async function searchIndex(job: GeneratedFilesJob, options: SearchIndexOptions, content: Content, meanwhile: () => void) {
  const started = performance.now();
  const settings = { pagefind: pagefindVersion(), ...searchIndexSettings(options) };
  const key = rollsKey(content, job.address, settings);
  const cacheFolder = path.join(job.cacheDir, 'bang-vang-search-records');
  const cached = cachedFolder(cacheFolder, key);
  const [items, records] = await Promise.all([
    fillSearchIndex(content, 'items', options),
    cached ? undefined : fillSearchIndex(content, 'records', options),
  ]);
  const site = path.join(job.staging, 'pagefind');
  const recordsFolder = path.join(job.staging, 'pagefind-records');
  const written = Promise.all([items.write(site), records?.write(recordsFolder)]).finally(closeSearchIndexer);
  // Keep a rejection from going unhandled while the downloads are written.
  written.catch(() => undefined);
  meanwhile();
  await written;
  const target = path.join(site, RECORDS_BUNDLE);
  let counts: Pick<SearchIndexSummary, 'records' | 'groups'>;
  if (cached) {
    copyTree(cached.folder, target, true);
    counts = JSON.parse(cached.note) as typeof counts;
  } else {
    renameSync(recordsFolder, target);
    counts = { records: records!.records, groups: records!.groups };
    try {
      storeFolder(cacheFolder, key, target, JSON.stringify(counts));
    } catch {
      // The cache only spares the next build some work; this build's bundle is written.
    }
  }
  return { items: items.items, ...counts, seconds: seconds(started), recordsReused: Boolean(cached) };
}

async function run(job: GeneratedFilesJob): Promise<GeneratedFilesResult> {
  const { problems, content } = checkedContent(job.contentDir);
  // The main thread has already refused a build with problems; never publish half a site.
  if (problems.length) throw new Error(`${problems.length} problems in the content`);
  const result: GeneratedFilesResult = {};
  const writeDownloadsNow = () => {
    if (job.downloads) result.downloads = downloads(job, content);
  };
  if (job.search) result.search = await searchIndex(job, job.search, content, writeDownloadsNow);
  else writeDownloadsNow();
  return result;
}

parentPort?.postMessage(await run(workerData as GeneratedFilesJob));

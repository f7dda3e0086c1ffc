/**
 * The worker thread of the build's generated-files stage (./generated-files.ts): takes the
 * content the check stage has checked, writes the search index, tells the main thread the
 * index's metadata files (the search page names them), then the downloads; all into a
 * staging folder, while the main thread renders the pages. The whole-name index
 * (src/lib/search/names.ts) is written beside the search bundles.
 *
 * Order matters on two cores. The documents go to Pagefind first (its process indexes them
 * as they arrive); while Pagefind writes its bundles, this thread writes the downloads, so
 * the two overlap instead of queueing behind each other.
 *
 * The downloads and the records' search bundle depend only on the rolls (and the names, the
 * address and their code): both are kept in the cache folder and linked back when that is
 * unchanged, as after adding a report. The site's own search bundle is always made.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { fromTransferable, type TransferableContent } from '../content/transfer.ts';
import type { ValidatedContent } from '../content/validate.ts';
import { bytesOf, downloadFiles, type SiteAddress } from '../open-data/files.ts';
import { CACHE_FOLDERS, cachedFolder, copyTree, rollsKey, storeFolder } from '../build-cache.ts';
import { siteConfig } from '../../site.config.ts';
import { RECORDS_BUNDLE } from '../search/model.ts';
import { NAME_INDEX_FOLDER } from '../search/names.ts';
import { metadataAddresses } from '../search/preload.ts';
import {
  closeSearchIndexer,
  fillSearchIndex,
  pagefindVersion,
  searchIndexSettings,
  type SearchIndexOptions,
  type SearchIndexSummary,
  writeNameManifest,
  writeNameShards,
} from '../search/write-index.ts';

export interface GeneratedFilesJob {
  content: TransferableContent;
  address: SiteAddress;
  /** The search index goes to `<staging>/pagefind/`, downloads to `<staging>/du-lieu/…`. */
  staging: string;
  /** The build's cache folder, where the downloads and records' bundle of the last build are kept. */
  cacheDir: string;
  search: SearchIndexOptions | false;
  downloads: boolean;
  /** Digests of the code that makes the downloads and the records' bundle (src/lib/build-cache.ts). */
  code: { downloads: string; recordsIndex: string };
}

export interface GeneratedFilesResult {
  search?: SearchIndexSummary & { nameShards: number; seconds: number; recordsReused: boolean };
  downloads?: { files: number; bytes: number; seconds: number; reused: boolean };
}

/** Messages to the main thread: the index's metadata as soon as it is written, then the result. */
export type GeneratedFilesMessage = { type: 'search-metadata'; hrefs: string[] } | { type: 'done'; result: GeneratedFilesResult };

const seconds = (since: number) => Math.round((performance.now() - since) / 100) / 10;

/** The downloads under `<staging>/du-lieu/`: linked from the cache when unchanged, else written. */
function downloads(job: GeneratedFilesJob, content: ValidatedContent): GeneratedFilesResult['downloads'] {
  const started = performance.now();
  // The summary for portals shows the clusters' results too.
  const key = rollsKey(content, job.address, job.code.downloads, { clusters: content.clusters });
  const cacheFolder = path.join(job.cacheDir, CACHE_FOLDERS.downloads);
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
function writeDownloads(job: GeneratedFilesJob, content: ValidatedContent) {
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
 * Both search bundles under `<staging>/pagefind/` and the whole-name index under
 * `<staging>/tim-ten/`: the site's bundle made now; the records' bundle and the name index,
 * both made from the rolls alone, made now or linked from the cache, where they are kept
 * together under one key (folders `khen-thuong/` and `tim-ten/` of one cache entry).
 * `meanwhile` runs while Pagefind writes.
 */
async function searchIndex(job: GeneratedFilesJob, options: SearchIndexOptions, content: ValidatedContent, meanwhile: () => void) {
  const started = performance.now();
  const settings = { pagefind: pagefindVersion(), ...searchIndexSettings(options) };
  const key = rollsKey(content, job.address, job.code.recordsIndex, settings);
  const cacheFolder = path.join(job.cacheDir, CACHE_FOLDERS.recordsIndex);
  const cached = cachedFolder(cacheFolder, key);
  const [items, records] = await Promise.all([
    fillSearchIndex(content, 'items', options),
    cached ? undefined : fillSearchIndex(content, 'records', options),
  ]);
  const site = path.join(job.staging, 'pagefind');
  // What is cached, put together here before it is stored and moved into place.
  const rolls = path.join(job.staging, 'search-rolls');
  const written = Promise.all([items.write(site), records?.write(path.join(rolls, RECORDS_BUNDLE))]).finally(closeSearchIndexer);
  // Keep a rejection from going unhandled while the name index and downloads are written.
  written.catch(() => undefined);
  // While Pagefind writes: the name index (unless cached), then the downloads.
  const names = cached ? undefined : writeNameShards(content, path.join(rolls, NAME_INDEX_FOLDER));
  meanwhile();
  await written;
  const target = path.join(site, RECORDS_BUNDLE);
  const namesFolder = path.join(job.staging, NAME_INDEX_FOLDER);
  let counts: Pick<SearchIndexSummary, 'records' | 'groups'> & { nameShards: number };
  if (cached) {
    copyTree(path.join(cached.folder, RECORDS_BUNDLE), target, true);
    copyTree(path.join(cached.folder, NAME_INDEX_FOLDER), namesFolder, true);
    counts = JSON.parse(cached.note) as typeof counts;
  } else {
    counts = { records: records!.records, groups: records!.groups, nameShards: names!.shards };
    try {
      storeFolder(cacheFolder, key, rolls, JSON.stringify(counts));
    } catch {
      // The cache only spares the next build some work; this build's files are written.
    }
    renameSync(path.join(rolls, RECORDS_BUNDLE), target);
    renameSync(path.join(rolls, NAME_INDEX_FOLDER), namesFolder);
    rmSync(rolls, { recursive: true, force: true });
  }
  // The manifest names the site, which the cache key does not cover: written by every build.
  writeNameManifest(namesFolder, { shards: counts.nameShards, records: counts.records, site: siteConfig.name, province: siteConfig.province ?? null });
  return { items: items.items, ...counts, seconds: seconds(started), recordsReused: Boolean(cached) };
}

async function run(job: GeneratedFilesJob): Promise<GeneratedFilesResult> {
  const content = fromTransferable(job.content);
  const post = (message: GeneratedFilesMessage) => parentPort?.postMessage(message);
  const result: GeneratedFilesResult = {};
  let downloadsDone = false;
  const writeDownloadsNow = () => {
    if (job.downloads) result.downloads = downloads(job, content);
    downloadsDone = true;
  };
  if (job.search) {
    result.search = await searchIndex(job, job.search, content, () => {
      // While Pagefind writes: the downloads, unless there are none to write.
      if (job.downloads) writeDownloadsNow();
    });
    post({ type: 'search-metadata', hrefs: metadataAddresses(path.join(job.staging, 'pagefind'), job.address.base, 'vi') });
  } else post({ type: 'search-metadata', hrefs: [] });
  if (!downloadsDone) writeDownloadsNow();
  return result;
}

parentPort?.postMessage({ type: 'done', result: await run(workerData as GeneratedFilesJob) } satisfies GeneratedFilesMessage);

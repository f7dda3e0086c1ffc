/**
 * The generated-files stage: the search index (`<base>/pagefind/`) and the downloads
 * (`<base>/du-lieu/…`), made from the checked content in a worker thread
 * (./generated-files-worker.ts) while the pages render, staged in the cache folder and moved
 * into the output when the pages are written. On two cores this takes them off the build's
 * critical path: at 200,000 records they cost about as much as all the pages.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { cacheCode } from '../build-cache.ts';
import { toTransferable } from '../content/transfer.ts';
import type { ValidatedContent } from '../content/validate.ts';
import type { SiteAddress } from '../open-data/files.ts';
import { NAME_INDEX_FOLDER } from '../search/names.ts';
import type { SearchIndexOptions } from '../search/write-index.ts';
import type { GeneratedFilesJob, GeneratedFilesMessage, GeneratedFilesResult } from './generated-files-worker.ts';

const WORKER = new URL('./generated-files-worker.ts', import.meta.url);

export interface GeneratedFilesRun {
  /**
   * The site paths of the index's metadata files, once the index is written ([] without an
   * index), keeping Node running until then.
   */
  searchMetadata(): Promise<string[]>;
  /** Wait for everything to be written into the staging folder (keeping Node running meanwhile). */
  wait(): Promise<GeneratedFilesResult>;
  staging: string;
}

/** Whether a process is still running (a build beside this one, sharing its cache folder). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Staging folders left by builds that stopped halfway. */
function removeStaleStaging(cacheDir: string): void {
  if (!existsSync(cacheDir)) return;
  for (const name of readdirSync(cacheDir)) {
    const pid = /^generated-files-(\d+)$/.exec(name)?.[1];
    if (pid && (Number(pid) === process.pid || !alive(Number(pid)))) rmSync(path.join(cacheDir, name), { recursive: true, force: true });
  }
}

export function startGeneratedFiles(
  content: ValidatedContent,
  options: { address: SiteAddress; cacheDir: string; search: SearchIndexOptions | false; downloads: boolean },
): GeneratedFilesRun {
  removeStaleStaging(options.cacheDir);
  // Per process: builds side by side have their own cache folders, but a test may share one.
  const staging = path.join(options.cacheDir, `generated-files-${process.pid}`);
  const job: GeneratedFilesJob = {
    content: toTransferable(content),
    address: options.address,
    staging,
    cacheDir: options.cacheDir,
    search: options.search,
    downloads: options.downloads,
    code: { downloads: cacheCode('downloads'), recordsIndex: cacheCode('recordsIndex') },
  };
  const worker = new Worker(WORKER, { workerData: job });
  // The build may fail before it needs these files: the worker must not keep Node running then.
  worker.unref();
  let metadata!: (hrefs: string[]) => void;
  const searchMetadata = new Promise<string[]>((resolve) => (metadata = resolve));
  const done = new Promise<GeneratedFilesResult>((resolve, reject) => {
    worker.on('message', (message: GeneratedFilesMessage) => {
      if (message.type === 'search-metadata') metadata(message.hrefs);
      else resolve(message.result);
    });
    worker.on('error', reject);
    worker.on('exit', (code) => reject(new Error(`the worker writing the search index and downloads stopped (code ${code})`)));
  });
  // Awaited when the output is assembled; a failure there fails the build. The search page
  // does not wait on a worker that has failed.
  done.catch(() => metadata([]));
  return {
    searchMetadata: () => {
      worker.ref();
      return searchMetadata;
    },
    staging,
    wait: () => {
      worker.ref();
      return done;
    },
  };
}

/** Move a folder or file, across file systems if need be, replacing what was there. */
export function move(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  mkdirSync(path.dirname(to), { recursive: true });
  try {
    renameSync(from, to);
  } catch {
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}

export function countFiles(dir: string): number {
  let n = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    n += entry.isDirectory() ? countFiles(path.join(dir, entry.name)) : 1;
  }
  return n;
}

/** Move the staged index and downloads into the output folder `out`; what was moved, for the log. */
export function placeGeneratedFiles(run: GeneratedFilesRun, result: GeneratedFilesResult, out: string): { indexFiles?: number } {
  let indexFiles: number | undefined;
  if (result.search) {
    const target = path.join(out, 'pagefind');
    move(path.join(run.staging, 'pagefind'), target);
    indexFiles = countFiles(target);
    // The whole-name index, written beside the bundles (src/lib/search/names.ts).
    move(path.join(run.staging, NAME_INDEX_FOLDER), path.join(out, NAME_INDEX_FOLDER));
  }
  if (result.downloads) {
    // du-lieu/ already holds the pages about the data; the downloads go in beside them.
    const folder = path.join(run.staging, 'du-lieu');
    if (existsSync(folder)) for (const name of readdirSync(folder)) move(path.join(folder, name), path.join(out, 'du-lieu', name));
  }
  rmSync(run.staging, { recursive: true, force: true });
  return { indexFiles };
}

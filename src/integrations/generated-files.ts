/**
 * The files of a build that are not pages: the search index (`<base>/pagefind/`, so
 * Pagefind's JavaScript API works for any tool) and the downloads (`<base>/du-lieu/…`,
 * docs/open-data.md). Both are made from the checked content, not from the pages, so they
 * need not wait for them.
 *
 * They are written in a worker thread, started as soon as Astro's configuration is done (the
 * content was checked just before), into a staging folder in the build's cache; the main
 * thread goes on syncing the content layer, bundling and rendering. When the pages are written
 * ('astro:build:done') the staged files are moved into the output. On two cores this takes
 * them off the build's critical path: at 200,000 records the index and the 400 MB of downloads
 * cost about as much as all the pages, and done as Astro endpoints after them they doubled the
 * build.
 *
 * Switches, for benchmarks that measure the rest of the build: SEARCH_INDEX=0 leaves the index
 * out, OPEN_DATA=0 the downloads (src/lib/open-data/enabled.ts).
 */
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { contentDir } from '../lib/content/read.ts';
import { openDataEnabled } from '../lib/open-data/enabled.ts';
import { preloadIndexMetadata } from '../lib/search/preload.ts';
import type { SearchIndexOptions } from '../lib/search/write-index.ts';
import type { GeneratedFilesJob, GeneratedFilesResult } from './generated-files-worker.ts';

const WORKER = new URL('./generated-files-worker.ts', import.meta.url);

/** Move a folder or file, across file systems if need be, replacing what was there. */
function move(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  mkdirSync(path.dirname(to), { recursive: true });
  try {
    renameSync(from, to);
  } catch {
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}

function countFiles(dir: string): number {
  let n = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    n += entry.isDirectory() ? countFiles(path.join(dir, entry.name)) : 1;
  }
  return n;
}

interface Run {
  staging: string;
  done: Promise<GeneratedFilesResult>;
  worker: Worker;
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

function start(job: GeneratedFilesJob): Run {
  removeStaleStaging(job.cacheDir);
  const worker = new Worker(WORKER, { workerData: job });
  // The build may fail before it needs these files: the worker must not keep Node running then.
  worker.unref();
  const done = new Promise<GeneratedFilesResult>((resolve, reject) => {
    worker.on('message', resolve);
    worker.on('error', reject);
    worker.on('exit', (code) => reject(new Error(`the worker writing the search index and downloads stopped (code ${code})`)));
  });
  // Awaited in 'astro:build:done'; a failure there fails the build.
  done.catch(() => undefined);
  return { staging: job.staging, done, worker };
}

export default function generatedFiles(search: SearchIndexOptions = {}): AstroIntegration {
  let run: Run | undefined;
  let base = '/';
  return {
    name: 'bang-vang:generated-files',
    hooks: {
      // Started in 'astro:config:setup', before the content check (the next integration) has
      // read the files: the worker reads them itself meanwhile, on the other core. Bad content
      // still stops the build there, and the worker with it.
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build') return;
        base = config.base;
        const job: GeneratedFilesJob = {
          contentDir: contentDir(),
          address: { site: config.site ?? 'http://localhost/', base: config.base },
          // Per process: builds side by side have their own cache folders, but a test may share one.
          staging: path.join(fileURLToPath(config.cacheDir), `generated-files-${process.pid}`),
          cacheDir: fileURLToPath(config.cacheDir),
          search: process.env.SEARCH_INDEX === '0' ? false : search,
          downloads: openDataEnabled(),
        };
        if (job.search || job.downloads) run = start(job);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!run) return;
        const { staging, done, worker } = run;
        run = undefined;
        worker.ref();
        const waitFrom = performance.now();
        const result = await done;
        const waited = ((performance.now() - waitFrom) / 1000).toFixed(1);
        const out = fileURLToPath(dir);
        if (result.search) {
          const target = path.join(out, 'pagefind');
          move(path.join(staging, 'pagefind'), target);
          // The search page names the metadata files Pagefind has just named (src/lib/search/preload.ts).
          preloadIndexMetadata(path.join(out, 'tim-kiem', 'index.html'), target, base);
          const s = result.search;
          logger.info(
            `Chỉ mục tìm kiếm: ${s.items} mục, ${s.records} lượt khen trong ${s.groups} nhóm${s.recordsReused ? ' (phần khen thưởng lấy lại từ bộ đệm vì không đổi)' : ''}, ${countFiles(target)} tệp ở pagefind/ (${s.seconds} s).`,
          );
        }
        if (result.downloads) {
          // du-lieu/ already holds the pages about the data; the downloads go in beside them.
          const folder = path.join(staging, 'du-lieu');
          if (existsSync(folder)) for (const name of readdirSync(folder)) move(path.join(folder, name), path.join(out, 'du-lieu', name));
          const d = result.downloads;
          logger.info(`Dữ liệu mở: ${d.files} tệp tải về, ${(d.bytes / 1024 / 1024).toFixed(1)} MiB, ${d.reused ? 'chép lại từ bộ đệm vì không đổi' : 'viết mới'} (${d.seconds} s).`);
        }
        logger.info(`Chờ tệp chỉ mục và tải về sau khi dựng xong trang: ${waited} s.`);
        rmSync(staging, { recursive: true, force: true });
      },
    },
  };
}

/**
 * The preview-card stage: the site's card and one for each published report without a photo,
 * drawn in a worker thread (src/lib/open-data/card-worker.ts) while the pages build, kept in
 * the cache folder (src/lib/build-cache.ts) so a build draws only new or changed cards, and
 * linked into the output at the end. Pages only need the cards' addresses, which follow from
 * the content.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { CACHE_FOLDERS, cacheCode, linkOrCopy, planCards, type CardJob } from '../build-cache.ts';
import type { ValidatedContent } from '../content/validate.ts';
import { reportCard, siteCard, type CardSpec } from '../open-data/cards.ts';

const WORKER = new URL('../open-data/card-worker.ts', import.meta.url);

/** The cards this build publishes. */
export function cardsToDraw(content: ValidatedContent): CardSpec[] {
  const reports = content.reports.filter((r) => !r.data.draft && r.data.images.length === 0);
  return [siteCard(), ...reports.map((r) => reportCard(r))];
}

export interface CardsRun {
  cards: CardJob[];
  /** Wait for the cards to be drawn (keeping Node running meanwhile): how many were (the rest came from the cache). */
  wait(): Promise<number>;
}

export function startCards(content: ValidatedContent, cacheDir: string): CardsRun & { toDraw: number } {
  const { cards, jobs } = planCards(path.join(cacheDir, CACHE_FOLDERS.cards), cardsToDraw(content), cacheCode('cards'));
  if (jobs.length === 0) return { cards, wait: () => Promise.resolve(0), toDraw: 0 };
  // A small heap: the worker draws one card at a time, and a tight limit makes V8 collect
  // as it goes rather than grow while the pages need the memory.
  const worker = new Worker(WORKER, { workerData: { jobs }, resourceLimits: { maxOldGenerationSizeMb: 256 } });
  // The build may fail before it needs the cards: the worker must not keep Node running then.
  worker.unref();
  const done = new Promise<number>((resolve, reject) => {
    worker.on('message', (m: { drawn: number }) => resolve(m.drawn));
    worker.on('error', reject);
    worker.on('exit', (code) => (code === 0 ? resolve(0) : reject(new Error(`the card worker stopped with code ${code}`))));
  });
  done.catch(() => undefined);
  return {
    cards,
    toDraw: jobs.length,
    wait: () => {
      worker.ref();
      return done;
    },
  };
}

/** Link every card this build publishes from the cache into the output folder `out`. */
export function placeCards(run: CardsRun, out: string): void {
  const made = new Set<string>();
  for (const { spec, cacheFile } of run.cards) {
    const target = path.join(out, spec.file);
    const folder = path.dirname(target);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    linkOrCopy(cacheFile, target);
  }
}

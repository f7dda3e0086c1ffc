/**
 * Draws the preview cards that are not in the cache yet, in a worker thread, so the
 * build's main thread goes on rendering pages meanwhile (see src/integrations/build.ts).
 * Input (workerData): the cards to draw and the cache file of each. Output: a message
 * { drawn } when all are written.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import sharp from 'sharp';
import { loadFonts, renderCard } from './card-render.ts';
import type { CardJob } from '../build-cache.ts';

// One libvips thread: the other core belongs to the build. No cache of past operations:
// each card is drawn once, and the build's memory is better spent on pages.
sharp.concurrency(1);
sharp.cache(false);
const { jobs } = workerData as { jobs: CardJob[] };
const fonts = loadFonts();
let drawn = 0;
for (const { spec, cacheFile } of jobs) {
  const png = await renderCard(spec, fonts);
  mkdirSync(path.dirname(cacheFile), { recursive: true });
  // Write then rename, so a build stopped halfway never leaves half a card in the cache.
  const partial = `${cacheFile}.${process.pid}.tmp`;
  writeFileSync(partial, png);
  renameSync(partial, cacheFile);
  drawn += 1;
}
parentPort?.postMessage({ drawn });

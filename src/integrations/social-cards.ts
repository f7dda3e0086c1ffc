/**
 * Draws the preview cards (src/lib/open-data/cards.ts) during `astro build`: the site's
 * card, and one for each published report without a photo of its own.
 *
 * Cards are kept in Astro's cache folder (`cacheDir`/bang-vang-cards/) under a digest
 * of their text and of the drawing code, so a build draws only new or changed cards.
 * The drawing runs in a worker thread, started as soon as the content is checked, while
 * the main thread builds the pages; when the build is done the cards are copied into
 * the output (linked, not copied). Pages only need the cards' addresses, which follow from the content.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { linkOrCopy } from '../lib/build-cache.ts';
import { checkedContent } from '../lib/content/checked.ts';
import { cardDigest, reportCard, siteCard, type CardSpec } from '../lib/open-data/cards.ts';
import type { CardJob } from '../lib/open-data/card-worker.ts';

const WORKER = new URL('../lib/open-data/card-worker.ts', import.meta.url);
const CACHE_FOLDER = 'bang-vang-cards';

/** The cards this build publishes. */
export function cardsToDraw(): CardSpec[] {
  const reports = checkedContent().content.reports.filter((r) => !r.data.draft && r.data.images.length === 0);
  return [siteCard(), ...reports.map((r) => reportCard(r))];
}

/** A digest of the code that draws the cards: changing the layout redraws every card. */
function drawingDigest(): string {
  const hash = createHash('sha1');
  for (const file of ['../lib/open-data/card-render.ts', '../lib/open-data/cards.ts']) {
    hash.update(readFileSync(new URL(file, import.meta.url)));
  }
  return hash.digest('base64url').slice(0, 12);
}

interface Run {
  cards: { spec: CardSpec; cacheFile: string }[];
  done: Promise<number>;
  worker?: Worker;
}

/**
 * Which cards this build publishes and which of them must be drawn: those whose file
 * (named by the drawing code's digest `code` and the card's text) is not in `folder` yet.
 * Files of cards no longer published are deleted.
 */
export function planCards(folder: string, specs: CardSpec[], code: string): { cards: CardJob[]; jobs: CardJob[] } {
  const cards = specs.map((spec) => ({ spec, cacheFile: path.join(folder, `${code}-${cardDigest(spec)}.png`) }));
  const keep = new Set(cards.map((c) => path.basename(c.cacheFile)));
  if (existsSync(folder)) {
    for (const name of readdirSync(folder)) if (!keep.has(name)) rmSync(path.join(folder, name), { force: true });
  }
  return { cards, jobs: cards.filter((c) => !existsSync(c.cacheFile)) };
}

function start(cacheDir: string, logger: AstroIntegrationLogger): Run {
  const { cards, jobs } = planCards(path.join(cacheDir, CACHE_FOLDER), cardsToDraw(), drawingDigest());
  if (jobs.length === 0) return { cards, done: Promise.resolve(0) };
  logger.info(`Vẽ ${jobs.length} ảnh xem trước (${cards.length - jobs.length} lấy lại từ bộ đệm).`);
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
  return { cards, done, worker };
}

export default function socialCards(): AstroIntegration {
  let command: string | undefined;
  let run: Run | undefined;
  return {
    name: 'bang-vang:social-cards',
    hooks: {
      'astro:config:setup': (options) => {
        command = options.command;
      },
      'astro:config:done': ({ config, logger }) => {
        // Start as early as possible: the content was checked in config:setup.
        if (command === 'build') run = start(fileURLToPath(config.cacheDir), logger);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!run) return;
        run.worker?.ref();
        const started = performance.now();
        const drawn = await run.done;
        const waited = Math.round(performance.now() - started);
        const out = fileURLToPath(dir);
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
        logger.info(`${run.cards.length} ảnh xem trước (vẽ mới ${drawn}; chờ ${waited} ms).`);
      },
    },
  };
}

/**
 * The build, in named stages, in the order they run:
 *
 *   1. check          read and check every content file once; bad content stops the build
 *                     with every problem as "file: field: message" (src/lib/content/).
 *   2. content layer  Astro syncs its collections (src/content.config.ts), from the checked
 *                     content for the JSON collections.
 *   3. side by side:
 *      - pages            Astro renders them from the view models (src/lib/views/);
 *      - search index     ┐ in a worker thread, from the checked content
 *      - downloads        ┘ (src/lib/build/generated-files.ts);
 *      - cards            preview images, in another worker (src/lib/build/cards.ts).
 *   4. assemble       the index, downloads and cards are moved (linked) into the output.
 *
 * Every cache is in src/lib/build-cache.ts, each keyed on what its files are made of; Astro
 * keeps the pages, keyed on their view models (src/lib/views/pages.ts). Nothing is rewritten
 * after it is rendered: the search page waits for the index's file names instead.
 *
 * Under `astro dev` the check runs when the server starts and again on every change to the
 * content folder: its messages go to the terminal, every page shows them until the file is
 * fixed (src/lib/content/problems-page.ts), and the browser reloads on each change.
 *
 * Switches, for benchmarks that measure the rest of the build: SEARCH_INDEX=0 leaves the index
 * out, OPEN_DATA=0 the downloads (src/lib/open-data/enabled.ts). BUILD_TIMINGS=<file> writes
 * when each stage ended (seconds since the build started) and the peak RSS.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { startCards, placeCards, type CardsRun } from '../lib/build/cards.ts';
import { placeGeneratedFiles, startGeneratedFiles, type GeneratedFilesRun } from '../lib/build/generated-files.ts';
import { setCurrentBuild } from '../lib/build/run.ts';
import { checkedContent, ContentError, forgetCheckedContent } from '../lib/content/checked.ts';
import { problemsPage } from '../lib/content/problems-page.ts';
import { formatProblems } from '../lib/content/problems.ts';
import { contentDir } from '../lib/content/read.ts';
import type { ValidatedContent } from '../lib/content/validate.ts';
import { openDataEnabled } from '../lib/open-data/enabled.ts';
import type { SearchIndexOptions } from '../lib/search/write-index.ts';

/** When each stage ended, in seconds since the build started. */
class Timings {
  private readonly start = performance.now();
  readonly marks: Record<string, number> = {};
  mark(stage: string): void {
    this.marks[stage] = Math.round(performance.now() - this.start) / 1000;
  }
  write(file: string | undefined): void {
    if (file) writeFileSync(file, JSON.stringify({ ...this.marks, maxRssBytes: process.resourceUsage().maxRSS * 1024 }, null, 2));
  }
}

/** Stage 1: the check. The summary line names the counts and how long the check took. */
function check(dir: string, logger: AstroIntegrationLogger): ValidatedContent {
  const started = performance.now();
  const { problems, content } = checkedContent(dir);
  if (problems.length > 0) throw new ContentError(formatProblems(problems));
  const records = content.decisions.reduce((n, d) => n + d.data.records.length, 0);
  logger.info(
    `Nội dung hợp lệ: ${content.reports.length} tin, ${content.movements.length} phong trào, ` +
      `${content.decisions.length} quyết định (${records} lượt khen), ${content.clusters.length} cụm/khối ` +
      `(${Math.round(performance.now() - started)} ms, Node ${process.version})`,
  );
  return content;
}

/** Markdown and MDX in NFC, so a name typed with combining marks reaches the page as every other text does. */
const nfcMarkdown = {
  name: 'bang-vang:nfc-markdown',
  enforce: 'pre' as const,
  transform(code: string, id: string) {
    if (/\.mdx?(\?|$)/.test(id)) return { code: code.normalize('NFC'), map: null };
    return undefined;
  },
};

export default function build(search: SearchIndexOptions = {}): AstroIntegration {
  const timings = new Timings();
  let generated: GeneratedFilesRun | undefined;
  let cards: CardsRun | undefined;
  return {
    name: 'bang-vang:build',
    hooks: {
      'astro:config:setup': ({ command, config, logger, updateConfig }) => {
        updateConfig({ vite: { plugins: [nfcMarkdown] } });
        if (command !== 'build') return;
        const content = check(contentDir(), logger);
        timings.mark('check');
        // Stage 3 begins now for the workers: they need only the checked content, and run on
        // the other core while Astro syncs, bundles and renders.
        const cacheDir = fileURLToPath(config.cacheDir);
        const searchOptions = process.env.SEARCH_INDEX === '0' ? false : search;
        const downloads = openDataEnabled();
        if (searchOptions || downloads) {
          generated = startGeneratedFiles(content, {
            address: { site: config.site ?? 'http://localhost/', base: config.base },
            cacheDir,
            search: searchOptions,
            downloads,
          });
          setCurrentBuild({ searchMetadata: generated.searchMetadata });
        } else setCurrentBuild({ searchMetadata: async () => [] });
        const started = startCards(content, cacheDir);
        if (started.toDraw > 0) logger.info(`Vẽ ${started.toDraw} ảnh xem trước (${started.cards.length - started.toDraw} lấy lại từ bộ đệm).`);
        cards = started;
      },
      'astro:server:setup': ({ server, logger }) => {
        // Under `astro dev`: the check at start and on every change to the content folder.
        const dir = contentDir();
        // While the content has problems, every page is the list of them.
        server.middlewares.use((req, res, next) => {
          if (req.method !== 'GET' || !req.headers.accept?.includes('text/html')) return next();
          const { problems } = checkedContent(dir);
          if (problems.length === 0) return next();
          res.statusCode = 500;
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          res.end(problemsPage(problems, server.config.base));
        });
        const report = () => {
          const { problems } = checkedContent(dir);
          if (problems.length > 0) logger.error(`Nội dung chưa hợp lệ:\n${formatProblems(problems)}`);
          else logger.info('Nội dung hợp lệ.');
        };
        report();
        server.watcher.add(dir);
        // An editor's save is often several events (write, rename, change): one report for them.
        let pending: ReturnType<typeof setTimeout> | undefined;
        server.watcher.on('all', (_event, file) => {
          if (!path.resolve(file).startsWith(dir + path.sep)) return;
          forgetCheckedContent();
          clearTimeout(pending);
          pending = setTimeout(() => {
            report();
            server.ws.send({ type: 'full-reload' });
          }, 100);
        });
      },
      'astro:build:start': () => timings.mark('contentLayer'),
      'astro:build:generated': () => timings.mark('pages'),
      'astro:build:done': async ({ dir, logger }) => {
        // Stage 4: assemble.
        const out = fileURLToPath(dir);
        const waitFrom = performance.now();
        if (generated) {
          const result = await generated.wait();
          timings.mark('generatedFiles');
          const placed = placeGeneratedFiles(generated, result, out);
          if (result.search) {
            const s = result.search;
            logger.info(
              `Chỉ mục tìm kiếm: ${s.items} mục, ${s.records} lượt khen trong ${s.groups} nhóm${s.recordsReused ? ' (phần khen thưởng lấy lại từ bộ đệm vì không đổi)' : ''}, ${placed.indexFiles} tệp ở pagefind/ (${s.seconds} s).`,
            );
          }
          if (result.downloads) {
            const d = result.downloads;
            logger.info(`Dữ liệu mở: ${d.files} tệp tải về, ${(d.bytes / 1024 / 1024).toFixed(1)} MiB, ${d.reused ? 'chép lại từ bộ đệm vì không đổi' : 'viết mới'} (${d.seconds} s).`);
          }
        }
        if (cards) {
          const drawn = await cards.wait();
          timings.mark('cards');
          placeCards(cards, out);
          logger.info(`${cards.cards.length} ảnh xem trước (vẽ mới ${drawn}).`);
        }
        logger.info(`Chờ tệp chỉ mục, tải về và ảnh xem trước sau khi dựng xong trang: ${((performance.now() - waitFrom) / 1000).toFixed(1)} s.`);
        setCurrentBuild(undefined);
        timings.mark('done');
        timings.write(process.env.BUILD_TIMINGS);
      },
    },
  };
}

/**
 * npm run bench:search — the search at scale, measured in Chromium.
 *
 * Generates the dataset if it is missing (.bench/data-<records>), builds it as `npm run build`
 * does (into .bench/search-<records>, beside the other benchmarks' folders), serves it, and
 * looks up three full names on the search page, each typed with and without diacritics.
 * For each query, in a fresh browser (nothing cached), it prints: the results shown, where
 * the record ranks, the bytes transferred (every response, headers included: for the whole
 * visit, and for the search alone, i.e. Pagefind's files), and the milliseconds from the
 * navigation to the results on screen. Then, on the page already open, the next person's
 * name typed the same way: the bytes, milliseconds and rank of that second search.
 *
 * Each query's fresh visit is made --visits times (5) and the median time printed with the
 * fastest and slowest: one visit on a shared two-core machine varies by a few hundred ms.
 *
 * Options: --records N (200000), --seed S (1), --visits V (5), --no-build (reuse the last build).
 * Run it as `npm run bench:search -- [options]`. Exit codes: 0 every target met, 1 one is not
 * (or the build failed), 2 wrong use.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { foldDiacritics } from '../src/lib/text.ts';
import { serveStatic } from '../tests/browser/serve.ts';
import { measureFreshVisit, median, pickNames, resultsOf, SEARCH_BUDGET, type Measure } from './lib/search-visit.ts';
import { consoleIO, fail, readArguments, runIfEntry, wholeNumber, type CliIO } from './lib/cli.ts';

const USAGE = `Cách dùng: npm run bench:search [-- --records 200000] [--seed 1] [--visits 5] [--no-build]
  --records   cỡ dữ liệu (số lượt khen thưởng); dữ liệu được tạo vào .bench/data-<records> nếu chưa có
  --seed      seed của dữ liệu tổng hợp
  --visits    số lần mở trang tìm kiếm cho mỗi truy vấn (in trung vị)
  --no-build  dùng lại lần dựng trước trong .bench/search-<records>`;

const OPTIONS = {
  records: { type: 'string', default: '200000' },
  seed: { type: 'string', default: '1' },
  visits: { type: 'string', default: '5' },
  'no-build': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h' },
} as const;

const BENCH = path.resolve('.bench');

function run(command: string, commandArgs: string[], env: Record<string, string> = {}): Promise<{ code: number; log: string; seconds: number }> {
  return new Promise((resolve) => {
    const started = performance.now();
    let log = '';
    const child = spawn(command, commandArgs, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (c: Buffer) => (log += c.toString()));
    child.stderr.on('data', (c: Buffer) => (log += c.toString()));
    child.on('close', (code) => resolve({ code: code ?? 1, log, seconds: (performance.now() - started) / 1000 }));
  });
}

function countFiles(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    const st = statSync(full);
    if (st.isDirectory()) {
      const sub = countFiles(full);
      files += sub.files;
      bytes += sub.bytes;
    } else {
      files += 1;
      bytes += st.size;
    }
  }
  return { files, bytes };
}

export async function main(argv: string[], io: CliIO = consoleIO): Promise<number> {
  const { values } = readArguments(argv, OPTIONS, USAGE, { positionals: false });
  const records = wholeNumber('records', values.records, { min: 5, example: '200000', usage: USAGE });
  const visits = wholeNumber('visits', values.visits, { min: 1, usage: USAGE });
  const build = !values['no-build'];
  const data = path.join(BENCH, `data-${records}`);
  const out = path.join(BENCH, `search-${records}`);
  const cache = path.join(BENCH, `search-cache-${records}`);

  if (!existsSync(data)) {
    io.out(`Tạo dữ liệu ${records} lượt khen vào ${data}…`);
    const gen = spawnSync(process.execPath, ['scripts/generate-dataset.ts', '--records', String(records), '--out', data, '--seed', values.seed], { stdio: 'inherit' });
    if (gen.status !== 0) fail(`Không tạo được dữ liệu ${records} lượt khen vào ${data}.`, 1);
  }
  let indexLine = '';
  let buildSeconds = 0;
  if (build || !existsSync(out)) {
    io.out(`Dựng ${data} vào ${out}…`);
    const result = await run('npm', ['run', 'build'], { CONTENT_DIR: data, OUT_DIR: out, ASTRO_CACHE_DIR: cache, ASTRO_TELEMETRY_DISABLED: '1' });
    if (result.code !== 0) fail(`Lần dựng ${data} không thành:\n${result.log.slice(-4000)}`, 1);
    buildSeconds = result.seconds;
    writeFileSync(`${out}.build.log`, `${result.log}\nbuild seconds: ${buildSeconds.toFixed(1)}\n`);
  }
  if (existsSync(`${out}.build.log`)) {
    const log = readFileSync(`${out}.build.log`, 'utf8');
    indexLine = /Chỉ mục tìm kiếm: .*/.exec(log)?.[0] ?? '';
    buildSeconds = Number(/build seconds: ([\d.]+)/.exec(log)?.[1] ?? 0);
  }
  const bundle = countFiles(path.join(out, 'pagefind'));
  const names = pickNames(data);

  // Compressed as any static host serves text, so the bytes are what a phone would download.
  const server = await serveStatic(out, '/', { compress: true });
  const rows: string[][] = [];
  const coldTimes: number[] = [];
  const failures: string[] = [];
  try {
    for (const [i, { name, url }] of names.entries()) {
      const next = names[(i + 1) % names.length]!;
      for (const fold of [false, true]) {
        const typed = fold ? foldDiacritics(name) : name;
        const other = fold ? foldDiacritics(next.name) : next.name;
        // Fresh visits before the one measured in full, each in a browser of its own (nothing
        // cached, nothing left running by the last visit): the machine is noisy, the median is quoted.
        const earlier: number[] = [];
        for (let v = 1; v < visits; v++) earlier.push((await measureFreshVisit(server.url, typed, { name, url })).ms);
        // The last visit measured in full, then the next name typed into the page it opened.
        const cold = await measureFreshVisit(server.url, typed, { name, url }, async ({ page, meter: m, shown }): Promise<Measure> => {
          const before = await page.evaluate(() => performance.now());
          await page.fill('#tu-khoa', other);
          await page.press('#tu-khoa', 'Enter');
          const warmAt = await shown.after(before);
          await page.waitForLoadState('networkidle');
          return { ...(await resultsOf(page, next.url)), ...(await m.total()), ms: warmAt - before };
        });
        const warm = cold.then!;
        const times = [...earlier, cold.ms].sort((a, b) => a - b);
        coldTimes.push(...times);

        rows.push([
          typed,
          String(cold.results),
          String(cold.rank || '–'),
          (cold.bytes / 1024).toFixed(0),
          (cold.searchBytes / 1024).toFixed(0),
          times.length > 1 ? `${median(times).toFixed(0)} (${times[0]!.toFixed(0)}–${times.at(-1)!.toFixed(0)})` : cold.ms.toFixed(0),
          `${other}: ${(warm.searchBytes / 1024).toFixed(0)} KB, ${warm.ms.toFixed(0)} ms, hạng ${warm.rank || '–'}`,
        ]);
        if (!cold.rank || cold.rank > 3) failures.push(`"${typed}": the record is not in the first three results`);
        if (cold.bytes > SEARCH_BUDGET.bytes) failures.push(`"${typed}": the visit transferred ${cold.bytes} bytes in all`);
        if (!warm.rank || warm.rank > 3) failures.push(`"${other}" typed on the open page: the record is not in the first three results`);
        if (warm.ms > SEARCH_BUDGET.ms) failures.push(`"${other}" typed on the open page: results after ${warm.ms.toFixed(0)} ms`);
        if (median(times) > SEARCH_BUDGET.ms) failures.push(`"${typed}": results ${median(times).toFixed(0)} ms after opening the address (median of ${times.length} visits)`);
      }
    }
  } finally {
    await server.close();
  }

  io.out(`\n${records} lượt khen, Node ${process.version}, ${new Date().toISOString()}`);
  if (indexLine) io.out(`${indexLine}; cả lần dựng ${buildSeconds.toFixed(0)} s`);
  io.out(`pagefind/: ${bundle.files} tệp, ${(bundle.bytes / 1024 / 1024).toFixed(1)} MiB\n`);
  const header = ['truy vấn', 'kết quả', 'hạng', 'KB cả trang', 'KB tìm kiếm', `ms đến kết quả${visits > 1 ? ` (trung vị của ${visits} lần, thấp nhất–cao nhất)` : ''}`, 'tên kế tiếp, gõ trên trang đã mở'];
  io.out(`| ${header.join(' | ')} |\n|${header.map((_, i) => (i ? ' ---: ' : ' --- ')).join('|')}|`);
  for (const row of rows) io.out(`| ${row.join(' | ')} |`);
  io.out(
    '\nKB tìm kiếm: các tệp của chỉ mục tên (tim-ten/) và của Pagefind (mã, WebAssembly, chỉ mục, kết quả). KB cả trang: thêm trang, CSS, phông chữ, mã của trang. ' +
      'ms: từ lúc mở địa chỉ đến khi kết quả hiện ra (trình duyệt mới, chưa có gì trong bộ nhớ đệm).',
  );
  if (coldTimes.length) io.out(`\nMở trang đến kết quả, cả ${coldTimes.length} lần: trung vị ${median(coldTimes.sort((a, b) => a - b)).toFixed(0)} ms.`);
  if (failures.length) {
    io.out(`\nChưa đạt:\n  - ${failures.join('\n  - ')}`);
    return 1;
  }
  return 0;
}

runIfEntry(import.meta.url, main);

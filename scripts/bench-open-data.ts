/**
 * npm run bench:open-data — what the downloads and sitemaps cost to build: builds
 * a dataset (default .bench/data-200000, made by `npm run generate -- --records 200000
 * --out .bench/data-200000 --seed 1`) alternately with OPEN_DATA=0 (no downloads, no
 * sitemaps) and with them, each from an empty output and an empty incremental cache, and
 * prints the median wall times, their ratio, and the files and MiB in the output.
 *
 * The preview cards are not what is measured: a first build draws them (its time is
 * printed as "first build, cards drawn"), and every measured build starts with those
 * cards in its cache, as any build after the first does.
 *
 * Options: --data DIR, --runs N (per variant, default 2), --keep-cards (reuse the cards of
 * an earlier run instead of a first build), --record (write the table into docs/open-data.md).
 * Run it as `npm run bench:open-data -- [options]`.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { consoleIO, fail, readArguments, runIfEntry, wholeNumber, type CliIO } from './lib/cli.ts';

const USAGE = `Cách dùng: npm run bench:open-data [-- --data .bench/data-200000] [--runs 2] [--keep-cards] [--record]
  --data        thư mục dữ liệu cần dựng (tạo bằng npm run generate)
  --runs        số lần dựng mỗi kiểu (in trung vị)
  --keep-cards  dùng lại ảnh xem trước của lần chạy trước thay vì dựng lần đầu
  --record      ghi bảng kết quả vào docs/open-data.md`;

const OPTIONS = {
  data: { type: 'string', default: '.bench/data-200000' },
  runs: { type: 'string', default: '2' },
  'keep-cards': { type: 'boolean', default: false },
  record: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h' },
} as const;

// Inside the project, so Astro's prerender chunks resolve node_modules.
const WORK = path.resolve('.bench/open-data');
const CARDS = path.join(WORK, 'cards');

/**
 * One build: its wall time, and the CPU time (user + system) of the build and its child
 * processes, from the shell's `times`. Other jobs on the machine stretch the wall time;
 * the CPU time shows the work itself.
 */
function build(data: string, env: Record<string, string>): Promise<{ seconds: number; cpu: number; log: string; code: number }> {
  return new Promise((resolve) => {
    const started = performance.now();
    let log = '';
    const script = `"${process.execPath}" node_modules/astro/bin/astro.mjs build; status=$?; times >&2; exit $status`;
    const child = spawn('bash', ['-c', script], {
      env: { ...process.env, CONTENT_DIR: data, ASTRO_TELEMETRY_DISABLED: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (c: Buffer) => (log += c.toString()));
    child.stderr.on('data', (c: Buffer) => (log += c.toString()));
    child.on('close', (code) => {
      // `times` prints the shell's times, then its children's: "0m12.345s 0m1.234s".
      const last = log.trim().split('\n').at(-1) ?? '';
      const cpu = [...last.matchAll(/(\d+)m([\d.]+)s/g)].reduce((sum, m) => sum + Number(m[1]) * 60 + Number(m[2]), 0);
      resolve({ seconds: (performance.now() - started) / 1000, cpu, log, code: code ?? 1 });
    });
  });
}

function walk(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      const sub = walk(full);
      files += sub.files;
      bytes += sub.bytes;
    } else {
      files += 1;
      bytes += statSync(full).size;
    }
  }
  return { files, bytes };
}

async function buildOnce(data: string, openData: boolean, seedCards: boolean) {
  const out = path.join(WORK, 'dist');
  const cache = path.join(WORK, 'cache');
  rmSync(out, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
  if (seedCards) cpSync(CARDS, path.join(cache, 'bang-vang-cards'), { recursive: true });
  const timings = path.join(WORK, 'timings.json');
  const result = await build(data, { OUT_DIR: out, ASTRO_CACHE_DIR: cache, OPEN_DATA: openData ? '1' : '0', BUILD_TIMINGS: timings });
  if (result.code !== 0) fail(`Lần dựng ${data} không thành:\n${result.log.slice(-4000)}`, 1);
  const rss = JSON.parse(readFileSync(timings, 'utf8')).maxRssBytes as number;
  const size = { ...walk(out), rss };
  if (!seedCards) cpSync(path.join(cache, 'bang-vang-cards'), CARDS, { recursive: true });
  rmSync(path.join(out, '.prerender'), { recursive: true, force: true });
  return { seconds: result.seconds, cpu: result.cpu, ...size };
}

const mib = (n: number) => (n / 1024 / 1024).toFixed(1);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

export async function main(argv: string[], io: CliIO = consoleIO): Promise<number> {
  const { values } = readArguments(argv, OPTIONS, USAGE, { positionals: false });
  const data = path.resolve(values.data);
  const runs = wholeNumber('runs', values.runs, { min: 1, usage: USAGE });
  if (!existsSync(data)) fail(`Chưa có dữ liệu ở ${data}; tạo bằng: npm run generate -- --records 200000 --out ${path.relative(process.cwd(), data)} --seed 1`, 1);
  mkdirSync(WORK, { recursive: true });
  // A first build draws the cards, unless an earlier run left them (--keep-cards).
  const keepCards = values['keep-cards'] && existsSync(CARDS);
  if (!keepCards) rmSync(CARDS, { recursive: true, force: true });
  const first = keepCards ? undefined : await buildOnce(data, true, false);
  if (first) io.out(`first build, cards drawn: ${first.seconds.toFixed(1)} s`);
  const without: Awaited<ReturnType<typeof buildOnce>>[] = [];
  const withData: Awaited<ReturnType<typeof buildOnce>>[] = [];
  for (let i = 0; i < runs; i++) {
    without.push(await buildOnce(data, false, true));
    io.out(`OPEN_DATA=0: ${without.at(-1)!.seconds.toFixed(1)} s (CPU ${without.at(-1)!.cpu.toFixed(1)} s), ${without.at(-1)!.files} files, peak RSS ${mib(without.at(-1)!.rss)} MiB`);
    withData.push(await buildOnce(data, true, true));
    io.out(`with downloads and sitemaps: ${withData.at(-1)!.seconds.toFixed(1)} s (CPU ${withData.at(-1)!.cpu.toFixed(1)} s), ${withData.at(-1)!.files} files, peak RSS ${mib(withData.at(-1)!.rss)} MiB`);
  }
  rmSync(path.join(WORK, 'dist'), { recursive: true, force: true });
  rmSync(path.join(WORK, 'cache'), { recursive: true, force: true });

  const a = median(without.map((r) => r.seconds));
  const rssOf = (rs: { rss: number }[]) => mib(Math.max(...rs.map((r) => r.rss)));
  const b = median(withData.map((r) => r.seconds));
  const ca = median(without.map((r) => r.cpu));
  const cb = median(withData.map((r) => r.cpu));
  const records = path.basename(data).replace(/^data-/, '');
  const table = [
    `Dataset ${records} records (${path.relative(process.cwd(), data)}); ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, Node ${process.version}; median of ${runs} builds each, each from an empty output and incremental cache, with the preview cards already drawn${first ? ` (the first build, which drew them: ${first.seconds.toFixed(1)} s)` : ''}.`,
    '',
    '| build | wall s (runs) | median wall s | CPU s (runs) | median CPU s | peak RSS MiB | files in output | MiB in output |',
    '| --- | --- | ---: | --- | ---: | ---: | ---: | ---: |',
    `| OPEN_DATA=0 (no downloads, no sitemaps) | ${without.map((r) => r.seconds.toFixed(1)).join(', ')} | ${a.toFixed(1)} | ${without.map((r) => r.cpu.toFixed(1)).join(', ')} | ${ca.toFixed(1)} | ${rssOf(without)} | ${without[0]!.files} | ${mib(without[0]!.bytes)} |`,
    `| with downloads and sitemaps | ${withData.map((r) => r.seconds.toFixed(1)).join(', ')} | ${b.toFixed(1)} | ${withData.map((r) => r.cpu.toFixed(1)).join(', ')} | ${cb.toFixed(1)} | ${rssOf(withData)} | ${withData[0]!.files} | ${mib(withData[0]!.bytes)} |`,
    '',
    `Downloads and sitemaps add ${(((b - a) / a) * 100).toFixed(0)} % to the wall time (ratio ${(b / a).toFixed(2)}) and ${(((cb - ca) / ca) * 100).toFixed(0)} % to the CPU time (ratio ${(cb / ca).toFixed(2)}); the output has ${withData[0]!.files} files (limit 20,000).`,
  ].join('\n');
  io.out(`\n${table}`);
  if (values.record) {
    const doc = 'docs/open-data.md';
    const text = readFileSync(doc, 'utf8');
    writeFileSync(doc, text.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, `<!-- bench:start -->\n${table}\n<!-- bench:end -->`));
  }
  return 0;
}

runIfEntry(import.meta.url, main);

/**
 * npm run bench:import [-- --rows 10000,50000,100000 --bad 10 --runs 3]
 *
 * Measures the honour-list importer as a press officer runs it: for each size, writes a
 * made-up CSV list (src/lib/import/honours/synthetic.ts) into a temporary folder, runs
 * `scripts/import-honours.ts` on it in a fresh Node process (reading, checking every row,
 * checking the decision as check:content does, writing the JSON) and prints one table:
 * rows, rows imported and reported, wall seconds and CPU seconds (best of the runs), rows
 * per second and peak memory. The target is a 50,000-row list in at most 10 seconds.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { syntheticList } from '../src/lib/import/honours/synthetic.ts';

const { values } = parseArgs({ options: { rows: { type: 'string' }, bad: { type: 'string' }, runs: { type: 'string' } } });
const sizes = (values.rows ?? '10000,50000,100000').split(',').map(Number).filter((n) => n > 0);
const bad = Number(values.bad ?? 10);
const runs = Math.max(1, Number(values.runs ?? 3));
const importer = path.resolve('scripts', 'import-honours.ts');

const work = mkdtempSync(path.join(tmpdir(), 'bang-vang-bench-import-'));
const results: { rows: number; reported: number; imported: number; mb: number; seconds: number; cpu: number; peak: number; ok: boolean }[] = [];
try {
  for (const rows of sizes) {
    const list = syntheticList(rows, bad);
    const csv = path.join(work, `danh-sach-${rows}.csv`);
    writeFileSync(csv, list.csv);
    const content = path.join(work, `noi-dung-${rows}`);
    let best = Infinity;
    let cpu = Infinity;
    let peak = 0;
    let ok = true;
    let reported = 0;
    let imported = 0;
    for (let r = 0; r < runs; r++) {
      const out = path.join(content, 'decisions', 'quang-ninh', '2023', `bench-${rows}.json`);
      const started = performance.now();
      const run = spawnSync(
        process.execPath,
        [importer, csv, '--number', `${rows}/QĐ-UBND`, '--date', '5/1/2023', '--issuer', 'UBND tỉnh Quảng Ninh', '--award', 'bang-khen-ubnd-tinh',
          '--type', 'thường xuyên', '--province', 'quang-ninh', '--subject', 'Về việc tặng Bằng khen (đo tốc độ)', '--out', out, '--force', '--no-progress'],
        { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: content, BANG_VANG_REPORT_CPU: '1' }, maxBuffer: 64 * 1024 * 1024 },
      );
      const seconds = (performance.now() - started) / 1000;
      if (run.status !== 0) {
        ok = false;
        console.error(run.stderr || run.stdout);
        break;
      }
      best = Math.min(best, seconds);
      const usage = /cpu-seconds=([\d.]+) peak-mb=(\d+)/.exec(run.stderr);
      if (usage) {
        cpu = Math.min(cpu, Number(usage[1]));
        peak = Math.max(peak, Number(usage[2]));
      }
      reported = Number(/Lỗi, không nhập: ([\d.]+)/.exec(run.stdout)?.[1]?.replace(/\./g, '') ?? NaN);
      imported = Number(/Nhập: ([\d.]+)/.exec(run.stdout)?.[1]?.replace(/\./g, '') ?? NaN);
    }
    results.push({ rows, reported, imported, mb: statSync(csv).size / 1e6, seconds: best, cpu, peak, ok });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const header = ['rows', 'file MB', 'imported', 'reported', 'seconds', 'CPU s', 'rows/s', 'peak MB', 'result'];
const table = results.map((r) => [
  r.rows.toLocaleString('en-US'),
  r.mb.toFixed(1),
  r.imported.toLocaleString('en-US'),
  String(r.reported),
  r.ok ? r.seconds.toFixed(2) : '—',
  r.ok && Number.isFinite(r.cpu) ? r.cpu.toFixed(2) : '—',
  r.ok ? Math.round(r.rows / r.seconds).toLocaleString('en-US') : '—',
  r.peak ? String(r.peak) : '—',
  !r.ok ? 'FAILED' : r.rows === 50_000 ? (r.seconds <= 10 ? 'ok (≤ 10 s)' : 'SLOW (> 10 s)') : 'ok',
]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => (i === cells.length - 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
console.log(`Honour-list import (CLI, fresh process), best of ${runs} run(s), ${bad} bad rows per list, Node ${process.version}, load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores:`);
console.log('seconds = wall time of the whole command; CPU s = the time the process itself ran (a busy machine inflates the first, not the second).');
console.log(line(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const row of table) console.log(line(row));
process.exit(results.every((r) => r.ok && r.reported === Math.min(bad, r.rows)) ? 0 : 1);

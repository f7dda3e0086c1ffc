/**
 * npm run bench:import-decision [-- --rows 20000 --runs 3]
 *
 * Measures `import:decision` on a long PDF decision as a press officer runs it: writes a
 * made-up decision whose list of `--rows` people (20,000 by default) fills about 500 pages
 * of a table with its header repeated on each page (scripts/lib/sample-decisions.ts, not
 * timed), then runs `scripts/import-decision.ts` on it `--runs` times, each in a fresh Node
 * process with an empty content folder: reading every page with pdf.js, rebuilding the
 * table, reading every row, checking the decision as check:content does and writing it.
 * Prints one table — the median, fastest and slowest wall time, the median CPU time and the
 * peak memory — and exits 1 when the median is over 20 seconds or a row was lost.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync, readFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { decisionPdf, manyPeople, sampleDecision } from './lib/sample-decisions.ts';

const TARGET_SECONDS = 20;
const { values } = parseArgs({ options: { rows: { type: 'string' }, runs: { type: 'string' } } });
const rows = Math.max(1, Number(values.rows ?? 20_000));
const runs = Math.max(1, Number(values.runs ?? 3));
const importer = path.resolve('scripts', 'import-decision.ts');
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

const work = mkdtempSync(path.join(tmpdir(), 'bang-vang-bench-quyet-dinh-'));
let failed = false;
try {
  const d = sampleDecision({
    number: `${rows}/QĐ-UBND`,
    articles: [
      `Điều 1. Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho ${rows} cá nhân (có danh sách kèm theo) vì đã hoàn thành xuất sắc nhiệm vụ được giao năm 2023.`,
      'Điều 2. Chánh Văn phòng Ủy ban nhân dân tỉnh và các cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.',
    ],
  });
  d.list = { ...d.list!, columns: ['STT', 'Họ và tên', 'Chức vụ, đơn vị công tác'], groups: [{ rows: manyPeople(rows) }] };
  process.stderr.write(`Đang viết tệp PDF ${rows.toLocaleString('en-US')} dòng (không tính vào thời gian đo)…\n`);
  const file = path.join(work, `quyet-dinh-${rows}.pdf`);
  writeFileSync(file, await decisionPdf(d, { fontSize: 10, padding: 2.6, sttWidth: 40 }));
  const task = getDocument({ data: new Uint8Array(readFileSync(file)) });
  const pages = (await task.promise).numPages;
  await task.destroy();

  const wall: number[] = [];
  const cpu: number[] = [];
  let peak = 0;
  let imported = NaN;
  let reported = NaN;
  for (let r = 0; r < runs; r++) {
    const content = mkdtempSync(path.join(work, 'noi-dung-'));
    const started = performance.now();
    const run = spawnSync(process.execPath, [importer, file, '--no-progress'], {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: content, BANG_VANG_REPORT_CPU: '1' },
      maxBuffer: 256 * 1024 * 1024,
    });
    wall.push((performance.now() - started) / 1000);
    if (run.status !== 0) {
      failed = true;
      console.error(run.stderr || run.stdout);
      break;
    }
    const usage = /cpu-seconds=([\d.]+) peak-mb=(\d+)/.exec(run.stderr);
    if (usage) {
      cpu.push(Number(usage[1]));
      peak = Math.max(peak, Number(usage[2]));
    }
    imported = Number(/Nhập: ([\d.]+)/.exec(run.stdout)?.[1]?.replace(/\./g, '') ?? NaN);
    reported = Number(/Lỗi, không nhập: ([\d.]+)/.exec(run.stdout)?.[1]?.replace(/\./g, '') ?? NaN);
    rmSync(content, { recursive: true, force: true });
  }
  const m = median(wall);
  const ok = !failed && imported === rows && m <= TARGET_SECONDS;
  failed ||= !ok;
  const header = ['rows', 'pages', 'file MB', 'imported', 'reported', 'median s', 'fastest s', 'slowest s', 'CPU s (median)', 'peak MB', 'result'];
  const cells = [
    rows.toLocaleString('en-US'),
    String(pages),
    (statSync(file).size / 1e6).toFixed(1),
    Number.isFinite(imported) ? imported.toLocaleString('en-US') : '—',
    Number.isFinite(reported) ? String(reported) : '—',
    wall.length ? m.toFixed(2) : '—',
    wall.length ? Math.min(...wall).toFixed(2) : '—',
    wall.length ? Math.max(...wall).toFixed(2) : '—',
    cpu.length ? median(cpu).toFixed(2) : '—',
    peak ? String(peak) : '—',
    ok ? `ok (≤ ${TARGET_SECONDS} s)` : imported !== rows ? 'ROWS LOST' : `SLOW (> ${TARGET_SECONDS} s)`,
  ];
  const widths = header.map((h, i) => Math.max(h.length, cells[i]!.length));
  const line = (c: string[]) => `| ${c.map((x, i) => x.padStart(widths[i]!)).join(' | ')} |`;
  console.log(`Decision import (PDF, CLI, fresh process), ${runs} run(s), Node ${process.version}, load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores:`);
  console.log('wall = the whole command; CPU = the time the process itself ran (a busy machine inflates the first, not the second).');
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  console.log(line(cells));
  console.log(`runs: ${wall.map((s) => s.toFixed(2)).join(', ')} s`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);

/**
 * npm run generate -- --records N --out DIR [--seed S]
 *
 * Writes a synthetic, deterministic dataset (decisions with exactly N records,
 * reports, movements, clusters, profiles) into DIR, for benchmarks and scale tests.
 * DIR must be new, empty, or a folder this script wrote before (it holds the marker
 * file .bang-vang-dataset); its generated folders are then replaced.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateDataset, outputDirProblem, parseSeed, writeDataset } from './lib/dataset/index.ts';

const USAGE = 'Cách dùng: node scripts/generate-dataset.ts --records N --out THƯ_MỤC [--seed S]';
const MAX_RECORDS = 10_000_000;

export interface CliOptions {
  records: number;
  out: string;
  seed: number;
  seedText: string;
}

/** Read the arguments; a message in Vietnamese when they are wrong. */
export function parseCliArgs(argv: readonly string[]): { ok: true; options: CliOptions } | { ok: false; message: string; help?: boolean } {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return { ok: false, message: USAGE, help: true };
    const m = /^--(records|out|seed)(?:=(.*))?$/.exec(arg);
    if (!m) return { ok: false, message: `Không hiểu tham số "${arg}".` };
    const name = m[1]!;
    let value = m[2];
    if (value === undefined) {
      value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) return { ok: false, message: `Thiếu giá trị sau --${name}.` };
      i++;
    }
    if (values.has(name)) return { ok: false, message: `Tham số --${name} được ghi hai lần.` };
    values.set(name, value);
  }
  const recordsText = values.get('records');
  if (recordsText === undefined) return { ok: false, message: 'Thiếu --records N (số lượt khen thưởng cần tạo).' };
  // Thousands may be grouped: 200000, 200_000, 200.000 (Vietnamese) or 200,000.
  if (!/^(?:\d+|\d{1,3}(?:[_.,]\d{3})+)$/.test(recordsText)) {
    return { ok: false, message: `--records phải là một số nguyên dương, ví dụ 200000, đang là "${recordsText}".` };
  }
  const cleaned = recordsText.replace(/[_.,]/g, '');
  const records = Number(cleaned);
  if (records < 5) return { ok: false, message: `--records phải từ 5 trở lên (mỗi quyết định có ít nhất 5 lượt), đang là ${records}.` };
  if (records > MAX_RECORDS) return { ok: false, message: `--records tối đa là ${MAX_RECORDS.toLocaleString('vi-VN')}, đang là ${records}.` };
  const out = values.get('out');
  if (out === undefined || out.trim() === '') return { ok: false, message: 'Thiếu --out THƯ_MỤC (thư mục để ghi dữ liệu).' };
  const seedText = values.get('seed') ?? '1';
  if (seedText.trim() === '') return { ok: false, message: '--seed không được để trống.' };
  return { ok: true, options: { records, out: path.resolve(out), seed: parseSeed(seedText), seedText } };
}

function main(): number {
  const parsed = parseCliArgs(process.argv.slice(2));
  if (!parsed.ok) {
    if (parsed.help) {
      console.log(parsed.message);
      return 0;
    }
    console.error(`Lỗi: ${parsed.message}\n${USAGE}`);
    return 2;
  }
  const { records, out, seed, seedText } = parsed.options;
  const problem = outputDirProblem(out);
  if (problem) {
    console.error(`Lỗi: ${problem}`);
    return 2;
  }
  const started = performance.now();
  const dataset = generateDataset({ records, seed });
  writeDataset(out, dataset, { records, seed });
  const seconds = (performance.now() - started) / 1000;
  const s = dataset.stats;
  console.log(
    `Đã tạo ${s.records} lượt khen thưởng trong ${s.decisions} quyết định, ${s.reports} tin bài, ${s.movements} phong trào, ` +
      `${s.clusters} cụm/khối, ${s.honorees} hồ sơ; ${s.files} tệp trong ${seconds.toFixed(2)} giây (seed ${seedText}) → ${out}`,
  );
  return 0;
}

if (import.meta.main) process.exitCode = main();

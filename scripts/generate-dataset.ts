/**
 * npm run generate -- --records N --out DIR [--seed S]
 *
 * Writes a synthetic, deterministic dataset (decisions with exactly N records,
 * reports, movements, clusters, profiles) into DIR, for benchmarks and scale tests.
 * DIR must be new, empty, or a folder this script wrote before (it holds the marker
 * file .bang-vang-dataset); its generated folders are then replaced.
 * Exit codes: 0 written, 2 wrong use (the arguments, or a folder it may not write into).
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateDataset, outputDirProblem, parseSeed, writeDataset } from './lib/dataset/index.ts';
import { consoleIO, fail, readArguments, runIfEntry, wholeNumber, type CliIO } from './lib/cli.ts';

const USAGE = 'Cách dùng: npm run generate -- --records N --out THƯ_MỤC [--seed S]';
const MIN_RECORDS = 5;
const MAX_RECORDS = 10_000_000;

const OPTIONS = {
  records: { type: 'string' },
  out: { type: 'string' },
  seed: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export function main(argv: string[], io: CliIO = consoleIO): number {
  const { values } = readArguments(argv, OPTIONS, USAGE, { positionals: false });
  if (values.records === undefined) fail(`Thiếu --records N (số lượt khen thưởng cần tạo).\n\n${USAGE}`, 2);
  const records = wholeNumber('records', values.records, { min: 1, max: MAX_RECORDS, example: '200000', usage: USAGE });
  if (records < MIN_RECORDS) {
    fail(`--records phải từ ${MIN_RECORDS} trở lên (mỗi quyết định có ít nhất ${MIN_RECORDS} lượt), đang là ${records}.\n\n${USAGE}`, 2);
  }
  if (values.out === undefined || values.out.trim() === '') fail(`Thiếu --out THƯ_MỤC (thư mục để ghi dữ liệu).\n\n${USAGE}`, 2);
  const seedText = values.seed ?? '1';
  if (seedText.trim() === '') fail(`--seed không được để trống.\n\n${USAGE}`, 2);
  const out = path.resolve(values.out);
  const seed = parseSeed(seedText);
  const problem = outputDirProblem(out);
  if (problem) fail(problem, 2);

  const started = performance.now();
  const dataset = generateDataset({ records, seed });
  writeDataset(out, dataset, { records, seed });
  const seconds = (performance.now() - started) / 1000;
  const s = dataset.stats;
  io.out(
    `Đã tạo ${s.records} lượt khen thưởng trong ${s.decisions} quyết định, ${s.reports} tin bài, ${s.movements} phong trào, ` +
      `${s.clusters} cụm/khối, ${s.honorees} hồ sơ; ${s.files} tệp trong ${seconds.toFixed(2)} giây (seed ${seedText}) → ${out}`,
  );
  return 0;
}

runIfEntry(import.meta.url, main);

/**
 * npm run import:seeds [-- --dir THƯ_MỤC]
 *
 * Runs the article importer with --json over every article in ../shared/seeds/ (the
 * published articles the project is measured against) and prints what it extracted.
 * When the folder is not there — a fresh clone without shared/ beside it — it says so
 * and exits 0. Exits 1 if the importer fails on an article.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { dir: { type: 'string' } } });
const dir = path.resolve(values.dir ?? path.join('..', 'shared', 'seeds'));
if (!existsSync(dir)) {
  console.log(`Không có thư mục bài mẫu ${dir}; bỏ qua (thư mục này chỉ có khi shared/ nằm cạnh dự án).`);
  process.exit(0);
}
const files = readdirSync(dir)
  .filter((f) => /\.(txt|html?)$/i.test(f))
  .sort();
if (files.length === 0) {
  console.log(`Thư mục ${dir} không có bài .txt hay .html nào.`);
  process.exit(0);
}

const importer = path.resolve('scripts', 'import-article.ts');
let failed = 0;
for (const f of files) {
  const run = spawnSync(process.execPath, [importer, path.join(dir, f), '--json'], { encoding: 'utf8' });
  console.log(`=== ${f}`);
  if (run.status !== 0) {
    failed++;
    console.log(`Lỗi (mã ${run.status}): ${run.stderr.trim()}`);
    continue;
  }
  const data = JSON.parse(run.stdout) as {
    date: string | null;
    provinces: string[];
    clusters: string[];
    movements: string[];
    awards: { id: string }[];
    officials: unknown[];
    warnings: string[];
  };
  console.log(run.stdout.trim());
  console.log(
    `--- ${f}: ngày ${data.date ?? 'không rõ'}; tỉnh ${data.provinces.join(', ') || '(không)'}; cụm, khối ${data.clusters.join(', ') || '(không)'}; ` +
      `${data.movements.length} phong trào; khen thưởng ${data.awards.map((a) => a.id).join(', ') || '(không)'}; ` +
      `${data.officials.length} lãnh đạo; ${data.warnings.length} cảnh báo`,
  );
}
console.log(`\n${files.length - failed}/${files.length} bài nhập được.`);
process.exit(failed ? 1 : 0);

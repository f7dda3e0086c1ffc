/**
 * npm run import:seeds [-- --dir THƯ_MỤC]
 *
 * Runs the article importer (what `import:article --json` prints) over every article in
 * ../shared/seeds/ (the published articles the project is measured against) and prints what
 * it extracted, then one summary line per article. When the folder is not there — a fresh
 * clone without shared/ beside it — it says so and exits 0. Exits 1 if an article cannot
 * be read.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { contentDir } from '../src/lib/content/read.ts';
import { articleJson, extractArticle } from '../src/lib/import/article/article.ts';
import { loadContext } from '../src/lib/import/shared/context.ts';
import { decodeText } from '../src/lib/import/shared/decode.ts';
import { ImportError } from '../src/lib/import/shared/report.ts';
import { consoleIO, readArguments, runIfEntry, type CliIO } from './lib/cli.ts';

const USAGE = `Cách dùng: npm run import:seeds [-- --dir THƯ_MỤC]
  --dir   thư mục bài mẫu (mặc định ../shared/seeds)`;

const OPTIONS = {
  dir: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function main(argv: string[], io: CliIO = consoleIO): Promise<number> {
  const { values } = readArguments(argv, OPTIONS, USAGE);
  const dir = path.resolve(values.dir ?? path.join('..', 'shared', 'seeds'));
  if (!existsSync(dir)) {
    io.out(`Không có thư mục bài mẫu ${dir}; bỏ qua (thư mục này chỉ có khi shared/ nằm cạnh dự án).`);
    return 0;
  }
  const files = readdirSync(dir)
    .filter((f) => /\.(txt|html?)$/i.test(f))
    .sort();
  if (files.length === 0) {
    io.out(`Thư mục ${dir} không có bài .txt hay .html nào.`);
    return 0;
  }

  const ctx = loadContext(contentDir());
  let failed = 0;
  for (const f of files) {
    io.out(`=== ${f}`);
    let text: string;
    try {
      text = decodeText(readFileSync(path.join(dir, f))).text;
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      failed++;
      io.out(`Lỗi: ${f}: ${error.message}`);
      continue;
    }
    const data = articleJson(extractArticle({ text, html: /\.html?$/i.test(f) ? true : undefined }, ctx));
    io.out(JSON.stringify(data, null, 2));
    io.out(
      `--- ${f}: ngày ${data.date ?? 'không rõ'}; tỉnh ${data.provinces.join(', ') || '(không)'}; cụm, khối ${data.clusters.join(', ') || '(không)'}; ` +
        `${data.movements.length} phong trào; khen thưởng ${data.awards.map((a) => a.id).join(', ') || '(không)'}; ` +
        `${data.officials.length} lãnh đạo; ${data.warnings.length} cảnh báo`,
    );
  }
  io.out(`\n${files.length - failed}/${files.length} bài nhập được.`);
  return failed ? 1 : 0;
}

runIfEntry(import.meta.url, main);

/**
 * npm run check:content — read every content file (CONTENT_DIR, else src/content) and print
 * every problem at once, as "file: field: message".
 * Exit codes: 0 the content is valid, 1 it has problems, 2 wrong use.
 */
import { contentDir } from '../src/lib/content/read.ts';
import { formatProblems, validateContent } from '../src/lib/content/validate.ts';
import { consoleIO, fail, readArguments, runIfEntry, type CliIO } from './lib/cli.ts';

const USAGE = `Cách dùng: npm run check:content
Kiểm tra mọi tệp trong thư mục nội dung (CONTENT_DIR, mặc định src/content) và in mọi lỗi một lần.`;

const OPTIONS = { help: { type: 'boolean', short: 'h' } } as const;

export function main(argv: string[], io: CliIO = consoleIO): number {
  readArguments(argv, OPTIONS, USAGE, { positionals: false });
  const dir = contentDir(io.env);
  const { problems, content } = validateContent(dir);
  if (problems.length > 0) {
    fail(`${formatProblems(problems)}\n\n${problems.length} lỗi trong nội dung (${dir}). Sửa các lỗi trên rồi chạy lại.`, 1);
  }
  const records = content.decisions.reduce((n, d) => n + d.data.records.length, 0);
  io.out(
    `Nội dung hợp lệ (${dir}): ${content.reports.length} tin bài, ${content.movements.length} phong trào, ` +
      `${content.honorees.length} hồ sơ, ${content.clusters.length} cụm/khối, ${content.decisions.length} quyết định với ${records} lượt khen thưởng.`,
  );
  return 0;
}

runIfEntry(import.meta.url, main);

/**
 * npm run import:article -- <bài.txt|bài.html> [--out THƯ_MỤC] [--json] [--title "…"] [--force] [--encoding …]
 *
 * Turns an article copied from a provincial portal into an MDX draft (draft: true) in
 * the reports folder of the content, named after its headline. With --json nothing is
 * written: the extracted metadata is printed as one JSON object on stdout.
 * Exit codes: 0 done, 1 the file could not be read or the draft would not pass the
 * content check, 2 wrong use of the command.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { contentDir, displayPath } from '../src/lib/content/read.ts';
import { formatProblems } from '../src/lib/content/validate.ts';
import { RESERVED_REPORT_SEGMENTS } from '../src/lib/reports.ts';
import { articleJson, extractArticle } from '../src/lib/import/article/article.ts';
import { checkBeforeWriting, loadContext } from '../src/lib/import/shared/context.ts';
import { decodeText, ENCODING_CHOICES, type EncodingChoice } from '../src/lib/import/shared/decode.ts';
import { ImportError } from '../src/lib/import/shared/report.ts';
import { draftSlug, renderDraft } from '../src/lib/import/article/mdx.ts';
import { clusterJson } from '../src/lib/import/article/propose-clusters.ts';
import { consoleIO, fail, readArguments, runIfEntry, type CliIO } from './lib/cli.ts';

const USAGE = `Cách dùng: npm run import:article -- <bài.txt|bài.html> [--out THƯ_MỤC] [--json] [--title "Tiêu đề"] [--force]
  --json       chỉ in thông tin trích được (JSON), không ghi tệp
  --out        thư mục ghi bản nháp (mặc định: thư mục reports của nội dung)
  --title      đặt tiêu đề khi bài không có hoặc có tiêu đề sai
  --force      ghi đè tệp đã có
  --encoding   bảng mã của tệp: ${ENCODING_CHOICES.join(', ')} (mặc định auto)`;


const OPTIONS = {
  out: { type: 'string' },
  json: { type: 'boolean' },
  title: { type: 'string' },
  force: { type: 'boolean' },
  encoding: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function main(argv: string[], io: CliIO = consoleIO): Promise<number> {
  const { values, positionals } = readArguments(argv, OPTIONS, USAGE);
  if (positionals.length !== 1) fail(positionals.length ? `Chỉ nhập một bài mỗi lần.\n\n${USAGE}` : `Thiếu tệp bài viết.\n\n${USAGE}`, 2);
  const encoding = (values.encoding ?? 'auto') as EncodingChoice;
  if (!ENCODING_CHOICES.includes(encoding)) fail(`--encoding chỉ nhận: ${ENCODING_CHOICES.join(', ')}`, 2);

  const file = positionals[0]!;
  if (!existsSync(file)) fail(`Không tìm thấy tệp "${file}".`, 1);
  let text: string;
  try {
    text = decodeText(readFileSync(file), encoding).text;
  } catch (error) {
    if (error instanceof ImportError) fail(`${file}: ${error.message}`, 1);
    throw error;
  }

  const dir = contentDir();
  const ctx = loadContext(dir);
  const draft = extractArticle({ text, html: /\.html?$/i.test(file) ? true : undefined }, ctx);
  if (values.title) {
    draft.title = values.title as string;
    draft.warnings = draft.warnings.filter((w) => !w.startsWith('tiêu đề:'));
  }

  if (values.json) {
    io.out(JSON.stringify(articleJson(draft), null, 2));
    return 0;
  }

  const outDir = path.resolve((values.out as string | undefined) ?? path.join(dir, 'reports'));
  let slug = draftSlug(draft.title, path.basename(file).replace(/\.[^.]+$/, ''));
  if ((RESERVED_REPORT_SEGMENTS as readonly string[]).includes(slug)) slug = `${slug}-tin`;
  const target = path.join(outDir, `${slug}.mdx`);
  if (existsSync(target) && !values.force) fail(`Đã có tệp ${displayPath(target)}; thêm --force để ghi đè, hoặc --out để ghi chỗ khác.`, 1);

  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
  const mdx = renderDraft(draft, { from: path.basename(file), today, awards: ctx.awards });
  // Proposed clusters are checked as they will be once renamed (without "_"), beside the report.
  const clusters = draft.newClusters.filter((c) => !existsSync(path.join(dir, c.file)));
  const problems = checkBeforeWriting(
    dir,
    [{ relative: path.join('reports', `${slug}.mdx`), content: mdx }, ...clusters.map((c) => ({ relative: path.join('clusters', `${c.id}.json`), content: clusterJson(c) }))],
    { withCollections: ['clusters', 'movements'] },
  );
  if (problems.length) {
    fail(`Bản nháp chưa qua được bước kiểm tra nội dung, chưa ghi:\n${formatProblems(problems)}`, 1);
  }
  mkdirSync(outDir, { recursive: true });
  writeFileSync(target, mdx);
  io.out(`Đã ghi bản nháp ${displayPath(target)} (draft: true).`);
  for (const c of clusters) {
    const where = path.join(dir, c.file);
    mkdirSync(path.dirname(where), { recursive: true });
    writeFileSync(where, clusterJson(c));
    io.out(`Đã ghi bản nháp cụm, khối ${displayPath(where)} (“${c.data.name}”): trang web chưa đọc tệp tên bắt đầu bằng “_”; kiểm tra rồi đổi tên thành ${c.id}.json.`);
  }
  if (draft.warnings.length) {
    io.out('Cần kiểm tra:');
    for (const w of draft.warnings) io.out(`  - ${w}`);
  }
  return 0;
}

runIfEntry(import.meta.url, main);

/**
 * npm run import:honours -- <danh-sach.csv|danh-sach.xlsx> --number "12/QĐ-UBND" --date 5/1/2023
 *   --issuer "UBND tỉnh Quảng Ninh" --award bang-khen-ubnd-tinh [--class ba] --type "thường xuyên"
 *   --province quang-ninh --subject "Về việc tặng Bằng khen …" [--signer "Nguyễn Văn B, Chủ tịch"]
 *   [--out tệp.json] [--force] [--dry-run] [--encoding …] [--sheet "Tên trang"] [--no-progress]
 *
 * Reads an honour list as a province keeps it and writes one decision JSON into the
 * content folder (decisions/<tỉnh>/<năm>/<số quyết định>.json). Every row is imported or
 * reported with its row number and reason; a summary gives the counts. The decision is
 * checked as `npm run check:content` checks it before it is written.
 * Exit codes: 0 written (rows with problems are listed and left out), 1 the file could not
 * be read or the decision would not pass the check, 2 wrong use of the command.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import cliProgress from 'cli-progress';
import { AWARD_CLASS_LABELS } from '../src/schemas/award.ts';
import { COMMENDATION_TYPE_LABELS, COMMENDATION_TYPES } from '../src/schemas/decision.ts';
import { contentDir, displayPath } from '../src/lib/content/read.ts';
import { formatProblems } from '../src/lib/content/validate.ts';
import { toIso } from '../src/lib/dates.ts';
import { cleanText } from '../src/lib/text.ts';
import { readList } from '../src/lib/import/honours/read-list.ts';
import { listSummary } from '../src/lib/import/honours/summary.ts';
import { readTable } from '../src/lib/import/honours/table.ts';
import { loadReference } from '../src/lib/import/shared/context.ts';
import { checkFacts, type FactKey } from '../src/lib/import/shared/decision-facts.ts';
import { ENCODING_CHOICES, type EncodingChoice } from '../src/lib/import/shared/decode.ts';
import { LEGACY_NAMES } from '../src/lib/import/shared/legacy.ts';
import { ImportError } from '../src/lib/import/shared/report.ts';
import { formatCount } from '../src/lib/import/shared/vi.ts';
import { checkDecision, decisionTarget } from '../src/lib/import/shared/write-decision.ts';
import { consoleIO, fail, readArguments, runIfEntry, type CliIO } from './lib/cli.ts';

const USAGE = `Cách dùng: npm run import:honours -- <danh-sach.csv|danh-sach.xlsx> [các thông tin của quyết định]
Bắt buộc:
  --number    số quyết định, ví dụ "12/QĐ-UBND"
  --date      ngày ký, ví dụ "5/1/2023" hoặc "2023-01-05"
  --issuer    cơ quan ban hành, ví dụ "UBND tỉnh Quảng Ninh"
  --award     hình thức khen thưởng: mã hoặc tên, ví dụ bang-khen-ubnd-tinh hoặc "Bằng khen của Chủ tịch UBND tỉnh"
  --type      loại hình khen thưởng: ${COMMENDATION_TYPES.map((t) => `"${COMMENDATION_TYPE_LABELS[t]}"`).join(', ')}
  --province  tỉnh, thành phố của quyết định (mã hoặc tên), ví dụ quang-ninh
  --subject   trích yếu, ví dụ "Về việc tặng Bằng khen của Chủ tịch UBND tỉnh"
Tùy chọn:
  --class     hạng, cho hình thức có hạng: nhất, nhì, ba
  --signer    người ký, ví dụ "Nguyễn Văn B, Chủ tịch"
  --out       tệp ghi ra (mặc định: decisions/<tỉnh>/<năm>/<số quyết định>.json trong thư mục nội dung)
  --force     ghi đè tệp đã có
  --dry-run   chỉ kiểm tra danh sách, không ghi tệp
  --encoding  bảng mã của tệp CSV: ${ENCODING_CHOICES.join(', ')} (mặc định auto)
  --sheet     tên trang tính trong tệp Excel (mặc định: trang đầu có dữ liệu)
  --no-progress  không hiện thanh tiến độ (thanh chỉ hiện trên cửa sổ lệnh, với danh sách từ 2.000 dòng)`;


const OPTIONS = {
  number: { type: 'string' },
  date: { type: 'string' },
  issuer: { type: 'string' },
  award: { type: 'string' },
  class: { type: 'string' },
  type: { type: 'string' },
  province: { type: 'string' },
  signer: { type: 'string' },
  subject: { type: 'string' },
  out: { type: 'string' },
  force: { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  encoding: { type: 'string' },
  sheet: { type: 'string' },
  'no-progress': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function main(argv: string[], io: CliIO = consoleIO): Promise<number> {
  const { values: v, positionals } = readArguments(argv, OPTIONS, USAGE);
  if (positionals.length !== 1) fail(positionals.length ? `Chỉ nhập một danh sách mỗi lần.\n\n${USAGE}` : `Thiếu tệp danh sách.\n\n${USAGE}`, 2);

  const REQUIRED: [FactKey, string][] = [
    ['number', 'số quyết định'],
    ['date', 'ngày ký'],
    ['issuer', 'cơ quan ban hành'],
    ['award', 'hình thức khen thưởng'],
    ['type', 'loại hình khen thưởng'],
    ['province', 'tỉnh, thành phố'],
    ['subject', 'trích yếu'],
  ];
  const missing = REQUIRED.filter(([k]) => !cleanText(String(v[k] ?? '')));
  if (missing.length) fail(`Thiếu thông tin của quyết định: ${missing.map(([k, what]) => `--${k} (${what})`).join(', ')}.\n\n${USAGE}`, 2);

  // For the benchmark: the CPU time this process used, which a busy machine does not inflate as it does wall time.
  if (process.env.BANG_VANG_REPORT_CPU) {
    process.on('exit', () => {
      const cpu = process.cpuUsage();
      process.stderr.write(`cpu-seconds=${((cpu.user + cpu.system) / 1e6).toFixed(2)} peak-mb=${Math.round(process.resourceUsage().maxRSS / 1024)}\n`);
    });
  }

  const dir = contentDir();
  const ref = loadReference(dir);

  // The decision's facts, each checked before the list is read.
  const { facts, problems: factProblems } = checkFacts(
    { number: v.number, date: v.date, issuer: v.issuer, award: v.award, class: v.class, type: v.type, province: v.province, subject: v.subject, signer: v.signer },
    ref,
  );
  const problems = factProblems.map((p) => `--${p.fact}: ${p.message}`);
  const encoding = (v.encoding ?? 'auto') as EncodingChoice;
  if (!ENCODING_CHOICES.includes(encoding)) problems.push(`--encoding: chỉ nhận ${ENCODING_CHOICES.join(', ')}`);
  if (problems.length) fail(`${problems.join('\n')}\n\nChạy với --help để xem cách dùng.`, 2);
  const award = facts.award!;
  const date = facts.date!;

  const file = positionals[0]!;
  if (!existsSync(file)) fail(`Không tìm thấy tệp "${file}".`, 1);

  const started = performance.now();
  let table;
  try {
    table = await readTable(readFileSync(file), file, { encoding, sheet: v.sheet });
  } catch (error) {
    if (error instanceof ImportError) fail(`${file}: ${error.message}`, 1);
    throw error;
  }

  const hasClassColumn = table.rows.slice(0, 30).some((r) => r.some((c) => /^hạng$/iu.test(cleanText(c))));
  if (award.classes.length && !facts.awardClass && !hasClassColumn) {
    fail(`“${award.name}” có hạng (${award.classes.map((c) => AWARD_CLASS_LABELS[c]).join(', ')}); thêm --class, ví dụ --class ba.`, 2);
  }

  // A progress bar only on a terminal, and only for a list long enough to wait for.
  const bar =
    io.interactive && !v['no-progress'] && table.rows.length >= 2000
      ? new cliProgress.SingleBar(
          { format: 'Đang đọc danh sách [{bar}] {percentage}% | {value}/{total} dòng', hideCursor: true, stream: process.stderr },
          cliProgress.Presets.shades_classic,
        )
      : undefined;
  bar?.start(Math.max(1, table.rows.length), 0);
  let result;
  try {
    result = readList(table.rows, table.rowNumbers, {
      award,
      awardClass: facts.awardClass,
      awards: ref.awards,
      provinces: ref.provinces,
      date,
      province: facts.province,
      onProgress: bar
        ? (done, total) => {
            bar.setTotal(Math.max(1, total));
            bar.update(done);
          }
        : undefined,
    });
  } catch (error) {
    if (error instanceof ImportError) fail(`${file}: ${error.message}`, 1);
    throw error;
  } finally {
    bar?.stop();
  }

  const decision = {
    number: facts.number!,
    date: toIso(date)!,
    issuer: facts.issuer!,
    ...(facts.signer ? { signer: facts.signer } : {}),
    subject: facts.subject!,
    award: award.id,
    ...(facts.awardClass ? { awardClass: facts.awardClass } : {}),
    commendationType: facts.commendationType!,
    province: facts.province!,
    records: result.records,
  };
  const target = decisionTarget(dir, decision, v.out);

  const n = formatCount;
  const lines: string[] = [];
  lines.push(`Đã đọc ${n(result.rowsRead)} dòng dưới dòng tiêu đề (dòng ${table.rowNumbers[result.columns.headerIndex]}) của ${path.basename(file)} (${table.label}).`);
  if (table.converted) {
    const name = table.converted.encoding === 'windows-1258' ? 'Windows-1258' : LEGACY_NAMES[table.converted.encoding];
    lines.push(
      `Bảng mã: ${name}; đã chuyển sang Unicode${table.converted.cells ? ` ${n(table.converted.cells)} ô` : ''}.` +
        (table.converted.encoding === 'tcvn3' ? ' TCVN3 không phân biệt chữ hoa có dấu: đã khôi phục theo chữ bên cạnh, hãy xem lại các tên viết hoa.' : ''),
    );
  }
  lines.push(...listSummary(result));
  io.out(lines.join('\n'));
  if (result.records.length === 0) fail('Không có dòng nào nhập được; chưa ghi tệp.', 1);

  if (bar) io.err('Đang kiểm tra quyết định như npm run check:content…');
  const { json, problems: checkProblems } = checkDecision(dir, decision, target);
  if (checkProblems.length) fail(`Quyết định chưa qua được bước kiểm tra nội dung, chưa ghi:\n${formatProblems(checkProblems)}`, 1);

  const seconds = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format((performance.now() - started) / 1000);
  if (v['dry-run']) {
    io.out(`Kiểm tra xong (${seconds} giây); không ghi tệp vì có --dry-run.`);
    return 0;
  }
  if (existsSync(target) && !v.force) fail(`Đã có tệp ${displayPath(target)}; thêm --force để ghi đè, hoặc --out để ghi chỗ khác.`, 1);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, json);
  io.out(`Đã ghi ${displayPath(target)}: quyết định ${decision.number} với ${n(result.records.length)} người và tập thể (${seconds} giây).`);
  return 0;
}

runIfEntry(import.meta.url, main);

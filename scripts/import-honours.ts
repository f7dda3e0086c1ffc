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
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import cliProgress from 'cli-progress';
import { AWARD_CLASS_LABELS, type AwardClass } from '../src/schemas/award.ts';
import { COMMENDATION_TYPE_LABELS, COMMENDATION_TYPES } from '../src/schemas/decision.ts';
import { contentDir, displayPath } from '../src/lib/content/read.ts';
import { formatProblems } from '../src/lib/content/validate.ts';
import { existedAt } from '../src/lib/provinces.ts';
import { formatViDate, parsePartialDate, toIso } from '../src/lib/dates.ts';
import { cleanText, closest, slugify } from '../src/lib/text.ts';
import { checkBeforeWriting, findSameDecision, loadReference } from '../src/lib/import/context.ts';
import { ENCODING_CHOICES, EncodingError, type EncodingChoice } from '../src/lib/import/decode.ts';
import { resolveProvince } from '../src/lib/import/find-places.ts';
import { awardLookup, formatDecisionJson, importHonours } from '../src/lib/import/honours.ts';
import { LEGACY_NAMES } from '../src/lib/import/legacy.ts';
import { readTable } from '../src/lib/import/table.ts';
import { formatCount, nameKey } from '../src/lib/import/vi.ts';
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
  --no-progress  không hiện thanh tiến độ`;


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
  progress: { type: 'boolean' },
  'no-progress': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function main(argv: string[], io: CliIO = consoleIO): Promise<number> {
  const { values: v, positionals } = readArguments(argv, OPTIONS, USAGE);
  if (positionals.length !== 1) fail(positionals.length ? `Chỉ nhập một danh sách mỗi lần.\n\n${USAGE}` : `Thiếu tệp danh sách.\n\n${USAGE}`, 2);

  const REQUIRED: [keyof typeof OPTIONS, string][] = [
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
  const problems: string[] = [];
  const dateResult = parsePartialDate(v.date, { allowUnknown: false });
  const date = dateResult.ok && dateResult.date.precision === 'day' ? dateResult.date : undefined;
  if (!dateResult.ok) problems.push(`--date: ${dateResult.reason}`);
  else if (!date) problems.push('--date: cần đủ ngày, tháng, năm, ví dụ "5/1/2023"');

  const lookupAward = awardLookup(ref.awards);
  const award = lookupAward(v.award!);
  if (!award) {
    const near = closest(v.award!, ref.awards.keys());
    problems.push(`--award: không có hình thức khen thưởng nào là “${v.award}”.${near ? ` Có phải "${near}"?` : ''}`);
  }

  let awardClass: AwardClass | undefined;
  if (v.class) {
    const key = slugify(v.class).replace(/^hang-/, '');
    const map: Record<string, AwardClass> = { nhat: 'nhat', nhi: 'nhi', ba: 'ba', i: 'nhat', ii: 'nhi', iii: 'ba', '1': 'nhat', '2': 'nhi', '3': 'ba' };
    awardClass = map[key];
    if (!awardClass) problems.push(`--class: “${v.class}” không phải hạng; ghi nhất, nhì hoặc ba`);
    else if (award && !award.classes.includes(awardClass)) {
      problems.push(`--class: “${award.name}” ${award.classes.length ? `chỉ có ${award.classes.map((c) => AWARD_CLASS_LABELS[c]).join(', ')}` : 'không chia hạng'}`);
    }
  }

  const typeKey = slugify(v.type!);
  const commendationType = COMMENDATION_TYPES.find((t) => t === typeKey || slugify(COMMENDATION_TYPE_LABELS[t]) === typeKey);
  if (!commendationType) problems.push(`--type: chỉ nhận một trong: ${COMMENDATION_TYPES.map((t) => `"${COMMENDATION_TYPE_LABELS[t]}"`).join(', ')}`);

  let province: string | undefined;
  const byId = ref.provinces.get(v.province!);
  if (byId && date && !existedAt(byId, date)) {
    const instead = ref.provinces.sameNameAt(byId.id, date).map((p) => `"${p.id}"`);
    const after = ref.provinces.current(byId.id);
    const hint = instead.length
      ? ` Hãy dùng ${instead.join(' hoặc ')}.`
      : after && after.id !== byId.id && existedAt(after, date)
        ? ` Vào ngày đó ${byId.name} đã thuộc ${after.name} ("${after.id}").`
        : '';
    problems.push(`--province: ${byId.name} (mã "${byId.id}") chưa có hoặc không còn vào ${formatViDate(date)}.${hint}`);
  } else if (byId) province = byId.id;
  else {
    const named = ref.provinces.all.find((p) => nameKey(p.name) === nameKey(v.province!.replace(/^(tỉnh|thành phố|tp\.?)\s+/iu, '')));
    const resolved = named && date ? resolveProvince(named.name, date, ref.provinces) : undefined;
    if (resolved) province = resolved.id;
    else {
      const near = closest(v.province!, ref.provinces.byId.keys());
      problems.push(`--province: không có tỉnh, thành phố nào là “${v.province}”.${near ? ` Có phải "${near}"?` : ''}`);
    }
  }

  let signer: { name: string; title?: string } | undefined;
  if (v.signer) {
    const s = cleanText(v.signer);
    const paren = /^(.+?)\s*\((.+)\)$/.exec(s);
    const comma = /^([^,]+),\s*(.+)$/.exec(s);
    signer = paren ? { name: paren[1]!, title: paren[2]! } : comma ? { name: comma[1]!, title: comma[2]! } : { name: s };
  }
  const encoding = (v.encoding ?? 'auto') as EncodingChoice;
  if (!ENCODING_CHOICES.includes(encoding)) problems.push(`--encoding: chỉ nhận ${ENCODING_CHOICES.join(', ')}`);
  if (problems.length) fail(`${problems.join('\n')}\n\nChạy với --help để xem cách dùng.`, 2);

  const file = positionals[0]!;
  if (!existsSync(file)) fail(`Không tìm thấy tệp "${file}".`, 1);

  const started = performance.now();
  let table;
  try {
    table = await readTable(readFileSync(file), file, { encoding, sheet: v.sheet });
  } catch (error) {
    if (error instanceof EncodingError) fail(`${file}: ${error.message}`, 1);
    throw error;
  }

  const hasClassColumn = table.rows.slice(0, 30).some((r) => r.some((c) => /^hạng$/iu.test(cleanText(c))));
  if (award!.classes.length && !awardClass && !hasClassColumn) {
    fail(`“${award!.name}” có hạng (${award!.classes.map((c) => AWARD_CLASS_LABELS[c]).join(', ')}); thêm --class, ví dụ --class ba.`, 2);
  }

  const showProgress = !v['no-progress'] && (v.progress || (process.stderr.isTTY && table.rows.length >= 2000));
  const bar = showProgress
    ? new cliProgress.SingleBar(
        { format: 'Đang đọc danh sách [{bar}] {percentage}% | {value}/{total} dòng', hideCursor: true, stream: process.stderr, noTTYOutput: !process.stderr.isTTY },
        cliProgress.Presets.shades_classic,
      )
    : undefined;
  bar?.start(Math.max(1, table.rows.length), 0);
  const result = importHonours(table.rows, table.rowNumbers, {
    award: award!,
    awardClass,
    awards: ref.awards,
    onProgress: bar
      ? (done, total) => {
          bar.setTotal(Math.max(1, total));
          bar.update(done);
        }
      : undefined,
  });
  bar?.stop();
  if ('error' in result) fail(`${file}: ${result.error}`, 1);

  const decision = {
    number: cleanText(v.number!),
    date: toIso(date!)!,
    issuer: cleanText(v.issuer!),
    ...(signer ? { signer } : {}),
    subject: cleanText(v.subject!),
    award: award!.id,
    ...(awardClass ? { awardClass } : {}),
    commendationType: commendationType!,
    province: province!,
    records: result.records,
  };

  let target = v.out ? path.resolve(v.out) : path.join(dir, 'decisions', province!, String(date!.year), `${slugify(decision.number) || 'quyet-dinh'}.json`);
  if (v.out && (v.out.endsWith('/') || (existsSync(target) && statSync(target).isDirectory()))) target = path.join(target, `${slugify(decision.number) || 'quyet-dinh'}.json`);

  // Summary.
  const n = formatCount;
  const byKind = { 'ca-nhan': 0, 'tap-the': 0, 'ho-gia-dinh': 0 };
  for (const r of result.records) byKind[r.kind]++;
  const lines: string[] = [];
  lines.push(`Đã đọc ${n(result.rowsRead)} dòng dưới dòng tiêu đề (dòng ${table.rowNumbers[result.columns.headerIndex]}) của ${path.basename(file)} (${table.label}).`);
  if (table.converted) {
    const name = table.converted.encoding === 'windows-1258' ? 'Windows-1258' : LEGACY_NAMES[table.converted.encoding];
    lines.push(
      `Bảng mã: ${name}; đã chuyển sang Unicode${table.converted.cells ? ` ${n(table.converted.cells)} ô` : ''}.` +
        (table.converted.encoding === 'tcvn3' ? ' TCVN3 không phân biệt chữ hoa có dấu: đã khôi phục theo chữ bên cạnh, hãy xem lại các tên viết hoa.' : ''),
    );
  }
  const kinds = [`${n(byKind['ca-nhan'])} cá nhân`, `${n(byKind['tap-the'])} tập thể`, ...(byKind['ho-gia-dinh'] ? [`${n(byKind['ho-gia-dinh'])} hộ gia đình`] : [])];
  lines.push(`  Nhập: ${n(result.records.length)} (${kinds.join(', ')})`);
  lines.push(`  Lỗi, không nhập: ${n(result.errors.length)}`);
  for (const e of result.errors) lines.push(`    dòng ${e.row}: ${e.message}`);
  const empty = result.skipped.filter((s) => s.message === 'dòng trống');
  const otherSkipped = result.skipped.filter((s) => s.message !== 'dòng trống');
  lines.push(`  Bỏ qua: ${n(result.skipped.length)}${empty.length ? ` (${n(empty.length)} dòng trống: ${empty.map((s) => s.row).join(', ')})` : ''}`);
  for (const s of otherSkipped) lines.push(`    dòng ${s.row}: ${s.message}`);
  for (const note of result.notes) lines.push(`  Lưu ý: ${note}`);

  if (result.records.length === 0) {
    io.out(lines.join('\n'));
    fail('Không có dòng nào nhập được; chưa ghi tệp.', 1);
  }

  if (bar) process.stderr.write('Đang kiểm tra quyết định như npm run check:content…\n');
  const json = formatDecisionJson(decision);
  const relative = path.relative(dir, target).startsWith('..') ? path.join('decisions', province!, String(date!.year), path.basename(target)) : path.relative(dir, target);
  const checkProblems = checkBeforeWriting(dir, [{ relative, content: json }]);
  const same = findSameDecision(dir, decision.number, decision.issuer, target);
  if (same) checkProblems.push({ file: displayPath(target), field: 'number', message: `quyết định số ${decision.number} của ${decision.issuer} đã có ở tệp ${displayPath(same)}` });
  io.out(lines.join('\n'));
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

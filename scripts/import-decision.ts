/**
 * npm run import:decision -- <quyet-dinh.docx|quyet-dinh.pdf|THƯ_MỤC> [--json] [--out THƯ_MỤC] [--force] [--dry-run]
 *   [--number …] [--date …] [--issuer …] [--award …] [--class …] [--type …] [--province …] [--subject …] [--signer …]
 *   [--password …] [--no-progress]
 *
 * Reads a commendation decision as a province keeps it — a Word file, or a PDF with a text
 * layer or scanned (read by OCR when Tesseract is installed) — and its attached list: the
 * decision's own facts (number, date, issuer, signer, subject, award and class, type,
 * province) and every row of the list, each imported or reported with its page and line.
 * It prints what it found and what it could not; it writes the decision JSON only when the
 * content check passes, or, with --force, writes it set aside (a name starting with "_",
 * which the site does not read) and lists the problems to fix. A folder gives one report
 * for all the decisions in it. Options name a fact the document lacks or gets wrong.
 * Exit codes: 0 done, 1 a file could not be read or a decision was not written, 2 wrong use.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import cliProgress from 'cli-progress';
import { AWARD_CLASS_LABELS } from '../src/schemas/award.ts';
import { COMMENDATION_TYPE_LABELS, COMMENDATION_TYPES } from '../src/schemas/decision.ts';
import { contentDir, displayPath } from '../src/lib/content/read.ts';
import { formatProblems } from '../src/lib/content/validate.ts';
import { formatViDate } from '../src/lib/dates.ts';
import { readDecisionFile, type DecisionReading } from '../src/lib/import/decision/read-decision.ts';
import { kindCounts, listSummary } from '../src/lib/import/honours/summary.ts';
import { loadReference } from '../src/lib/import/shared/context.ts';
import { FACT_LABELS, type FactKey, type FactTexts, type Reference } from '../src/lib/import/shared/decision-facts.ts';
import { formatIssue, ImportError } from '../src/lib/import/shared/report.ts';
import { formatCount } from '../src/lib/import/shared/vi.ts';
import { checkDecision, decisionTarget } from '../src/lib/import/shared/write-decision.ts';
import { consoleIO, fail, readArguments, runIfEntry, type CliIO } from './lib/cli.ts';

const USAGE = `Cách dùng: npm run import:decision -- <quyet-dinh.docx|quyet-dinh.pdf|thư mục> [tùy chọn]
  Đọc quyết định khen thưởng (Word hoặc PDF) và danh sách kèm theo, ghi thành tệp quyết định trong thư mục nội dung.
  Cho một thư mục: đọc mọi tệp .docx, .pdf trong đó và in một báo cáo chung.
Tùy chọn:
  --json       chỉ in những gì đọc được (JSON), không ghi tệp
  --out        thư mục (hoặc tệp) ghi ra; mặc định decisions/<tỉnh>/<năm>/<số quyết định>.json
  --dry-run    đọc và kiểm tra, không ghi tệp
  --force      ghi cả khi chưa qua kiểm tra (tệp tên bắt đầu bằng "_", trang web chưa đọc), và ghi đè tệp đã có
  --password   mật khẩu của tệp PDF
  --no-progress  không hiện thanh tiến độ
Khi văn bản thiếu hoặc ghi sai một thông tin, ghi thay bằng:
  --number "45/QĐ-UBND"  --date 10/4/2024  --issuer "UBND tỉnh Lạng Sơn"  --subject "Về việc tặng …"
  --award bang-khen-ubnd-tinh  --class ba  --province lang-son  --signer "Nguyễn Văn A, Chủ tịch"
  --type: ${COMMENDATION_TYPES.map((t) => `"${COMMENDATION_TYPE_LABELS[t]}"`).join(', ')}`;

const FACT_OPTIONS = ['number', 'date', 'issuer', 'award', 'class', 'type', 'province', 'subject', 'signer'] as const;

const OPTIONS = {
  json: { type: 'boolean' },
  out: { type: 'string' },
  'dry-run': { type: 'boolean' },
  force: { type: 'boolean' },
  password: { type: 'string' },
  'no-progress': { type: 'boolean' },
  number: { type: 'string' },
  date: { type: 'string' },
  issuer: { type: 'string' },
  award: { type: 'string' },
  class: { type: 'string' },
  type: { type: 'string' },
  province: { type: 'string' },
  subject: { type: 'string' },
  signer: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const DOCUMENT = /\.(docx|pdf|doc)$/i;

interface FileOutcome {
  file: string;
  reading?: DecisionReading;
  /** Why the file could not be read at all. */
  error?: string;
  /** Problems that kept the decision from being written (facts, content check, an existing file). */
  problems: string[];
  /** Where it was written, or would be. */
  target?: string;
  written: boolean;
  /** Written set aside ("_…json") because of problems, with --force. */
  setAside: boolean;
}

interface RunOptions {
  dir: string;
  ref: Reference;
  overrides: FactTexts;
  out?: string;
  write: boolean;
  force: boolean;
  password?: string;
  onProgress?: (stage: 'trang' | 'dòng', done: number, total: number) => void;
}

async function importOne(file: string, o: RunOptions): Promise<FileOutcome> {
  const outcome: FileOutcome = { file, problems: [], written: false, setAside: false };
  let reading: DecisionReading;
  try {
    reading = await readDecisionFile(readFileSync(file), file, o.ref, { overrides: o.overrides, password: o.password, onProgress: o.onProgress });
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    outcome.error = error.message;
    return outcome;
  }
  outcome.reading = reading;
  outcome.problems.push(...reading.problems.map((p) => `${FACT_LABELS[p.fact]}: ${p.message}`));
  if (reading.result && reading.result.records.length === 0) outcome.problems.push('danh sách: không có dòng nào nhập được');
  const decision = reading.decision;
  if (!decision) return outcome;
  const target = decisionTarget(o.dir, decision, o.out);
  outcome.target = target;
  const { json, problems } = checkDecision(o.dir, decision, target);
  if (problems.length) outcome.problems.push(...formatProblems(problems).split('\n'));
  if (!o.write) return outcome;
  if (outcome.problems.length && !o.force) return outcome;
  let where = target;
  if (outcome.problems.length) {
    where = path.join(path.dirname(target), `_${path.basename(target)}`);
    outcome.setAside = true;
  }
  if (existsSync(where) && !o.force) {
    outcome.problems.push(`đã có tệp ${displayPath(where)}; thêm --force để ghi đè, hoặc --out để ghi chỗ khác`);
    return outcome;
  }
  mkdirSync(path.dirname(where), { recursive: true });
  writeFileSync(where, json);
  outcome.target = where;
  outcome.written = true;
  return outcome;
}

function factLine(key: FactKey, r: DecisionReading, ref: Reference): string | undefined {
  const f = r.facts;
  const from = r.sources[key]?.startsWith('theo --') ? ` (${r.sources[key]})` : '';
  switch (key) {
    case 'number':
      return f.number && `${f.number}${from}`;
    case 'date':
      return f.date && `${formatViDate(f.date)}${from}`;
    case 'issuer':
      return f.issuer && `${f.issuer}${from}`;
    case 'subject':
      return f.subject && `${f.subject}${from}`;
    case 'award':
      return f.award && `${f.award.name}${f.awardClass ? ` ${AWARD_CLASS_LABELS[f.awardClass]}` : ''} (${f.award.id})${from}`;
    case 'type':
      return f.commendationType && `${COMMENDATION_TYPE_LABELS[f.commendationType]}${from}`;
    case 'province':
      return f.province && `${ref.provinces.get(f.province)?.name ?? f.province} (${f.province})${from}`;
    case 'signer':
      return f.signer && `${f.signer.name}${f.signer.title ? ` (${f.signer.title})` : ''}${from}`;
    default:
      return undefined;
  }
}

function describeDocument(file: string, r: DecisionReading): string {
  const d = r.document;
  const kind = d.format === 'docx' ? 'Word' : `PDF, ${formatCount(d.pages ?? 0)} trang${d.ocrPages.length ? `, ${d.ocrPages.length} trang đọc bằng OCR` : ''}`;
  return `Đã đọc ${path.basename(file)} (${kind}).`;
}

const SHAPES: Record<string, string> = {
  'word-table': 'bảng trong văn bản Word',
  'pdf-table': 'bảng trong PDF',
  numbered: 'các dòng đánh số',
};

/** The full report of one file, as a person reads it. */
function report(o: FileOutcome, options: { write: boolean; ref: Reference }): string[] {
  const lines: string[] = [];
  const r = o.reading;
  if (!r) return [`${path.basename(o.file)}: ${o.error}`];
  lines.push(describeDocument(o.file, r));
  lines.push('Quyết định:');
  for (const key of ['number', 'date', 'issuer', 'subject', 'award', 'type', 'province', 'signer'] as FactKey[]) {
    const value = factLine(key, r, options.ref);
    if (value) lines.push(`  ${FACT_LABELS[key]}: ${value}`);
  }
  if (r.warnings.length) {
    lines.push('  Cần kiểm tra:');
    for (const w of r.warnings) lines.push(`    - ${w}`);
  }
  if (r.result) {
    const header = r.list.places[r.result.columns.headerIndex];
    const at = header && header.row > 0 ? `, dòng tiêu đề ở ${formatIssue({ ...header, message: '' }).replace(/: $/, '')}` : '';
    lines.push(`Danh sách (${SHAPES[r.list.shape]}${at}): ${formatCount(r.result.rowsRead)} dòng.`);
    lines.push(...listSummary(r.result));
  }
  if (o.written) {
    lines.push(
      o.setAside
        ? `Đã ghi ${displayPath(o.target!)} (có --force) nhưng chưa qua kiểm tra; tên tệp bắt đầu bằng “_” nên trang web chưa đọc. Sửa các lỗi dưới đây rồi đổi tên, bỏ dấu “_”:`
        : `Đã ghi ${displayPath(o.target!)}: quyết định ${r.facts.number} với ${formatCount(r.result!.records.length)} người và tập thể.`,
    );
    for (const p of o.problems) lines.push(`  - ${p}`);
  } else if (o.problems.length) {
    lines.push(`Chưa ghi tệp vì:`);
    for (const p of o.problems) lines.push(`  - ${p}`);
  } else if (!options.write) lines.push(`Kiểm tra xong: quyết định qua được bước kiểm tra nội dung; không ghi tệp vì có --dry-run.`);
  return lines;
}

/** One object per file for --json: what was found, what was not, and the decision as it would be written. */
function asJson(o: FileOutcome) {
  const r = o.reading;
  if (!r) return { file: o.file, error: o.error };
  const f = r.facts;
  return {
    file: o.file,
    format: r.document.format,
    pages: r.document.pages ?? null,
    ocrPages: r.document.ocrPages,
    unreadPages: r.document.unreadPages,
    facts: {
      number: f.number ?? null,
      date: r.decision?.date ?? (f.date ? `${f.date.year}-${String(f.date.month).padStart(2, '0')}-${String(f.date.day).padStart(2, '0')}` : null),
      issuer: f.issuer ?? null,
      signer: f.signer ?? null,
      subject: f.subject ?? null,
      award: f.award?.id ?? null,
      awardClass: f.awardClass ?? null,
      commendationType: f.commendationType ?? null,
      province: f.province ?? null,
    },
    sources: r.sources,
    counts: r.found.counts,
    warnings: r.warnings,
    problems: o.problems,
    list: r.result
      ? {
          shape: r.list.shape,
          rowsRead: r.result.rowsRead,
          records: r.result.records.length,
          errors: r.result.errors.map(formatIssue),
          skipped: r.result.skipped.map(formatIssue),
          warnings: r.result.warnings.map(formatIssue),
          notes: r.result.notes,
        }
      : null,
    decision: r.decision ?? null,
  };
}

export async function main(argv: string[], io: CliIO = consoleIO): Promise<number> {
  const { values: v, positionals } = readArguments(argv, OPTIONS, USAGE);
  if (positionals.length !== 1) fail(positionals.length ? `Chỉ nhập một tệp hoặc một thư mục mỗi lần.\n\n${USAGE}` : `Thiếu tệp quyết định.\n\n${USAGE}`, 2);
  const input = positionals[0]!;
  if (!existsSync(input)) fail(`Không tìm thấy tệp hoặc thư mục "${input}".`, 1);
  const batch = statSync(input).isDirectory();
  const overrides: FactTexts = {};
  for (const k of FACT_OPTIONS) if (v[k] !== undefined) overrides[k] = v[k];
  if (batch && Object.keys(overrides).length) {
    fail(`${Object.keys(overrides).map((k) => `--${k}`).join(', ')} chỉ dùng khi nhập một tệp, không dùng cho cả thư mục.`, 2);
  }

  // For the benchmark: the CPU time and peak memory of this process, which a busy machine does not inflate as it does wall time.
  if (process.env.BANG_VANG_REPORT_CPU) {
    process.on('exit', () => {
      const cpu = process.cpuUsage();
      process.stderr.write(`cpu-seconds=${((cpu.user + cpu.system) / 1e6).toFixed(2)} peak-mb=${Math.round(process.resourceUsage().maxRSS / 1024)}\n`);
    });
  }

  const dir = contentDir();
  const run: RunOptions = {
    dir,
    ref: loadReference(dir),
    overrides,
    out: v.out,
    write: !v.json && !v['dry-run'],
    force: Boolean(v.force),
    password: v.password,
  };
  const showProgress = io.interactive && !v['no-progress'] && !v.json;

  if (!batch) {
    const bar = showProgress
      ? new cliProgress.SingleBar({ format: 'Đang đọc {stage} [{bar}] {value}/{total}', hideCursor: true, stream: process.stderr, clearOnComplete: true }, cliProgress.Presets.shades_classic)
      : undefined;
    let shown: string | undefined;
    run.onProgress = bar
      ? (stage, done, total) => {
          if (total < 20) return;
          if (shown !== stage) {
            if (shown) bar.stop();
            bar.start(total, 0, { stage });
            shown = stage;
          }
          bar.update(done, { stage });
        }
      : undefined;
    let outcome: FileOutcome;
    try {
      outcome = await importOne(input, run);
    } finally {
      if (shown) bar?.stop();
    }
    if (outcome.error) fail(`${input}: ${outcome.error}`, 1);
    if (v.json) {
      io.out(JSON.stringify(asJson(outcome), null, 2));
      return 0;
    }
    io.out(report(outcome, { write: run.write, ref: run.ref }).join('\n'));
    return outcome.problems.length && !outcome.written ? 1 : 0;
  }

  // A folder: every decision in it, one report.
  const files = readdirSync(input)
    .filter((f) => DOCUMENT.test(f) && !f.startsWith('~$'))
    .sort((a, b) => a.localeCompare(b, 'vi'))
    .map((f) => path.join(input, f));
  if (!files.length) fail(`Thư mục "${input}" không có tệp .docx hay .pdf nào.`, 1);
  const bar = showProgress
    ? new cliProgress.SingleBar({ format: 'Đang đọc [{bar}] {value}/{total} tệp | {file}', hideCursor: true, stream: process.stderr, clearOnComplete: true }, cliProgress.Presets.shades_classic)
    : undefined;
  bar?.start(files.length, 0, { file: '' });
  const outcomes: FileOutcome[] = [];
  try {
    for (const [i, file] of files.entries()) {
      bar?.update(i, { file: path.basename(file) });
      outcomes.push(await importOne(file, run));
    }
    bar?.update(files.length, { file: '' });
  } finally {
    bar?.stop();
  }
  if (v.json) {
    io.out(JSON.stringify(outcomes.map(asJson), null, 2));
    return outcomes.some((o) => o.error) ? 1 : 0;
  }

  const n = formatCount;
  const lines: string[] = [`Báo cáo nhập ${n(files.length)} tệp trong thư mục ${displayPath(path.resolve(input))}:`];
  let records = 0;
  for (const [i, o] of outcomes.entries()) {
    const name = `[${i + 1}/${files.length}] ${path.basename(o.file)}`;
    const r = o.reading;
    if (!r) {
      lines.push(`${name}: không đọc được: ${o.error}`);
      continue;
    }
    const f = r.facts;
    const what = f.number ? `quyết định ${f.number}${f.date ? ` ngày ${formatViDate(f.date)}` : ''}${f.issuer ? ` của ${f.issuer}` : ''}` : 'chưa rõ số quyết định';
    const list = r.result
      ? `${n(r.result.rowsRead)} dòng danh sách: nhập ${n(r.result.records.length)} (${kindCounts(r.result.records)}), lỗi ${n(r.result.errors.length)}, cần kiểm tra ${n(r.result.warnings.length)}`
      : 'không thấy danh sách';
    const result = o.written
      ? `${o.setAside ? 'đã ghi (chưa qua kiểm tra) ' : 'đã ghi '}${displayPath(o.target!)}`
      : o.problems.length
        ? 'chưa ghi'
        : 'qua kiểm tra (không ghi vì có --dry-run)';
    lines.push(`${name}: ${what}; ${list} → ${result}`);
    if (o.written && !o.setAside) records += r.result?.records.length ?? 0;
    for (const w of r.warnings) lines.push(`    cần kiểm tra: ${w}`);
    for (const p of o.problems) lines.push(`    vấn đề: ${p}`);
    for (const e of r.result?.errors ?? []) lines.push(`    lỗi ${formatIssue(e)}`);
    for (const w of r.result?.warnings ?? []) lines.push(`    cần kiểm tra ${formatIssue(w)}`);
  }
  const written = outcomes.filter((o) => o.written && !o.setAside).length;
  const unreadable = outcomes.filter((o) => o.error).length;
  const notWritten = outcomes.length - written - unreadable;
  lines.push(
    `Tổng cộng: ${n(files.length)} tệp — ${n(written)} ${run.write ? 'đã ghi' : 'qua kiểm tra'}, ${n(notWritten)} ${run.write ? 'chưa ghi (có vấn đề)' : 'có vấn đề'}, ${n(unreadable)} không đọc được` +
      (run.write ? `; ${n(records)} người và tập thể đã nhập.` : '.'),
  );
  io.out(lines.join('\n'));
  return outcomes.every((o) => !o.error && (o.written || !o.problems.length)) ? 0 : 1;
}

runIfEntry(import.meta.url, main);

/**
 * A decision document (Word or PDF) → the decision's facts, its list read by the one
 * list reader, and every problem that keeps it from the content folder: a fact the
 * document does not give (or gives wrongly), a list row not imported, counts in Điều 1
 * that the list does not match. Facts given as options take the place of the ones read.
 */
import { RECIPIENT_KIND_LABELS, RECIPIENT_KINDS, type RecipientKind } from '../../../schemas/common.ts';
import type { AwardEntry } from '../../content/validate.ts';
import { toIso } from '../../dates.ts';
import { readList, type ListResult } from '../honours/read-list.ts';
import { checkFacts, FACT_LABELS, type DecisionFacts, type FactKey, type FactProblem, type FactTexts, type Reference } from '../shared/decision-facts.ts';
import { ImportError } from '../shared/report.ts';
import type { DecisionToWrite } from '../shared/write-decision.ts';
import type { DecisionDocument } from './document.ts';
import { readDocx } from './docx.ts';
import { findFacts, type FoundFacts } from './facts.ts';
import { findList, type DocumentList } from './list.ts';
import type { OcrTools } from './ocr.ts';
import { readPdf } from './pdf.ts';

export interface ReadOptions {
  /** Facts given as options, in place of what the document says. */
  overrides?: FactTexts;
  password?: string;
  /** OCR tools; undefined looks for them, null means none. */
  ocr?: OcrTools | null;
  /** Called as pages are read (PDF), then as rows are read. */
  onProgress?: (stage: 'trang' | 'dòng', done: number, total: number) => void;
}

export interface DecisionReading {
  document: DecisionDocument;
  found: FoundFacts;
  /** What was read with a doubt, about the decision's facts. */
  warnings: string[];
  facts: DecisionFacts;
  /** Each fact that is missing or wrong. */
  problems: FactProblem[];
  /** Where each fact comes from: the document (a line), or an option. */
  sources: Partial<Record<FactKey, string>>;
  list: DocumentList;
  /** The list read, row by row; undefined when the document has no list. */
  result?: ListResult;
  /** The decision to write, when every fact it needs is there. */
  decision?: DecisionToWrite;
}

/** Required facts, and the option that gives each. */
const REQUIRED: FactKey[] = ['number', 'date', 'issuer', 'subject', 'award', 'type', 'province'];

/** What kind of file it is, by its name and its first bytes. */
export function documentFormat(bytes: Uint8Array, fileName: string): 'docx' | 'pdf' {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.pdf')) return 'pdf';
  if (lower.endsWith('.docx') || lower.endsWith('.docm')) return 'docx';
  if (lower.endsWith('.doc')) throw new ImportError('Đây là tệp Word cũ (.doc, Word 97–2003), chưa đọc được. Hãy mở bằng Word hoặc LibreOffice và lưu lại dạng .docx, rồi chạy lại.');
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) return 'pdf';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'docx';
  throw new ImportError('Chỉ đọc được quyết định dạng Word (.docx) hoặc PDF (.pdf). Với danh sách CSV hay Excel, dùng npm run import:honours.');
}

/** Every kind, to read a list before its award is known. */
const ANY_AWARD: AwardEntry = {
  id: 'chua-ro',
  name: 'hình thức khen thưởng chưa rõ',
  category: 'bang-khen',
  level: 'co-so',
  precedence: 999,
  classes: [],
  conferredBy: 'chưa rõ',
  recipients: [...RECIPIENT_KINDS],
  posthumous: true,
  aliases: [],
};

export async function readDecisionFile(bytes: Uint8Array, filePath: string, ref: Reference, options: ReadOptions = {}): Promise<DecisionReading> {
  const format = documentFormat(bytes, filePath);
  const document =
    format === 'docx'
      ? await readDocx(bytes)
      : await readPdf(bytes, { file: filePath, password: options.password, ocr: options.ocr, onProgress: (d, t) => options.onProgress?.('trang', d, t) });
  const lines = document.blocks.flatMap((b) => (b.kind === 'line' ? [b.line] : []));
  const found = findFacts(lines, ref);
  const warnings = [...found.warnings];
  const sources: Partial<Record<FactKey, string>> = { ...found.value.sources };
  const texts: FactTexts = { ...found.value.texts };
  for (const [k, v] of Object.entries(options.overrides ?? {}) as [FactKey, string | undefined][]) {
    if (v === undefined) continue;
    texts[k] = v;
    sources[k] = `theo --${k}`;
  }
  const { facts, problems } = checkFacts(texts, ref);
  for (const key of REQUIRED) {
    if (texts[key] === undefined) problems.push({ fact: key, message: `không tìm thấy trong văn bản; thêm --${key} "…"` });
  }
  if (facts.award?.classes.length && !facts.awardClass && texts.class === undefined) {
    problems.push({ fact: 'class', message: `“${facts.award.name}” có hạng nhưng văn bản không ghi hạng; thêm --class, ví dụ --class ba` });
  }

  const list = findList(document);
  let result: ListResult | undefined;
  if (list.shape === 'none') {
    problems.push({ fact: 'subject', message: 'không tìm thấy danh sách kèm theo (bảng có cột “Họ và tên”, hoặc các dòng đánh số “1. Ông …”)' });
  } else {
    result = readList(list.rows, list.places, {
      award: facts.award ?? ANY_AWARD,
      awardClass: facts.awardClass,
      awards: ref.awards,
      provinces: ref.provinces,
      date: facts.date,
      province: facts.province,
      onProgress: (d, t) => options.onProgress?.('dòng', d, t),
    });
    result.skipped.push(...list.setAside);
    result.skipped.sort((a, b) => (a.page ?? 0) - (b.page ?? 0) || (a.table ?? 0) - (b.table ?? 0) || a.row - b.row);
    // Điều 1 gives the counts; the list should have as many.
    const counts = found.value.counts;
    const kinds = Object.keys(counts) as RecipientKind[];
    if (kinds.length) {
      const got: Record<RecipientKind, number> = { 'ca-nhan': 0, 'tap-the': 0, 'ho-gia-dinh': 0 };
      for (const r of result.records) got[r.kind]++;
      const differs = kinds.filter((k) => counts[k] !== got[k]);
      if (differs.length) {
        const said = kinds.map((k) => `${counts[k]} ${RECIPIENT_KIND_LABELS[k]}`).join(', ');
        const has = kinds.map((k) => `${got[k]} ${RECIPIENT_KIND_LABELS[k]}`).join(', ');
        warnings.push(`danh sách: Điều 1 ghi ${said}; danh sách nhập được ${has}${result.errors.length ? ` (${result.errors.length} dòng lỗi chưa nhập)` : ''}; hãy đối chiếu`);
      }
    }
  }
  if (document.unreadPages.length) {
    warnings.push(`trang ${document.unreadPages.join(', ')} là ảnh quét, không có lớp chữ nên chưa đọc được; cài OCR (Tesseract tiếng Việt) hoặc nhập các trang đó bằng tay`);
  }
  if (document.ocrPages.length) {
    warnings.push(`trang ${document.ocrPages.join(', ')} được nhận dạng chữ (OCR) bằng Tesseract: hãy đối chiếu từng tên với bản gốc`);
  }

  let decision: DecisionToWrite | undefined;
  const have = facts.number && facts.date && facts.issuer && facts.subject && facts.award && facts.commendationType && facts.province;
  if (have && result) {
    decision = {
      number: facts.number!,
      date: toIso(facts.date!)!,
      issuer: facts.issuer!,
      ...(facts.signer ? { signer: facts.signer } : {}),
      subject: facts.subject!,
      award: facts.award!.id,
      ...(facts.awardClass ? { awardClass: facts.awardClass } : {}),
      commendationType: facts.commendationType!,
      province: facts.province!,
      records: result.records,
    };
  }
  return { document, found: found.value, warnings, facts, problems, sources, list, result, decision };
}

export { FACT_LABELS };

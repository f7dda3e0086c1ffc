/**
 * One reading of an honour list, for every importer: the rows of a CSV file, an Excel
 * sheet, a Word table, a PDF table or the numbered lines of a decision all come here as
 * rows of cells, each with its place in the file. The header row is found and its
 * columns matched loosely; every other row is imported, imported with a warning, set
 * aside (an empty row, a group heading) or reported as an error, with its place and the
 * reason in words a press officer understands:
 *   "dòng 17: thiếu Họ và tên", "trang 3, dòng 12: trùng với trang 2, dòng 40 (Nguyễn Văn A)".
 */
import type { AwardClass } from '../../../schemas/award.ts';
import { RECIPIENT_KIND_LABELS, type RecipientKind } from '../../../schemas/common.ts';
import type { AwardEntry, ProvinceEntry } from '../../content/validate.ts';
import type { PartialDate } from '../../dates.ts';
import type { ProvinceIndex } from '../../provinces.ts';
import { cleanText } from '../../text.ts';
import { awardLookup, parseClass } from '../shared/awards.ts';
import { ImportError, placeLabel, type Place, type RowIssue } from '../shared/report.ts';
import { cleanCell, isPersonName, nameKey, wordKey } from '../shared/vi.ts';
import { findHeader, type ColumnMap, type Field } from './columns.ts';
import { kindFromName, readNote, splitTitleUnit, stripHonorific } from './names.ts';

export type { ColumnMap, Field } from './columns.ts';
export { fieldOfHeader, findHeader } from './columns.ts';
export { kindFromName } from './names.ts';

export interface HonourRecord {
  stt: number;
  name: string;
  kind: RecipientKind;
  title?: string;
  unit?: string;
  province?: string;
  citation?: string;
  posthumous?: true;
  award?: string;
  awardClass?: AwardClass;
  givenName?: string;
}

export interface ListResult {
  records: HonourRecord[];
  /** Where each record came from, in the same order. */
  recordPlaces: Place[];
  /** Rows not imported, each with its reason. */
  errors: RowIssue[];
  /** Rows imported with something to check (an honorific that may be a family name, a position and unit not split). */
  warnings: RowIssue[];
  /** Rows set aside that are not mistakes: empty rows, group headings, repeated headers. */
  skipped: RowIssue[];
  /** Things the press officer should know about the whole list. */
  notes: string[];
  columns: ColumnMap;
  /** Records whose kind was guessed from the name (no kind column, no group heading). */
  guessed: Record<RecipientKind, number>;
  /** Names whose form of address ("Ông", "Bà", "Đ/c" …) was taken off. */
  honorifics: number;
  /** Rows read after the header. */
  rowsRead: number;
}

export interface ListOptions {
  award: AwardEntry;
  awardClass?: AwardClass;
  awards: Map<string, AwardEntry>;
  /** To read provinces named in a note column, as they were on the decision's date. */
  provinces?: ProvinceIndex<ProvinceEntry>;
  date?: PartialDate;
  /** The decision's province: a note naming it adds nothing to the record. */
  province?: string;
  /** Called every thousand rows with (rows done, rows in all). */
  onProgress?: (done: number, total: number) => void;
}

const KIND_VALUES: [RegExp, RecipientKind][] = [
  [/^(ca nhan|cn|c n|nguoi)$/, 'ca-nhan'],
  [/^(tap the|tt|t t|don vi|to chuc)$/, 'tap-the'],
  [/^(ho gia dinh|ho|hgd|gia dinh)$/, 'ho-gia-dinh'],
];

export function parseKind(text: string): RecipientKind | null {
  const key = wordKey(text);
  for (const [re, kind] of KIND_VALUES) if (re.test(key)) return kind;
  return null;
}

/** "I. CÁ NHÂN", "B – Tập thể", "Khen thưởng hộ gia đình:" → the kind of the rows below. */
export function sectionKind(text: string): RecipientKind | null {
  const key = wordKey(text).replace(/^(?:[ivxlc]+|[a-d]|\d+)\s+/, '');
  if (/^(khen thuong\s+|danh sach\s+|tang\s+)?(cac\s+)?ca nhan(\s.*)?$/.test(key)) return 'ca-nhan';
  if (/^(khen thuong\s+|danh sach\s+|tang\s+)?(cac\s+)?tap the(\s.*)?$/.test(key)) return 'tap-the';
  if (/^(khen thuong\s+|danh sach\s+|tang\s+)?(cac\s+)?ho gia dinh(\s.*)?$/.test(key)) return 'ho-gia-dinh';
  return null;
}

/**
 * A group heading rather than a name: a kind ("TẬP THỂ"), a Roman numeral or letter
 * ("II. KHỐI ĐẢNG"), or — in a list that numbers its rows — a line in capitals that is
 * not a person's name.
 */
export function looksLikeHeading(text: string, listHasStt: boolean): boolean {
  if (sectionKind(text)) return true;
  if (/^(?:[IVXLC]+|[A-D])[.)]\s*\S/u.test(text)) return true;
  if (!listHasStt) return false;
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length < 4 || letters !== letters.toUpperCase() || text.split(/\s+/).length < 2) return false;
  const titleCase = text.toLowerCase().replace(/(^|\s)(\p{L})/gu, (_m, s: string, c: string) => s + c.toUpperCase());
  return !isPersonName(titleCase) && !isPersonName(stripHonorific(titleCase).name);
}

const POSTHUMOUS_IN_NAME = /\s*[([]\s*truy tặng\s*[)\]]\s*|^\s*truy tặng\s*:?\s*|\s*[-–—]\s*truy tặng\s*$/iu;
const YES = /^(x|có|co|1|true|yes|v|✓|✔|truy tặng)$/iu;

function asPlace(p: number | Place): Place {
  return typeof p === 'number' ? { row: p } : p;
}

/**
 * Read the rows below the header into records. The cells of `rows` are cleaned in place.
 * A table without a header row is an ImportError.
 */
export function readList(rows: string[][], places: readonly (number | Place)[], options: ListOptions): ListResult {
  const columns = findHeader(rows);
  if (!columns) {
    throw new ImportError(
      'Không tìm thấy dòng tiêu đề cột: cần một dòng có cột “Họ và tên” (hoặc “Tên tập thể”) và ít nhất một cột khác như “STT”, “Chức vụ”, “Đơn vị”.',
    );
  }
  const col = (f: Field) => columns.columns.get(f);
  const nameHeader = columns.headers.get('name') ?? `${columns.headers.get('surname')} / ${columns.headers.get('given')}`;
  const lookupAward = awardLookup(options.awards);
  const records: HonourRecord[] = [];
  const recordPlaces: Place[] = [];
  const errors: RowIssue[] = [];
  const warnings: RowIssue[] = [];
  const skipped: RowIssue[] = [];
  const notes: string[] = [];
  const guessed: Record<RecipientKind, number> = { 'ca-nhan': 0, 'tap-the': 0, 'ho-gia-dinh': 0 };
  let honorifics = 0;
  const seen = new Map<string, { place: Place; name: string }>();
  // Units repeat down a list; their keys are worked out once.
  const unitKeys = new Map<string, string>();
  const sttSeen = new Map<number, Place>();
  let sttProblems = false;
  let previousStt: { stt: number; place: Place } | undefined;
  let section: RecipientKind | null = null;
  const start = columns.headerIndex + 1;
  const total = rows.length - start;
  const headerKey = rows[columns.headerIndex]!.map((c) => wordKey(c)).join('|');
  const noteContext = { provinces: options.provinces, date: options.date };

  const mapped = [...columns.columns.values()];
  for (let i = start; i < rows.length; i++) {
    if (options.onProgress && (i - start) % 1000 === 0) options.onProgress(i - start, total);
    const place = asPlace(places[i]!);
    const at = (message: string): RowIssue => ({ ...place, message });
    // Cleaned in place: the table is the importer's own copy.
    const cells = rows[i]!;
    for (let c = 0; c < cells.length; c++) cells[c] = cleanCell(cells[c]!);
    const cell = (f: Field) => {
      const c = col(f);
      return c === undefined ? '' : (cells[c] ?? '');
    };
    let filledCount = 0;
    let firstFilled = '';
    for (const c of cells) {
      if (c) {
        if (!filledCount) firstFilled = c;
        filledCount++;
      }
    }
    if (filledCount === 0) {
      skipped.push(at('dòng trống'));
      continue;
    }
    // The header again, at the top of a new page of a long table.
    if (filledCount >= 2 && cells.map((c) => wordKey(c)).join('|') === headerKey) {
      skipped.push(at('dòng tiêu đề cột lặp lại'));
      continue;
    }
    const sttText = cell('stt');
    let name = col('name') !== undefined ? cell('name') : cleanText(`${cell('surname')} ${cell('given')}`);
    // A group heading: one text, no number ("I. CÁ NHÂN", "TẬP THỂ", "Khối các cơ quan Đảng").
    const onlyText = filledCount === 1 ? firstFilled : name && filledCount <= 3 && mapped.filter((c) => cells[c]).length === 1 ? name : '';
    if (onlyText && (!sttText || onlyText === sttText) && looksLikeHeading(onlyText, col('stt') !== undefined)) {
      const kind = sectionKind(onlyText);
      if (kind) section = kind;
      skipped.push(at(`tiêu đề nhóm “${onlyText}”${kind ? `: các dòng sau là ${RECIPIENT_KIND_LABELS[kind]}` : ''}`));
      previousStt = undefined;
      continue;
    }
    // Only a number in the STT column: a numbered line the list left empty.
    if (!name && filledCount === 1 && /^\d+\.?$/.test(sttText)) {
      skipped.push(at(`dòng chỉ có số thứ tự “${sttText}”`));
      continue;
    }
    // Numbering that skips or goes back within a group: a row may be missing, or numbered twice.
    const sequence = /^\d{1,6}/.exec(sttText);
    if (sequence) {
      const n = Number(sequence[0]);
      if (previousStt && n > previousStt.stt + 1) warnings.push(at(`STT nhảy từ ${previousStt.stt} lên ${n}: kiểm tra xem danh sách có thiếu dòng nào không`));
      else if (previousStt && n <= previousStt.stt) warnings.push(at(`STT ${n} lặp lại hoặc lùi lại sau STT ${previousStt.stt} (${placeLabel(previousStt.place)})`));
      previousStt = { stt: n, place };
    }
    if (cells.some((c) => c.includes('\uFFFD'))) {
      errors.push(at('có ký tự không đọc được (�); kiểm tra bảng mã của tệp'));
      continue;
    }
    if (!name) {
      errors.push(at(`thiếu ${nameHeader}`));
      continue;
    }
    const rowWarnings: string[] = [];
    let posthumous = false;
    if (POSTHUMOUS_IN_NAME.test(name)) {
      posthumous = true;
      name = cleanText(name.replace(POSTHUMOUS_IN_NAME, ' '));
    }
    if (col('posthumous') !== undefined && YES.test(cell('posthumous'))) posthumous = true;
    if (!/\p{L}/u.test(name)) {
      errors.push(at(`${nameHeader} “${name}” không có chữ nào`));
      continue;
    }
    const reading = stripHonorific(name);
    if (reading.honorific) {
      name = reading.name;
      honorifics++;
      if (reading.doubt) rowWarnings.push(reading.doubt);
    }
    let stt: number | undefined;
    if (sttText) {
      const m = /^(\d{1,6})\.?$/.exec(sttText);
      if (!m) {
        errors.push(at(`STT “${sttText}” không phải một số`));
        continue;
      }
      stt = Number(m[1]);
    }
    // The note column: posthumous, a kind, a province, a unit; the rest is reported.
    const note = col('note') !== undefined ? readNote(cell('note'), noteContext) : undefined;
    if (note?.posthumous) posthumous = true;
    for (const part of note?.notUnderstood ?? []) rowWarnings.push(`ghi chú “${part}” chưa hiểu được; chưa đưa vào hồ sơ`);
    // Kind: the column, else the note, else the group heading above, else the name.
    let kind: RecipientKind;
    const kindText = cell('kind');
    if (kindText) {
      const k = parseKind(kindText);
      if (!k) {
        errors.push(at(`cột ${columns.headers.get('kind')} ghi “${kindText}”, không rõ là cá nhân, tập thể hay hộ gia đình`));
        continue;
      }
      kind = k;
    } else if (note?.kind) kind = note.kind;
    else if (section) kind = section;
    else if (reading.honorific) kind = 'ca-nhan';
    else {
      kind = kindFromName(name);
      if (kind !== 'ca-nhan') guessed[kind]++;
    }
    // Award and class of this row, when the list has its own columns for them.
    let award = options.award;
    let rowAward: string | undefined;
    const awardText = cell('award');
    if (awardText) {
      const a = lookupAward(awardText);
      if (!a) {
        errors.push(at(`không nhận ra hình thức khen thưởng “${awardText}”`));
        continue;
      }
      award = a;
      if (a.id !== options.award.id) rowAward = a.id;
    }
    let awardClass: AwardClass | undefined;
    const classText = cell('class');
    if (classText) {
      const c = parseClass(classText);
      if (!c || !award.classes.includes(c)) {
        errors.push(at(`hạng “${classText}” không có với “${award.name}”`));
        continue;
      }
      if (c !== options.awardClass || rowAward) awardClass = c;
    } else if (award.classes.length && (rowAward || !options.awardClass)) {
      errors.push(at(`thiếu hạng: “${award.name}” có hạng nhất, nhì, ba`));
      continue;
    }
    if (!award.recipients.includes(kind)) {
      const allowed = award.recipients.map((k) => RECIPIENT_KIND_LABELS[k]).join(', ');
      errors.push(at(`${name} là ${RECIPIENT_KIND_LABELS[kind]}, nhưng “${award.name}” chỉ tặng cho ${allowed}`));
      continue;
    }
    if (posthumous && kind !== 'ca-nhan') {
      errors.push(at(`${name}: chỉ cá nhân mới có thể được truy tặng`));
      continue;
    }
    if (posthumous && !award.posthumous) {
      errors.push(at(`${name}: “${award.name}” không truy tặng`));
      continue;
    }
    let title = cell('title');
    let unit = cell('unit');
    const both = cell('titleUnit');
    if (both) {
      if (kind === 'ca-nhan') {
        const split = splitTitleUnit(both);
        if (split.doubt) rowWarnings.push(split.doubt);
        if (split.title && !title) title = split.title;
        if (split.unit && !unit) unit = split.unit;
      } else if (!unit) unit = both;
    }
    if (note?.unit) {
      if (!unit) unit = note.unit;
      else if (nameKey(note.unit) !== nameKey(unit)) rowWarnings.push(`ghi chú ghi đơn vị “${note.unit}”, khác cột đơn vị “${unit}”; giữ cột đơn vị`);
    }
    let unitKey = unitKeys.get(unit);
    if (unitKey === undefined) {
      unitKey = nameKey(unit);
      unitKeys.set(unit, unitKey);
    }
    const key = `${nameKey(name)}|${unitKey}|${kind}`;
    const earlier = seen.get(key);
    if (earlier) {
      errors.push(at(`trùng với ${placeLabel(earlier.place)} (${earlier.name})`));
      continue;
    }
    seen.set(key, { place, name });
    if (stt !== undefined) {
      if (sttSeen.has(stt)) sttProblems = true;
      sttSeen.set(stt, place);
    } else sttProblems = true;
    const record: HonourRecord = { stt: stt ?? 0, name, kind };
    if (title) record.title = title;
    if (unit) record.unit = unit;
    if (note?.province && note.province !== options.province) record.province = note.province;
    const citation = cell('citation');
    if (citation) record.citation = citation;
    if (posthumous) record.posthumous = true;
    if (rowAward) record.award = rowAward;
    if (awardClass) record.awardClass = awardClass;
    const given = cell('given');
    if (col('surname') !== undefined && given.includes(' ')) record.givenName = given;
    records.push(record);
    recordPlaces.push(place);
    for (const w of rowWarnings) warnings.push(at(`${name}: ${w}`));
  }
  options.onProgress?.(total, total);

  if (sttProblems || records.some((r) => r.stt < 1)) {
    records.forEach((r, i) => (r.stt = i + 1));
    if (records.length) {
      notes.push(
        col('stt') === undefined
          ? `Danh sách không có cột STT: đã đánh số thứ tự 1…${records.length} theo thứ tự trong tệp.`
          : `STT trong tệp bị trùng hoặc để trống (thường do đánh số lại theo từng nhóm): đã đánh lại số thứ tự 1…${records.length} theo thứ tự trong tệp.`,
      );
    }
  }
  if (honorifics) notes.push(`Đã bỏ danh xưng (Ông, Bà, Đồng chí …) trước ${honorifics} tên: tên được ghi như “Đinh Công Tráng”, không phải “Ông Đinh Công Tráng”.`);
  const guessedCount = guessed['tap-the'] + guessed['ho-gia-dinh'];
  if (guessedCount) {
    notes.push(
      `Tệp không có cột Loại (cá nhân / tập thể): ${guessed['tap-the']} dòng được xếp là tập thể và ${guessed['ho-gia-dinh']} dòng là hộ gia đình theo tên (bắt đầu bằng “Phòng”, “Trường”, “Hộ” …); hãy kiểm tra.`,
    );
  }
  if (columns.ignored.length) notes.push(`Cột không dùng: ${columns.ignored.map((h) => `“${h}”`).join(', ')}.`);
  return { records, recordPlaces, errors, warnings, skipped, notes, columns, guessed, honorifics, rowsRead: total };
}

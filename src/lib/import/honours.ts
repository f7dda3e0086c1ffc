/**
 * An honour list (danh sách khen thưởng) as a province keeps it → the records of a
 * decision. The header row is found and its columns matched loosely ("Họ và tên",
 * "Họ tên", "HỌ VÀ TÊN" …); every other row is imported or reported with its row number
 * and the reason, in words a press officer understands:
 *   "dòng 17: thiếu Họ và tên", "dòng 18: trùng với dòng 12 (Nguyễn Văn A)".
 */
import type { AwardClass } from '../../schemas/award.ts';
import { RECIPIENT_KIND_LABELS, type RecipientKind } from '../../schemas/common.ts';
import type { AwardEntry } from '../content/validate.ts';
import { cleanText, slugify } from '../text.ts';
import { cleanCell, isPersonName, nameKey, wordKey } from './vi.ts';

export type Field =
  | 'stt'
  | 'name'
  | 'surname'
  | 'given'
  | 'title'
  | 'unit'
  | 'titleUnit'
  | 'citation'
  | 'kind'
  | 'award'
  | 'class'
  | 'posthumous'
  | 'ignore';

/** Header words → field. Checked in order; the first that fits wins. */
const HEADERS: [Field, RegExp][] = [
  ['stt', /^(stt|tt|so tt|so thu tu|thu tu|no|so)$/],
  ['kind', /^(loai|doi tuong|loai doi tuong|ca nhan tap the|ca nhan hay tap the|ca nhan tap the ho gia dinh|phan loai|cn tt)$/],
  ['surname', /^(ho|ho dem|ho va dem|ho va ten dem|ho va chu dem|ho ten dem)$/],
  ['given', /^ten$/],
  ['titleUnit', /chuc vu.*don vi|chuc danh.*don vi|chuc vu.*co quan/],
  ['posthumous', /truy tang/],
  ['ignore', /(nam sinh|ngay sinh|gioi tinh|nam nu|ghi chu|dan toc|so quyet dinh|ky ten|ngay thang|so dien thoai|dien thoai|email|cccd|cmnd|so dinh danh)/],
  ['name', /(ho va ten|ho ten|ten ca nhan|ten tap the|ten don vi|ten to chuc|ten co quan|ca nhan tap the|tap the ca nhan|doi tuong duoc khen|nguoi duoc khen|ten nguoi|^ten)/],
  ['title', /(chuc vu|chuc danh|nghe nghiep|cap bac)/],
  ['unit', /(don vi|co quan|noi cong tac|dia chi|que quan|to chuc)/],
  ['citation', /(thanh tich|noi dung|ly do|cong trang)/],
  ['award', /(hinh thuc khen|danh hieu|hinh thuc)/],
  ['class', /^(hang|hang huan chuong|hang huy chuong)$/],
];

export function fieldOfHeader(header: string): Field | null {
  const key = wordKey(header);
  if (!key) return null;
  for (const [field, re] of HEADERS) if (re.test(key)) return field;
  return null;
}

export interface ColumnMap {
  /** Row index (in the table) of the header row. */
  headerIndex: number;
  columns: Map<Field, number>;
  /** Header text of each field's column, to name it in messages. */
  headers: Map<Field, string>;
  /** Columns not used, by their header. */
  ignored: string[];
}

/** The header row: the first of the first 30 rows that names the name column and one more. */
export function findHeader(rows: readonly string[][]): ColumnMap | null {
  const limit = Math.min(rows.length, 30);
  for (let r = 0; r < limit; r++) {
    const columns = new Map<Field, number>();
    const headers = new Map<Field, string>();
    const ignored: string[] = [];
    rows[r]!.forEach((cell, c) => {
      const text = cleanText(cell);
      if (!text) return;
      let field = fieldOfHeader(text);
      if (field === 'given' && !columns.has('surname')) field = 'name';
      if (field && field !== 'ignore' && !columns.has(field)) {
        columns.set(field, c);
        headers.set(field, text);
      } else ignored.push(text);
    });
    const hasName = columns.has('name') || (columns.has('surname') && columns.has('given'));
    if (hasName && columns.size >= 2) return { headerIndex: r, columns, headers, ignored };
  }
  return null;
}

export interface RowIssue {
  /** Row number as Excel shows it. */
  row: number;
  message: string;
}

export interface HonourRecord {
  stt: number;
  name: string;
  kind: RecipientKind;
  title?: string;
  unit?: string;
  citation?: string;
  posthumous?: true;
  award?: string;
  awardClass?: AwardClass;
  givenName?: string;
}

export interface HonoursResult {
  records: HonourRecord[];
  /** Rows not imported, each with its reason. */
  errors: RowIssue[];
  /** Rows set aside that are not mistakes: empty rows, group headings. */
  skipped: RowIssue[];
  /** Things the press officer should know about the whole list. */
  notes: string[];
  columns: ColumnMap;
  /** Records whose kind was guessed from the name (no kind column, no group heading). */
  guessed: Record<RecipientKind, number>;
  /** Rows read after the header. */
  rowsRead: number;
}

export interface HonoursOptions {
  award: AwardEntry;
  awardClass?: AwardClass;
  awards: Map<string, AwardEntry>;
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
function sectionKind(text: string): RecipientKind | null {
  const key = wordKey(text).replace(/^(?:[ivxlc]+|[a-d]|\d+)\s+/, '');
  if (/^(khen thuong\s+|danh sach\s+)?(cac\s+)?ca nhan(\s.*)?$/.test(key)) return 'ca-nhan';
  if (/^(khen thuong\s+|danh sach\s+)?(cac\s+)?tap the(\s.*)?$/.test(key)) return 'tap-the';
  if (/^(khen thuong\s+|danh sach\s+)?(cac\s+)?ho gia dinh(\s.*)?$/.test(key)) return 'ho-gia-dinh';
  return null;
}

/**
 * A group heading rather than a name: a kind ("TẬP THỂ"), a Roman numeral or letter
 * ("II. KHỐI ĐẢNG"), or — in a list that numbers its rows — a line in capitals that is
 * not a person's name.
 */
function looksLikeHeading(text: string, listHasStt: boolean): boolean {
  if (sectionKind(text)) return true;
  if (/^(?:[IVXLC]+|[A-D])[.)]\s*\S/u.test(text)) return true;
  if (!listHasStt) return false;
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length < 4 || letters !== letters.toUpperCase() || text.split(/\s+/).length < 2) return false;
  const titleCase = text.toLowerCase().replace(/(^|\s)(\p{L})/gu, (_m, s: string, c: string) => s + c.toUpperCase());
  return !isPersonName(titleCase);
}

const COLLECTIVE_START = new RegExp(
  '^(' +
    [
      'phòng', 'trường', 'tổ', 'ban', 'công ty', 'tổng công ty', 'ubnd', 'ủy ban', 'uỷ ban', 'đội', 'chi cục', 'cục', 'sở', 'hội',
      'đoàn', 'tỉnh đoàn', 'huyện đoàn', 'thành đoàn', 'chi đoàn', 'chi bộ', 'đảng bộ', 'đảng ủy', 'đảng uỷ', 'hợp tác xã', 'htx',
      'bệnh viện', 'trạm', 'trung tâm', 'khoa', 'lớp', 'câu lạc bộ', 'clb', 'thôn', 'bản', 'xóm', 'khu phố', 'tổ dân phố', 'xã',
      'phường', 'thị trấn', 'văn phòng', 'bộ phận', 'nhà máy', 'xí nghiệp', 'ngân hàng', 'chi nhánh', 'liên đoàn', 'công đoàn',
      'mặt trận', 'cơ quan', 'tập thể', 'lữ đoàn', 'trung đoàn', 'tiểu đoàn', 'đại đội', 'trung đội', 'đồn', 'hải đội', 'công an',
      'viện', 'tòa án', 'toà án', 'kho bạc', 'ban quản lý', 'nhóm', 'hội đồng', 'tập đoàn', 'doanh nghiệp', 'cửa hàng', 'mầm non',
      'hạt', 'đài', 'báo', 'tạp chí', 'học viện', 'quỹ', 'thanh tra', 'bảo hiểm', 'điện lực', 'đơn vị', 'ký túc xá', 'khu', 'làng',
      'ấp', 'buôn', 'sóc', 'huyện', 'thành phố', 'thị xã', 'tỉnh', 'bộ chỉ huy', 'ban chỉ huy', 'hội liên hiệp', 'vụ', 'cảng',
      'chi hội', 'đội tuyển', 'ký túc', 'bưu điện', 'trại', 'nông trường', 'lâm trường', 'kiểm lâm', 'văn phòng đăng ký',
    ].join('|') +
    ')(?![\\p{L}])',
  'iu',
);
const COLLECTIVE_ACRONYM = /(?<![\p{L}])(UBND|HĐND|MTTQ|THCS|THPT|TNHH|HTX|CLB|BCH|LĐLĐ|TT|CP|TW)(?![\p{L}])/u;
const HOUSEHOLD = /^(hộ\s|hộ gia đình|gia đình (ông|bà|anh|chị)\s)/iu;

/** Person, collective or household, from the name alone. */
export function kindFromName(name: string): RecipientKind {
  if (HOUSEHOLD.test(name)) return 'ho-gia-dinh';
  if (isPersonName(name)) return 'ca-nhan';
  if (COLLECTIVE_START.test(name) || COLLECTIVE_ACRONYM.test(name) || /\d/.test(name)) return 'tap-the';
  return 'ca-nhan';
}

const POSTHUMOUS_IN_NAME = /\s*[([]\s*truy tặng\s*[)\]]\s*|^\s*truy tặng\s*:?\s*/iu;
const YES = /^(x|có|co|1|true|yes|v|✓|✔|truy tặng)$/iu;

function parseClass(text: string): AwardClass | null {
  const key = wordKey(text).replace(/^hang\s+/, '');
  const map: Record<string, AwardClass> = { nhat: 'nhat', i: 'nhat', '1': 'nhat', nhi: 'nhi', ii: 'nhi', '2': 'nhi', ba: 'ba', iii: 'ba', '3': 'ba' };
  return map[key] ?? null;
}

/** Award ids by every spelling of their names, to read an award column or an --award option. */
export function awardLookup(awards: Map<string, AwardEntry>): (text: string) => AwardEntry | undefined {
  const byKey = new Map<string, AwardEntry>();
  for (const a of awards.values()) {
    for (const spelling of [a.id, a.name, a.shortName ?? '', ...a.aliases]) {
      const key = slugify(spelling);
      if (key && !byKey.has(key)) byKey.set(key, a);
    }
  }
  return (text: string) => byKey.get(slugify(text));
}

/** Read the rows below the header into records. The cells of `rows` are cleaned in place. */
export function importHonours(rows: string[][], rowNumbers: readonly number[], options: HonoursOptions): HonoursResult | { error: string } {
  const columns = findHeader(rows);
  if (!columns) {
    return { error: 'Không tìm thấy dòng tiêu đề cột: cần một dòng có cột “Họ và tên” (hoặc “Tên tập thể”) và ít nhất một cột khác như “STT”, “Chức vụ”, “Đơn vị”.' };
  }
  const col = (f: Field) => columns.columns.get(f);
  const nameHeader = columns.headers.get('name') ?? `${columns.headers.get('surname')} / ${columns.headers.get('given')}`;
  const lookupAward = awardLookup(options.awards);
  const records: HonourRecord[] = [];
  const errors: RowIssue[] = [];
  const skipped: RowIssue[] = [];
  const notes: string[] = [];
  const guessed: Record<RecipientKind, number> = { 'ca-nhan': 0, 'tap-the': 0, 'ho-gia-dinh': 0 };
  const seen = new Map<string, { row: number; name: string }>();
  // Units repeat down a list; their keys are worked out once.
  const unitKeys = new Map<string, string>();
  const sttSeen = new Map<number, number>();
  let sttProblems = false;
  let section: RecipientKind | null = null;
  const start = columns.headerIndex + 1;
  const total = rows.length - start;

  const mapped = [...columns.columns.values()];
  for (let i = start; i < rows.length; i++) {
    if (options.onProgress && (i - start) % 1000 === 0) options.onProgress(i - start, total);
    const rowNo = rowNumbers[i]!;
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
      skipped.push({ row: rowNo, message: 'dòng trống' });
      continue;
    }
    const sttText = cell('stt');
    let name = col('name') !== undefined ? cell('name') : cleanText(`${cell('surname')} ${cell('given')}`);
    // A group heading: one text, no number ("I. CÁ NHÂN", "TẬP THỂ", "Khối các cơ quan Đảng").
    const onlyText = filledCount === 1 ? firstFilled : name && filledCount <= 3 && mapped.filter((c) => cells[c]).length === 1 ? name : '';
    if (onlyText && (!sttText || onlyText === sttText) && looksLikeHeading(onlyText, col('stt') !== undefined)) {
      const kind = sectionKind(onlyText);
      if (kind) section = kind;
      skipped.push({ row: rowNo, message: `tiêu đề nhóm “${onlyText}”${kind ? `: các dòng sau là ${RECIPIENT_KIND_LABELS[kind]}` : ''}` });
      continue;
    }
    // Only a number in the STT column: a numbered line the list left empty.
    if (!name && filledCount === 1 && /^\d+\.?$/.test(sttText)) {
      skipped.push({ row: rowNo, message: `dòng chỉ có số thứ tự “${sttText}”` });
      continue;
    }
    if (cells.some((c) => c.includes('\uFFFD'))) {
      errors.push({ row: rowNo, message: 'có ký tự không đọc được (�); kiểm tra bảng mã của tệp' });
      continue;
    }
    if (!name) {
      errors.push({ row: rowNo, message: `thiếu ${nameHeader}` });
      continue;
    }
    let posthumous = false;
    if (POSTHUMOUS_IN_NAME.test(name)) {
      posthumous = true;
      name = cleanText(name.replace(POSTHUMOUS_IN_NAME, ' '));
    }
    if (col('posthumous') !== undefined && YES.test(cell('posthumous'))) posthumous = true;
    if (!/\p{L}/u.test(name)) {
      errors.push({ row: rowNo, message: `${nameHeader} “${name}” không có chữ nào` });
      continue;
    }
    let stt: number | undefined;
    if (sttText) {
      const m = /^(\d{1,6})\.?$/.exec(sttText);
      if (!m) {
        errors.push({ row: rowNo, message: `STT “${sttText}” không phải một số` });
        continue;
      }
      stt = Number(m[1]);
    }
    // Kind: the column, else the group heading above, else the name.
    let kind: RecipientKind;
    const kindText = cell('kind');
    if (kindText) {
      const k = parseKind(kindText);
      if (!k) {
        errors.push({ row: rowNo, message: `cột ${columns.headers.get('kind')} ghi “${kindText}”, không rõ là cá nhân, tập thể hay hộ gia đình` });
        continue;
      }
      kind = k;
    } else if (section) kind = section;
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
        errors.push({ row: rowNo, message: `không nhận ra hình thức khen thưởng “${awardText}”` });
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
        errors.push({ row: rowNo, message: `hạng “${classText}” không có với “${award.name}”` });
        continue;
      }
      if (c !== options.awardClass || rowAward) awardClass = c;
    } else if (award.classes.length && (rowAward || !options.awardClass)) {
      errors.push({ row: rowNo, message: `thiếu hạng: “${award.name}” có hạng nhất, nhì, ba` });
      continue;
    }
    if (!award.recipients.includes(kind)) {
      const allowed = award.recipients.map((k) => RECIPIENT_KIND_LABELS[k]).join(', ');
      errors.push({ row: rowNo, message: `${name} là ${RECIPIENT_KIND_LABELS[kind]}, nhưng “${award.name}” chỉ tặng cho ${allowed}` });
      continue;
    }
    if (posthumous && kind !== 'ca-nhan') {
      errors.push({ row: rowNo, message: `${name}: chỉ cá nhân mới có thể được truy tặng` });
      continue;
    }
    if (posthumous && !award.posthumous) {
      errors.push({ row: rowNo, message: `${name}: “${award.name}” không truy tặng` });
      continue;
    }
    let title = cell('title');
    let unit = cell('unit');
    const both = cell('titleUnit');
    if (both) {
      if (kind === 'ca-nhan' && !title) title = both;
      else if (!unit) unit = both;
    }
    let unitKey = unitKeys.get(unit);
    if (unitKey === undefined) {
      unitKey = nameKey(unit);
      unitKeys.set(unit, unitKey);
    }
    const key = `${nameKey(name)}|${unitKey}|${kind}`;
    const earlier = seen.get(key);
    if (earlier) {
      errors.push({ row: rowNo, message: `trùng với dòng ${earlier.row} (${earlier.name})` });
      continue;
    }
    seen.set(key, { row: rowNo, name });
    if (stt !== undefined) {
      if (sttSeen.has(stt)) sttProblems = true;
      sttSeen.set(stt, rowNo);
    } else sttProblems = true;
    const record: HonourRecord = { stt: stt ?? 0, name, kind };
    if (title) record.title = title;
    if (unit) record.unit = unit;
    const citation = cell('citation');
    if (citation) record.citation = citation;
    if (posthumous) record.posthumous = true;
    if (rowAward) record.award = rowAward;
    if (awardClass) record.awardClass = awardClass;
    const given = cell('given');
    if (col('surname') !== undefined && given.includes(' ')) record.givenName = given;
    records.push(record);
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
  const guessedCount = guessed['tap-the'] + guessed['ho-gia-dinh'];
  if (guessedCount) {
    notes.push(
      `Tệp không có cột Loại (cá nhân / tập thể): ${guessed['tap-the']} dòng được xếp là tập thể và ${guessed['ho-gia-dinh']} dòng là hộ gia đình theo tên (bắt đầu bằng “Phòng”, “Trường”, “Hộ” …); hãy kiểm tra.`,
    );
  }
  if (columns.ignored.length) notes.push(`Cột không dùng: ${columns.ignored.map((h) => `“${h}”`).join(', ')}.`);
  return { records, errors, skipped, notes, columns, guessed, rowsRead: total };
}


/** A decision as JSON, its facts first and then one line per record (as the content folder writes them). */
export function formatDecisionJson(decision: Record<string, unknown> & { records: readonly object[] }): string {
  const { records, ...head } = decision;
  const headLines = JSON.stringify(head, null, 2).split('\n');
  headLines.pop();
  const line = (r: object) => {
    let out = '    { ';
    let first = true;
    for (const k in r) {
      out += `${first ? '' : ', '}"${k}": ${JSON.stringify((r as Record<string, unknown>)[k])}`;
      first = false;
    }
    return `${out} }`;
  };
  return `${headLines.join('\n')},\n  "records": [\n${records.map(line).join(',\n')}\n  ]\n}\n`;
}

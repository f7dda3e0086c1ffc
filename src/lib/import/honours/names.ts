/**
 * What the cells of a list say about a person or a collective, read the same way for
 * every importer (CSV, Excel, Word, PDF): the honorific before a name ("Ông Đinh Công
 * Tráng" is Đinh Công Tráng), the kind from the name (Phòng …, Trường … is a
 * collective; Hộ … a household), a position and unit written in one cell ("Trưởng phòng
 * Tổ chức, Sở Nội vụ"), and a note column ("truy tặng", "tập thể", "tỉnh Hà Giang").
 */
import type { RecipientKind } from '../../../schemas/common.ts';
import type { PartialDate } from '../../dates.ts';
import type { ProvinceIndex } from '../../provinces.ts';
import type { ProvinceEntry } from '../../content/validate.ts';
import { cleanText } from '../../text.ts';
import { resolveProvince } from '../shared/find-places.ts';
import { isPersonName, nameKey, SURNAMES, wordKey } from '../shared/vi.ts';

// ---------------------------------------------------------------------------
// Honorifics

/** Always a form of address before a name. */
const STRONG_HONORIFIC = /^(ông|bà|đồng chí|đ\s?\/\s?c|đc)\.?\s*:?\s+(?=\S)/iu;
/** A form of address only when a full name follows ("Cô Nguyễn Thị Lan", not "Cô Tô"). */
const WEAK_HONORIFIC = /^(anh|chị|thầy|cô|cụ)\s+(?=\S)/iu;

/** "NGUYỄN VĂN AN" → "Nguyễn Văn An", to test a name written in capitals. */
function titleCase(text: string): string {
  return text.toLowerCase().replace(/(^|\s)(\p{L})/gu, (_m, s: string, c: string) => s + c.toUpperCase());
}

/** Words that each start with a capital: a name, whatever its family name. */
function capitalisedWords(text: string): boolean {
  return text.split(' ').every((w) => /^\p{Lu}/u.test(w));
}

export interface NameReading {
  name: string;
  /** The form of address taken off, as written. */
  honorific?: string;
  /** Why the reading may be wrong, for the row's warnings. */
  doubt?: string;
}

/**
 * The name without the form of address before it: "Ông Đinh Công Tráng" → "Đinh Công
 * Tráng", "Đ/c Lò Thị Mai" → "Lò Thị Mai", "Cô Nguyễn Thị Lan" → "Nguyễn Thị Lan".
 * "Ông" is also a family name: "Ông Văn Tùng" keeps its reading with a doubt.
 */
export function stripHonorific(raw: string): NameReading {
  const name = cleanText(raw);
  const strong = STRONG_HONORIFIC.exec(name);
  if (strong) {
    const rest = name.slice(strong[0].length);
    const words = rest.split(' ');
    if (words.length < 2 || !capitalisedWords(rest)) return { name };
    const honorific = strong[1]!;
    // "Ông Văn Tùng": Ông may be the family name of a two-word rest.
    if (/^ông$/iu.test(honorific) && words.length === 2 && SURNAMES.has(titleCase(words[0]!))) {
      return { name: rest, honorific, doubt: `đã bỏ “${honorific}” trước tên “${rest}”; nếu “Ông” là họ, hãy sửa lại thành “${name}”` };
    }
    return { name: rest, honorific };
  }
  const weak = WEAK_HONORIFIC.exec(name);
  if (weak) {
    const rest = name.slice(weak[0].length);
    if (isPersonName(rest) || isPersonName(titleCase(rest))) return { name: rest, honorific: weak[1]! };
  }
  return { name };
}

// ---------------------------------------------------------------------------
// Kinds from names

const COLLECTIVE_WORDS = [
  'phòng', 'trường', 'tổ', 'ban', 'công ty', 'tổng công ty', 'ubnd', 'ủy ban', 'uỷ ban', 'đội', 'chi cục', 'cục', 'sở', 'hội',
  'đoàn', 'tỉnh đoàn', 'huyện đoàn', 'thành đoàn', 'chi đoàn', 'chi bộ', 'đảng bộ', 'đảng ủy', 'đảng uỷ', 'hợp tác xã', 'htx',
  'bệnh viện', 'trạm', 'trung tâm', 'khoa', 'lớp', 'câu lạc bộ', 'clb', 'thôn', 'bản', 'xóm', 'khu phố', 'tổ dân phố', 'xã',
  'phường', 'thị trấn', 'văn phòng', 'bộ phận', 'nhà máy', 'xí nghiệp', 'ngân hàng', 'chi nhánh', 'liên đoàn', 'công đoàn',
  'mặt trận', 'cơ quan', 'tập thể', 'lữ đoàn', 'trung đoàn', 'tiểu đoàn', 'đại đội', 'trung đội', 'đồn', 'hải đội', 'công an',
  'viện', 'tòa án', 'toà án', 'kho bạc', 'ban quản lý', 'nhóm', 'hội đồng', 'tập đoàn', 'doanh nghiệp', 'cửa hàng', 'mầm non',
  'hạt', 'đài', 'báo', 'tạp chí', 'học viện', 'quỹ', 'thanh tra', 'bảo hiểm', 'điện lực', 'đơn vị', 'ký túc xá', 'khu', 'làng',
  'ấp', 'buôn', 'sóc', 'huyện', 'thành phố', 'thị xã', 'tỉnh', 'bộ chỉ huy', 'ban chỉ huy', 'hội liên hiệp', 'vụ', 'cảng',
  'chi hội', 'đội tuyển', 'ký túc', 'bưu điện', 'trại', 'nông trường', 'lâm trường', 'kiểm lâm', 'văn phòng đăng ký',
  'tỉnh ủy', 'tỉnh uỷ', 'huyện ủy', 'huyện uỷ', 'thành ủy', 'thành uỷ', 'bộ', 'hđnd', 'mttq', 'viện kiểm sát', 'bộ đội biên phòng',
];
const COLLECTIVE_START = new RegExp(`^(${COLLECTIVE_WORDS.join('|')})(?![\\p{L}])`, 'iu');
const COLLECTIVE_ACRONYM = /(?<![\p{L}])(UBND|HĐND|MTTQ|THCS|THPT|TNHH|HTX|CLB|BCH|LĐLĐ|TT|CP|TW)(?![\p{L}])/u;
const HOUSEHOLD = /^(hộ\s|hộ gia đình|gia đình (ông|bà|anh|chị)\s)/iu;

/** Whether a text starts as the name of a unit does: "Sở Nội vụ", "UBND huyện …", "Trường THCS …". */
export function startsAsUnit(text: string): boolean {
  return COLLECTIVE_START.test(cleanText(text));
}

/** Person, collective or household, from the name alone. */
export function kindFromName(name: string): RecipientKind {
  if (HOUSEHOLD.test(name)) return 'ho-gia-dinh';
  if (isPersonName(name)) return 'ca-nhan';
  if (COLLECTIVE_START.test(name) || COLLECTIVE_ACRONYM.test(name) || /\d/.test(name)) return 'tap-the';
  return 'ca-nhan';
}

// ---------------------------------------------------------------------------
// Position and unit in one cell

/** Words a position starts with: what a person is, not where. */
const POSITION_START = new RegExp(
  '^(?:(?:nguyên|phó|quyền|tổng|kiêm|trợ lý)\\s+)*(?:' +
    [
      'giám đốc', 'chủ tịch', 'bí thư', 'trưởng', 'chánh', 'hiệu trưởng', 'hiệu phó', 'chuyên viên', 'giáo viên', 'nhân viên',
      'cán bộ', 'công chức', 'viên chức', 'kế toán', 'bác sĩ', 'bác sỹ', 'y sĩ', 'y sỹ', 'điều dưỡng', 'dược sĩ', 'hộ sinh',
      'kỹ sư', 'kĩ sư', 'kỹ thuật viên', 'kiểm lâm viên', 'thủ quỹ', 'văn thư', 'lái xe', 'công nhân', 'nông dân', 'học sinh',
      'sinh viên', 'giảng viên', 'nghiên cứu viên', 'thanh tra viên', 'kiểm sát viên', 'thẩm phán', 'thư ký', 'đội trưởng',
      'tổ trưởng', 'thôn trưởng', 'trưởng thôn', 'trưởng bản', 'phóng viên', 'biên tập viên', 'đại úy', 'đại uý', 'thượng úy',
      'thượng uý', 'trung úy', 'trung uý', 'thiếu úy', 'thiếu uý', 'đại tá', 'thượng tá', 'trung tá', 'thiếu tá', 'thiếu tướng',
      'trung tướng', 'chiến sĩ', 'hạ sĩ', 'trung sĩ', 'thượng sĩ', 'binh nhất', 'binh nhì', 'công an viên', 'ủy viên', 'uỷ viên',
      'thành viên', 'hội viên', 'đoàn viên', 'đảng viên', 'người lao động', 'lao động', 'chủ nhiệm', 'phụ trách', 'tổng biên tập',
      'chỉ huy', 'tư lệnh', 'chính ủy', 'chính uỷ', 'chính trị viên', 'hướng dẫn viên', 'tuyên truyền viên', 'cộng tác viên',
      'chủ hộ', 'chủ doanh nghiệp', 'chủ cơ sở', 'chủ nhiệm hợp tác xã', 'bảo vệ', 'cấp dưỡng', 'nhân dân', 'người có uy tín',
      'già làng', 'bác sỹ', 'dược sỹ', 'kiểm soát viên', 'trưởng ban', 'phó ban', 'thủ trưởng', 'hạt trưởng', 'đồn trưởng',
      'trạm trưởng', 'chi hội trưởng', 'tổ phó', 'đội phó', 'trưởng khoa', 'trưởng phòng', 'phó trưởng phòng',
    ].join('|') +
    ')(?![\\p{L}])',
  'iu',
);

/** Where a unit begins inside a run of words: a capitalised word that names a unit ("… Trường THCS Phú Lộc"). */
const UNIT_INSIDE = new RegExp(
  `\\s(?=(?:${COLLECTIVE_WORDS.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('|')}|UBND|HĐND|MTTQ|THCS|THPT)(?![\\p{L}]))`,
  'u',
);

export interface TitleUnit {
  title?: string;
  unit?: string;
  /** Set when the split was not clear: the whole text was kept as the title. */
  doubt?: string;
}

/**
 * A position and a unit written in one cell, split when the split is clear:
 * "Trưởng phòng Tổ chức cán bộ, Sở Nội vụ" → title "Trưởng phòng Tổ chức cán bộ", unit
 * "Sở Nội vụ"; "Giáo viên Trường THCS Phú Lộc" → "Giáo viên" and "Trường THCS Phú Lộc";
 * "Sở Y tế" → unit only; "Trưởng phòng Nội vụ huyện Văn Quan" stays a title. Otherwise
 * the text is kept whole as the title, with a doubt to report.
 */
export function splitTitleUnit(raw: string): TitleUnit {
  const text = cleanText(raw).replace(/[;.]+$/, '').trim();
  if (!text) return {};
  if (startsAsUnit(text) && !POSITION_START.test(text)) return { unit: text };
  const parts = text.split(/\s*,\s*/);
  if (parts.length > 1) {
    const at = parts.findIndex((p, i) => i > 0 && startsAsUnit(p));
    if (at > 0) {
      const title = parts.slice(0, at).join(', ');
      const unit = parts.slice(at).join(', ');
      return POSITION_START.test(title) ? { title, unit } : { title, unit, doubt: `đã tách “${text}” thành chức vụ “${title}” và đơn vị “${unit}”; hãy kiểm tra` };
    }
    if (parts.every((p) => POSITION_START.test(p))) return { title: text };
    return { title: text, doubt: `không rõ đâu là chức vụ, đâu là đơn vị trong “${text}”; đã để cả vào chức vụ` };
  }
  if (POSITION_START.test(text)) {
    const cut = UNIT_INSIDE.exec(text);
    if (cut && cut.index > 0) {
      const title = text.slice(0, cut.index);
      const unit = text.slice(cut.index + 1);
      // "Giám đốc Sở Y tế": the position of the unit's head, split as the lists do.
      return { title, unit };
    }
    return { title: text };
  }
  return { title: text, doubt: `không rõ “${text}” là chức vụ hay đơn vị; đã để vào chức vụ` };
}

// ---------------------------------------------------------------------------
// The note column

export interface NoteReading {
  posthumous?: true;
  kind?: RecipientKind;
  /** Province id, as the unit was on the decision's date. */
  province?: string;
  unit?: string;
  /** Parts of the note that say nothing the importer understands. */
  notUnderstood: string[];
}

export interface NoteContext {
  provinces?: ProvinceIndex<ProvinceEntry>;
  date?: PartialDate;
}

const KIND_WORDS: [RegExp, RecipientKind][] = [
  [/^(ca nhan|cn)$/, 'ca-nhan'],
  [/^(tap the|tt|don vi)$/, 'tap-the'],
  [/^(ho gia dinh|hgd|gia dinh)$/, 'ho-gia-dinh'],
];

const provinceNames = new WeakMap<object, Map<string, string>>();

/** A province named in a note ("Hà Giang", "tỉnh Hà Giang", "TP. Huế"), as its name. */
function provinceNamed(text: string, index: ProvinceIndex<ProvinceEntry>): string | undefined {
  let names = provinceNames.get(index);
  if (!names) {
    names = new Map();
    for (const p of index.all) names.set(nameKey(p.name), p.name);
    provinceNames.set(index, names);
  }
  const bare = cleanText(text).replace(/^(tỉnh|thành phố|tp\.?)\s*/iu, '');
  return names.get(nameKey(bare));
}

/**
 * A note cell read for what it says, part by part ("Truy tặng; Hà Giang"): posthumous, a
 * kind, a province, a unit. What is none of these is returned to be reported.
 */
export function readNote(raw: string, ctx: NoteContext = {}): NoteReading {
  const out: NoteReading = { notUnderstood: [] };
  const text = cleanText(raw);
  if (!text) return out;
  for (const part of text.split(/\s*[;,]\s*|\s+[–—-]\s+/)) {
    const p = part.replace(/^[(\[]|[)\].]$/g, '').trim();
    if (!p || /^[-–—x.]+$/.test(p)) continue;
    const key = wordKey(p);
    if (/^(truy tang|duoc truy tang|khen truy tang|da hy sinh truy tang)$/.test(key)) {
      out.posthumous = true;
      continue;
    }
    const kind = KIND_WORDS.find(([re]) => re.test(key))?.[1];
    if (kind) {
      out.kind = kind;
      continue;
    }
    const unitLabel = /^(đơn vị|cơ quan|nơi công tác)\s*:\s*(.+)$/iu.exec(p);
    if (unitLabel) {
      out.unit = unitLabel[2]!;
      continue;
    }
    if (ctx.provinces) {
      const name = provinceNamed(p, ctx.provinces);
      if (name) {
        const resolved = resolveProvince(name, ctx.date ?? { precision: 'unknown' }, ctx.provinces);
        if (resolved) {
          out.province = resolved.id;
          continue;
        }
      }
    }
    // A unit (not "tập thể …", which says who chose or proposed the person).
    if (startsAsUnit(p) && !/^tập thể(?![\p{L}])/iu.test(p)) {
      out.unit = p;
      continue;
    }
    out.notUnderstood.push(p);
  }
  return out;
}

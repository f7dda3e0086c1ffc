/**
 * Vietnamese text helpers for the importers: matching keys that keep character
 * positions (so a match found in a folded copy points into the original text), the two
 * tone placements ("hoà" / "hòa"), sentences, and Vietnamese personal names.
 */
import { cleanText, nfc } from '../../text.ts';

const foldCache = new Map<string, string>();

/** One character without tone or vowel marks, đ → d; a character that does not fold to one stays as it is. */
function foldChar(c: string): string {
  let f = foldCache.get(c);
  if (f === undefined) {
    const stripped = c.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
    f = stripped.length === 1 ? stripped : c;
    foldCache.set(c, f);
  }
  return f;
}

/**
 * Lower case, no marks, đ → d, every dash a hyphen, every space one space — and the same
 * length as the NFC input, so an index into the key is an index into the text.
 */
export function looseKey(text: string): string {
  let out = '';
  for (const c of text) {
    if (c.charCodeAt(0) < 0x80) out += c.toLowerCase();
    else if (/[\u2010-\u2015\u2212]/.test(c)) out += '-';
    else if (/\s/.test(c)) out += ' ';
    else out += foldChar(c).toLowerCase();
  }
  return out;
}

/** Words of a loose key, for comparing names whatever their punctuation: "phòng, ban tổng hợp" → "phong ban tong hop". */
export function wordKey(text: string): string {
  return looseKey(nfc(text))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/;

/**
 * The "new" tone placement for open syllables in oa, oe, uy: "hoà" → "hòa", "thuỷ" → "thủy",
 * "khoẻ" → "khỏe" (not after q: "quý" is right as it is). The length in NFC does not change.
 */
export function newTonePlacement(text: string): string {
  return text.replace(/(?<![qQ])([oOuU])([\p{L}])(?![\p{L}])/gu, (whole, first: string, second: string) => {
    const d = second.normalize('NFD');
    const base = d[0]!.toLowerCase();
    const pairOk = (first.toLowerCase() === 'o' && (base === 'a' || base === 'e')) || (first.toLowerCase() === 'u' && base === 'y');
    if (!pairOk) return whole;
    // Only a tone moves; a vowel mark (ă, ê) stays on its letter.
    if (d.length !== 2 || !TONE_MARKS.test(d[1]!)) return whole;
    return (first + d[1]!).normalize('NFC') + d[0]!;
  });
}

/**
 * Text that is already clean: Latin letters (Vietnamese precomposed included), no
 * combining marks, no Ð, single spaces between words, none at the ends. Such text is
 * NFC and `cleanText` would return it unchanged; testing for it is much cheaper.
 */
const ALREADY_CLEAN = /^[\x21-\x7E\u00A1-\u00CF\u00D1-\u02FF\u1E00-\u1EFF]+(?: [\x21-\x7E\u00A1-\u00CF\u00D1-\u02FF\u1E00-\u1EFF]+)*$/;

/** `cleanText`, with a fast path for text that needs nothing done (most cells of a list). */
export function cleanCell(text: string): string {
  if (text === '') return text;
  return ALREADY_CLEAN.test(text) ? text : cleanText(text);
}

const OLD_TONE_PLACE = /[oOuU][\u00C0-\u00FF\u1EA0-\u1EF9](?![\p{L}])/u;

/** Key for matching names of places and awards across spellings: NFC, new tone placement, spaces collapsed. */
export function nameKey(text: string): string {
  const clean = cleanCell(text);
  return (OLD_TONE_PLACE.test(clean) ? newTonePlacement(clean) : clean).toLowerCase();
}

/** Words, as a reader counts them. */
export function wordCount(text: string): number {
  const t = text.trim();
  return t ? t.split(/\s+/).length : 0;
}

/**
 * Split a paragraph into sentences at ". ", "! ", "? " followed by a capital letter or a quote.
 * Numbers ("9.548") and abbreviations with a dot inside a word are not sentence ends.
 */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…])\s+(?=[“"(\p{Lu}])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Common Vietnamese family names. Used to recognise a personal name after a title
 * ("Chủ tịch UBND tỉnh Lai Châu Hà Văn Tám") and to tell people from collectives.
 */
export const SURNAMES = new Set(
  (
    'Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đoàn Vương Trịnh Trương Lâm Phùng ' +
    'Mai Tô Hà Cao Đinh Lương Lưu Tạ Chu Quách Thái Kiều Khổng La Lại Lò Lục Mạc Nông Triệu Tăng Thân Từ Tống Vi Âu ' +
    'Bạch Bế Cù Diệp Doãn Đàm Đồng Giáp Hầu Kim Khúc Lã Lạc Mạch Nghiêm Ninh Ông Phí Quan Sầm Tất Thạch Trình Ung ' +
    'Văn Viên Vy Hoàn Đầu Đậu Nhữ Tôn Hứa Mẫn Lữ Khương Tiêu Châu Hàn Dư Hạ Mã Nhan Cấn Cầm Chử Kha Khuất Lỗ Lường ' +
    'Mông Ngũ Phương Quản Sái Sử Thiều Trà Xa Đới Đường Đèo Điêu Lô Lăng Lành Giàng Sùng Thào Vàng Ma Mè Quàng ' +
    'Bàn Chảo Tẩn Phàn Đàng Ksor Siu Rah'
  )
    .split(/\s+/)
    .map((s) => nfc(s)),
);

/** A capitalised Vietnamese syllable: "Nguyễn", "Đức" (not an acronym such as UBND). */
export const NAME_TOKEN = /^\p{Lu}\p{Ll}+$/u;

/** Whether a string is a plausible personal name: 2–5 capitalised syllables, the first a family name. */
export function isPersonName(text: string): boolean {
  const words = cleanCell(text).split(' ');
  if (words.length < 2 || words.length > 5) return false;
  if (!SURNAMES.has(words[0]!)) return false;
  return words.every((w) => NAME_TOKEN.test(w));
}

/** Names that look personal but are not people at an event. */
export const NOT_OFFICIALS = new Set(['Hồ Chí Minh']);

/** Thousands with dots, as Vietnamese writes them: 50000 → "50.000". */
export function formatCount(n: number): string {
  return new Intl.NumberFormat('vi-VN').format(n);
}

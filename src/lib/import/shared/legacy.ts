/**
 * Vietnamese text in the legacy 8-bit encodings that old office files still carry:
 * TCVN3 (ABC, the ".Vn…" fonts) and VNI (the "VNI-…" fonts). Read as Latin-1 or pasted
 * into a Unicode file they show as "Hä vµ tªn" (TCVN3) or "Hoï vaø teân" (VNI).
 *
 * The tables cover all 134 Vietnamese letters (67 lower-case, 67 upper-case). TCVN3 has
 * no codes for upper-case letters with a tone: its ".VnTimeH" fonts draw the lower-case
 * codes as capitals, so the case of those letters is restored from the word around them
 * ("NGUYÔN" → "NGUYỄN") or, in a line where every word is capitalised, from that
 * ("Lª ¸nh" → "Lê Ánh").
 */
import { nfc } from '../../text.ts';

export type LegacyEncoding = 'tcvn3' | 'vni';

export const LEGACY_NAMES: Record<LegacyEncoding, string> = {
  tcvn3: 'TCVN3 (ABC, phông .VnTime)',
  vni: 'VNI (phông VNI-Times)',
};

/** The 67 lower-case Vietnamese letters outside ASCII, in the order of the TCVN3 table below. */
const UNICODE_LOWER = 'áàảãạăắằẳẵặâấầẩẫậéèẻẽẹêếềểễệíìỉĩịóòỏõọôốồổỗộơớờởỡợúùủũụưứừửữựýỳỷỹỵđ';
/** Their TCVN3 codes, as the characters those bytes are in Latin-1. */
const TCVN3_LOWER = '¸µ¶·¹¨¾»¼½Æ©ÊÇÈÉËÐÌÎÏÑªÕÒÓÔÖÝ×ØÜÞãßáâä«èåæçé¬íêëìîóïñòô\u00ADøõö÷ùýúûüþ®';
/** The upper-case letters TCVN3 does have codes for. */
const UNICODE_UPPER_BASE = 'ĂÂÊÔƠƯĐ';
const TCVN3_UPPER_BASE = '¡¢£¤¥¦§';

/** Each vowel with its five tones, in the order sắc, huyền, hỏi, ngã, nặng. */
const VOWEL_ROWS: Record<string, string> = {
  a: 'aáàảãạ',
  ă: 'ăắằẳẵặ',
  â: 'âấầẩẫậ',
  e: 'eéèẻẽẹ',
  ê: 'êếềểễệ',
  i: 'iíìỉĩị',
  o: 'oóòỏõọ',
  ô: 'ôốồổỗộ',
  ơ: 'ơớờởỡợ',
  u: 'uúùủũụ',
  ư: 'ưứừửữự',
  y: 'yýỳỷỹỵ',
};

/** VNI for each row: a base letter followed by a mark character, or one character of its own. */
const VNI_ROWS: Record<string, readonly string[]> = {
  a: ['a', 'aù', 'aø', 'aû', 'aõ', 'aï'],
  ă: ['aê', 'aé', 'aè', 'aú', 'aü', 'aë'],
  â: ['aâ', 'aá', 'aà', 'aå', 'aã', 'aä'],
  e: ['e', 'eù', 'eø', 'eû', 'eõ', 'eï'],
  ê: ['eâ', 'eá', 'eà', 'eå', 'eã', 'eä'],
  i: ['i', 'í', 'ì', 'æ', 'ó', 'ò'],
  o: ['o', 'où', 'oø', 'oû', 'oõ', 'oï'],
  ô: ['oâ', 'oá', 'oà', 'oå', 'oã', 'oä'],
  ơ: ['ô', 'ôù', 'ôø', 'ôû', 'ôõ', 'ôï'],
  u: ['u', 'uù', 'uø', 'uû', 'uõ', 'uï'],
  ư: ['ö', 'öù', 'öø', 'öû', 'öõ', 'öï'],
  y: ['y', 'yù', 'yø', 'yû', 'yõ', 'î'],
};

// ---------------------------------------------------------------------------
// Tables

const tcvn3Decode = new Map<string, string>();
const tcvn3Encode = new Map<string, string>();
/** TCVN3 codes whose letter may be a capital drawn by an "H" font. */
const tcvn3CaseUnknown = new Set<string>();
for (let i = 0; i < UNICODE_LOWER.length; i++) {
  const letter = UNICODE_LOWER[i]!;
  const code = TCVN3_LOWER[i]!;
  tcvn3Decode.set(code, letter);
  tcvn3Encode.set(letter, code);
  if (!UNICODE_UPPER_BASE.includes(letter.toUpperCase())) tcvn3CaseUnknown.add(code);
}
for (let i = 0; i < UNICODE_UPPER_BASE.length; i++) {
  tcvn3Decode.set(TCVN3_UPPER_BASE[i]!, UNICODE_UPPER_BASE[i]!);
  tcvn3Encode.set(UNICODE_UPPER_BASE[i]!, TCVN3_UPPER_BASE[i]!);
}
// Upper-case letters with a tone: written with the lower-case code (the font decides the case).
for (const letter of UNICODE_LOWER) {
  const upper = letter.toUpperCase();
  if (!tcvn3Encode.has(upper)) tcvn3Encode.set(upper, tcvn3Encode.get(letter)!);
}

const vniDecode = new Map<string, string>();
const vniEncode = new Map<string, string>();
/** VNI letter + mark pairs in one case, as the VNI keyboard writes them. */
const vniPairs = new Set<string>();
for (const [vowel, row] of Object.entries(VNI_ROWS)) {
  const letters = VOWEL_ROWS[vowel]!;
  row.forEach((code, tone) => {
    const lower = letters[tone]!;
    const upper = lower.toUpperCase();
    const upperCode = code.toUpperCase();
    if (code !== lower) {
      vniDecode.set(code, lower);
      vniEncode.set(lower, code);
    }
    if (upperCode !== upper) {
      vniDecode.set(upperCode, upper);
      vniEncode.set(upper, upperCode);
    }
    // A capital base with a lower-case mark, or the reverse, is read by the case of the base.
    if (code.length === 2) {
      vniPairs.add(code);
      vniPairs.add(upperCode);
      vniDecode.set(code[0]!.toUpperCase() + code[1]!, upper);
      vniDecode.set(code[0]! + code[1]!.toUpperCase(), lower);
    }
  });
}
vniDecode.set('ñ', 'đ');
vniDecode.set('Ñ', 'Đ');
vniEncode.set('đ', 'ñ');
vniEncode.set('Đ', 'Ñ');

/** Every Vietnamese letter outside ASCII, lower and upper case: 134 of them. */
export const VIETNAMESE_LETTERS: readonly string[] = [...UNICODE_LOWER, ...UNICODE_LOWER.toUpperCase()];

// ---------------------------------------------------------------------------
// Detection

/** Letters only Unicode Vietnamese has (ă, đ, ơ, ư, ĩ, ũ and the whole ạ…ỹ block): never in 8-bit text. */
const UNICODE_ONLY = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9]/u;
const UNICODE_ONLY_G = new RegExp(UNICODE_ONLY.source, 'gu');

/** TCVN3 codes that are neither VNI nor letters of Unicode Vietnamese. */
const TCVN3_ONLY = '¸µ¶·¹¨¾»¼½©ÇÐªÞß«ç¬÷þ®¡¢£¤¥¦§\u00AD×';
const TCVN3_EVIDENCE = new RegExp(`(?<=[A-Za-z\\u00A0-\\u00FF])[${TCVN3_ONLY}]|[${TCVN3_ONLY}](?=[A-Za-z\\u00A0-\\u00FF])`, 'g');

/**
 * VNI pairs (letter + mark) that Unicode Vietnamese never writes. "oà", "oá", "oã", "oè",
 * "oé" are left out: old-style Unicode spells "hoà", "khoá" that way.
 */
const VNI_EVIDENCE = (() => {
  const pairs = new Set(vniPairs);
  for (const p of ['oà', 'oá', 'oã', 'oè', 'oé', 'Oà', 'Oá', 'Oã', 'Oè', 'Oé', 'OÀ', 'OÁ', 'OÃ', 'OÈ', 'OÉ']) pairs.delete(p);
  const escaped = [...pairs].sort((a, b) => b.length - a.length).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(escaped.join('|'), 'g');
})();

export interface LegacyScores {
  /** Letters only Unicode has. */
  unicode: number;
  /** TCVN3 codes inside words. */
  tcvn3: number;
  /** VNI letter + mark pairs. */
  vni: number;
}

export function legacyScores(text: string): LegacyScores {
  return {
    unicode: text.match(UNICODE_ONLY_G)?.length ?? 0,
    tcvn3: text.match(TCVN3_EVIDENCE)?.length ?? 0,
    vni: text.match(VNI_EVIDENCE)?.length ?? 0,
  };
}

export type Detection =
  | { kind: 'unicode' }
  | { kind: 'legacy'; encoding: LegacyEncoding; scores: LegacyScores }
  | { kind: 'ambiguous'; scores: LegacyScores };

/**
 * Which encoding a piece of text is in. Unicode wins when its own letters outnumber the
 * legacy signs; a legacy encoding needs at least `min` signs and three times the other's.
 */
export function detectLegacy(text: string, { min = 2 } = {}): Detection {
  const scores = legacyScores(text);
  const legacy = scores.tcvn3 + scores.vni;
  if (legacy < min || scores.unicode >= legacy) return { kind: 'unicode' };
  if (scores.tcvn3 >= min && scores.tcvn3 >= 3 * scores.vni) return { kind: 'legacy', encoding: 'tcvn3', scores };
  if (scores.vni >= min && scores.vni >= 3 * scores.tcvn3) return { kind: 'legacy', encoding: 'vni', scores };
  if (scores.tcvn3 >= min && scores.vni >= min) return { kind: 'ambiguous', scores };
  return { kind: 'unicode' };
}

/** Whether a piece of text holds letters only Unicode Vietnamese has (then it is not legacy text). */
export function hasUnicodeVietnamese(text: string): boolean {
  return UNICODE_ONLY.test(text);
}

// ---------------------------------------------------------------------------
// Conversion

const LETTER = /\p{L}/u;

/** TCVN3 → Unicode, restoring capitals from the words around them. */
export function fromTcvn3(text: string): string {
  const chars: string[] = [];
  const unknownCase: boolean[] = [];
  for (const c of text) {
    const mapped = tcvn3Decode.get(c);
    chars.push(mapped ?? c);
    unknownCase.push(mapped !== undefined && tcvn3CaseUnknown.has(c));
  }
  // Words: runs of letters.
  const words: { start: number; end: number }[] = [];
  for (let i = 0; i < chars.length; ) {
    if (!LETTER.test(chars[i]!)) {
      i++;
      continue;
    }
    let j = i;
    while (j < chars.length && LETTER.test(chars[j]!)) j++;
    words.push({ start: i, end: j });
    i = j;
  }
  const isUpper = (c: string) => c !== c.toLowerCase() && c === c.toUpperCase();
  const isLower = (c: string) => c !== c.toUpperCase() && c === c.toLowerCase();
  const known = (w: { start: number; end: number }) => {
    const out: string[] = [];
    for (let k = w.start; k < w.end; k++) if (!unknownCase[k]) out.push(chars[k]!);
    return out.filter((c) => isUpper(c) || isLower(c));
  };
  const allCaps = (w: { start: number; end: number } | undefined) => {
    if (!w) return undefined;
    const k = known(w);
    return k.length >= 2 ? k.every(isUpper) : undefined;
  };
  // In a line where every other word starts with a capital (a name, a heading), a word
  // that starts with a letter of unknown case is capitalised too.
  const lineOf = (index: number) => {
    let a = index;
    while (a > 0 && chars[a - 1] !== '\n') a--;
    let b = index;
    while (b < chars.length && chars[b] !== '\n') b++;
    return { a, b };
  };
  words.forEach((w, wi) => {
    let anyUnknown = false;
    for (let k = w.start; k < w.end; k++) if (unknownCase[k]) anyUnknown = true;
    if (!anyUnknown) return;
    const k = known(w);
    let upper: boolean;
    if (k.length >= 2) upper = k.every(isUpper);
    else if (k.length === 1 && isLower(k[0]!)) upper = false;
    else {
      // Too few letters of known case in the word ("Hä", "¶"): the words beside it on the
      // same line decide, and only when each of them is clearly in capitals.
      const { a, b } = lineOf(w.start);
      const beside = [words[wi - 1], words[wi + 1]].filter((o) => o !== undefined && o.start >= a && o.end <= b);
      upper = beside.length > 0 && beside.every((o) => allCaps(o) === true);
    }
    if (upper) {
      for (let x = w.start; x < w.end; x++) if (unknownCase[x]) chars[x] = chars[x]!.toUpperCase();
      return;
    }
    if (unknownCase[w.start] && k.every(isLower)) {
      const { a, b } = lineOf(w.start);
      const others = words.filter((o) => o !== w && o.start >= a && o.end <= b);
      const capitalised = others.filter((o) => isUpper(chars[o.start]!) && !unknownCase[o.start]);
      if (others.length >= 1 && capitalised.length === others.length) chars[w.start] = chars[w.start]!.toUpperCase();
    }
  });
  return nfc(chars.join(''));
}

/** Unicode → TCVN3 (upper-case letters with a tone get the lower-case code, as TCVN3 writes them). */
export function toTcvn3(text: string): string {
  let out = '';
  for (const c of nfc(text)) out += tcvn3Encode.get(c) ?? c;
  return out;
}

/** VNI → Unicode. */
export function fromVni(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; ) {
    const two = vniDecode.get(text.slice(i, i + 2));
    if (two !== undefined && text.length - i >= 2) {
      out += two;
      i += 2;
      continue;
    }
    const one = vniDecode.get(text[i]!);
    out += one ?? text[i]!;
    i += 1;
  }
  return nfc(out);
}

/** Unicode → VNI. */
export function toVni(text: string): string {
  let out = '';
  for (const c of nfc(text)) out += vniEncode.get(c) ?? c;
  return out;
}

export function fromLegacy(text: string, encoding: LegacyEncoding): string {
  return encoding === 'tcvn3' ? fromTcvn3(text) : fromVni(text);
}

/**
 * Convert one piece (a cell, a line) of a file found to be in a legacy encoding; a
 * piece that already holds Unicode Vietnamese, or only ASCII, is left as it is.
 */
export function fixLegacyPiece(text: string, encoding: LegacyEncoding): string {
  if (!/[\u0080-\u00FF]/.test(text) || hasUnicodeVietnamese(text)) return text;
  return fromLegacy(text, encoding);
}

const TONE = /[\u0300\u0301\u0303\u0309\u0323]/;
const LETTER_SET = new Set(VIETNAMESE_LETTERS);
const TONED_SET = new Set(VIETNAMESE_LETTERS.filter((c) => TONE.test(c.normalize('NFD'))));

/**
 * Share of the words with Vietnamese letters that are well formed: every letter a
 * Vietnamese one, at most one tone. Text decoded with the wrong table fails this
 * ("Nguyờịn", "Hä"), which tells the 8-bit encodings apart when their signs do not.
 */
export function wellFormedShare(text: string): number {
  let total = 0;
  let good = 0;
  for (const w of text.match(/\p{L}+/gu) ?? []) {
    if (/^[A-Za-z]+$/.test(w)) continue;
    total++;
    let tones = 0;
    let ok = true;
    for (const c of w) {
      if (c.charCodeAt(0) < 0x80) continue;
      if (!LETTER_SET.has(c)) {
        ok = false;
        break;
      }
      if (TONED_SET.has(c)) tones++;
    }
    if (ok && tones <= 1) good++;
  }
  return total ? good / total : 0;
}

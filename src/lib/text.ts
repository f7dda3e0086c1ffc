/**
 * Vietnamese text handling shared by the schemas, the pages and the scripts.
 *
 * Every string that enters the site goes through `nfc()`: the Windows Vietnamese
 * keyboard and some converters produce combining marks (NFD), which look the same
 * but compare and search differently.
 */

/**
 * Letters NFC leaves as they are: printable ASCII, Latin-1 and Latin Extended-A/B up to ư
 * (U+01B0), and the precomposed Vietnamese letters (U+1EA0–U+1EF9). None of them is a
 * combining mark or has a canonical decomposition that NFC would change. Ð (U+00D0) is
 * left out: nfc() replaces it. Text made only of these (nearly every name and title once
 * imported) skips ICU's normalisation, which a 200,000-record site would run a million times.
 */
const NFC_STABLE = /^[\x20-\x7E\u00A0-\u00CF\u00D1-\u01B0\u1EA0-\u1EF9]*$/;
/** The same letters without spaces, in words separated by single spaces: text cleanText() leaves as it is. */
const CLEAN = /^(?:[\x21-\x7E\u00A1-\u00CF\u00D1-\u01B0\u1EA0-\u1EF9]+(?: [\x21-\x7E\u00A1-\u00CF\u00D1-\u01B0\u1EA0-\u1EF9]+)*)?$/;

/** Normalise to Unicode NFC and fold the Icelandic eth (Ð, a look-alike left by bad conversions) into Đ. */
export function nfc(text: string): string {
  if (NFC_STABLE.test(text)) return text;
  return text.normalize('NFC').replace(/\u00D0/g, '\u0110');
}

/** NFC, trimmed, with runs of white space (including non-breaking spaces) collapsed to one space. */
export function cleanText(text: string): string {
  if (CLEAN.test(text)) return text;
  return nfc(text).replace(/[\s\u00A0\u200B]+/g, ' ').trim();
}

/**
 * Remove tone and vowel marks and fold đ/Đ to d/D.
 * `đ` has no Unicode decomposition, so stripping combining marks alone leaves it in place.
 */
export function foldDiacritics(text: string): string {
  return nfc(text)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/** A lower-case, mark-free key for matching what a citizen types against names. */
export function searchKey(text: string): string {
  return foldDiacritics(text).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** A URL slug: "Đặng Thị Hường – Hà Giang" → "dang-thi-huong-ha-giang". */
export function slugify(text: string): string {
  return foldDiacritics(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

let sortCollator: Intl.Collator | undefined;

/**
 * Made on first use: loading the Vietnamese collation costs a browser about 25 ms, which the
 * search page, importing this module for other functions, need not pay before its first results.
 */
function collator(): Intl.Collator {
  return (sortCollator ??= new Intl.Collator('vi', { usage: 'sort', sensitivity: 'variant', numeric: true }));
}

/** Compare two strings in Vietnamese alphabetical order (a < ă < â, d < đ, tones ngang < huyền < hỏi < ngã < sắc < nặng). */
export function compareVi(a: string, b: string): number {
  return collator().compare(a, b);
}

/**
 * Compare syllable by syllable, so that letters decide before tones across the
 * whole name ("Hà Giang" < "Hà Nam" < "Hạ Long"), as a Vietnamese dictionary does.
 */
export function compareViWords(a: string, b: string): number {
  const wa = nfc(a).split(/\s+/).filter(Boolean);
  const wb = nfc(b).split(/\s+/).filter(Boolean);
  const n = Math.min(wa.length, wb.length);
  for (let i = 0; i < n; i++) {
    const c = collator().compare(wa[i]!, wb[i]!);
    if (c !== 0) return c;
  }
  return wa.length - wb.length;
}

/** Split a Vietnamese personal name into family name, middle names and given name (last syllable). */
export function splitPersonName(fullName: string): { family: string; middle: string; given: string } {
  const words = cleanText(fullName).split(' ').filter(Boolean);
  if (words.length === 0) return { family: '', middle: '', given: '' };
  if (words.length === 1) return { family: '', middle: '', given: words[0]! };
  return {
    family: words[0]!,
    middle: words.slice(1, -1).join(' '),
    given: words[words.length - 1]!,
  };
}

/**
 * Order people as Vietnamese lists do: by given name, then middle name, then family name.
 * The given name is taken as the last syllable unless the record says otherwise.
 */
export function comparePersonNames(a: string, b: string, givenA?: string, givenB?: string): number {
  const pa = splitPersonName(a);
  const pb = splitPersonName(b);
  const keyA = [givenA ?? pa.given, pa.middle, pa.family];
  const keyB = [givenB ?? pb.given, pb.middle, pb.family];
  for (let i = 0; i < 3; i++) {
    const c = compareViWords(keyA[i]!, keyB[i]!);
    if (c !== 0) return c;
  }
  return 0;
}

/** Levenshtein distance, for "did you mean …?" suggestions on misspelt ids. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

/** The closest candidate to `wanted`, or undefined when nothing is reasonably close. */
export function closest(wanted: string, candidates: Iterable<string>): string | undefined {
  const key = slugify(wanted);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(key, slugify(candidate));
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  // Beyond a third of the word, a suggestion confuses more than it helps.
  return best !== undefined && bestDistance <= Math.max(2, Math.ceil(key.length / 3)) ? best : undefined;
}

/**
 * Search text: what goes into the index beside the original words, and how a query is
 * read. Shared by the build (src/lib/search/write-index.ts) and the search page, so
 * both sides fold text the same way.
 *
 * Pagefind 1.6 folds tone and vowel marks itself ("quang" finds "Quảng") but not đ, which
 * has no Unicode decomposition: "dang" would find nothing of "Đặng". The index therefore
 * carries, after the original text, the folded form of every word that contains đ or Đ;
 * folding only those words gives the same guarantee as indexing a folded copy of
 * everything, at a fraction of the size. See `withFoldedWords`.
 */
import { foldDiacritics, nfc, searchKey } from '../text.ts';

const folded = new Map<string, string>();

/** foldDiacritics of one word, remembered: a site of 200,000 names has a few thousand distinct words. */
function foldWord(word: string): string {
  let out = folded.get(word);
  if (out === undefined) {
    out = foldDiacritics(word);
    if (folded.size < 100_000) folded.set(word, out);
  }
  return out;
}

/** foldDiacritics, word by word (text already in NFC, as all content is once read). */
export function foldWords(text: string): string {
  return text.split(' ').map(foldWord).join(' ');
}

/**
 * The folded forms (đ → d, marks removed) of the words of `text` that contain đ or Đ,
 * each once: "Đặng Văn Đức, xã Đông" → ["Dang", "Duc,", "Dong"]. Words are split on white
 * space as Pagefind splits them, so punctuation stays attached and Pagefind strips it the
 * same way on both forms.
 */
export function dFoldedWords(text: string): string[] {
  // Most text has no đ at all (Ð, a look-alike, is read as Đ by nfc).
  if (!/[đĐ\u00D0]/.test(text)) return [];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const word of nfc(text).split(/\s+/)) {
    if (!/[đĐ]/.test(word)) continue;
    const f = foldWord(word);
    // Pagefind ignores case and punctuation: "Duc," and "DUC" are one word to it.
    const key = f.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  return out;
}

/**
 * Text to index: the original, then the folded forms of its đ-words. With these, every
 * page a query with marks finds is also found by the same query without them: Pagefind
 * folds the other marks on both sides, and "dang" now meets "Dang" wherever "Đặng" is.
 */
export function withFoldedWords(text: string, alsoFold: readonly string[] = []): string {
  const extra = dFoldedWords([text, ...alsoFold].join(' '));
  return extra.length ? `${text} ${extra.join(' ')}` : text;
}

/**
 * A name as one word, for matching whole names: "Đặng Văn Đức" → "dangvanduc". The index
 * holds it beside each record's name; the search page searches for it when a query has
 * several words, which finds the people of that name (and of names that start with it)
 * without reading the long lists of pages holding "nguyễn" or "văn".
 */
export function nameToken(name: string): string {
  return foldWords(nfc(name)).toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/**
 * How the index spells a name token: after "_", which Pagefind keeps in words, so these
 * tokens sort apart from every real word. A lookup then reads a small part of the index
 * (tokens only), and no ordinary query meets them ("nguyen" is not a prefix of "_nguyen…").
 */
export const NAME_PREFIX = '_';

export function nameWord(name: string): string {
  return NAME_PREFIX + nameToken(name);
}

/** A query as the search page sends it to Pagefind: folded, lower case, single spaces. */
export function foldQuery(query: string): string {
  return searchKey(query);
}

/** The words of a text as the search page compares them: folded, lower case, letters and digits only. */
export function foldedTerms(text: string): string[] {
  return searchKey(text).split(/[^a-z0-9]+/).filter(Boolean);
}

/** The words of a text in lower case with their marks, to prefer results spelt as typed. */
export function markedTerms(text: string): string[] {
  return nfc(text)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Whether every query term starts some word of `words` (Pagefind matches word prefixes too). */
export function everyTermIn(terms: readonly string[], words: readonly string[]): boolean {
  return terms.every((term) => words.some((word) => word.startsWith(term)));
}

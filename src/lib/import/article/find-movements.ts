/**
 * Names of emulation movements an article quotes. A name is the text inside curly quotes
 * that follows "phong trào", "phong trào thi đua", "cuộc vận động" (or "thi đua", "vận động"
 * right before the quote), and the quotes listed after it: "phong trào “A”, “B”; “C”". Quotes
 * after "chủ đề", "khẩu hiệu", "phương châm", "tinh thần" … are themes, not movements.
 */
import { cleanText, nfc } from '../../text.ts';
import type { Finding } from '../shared/report.ts';
import { looseKey, wordCount, wordKey } from '../shared/vi.ts';

/** The last keyword before a quote, and the words between them. */
const KEYWORD = /^([\s\S]*?)(?:(?<![a-z])(phong trao(?:\s+thi\s+dua)?|cuoc van dong|thi dua|van dong)(?![a-z]))((?:(?!phong trao|cuoc van dong|thi dua|van dong)[^“”"])*)$/;
const STOP_WORDS = /(?<![a-z])(chu de|khau hieu|phuong cham|tinh than|muc tieu|tieu chi|voi|ve|tai|gan|nham|theo|loi|cau|ten goi|chi thi|nghi quyet|ke hoach|de an)(?![a-z])/;
const LIST_END = /(?<![a-z])(nhu|nhu sau|la|gom|bao gom)\s*$/;
const CHAIN = /^\s*(?:[,;]|…|\.\.\.)?\s*(?:va\s+)?$/;

function cleanName(text: string): string {
  return cleanText(text)
    .replace(/^[\s…."'“”]+|[\s…,.;:"'“”]+$/gu, '')
    .trim();
}

export function findMovements(texts: readonly string[]): Finding<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const raw of texts) {
    const text = nfc(raw);
    const curly = text.includes('“');
    const quote = curly ? /“([^”\n]{2,300})”/gu : /"([^"\n]{2,300})"/gu;
    let previousEnd = -1;
    let previousAccepted = false;
    for (const m of text.matchAll(quote)) {
      const start = m.index!;
      const end = start + m[0].length;
      let accepted = false;
      if (previousAccepted && CHAIN.test(looseKey(text.slice(previousEnd, start)))) accepted = true;
      else {
        const before = looseKey(text.slice(Math.max(0, start - 140), start));
        const k = KEYWORD.exec(before);
        if (k) {
          const keyword = k[2]!;
          const gap = k[3]!.replace(/[:\s]+$/, '').trim();
          const words = gap ? gap.split(/\s+/) : [];
          const beforeKeyword = k[1]!;
          if (/[.!?;]/.test(gap) || STOP_WORDS.test(gap)) accepted = false;
          else if (keyword === 'thi dua' || keyword === 'van dong') accepted = words.length === 0 && !/(chu de|khau hieu|phuong cham|tinh than)\s*$/.test(beforeKeyword);
          else if (words.length <= 3) accepted = true;
          else accepted = words.length <= 8 && LIST_END.test(gap);
        }
      }
      const name = cleanName(m[1]!);
      if (accepted && wordCount(name) >= 2) {
        const key = wordKey(name);
        if (!seen.has(key)) {
          seen.add(key);
          out.push(name);
        }
      }
      previousEnd = end;
      previousAccepted = accepted;
    }
  }
  return { value: out, warnings: [] };
}

/** A movement the importer knows by name: one of the content folder's, or a national one. */
export interface KnownMovement {
  name: string;
  /** Other names it goes by. */
  aliases?: readonly string[];
}

/**
 * Known movements the text names, quoted or not: a name of five words or more anywhere;
 * a shorter one ("Dân vận khéo") only right after "phong trào", "cuộc vận động" or "thi
 * đua", where it cannot be ordinary words. Each is returned once, by its known name.
 */
export function findNamedMovements(texts: readonly string[], known: readonly KnownMovement[]): Finding<string[]> {
  const text = ` ${wordKey(texts.join(' \n '))} `;
  const out: string[] = [];
  for (const m of known) {
    for (const spelling of [m.name, ...(m.aliases ?? [])]) {
      const key = wordKey(spelling);
      if (!key) continue;
      const long = key.split(' ').length >= 5;
      const hit = long ? text.includes(` ${key} `) : new RegExp(`(?:phong trao|cuoc van dong|van dong|thi dua) ${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} `).test(text);
      if (hit) {
        if (!out.includes(m.name)) out.push(m.name);
        break;
      }
    }
  }
  return { value: out, warnings: [] };
}

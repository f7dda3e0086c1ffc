/**
 * Awards an article reports as conferred (or proposed), matched against the taxonomy.
 *
 * Three ways a text names an award:
 * - its name or one of its spellings: "Huân chương Lao động hạng Ba", "Bằng khen của Thủ
 *   tướng Chính phủ", "Cờ thi đua của UBND tỉnh";
 * - forms sharing one conferrer: "Cờ thi đua và Bằng khen của Thủ tướng";
 * - the conferrer first: "đề nghị Thủ tướng tặng Bằng khen".
 * A bare "Cờ thi đua" or "Bằng khen" with no conferrer is not guessed at.
 */
import type { AwardClass } from '../../../schemas/award.ts';
import type { AwardEntry } from '../../content/validate.ts';
import { dateRange, type PartialDate } from '../../dates.ts';
import { cleanText, nfc } from '../../text.ts';
import type { Finding } from './report.ts';
import { looseKey } from './vi.ts';

export interface AwardFinding {
  id: string;
  name: string;
  awardClass?: AwardClass;
  /** Who received it, when the sentence says ("… cho các tập thể, cá nhân …"). */
  recipients?: string;
  /** The sentence it was found in. */
  sentence: string;
}

type Conferrer = 'chinh-phu' | 'chu-tich-nuoc' | 'tinh' | 'bo';

const CONFERRERS: [Conferrer, string][] = [
  ['chinh-phu', 'thu tuong chinh phu|thu tuong|chinh phu|ttg'],
  ['chu-tich-nuoc', 'chu tich nuoc'],
  ['tinh', '(?:chu tich\\s+)?(?:ubnd|uy ban nhan dan)\\s+(?:tinh|thanh pho|tp)|tinh(?![a-z])'],
  ['bo', 'bo truong|bo(?=\\s+[a-z])|trung uong doan|tong lien doan lao dong'],
];

const BY_FORM: Record<string, Partial<Record<Conferrer, string>>> = {
  'co thi dua': { 'chinh-phu': 'co-thi-dua-chinh-phu', tinh: 'co-thi-dua-ubnd-tinh', bo: 'co-thi-dua-bo-nganh' },
  'bang khen': { 'chinh-phu': 'bang-khen-thu-tuong', tinh: 'bang-khen-ubnd-tinh', bo: 'bang-khen-bo-nganh' },
};

const FORM = '(?:co thi dua|bang khen|giay khen)';
const FORM_LIST = `${FORM}(?:\\s*(?:,|va|hoac)\\s*${FORM})*`;
const CONF = CONFERRERS.map(([, p]) => `(?:${p})`).join('|');
const FORWARD = new RegExp(`(?<![a-z0-9])(${FORM_LIST})\\s+(?:cua\\s+|do\\s+)(${CONF})(?![a-z0-9])`, 'g');
const FORWARD_DIRECT = new RegExp(`(?<![a-z0-9])(${FORM_LIST})\\s+(thu tuong chinh phu|chinh phu|chu tich nuoc|(?:chu tich\\s+)?(?:ubnd|uy ban nhan dan)\\s+(?:tinh|thanh pho))(?![a-z0-9])`, 'g');
const REVERSE = new RegExp(
  `(?<![a-z0-9])(${CONF})\\s+(?:da\\s+|se\\s+|duoc\\s+)?(?:trao tang|tang thuong|tang|trao|khen thuong bang)\\s+(${FORM_LIST})(?![a-z0-9])`,
  'g',
);
const BARE_FORM = new RegExp(`(?<![a-z0-9])(co thi dua|bang khen)(?![a-z0-9])`, 'g');
/** Who gives, named as such earlier in the sentence (not "tỉnh" alone, not "bộ", which are common words). */
const GIVER = /(?<![a-z0-9])(?:thu tuong chinh phu|thu tuong|chinh phu|chu tich nuoc|(?:chu tich\s+)?(?:ubnd|uy ban nhan dan)\s+(?:tinh|thanh pho))(?![a-z0-9])/g;
const GIVING = /(?<![a-z])(?:tang|trao|trao tang|tang thuong|khen thuong)(?![a-z])/;

function conferrerOf(text: string): Conferrer | undefined {
  for (const [c, p] of CONFERRERS) if (new RegExp(`^(?:${p})$`).test(text.trim())) return c;
  return undefined;
}

const CLASS_AFTER = /^\s*,?\s*hang\s+(nhat|nhi|ba|iii|ii|i|1|2|3)(?![a-z0-9])/;
const CLASS_OF: Record<string, AwardClass> = { nhat: 'nhat', i: 'nhat', '1': 'nhat', nhi: 'nhi', ii: 'nhi', '2': 'nhi', ba: 'ba', iii: 'ba', '3': 'ba' };

interface AliasTable {
  regex: RegExp;
  ids: Map<string, string>;
}
const tables = new WeakMap<object, AliasTable>();

/** Spellings of each award, folded, with the usual variants of the conferrer's name. */
function aliasTable(awards: Map<string, AwardEntry>): AliasTable {
  let t = tables.get(awards);
  if (t) return t;
  const ids = new Map<string, string>();
  const add = (spelling: string, id: string) => {
    const key = looseKey(nfc(spelling)).replace(/[^a-z0-9]+/g, ' ').trim();
    // Two- and three-letter abbreviations and generic names say too little on their own; a
    // one-word abbreviation of four letters or more ("HCLĐ", "CSTĐTQ") is distinctive.
    if (key.length < 4 || (key.length < 5 && key.includes(' ')) || /^(bang khen|co thi dua|huy hieu)$/.test(key)) return;
    if (!ids.has(key)) ids.set(key, id);
    const variants = [
      key.replace(/uy ban nhan dan/g, 'ubnd'),
      key.replace(/ubnd/g, 'uy ban nhan dan'),
      key.replace(/thu tuong chinh phu/g, 'thu tuong'),
      key.replace(/chu tich ubnd/g, 'ubnd'),
      key.replace(/chu tich uy ban nhan dan/g, 'ubnd'),
    ];
    for (const v of variants) if (!ids.has(v)) ids.set(v, id);
  };
  for (const a of awards.values()) {
    add(a.name, a.id);
    for (const alias of a.aliases) add(alias, a.id);
    if (a.shortName && a.shortName.split(' ').length >= 2) add(a.shortName, a.id);
  }
  // Words of a name are separated by spaces, a comma or a dash, never by a full stop or a semicolon.
  const alternatives = [...ids.keys()].sort((a, b) => b.length - a.length).map((k) => k.replace(/ /g, '(?:\\s*[,-]\\s*|\\s+)'));
  t = { regex: new RegExp(`(?<![a-z0-9])(?:${alternatives.join('|')})(?![a-z0-9])`, 'g'), ids };
  tables.set(awards, t);
  return t;
}

function sentenceAround(text: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && !/[.!?;\n]/.test(text[a - 1]!)) a--;
  let b = end;
  while (b < text.length && !/[.!?;\n]/.test(text[b]!)) b++;
  return cleanText(text.slice(a, b));
}

function recipientsAfter(text: string, end: number): string | undefined {
  const rest = text.slice(end, end + 400);
  const m = /^[^.;\n]*?\s(?:cho|tới)\s+([^.;\n]+)/u.exec(rest);
  if (!m) return undefined;
  const r = cleanText(m[1]!.replace(/\s*[–-]\s*$/, ''));
  return r.length >= 3 ? r : undefined;
}

function validAt(a: AwardEntry, date: PartialDate): boolean {
  const range = dateRange(date);
  if (!range) return true;
  if (a.validUntil && range.first > dateRange(a.validUntil)!.last) return false;
  if (a.validFrom && range.last < dateRange(a.validFrom)!.first) return false;
  return true;
}

export function findAwards(text: string, awards: Map<string, AwardEntry>, date: PartialDate): Finding<AwardFinding[]> {
  const source = nfc(text);
  const loose = looseKey(source);
  const found: AwardFinding[] = [];
  const covered: [number, number][] = [];
  const firstSeen = new Map<AwardFinding, number>();
  const warnings: string[] = [];

  const push = (id: string | undefined, start: number, end: number, awardClass?: AwardClass) => {
    if (!id) return;
    let award = awards.get(id);
    if (!award) return;
    // An old name for a new award, or the reverse: take the one in use on the article's date.
    if (!validAt(award, date)) {
      const other = [...awards.values()].find((a) => (a.replacedBy === award!.id || award!.replacedBy === a.id) && validAt(a, date));
      if (other) award = other;
    }
    covered.push([start, end]);
    const cls = award.classes.length && awardClass && award.classes.includes(awardClass) ? awardClass : undefined;
    const existing = found.find((f) => f.id === award!.id && f.awardClass === cls);
    if (existing) {
      existing.recipients ??= recipientsAfter(source, end);
      return;
    }
    // A class found later for an award first seen without one: keep the one with the class.
    const withoutClass = cls ? found.find((f) => f.id === award!.id && !f.awardClass) : undefined;
    if (withoutClass) {
      withoutClass.awardClass = cls;
      withoutClass.recipients ??= recipientsAfter(source, end);
      return;
    }
    const finding: AwardFinding = { id: award.id, name: award.name, awardClass: cls, recipients: recipientsAfter(source, end), sentence: sentenceAround(source, start, end) };
    firstSeen.set(finding, start);
    found.push(finding);
  };

  const table = aliasTable(awards);
  table.regex.lastIndex = 0;
  for (const m of loose.matchAll(table.regex)) {
    const key = m[0].replace(/[^a-z0-9]+/g, ' ');
    const end = m.index! + m[0].length;
    const cls = CLASS_AFTER.exec(loose.slice(end, end + 20));
    push(table.ids.get(key), m.index!, cls ? end + cls[0].length : end, cls ? CLASS_OF[cls[1]!] : undefined);
  }
  const forms = (list: string) => list.split(/\s*(?:,|\bva\b|\bhoac\b)\s*/).map((f) => f.trim()).filter(Boolean);
  const viaConferrer = (list: string, conferrerText: string, start: number, end: number) => {
    const conferrer = conferrerOf(conferrerText);
    for (const form of forms(list)) {
      if (form === 'giay khen') push('giay-khen', start, end);
      else if (conferrer) push(BY_FORM[form]?.[conferrer], start, end);
    }
  };
  for (const m of loose.matchAll(FORWARD)) viaConferrer(m[1]!, m[2]!, m.index!, m.index! + m[0].length);
  for (const m of loose.matchAll(FORWARD_DIRECT)) viaConferrer(m[1]!, m[2]!, m.index!, m.index! + m[0].length);
  for (const m of loose.matchAll(REVERSE)) viaConferrer(m[2]!, m[1]!, m.index!, m.index! + m[0].length);

  // Sort by where each was first named.
  found.sort((a, b) => firstSeen.get(a)! - firstSeen.get(b)!);

  // A bare form whose sentence names the conferrer earlier, as the one who gives it: "Chủ
  // tịch UBND tỉnh Sơn La đã quyết định tặng Cờ thi đua và Bằng khen cho …".
  for (const m of loose.matchAll(BARE_FORM)) {
    const at = m.index!;
    if (covered.some(([a, b]) => at >= a && at < b)) continue;
    let from = at;
    while (from > 0 && !/[.!?;\n]/.test(loose[from - 1]!)) from--;
    const before = loose.slice(from, at);
    let giver: RegExpExecArray | undefined;
    for (const g of before.matchAll(GIVER)) giver = g;
    if (!giver || !GIVING.test(before.slice(giver.index! + giver[0].length))) continue;
    const conferrer = conferrerOf(giver[0]);
    if (conferrer) {
      push(BY_FORM[m[1]!]?.[conferrer], at, at + m[0].length);
      found.sort((a, b) => firstSeen.get(a)! - firstSeen.get(b)!);
    }
  }

  const bare = new Set<string>();
  for (const m of loose.matchAll(BARE_FORM)) {
    const at = m.index!;
    if (covered.some(([a, b]) => at >= a && at < b)) continue;
    // "cờ" in lower case in the middle of a sentence is often not the award ("nhận cờ đơn vị …").
    if (source[at] !== source[at]!.toUpperCase()) continue;
    bare.add(source.slice(at, at + m[0].length));
  }
  for (const b of bare) warnings.push(`khen thưởng: bài nhắc “${b}” mà không nói của cấp nào (Chính phủ, Thủ tướng, tỉnh, bộ…); chưa đưa vào danh sách`);
  for (const f of found) {
    const a = awards.get(f.id)!;
    if (a.classes.length && !f.awardClass) warnings.push(`khen thưởng: “${a.name}” có hạng nhưng bài không ghi hạng`);
  }
  return { value: found, warnings };
}

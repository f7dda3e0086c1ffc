/**
 * Which provinces and which clusters or blocs an article is about.
 *
 * A province counts when the text names it as one ("tỉnh Quảng Ninh", "UBND tỉnh Nghệ
 * An", "TP. Hồ Chí Minh"), names it in the headline, or names it bare at least twice.
 * Names that are also people's or streets' names ("Hồ Chí Minh", "Hòa Bình", "Hà
 * Giang" …) count only with "tỉnh" / "thành phố" before them. A name is resolved to the
 * unit that existed on the article's date: "Quảng Trị" in 2023 is quang-tri-truoc-2025.
 */
import type { PartialDate } from '../dates.ts';
import { existedAt, type ProvinceIndex } from '../provinces.ts';
import type { ProvinceEntry } from '../content/validate.ts';
import { nfc } from '../text.ts';
import type { ClusterRef } from './context.ts';
import { looseKey, newTonePlacement, wordKey } from './vi.ts';

/** Names that are also people's, streets' or common words: they need "tỉnh" / "thành phố" before them. */
const NEEDS_PREFIX = new Set([
  'Hồ Chí Minh',
  'Hòa Bình',
  'Thái Bình',
  'Bình Định',
  'Long An',
  'Hà Nam',
  'Quảng Nam',
  'Vĩnh Long',
  'Hà Giang',
  'An Giang',
  'Kiên Giang',
  'Hậu Giang',
  'Điện Biên',
  'Bình Dương',
  'Bình Phước',
  'Bình Thuận',
  'Ninh Bình',
  'Ninh Thuận',
  'Phú Yên',
  'Cao Bằng',
]);

/** Other spellings a text may use for a province's name. */
const EXTRA_NAMES: Record<string, string> = {
  'TP.HCM': 'Hồ Chí Minh',
  'TP. HCM': 'Hồ Chí Minh',
  'TP HCM': 'Hồ Chí Minh',
  TPHCM: 'Hồ Chí Minh',
  'Đăk Lăk': 'Đắk Lắk',
  'Đắc Lắc': 'Đắk Lắk',
  'Đăk Nông': 'Đắk Nông',
  'Đắc Nông': 'Đắk Nông',
  Kontum: 'Kon Tum',
  'Bà Rịa Vũng Tàu': 'Bà Rịa - Vũng Tàu',
};

const PREFIX_BEFORE = /(?:tỉnh|Tỉnh|TỈNH|thành phố|Thành phố|THÀNH PHỐ|TP\.?|Tp\.?)\s*$/u;
const SELF_PREFIXED = /^(?:TP|Tp)/;

interface Matcher {
  regex: RegExp;
  canonical: Map<string, string>;
}

const matchers = new WeakMap<object, Matcher>();

function matcherFor(index: ProvinceIndex<ProvinceEntry>): Matcher {
  let m = matchers.get(index);
  if (m) return m;
  const canonical = new Map<string, string>();
  const add = (written: string, name: string) => {
    const n = newTonePlacement(nfc(written));
    canonical.set(n, name);
    canonical.set(n.toUpperCase(), name);
  };
  for (const p of index.all) add(p.name, p.name);
  for (const [written, name] of Object.entries(EXTRA_NAMES)) add(written, name);
  const alternatives = [...canonical.keys()]
    .sort((a, b) => b.length - a.length)
    .map((name) =>
      name
        .split(/\s*[-–—]\s*|\s+/)
        .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('(?:\\s*[-–—]\\s*|\\s+)'),
    );
  m = { regex: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu'), canonical };
  matchers.set(index, m);
  return m;
}

function canonicalName(m: Matcher, written: string): string | undefined {
  const key = written.replace(/\s*[-–—]\s*/g, ' - ').replace(/\s+/g, ' ');
  return m.canonical.get(key) ?? m.canonical.get(key.replace(/ - /g, ' ')) ?? m.canonical.get(written);
}

export interface ProvinceMention {
  name: string;
  first: number;
  prefixed: number;
  bare: number;
  inTitle: boolean;
}

/** Every mention of a province name, with how it is mentioned. */
export function provinceMentions(text: string, title: string, index: ProvinceIndex<ProvinceEntry>): ProvinceMention[] {
  const m = matcherFor(index);
  const found = new Map<string, ProvinceMention>();
  const scan = (source: string, inTitle: boolean, offset: number) => {
    const normalised = newTonePlacement(nfc(source));
    m.regex.lastIndex = 0;
    for (const hit of normalised.matchAll(m.regex)) {
      const name = canonicalName(m, hit[0]);
      if (!name) continue;
      const at = hit.index!;
      const before = normalised.slice(Math.max(0, at - 16), at);
      const prefixed = PREFIX_BEFORE.test(before) || SELF_PREFIXED.test(hit[0]);
      // Part of a longer proper name ("Lê Hà Giang", "Điện Biên Phủ", "đại lộ Hòa Bình" is caught by NEEDS_PREFIX).
      const prevWord = /(\S+)\s+$/u.exec(normalised.slice(Math.max(0, at - 24), at))?.[1] ?? '';
      const nextWord = /^\s+(\S+)/u.exec(normalised.slice(at + hit[0].length, at + hit[0].length + 24))?.[1] ?? '';
      const glued = !prefixed && ((/^\p{Lu}\p{Ll}+$/u.test(prevWord) && !/[.!?:]$/.test(prevWord)) || /^\p{Lu}\p{Ll}+/u.test(nextWord));
      const entry = found.get(name) ?? { name, first: offset + at, prefixed: 0, bare: 0, inTitle: false };
      if (inTitle) entry.inTitle = true;
      else if (prefixed) entry.prefixed++;
      else if (!glued) entry.bare++;
      found.set(name, entry);
    }
  };
  scan(title, true, -1);
  scan(text, false, 0);
  return [...found.values()].sort((a, b) => a.first - b.first);
}

/** Whether a mention makes the article about that province. */
export function isAbout(m: ProvinceMention): boolean {
  if (m.prefixed > 0) return true;
  if (NEEDS_PREFIX.has(m.name)) return false;
  return m.inTitle || m.bare >= 2;
}

/** The unit of that name that existed at `date`, with a warning when the choice needed one. */
export function resolveProvince(
  name: string,
  date: PartialDate,
  index: ProvinceIndex<ProvinceEntry>,
): { id: string; warning?: string } | undefined {
  const candidates = index.all.filter((p) => p.name === name);
  if (candidates.length === 0) return undefined;
  const existing = candidates.filter((p) => existedAt(p, date));
  if (existing.length === 1) return { id: existing[0]!.id };
  if (existing.length > 1) {
    const current = existing.find((p) => !p.validUntil) ?? existing[0]!;
    const others = existing.filter((p) => p !== current).map((p) => `"${p.id}"`);
    return {
      id: current.id,
      warning: `tỉnh: không rõ ngày của bài nên “${name}” được hiểu là đơn vị hiện nay ("${current.id}"); nếu bài viết trước khi sáp nhập, hãy dùng ${others.join(' hoặc ')}`,
    };
  }
  // The unit of that name did not exist then: the one before it (Huế in 2023 was in
  // Thừa Thiên Huế) or the one after (Thừa Thiên Huế in 2026 is Huế).
  for (const c of candidates) {
    const same = index.sameNameAt(c.id, date);
    if (same.length === 1) return { id: same[0]!.id };
    const before = index.directPredecessors(c.id).filter((p) => existedAt(p, date));
    if (before.length === 1) {
      return { id: before[0]!.id, warning: `tỉnh: “${name}” chưa là đơn vị cấp tỉnh vào ngày của bài; dùng "${before[0]!.id}" (${before[0]!.name})` };
    }
  }
  const after = index.current(candidates[0]!.id);
  if (after && existedAt(after, date)) {
    return { id: after.id, warning: `tỉnh: “${name}” không còn vào ngày của bài; dùng đơn vị kế thừa "${after.id}" (${after.name})` };
  }
  return undefined;
}

export function findProvinces(
  text: string,
  title: string,
  date: PartialDate,
  index: ProvinceIndex<ProvinceEntry>,
): { provinces: string[]; warnings: string[] } {
  const provinces: string[] = [];
  const warnings: string[] = [];
  for (const m of provinceMentions(text, title, index)) {
    if (!isAbout(m)) continue;
    const r = resolveProvince(m.name, date, index);
    if (!r) continue;
    if (r.warning) warnings.push(r.warning);
    if (!provinces.includes(r.id)) provinces.push(r.id);
  }
  return { provinces, warnings };
}

// ---------------------------------------------------------------------------
// Clusters and blocs

const LEAD_WORDS = /^(?:cum|khoi)(?:\s+thi\s+dua)?\s+/;
/** The last place named at the end of a cluster's name: "… thành phố Móng Cái", "… tỉnh Quảng Ninh". */
const PLACE_SUFFIX = /^(.*\S)\s+(?:cua\s+)?(tinh|thanh pho|tp|huyen|thi xa|quan)\s+(.+)$/;

interface ClusterKey {
  ref: ClusterRef;
  kind: 'cum' | 'khoi';
  /** Words of the name without "Cụm/Khối thi đua", "các", numbers and the place. */
  core: string[];
  /** The place the name ends with, or the cluster's province name. */
  place?: string;
  placeLevel?: 'tinh' | 'huyen';
}

function coreWords(words: string): string[] {
  return words
    .split(' ')
    .filter((w) => w && w !== 'cac' && !/^\d+$/.test(w))
    .filter((w, i, all) => !(i === 0 && (w === 'tinh' || (w === 'thanh' && all[1] === 'pho'))) && !(i === 1 && w === 'pho' && all[0] === 'thanh'));
}

function clusterKey(ref: ClusterRef, index: ProvinceIndex<ProvinceEntry>): ClusterKey {
  let words = wordKey(ref.name);
  const kind = words.startsWith('khoi') ? 'khoi' : 'cum';
  words = words.replace(LEAD_WORDS, '');
  let place: string | undefined;
  let placeLevel: ClusterKey['placeLevel'];
  const suffix = PLACE_SUFFIX.exec(words);
  if (suffix && ref.level !== 'trung-uong') {
    place = suffix[3]!;
    placeLevel = suffix[2] === 'tinh' || ref.level === 'tinh' ? 'tinh' : 'huyen';
    words = suffix[1]!;
  }
  if (!place && ref.province) {
    const p = index.get(ref.province);
    if (p) {
      place = wordKey(p.name);
      placeLevel = 'tinh';
    }
  }
  // "các tỉnh Bắc Trung Bộ" → "bac trung bo".
  words = words.replace(/^(?:cac\s+)?(?:\d+\s+)?(?:tinh|thanh pho)(?:\s*,?\s*thanh pho)?\s+/, '');
  return { ref, kind, core: coreWords(words), place, placeLevel };
}

function countOf(haystack: string, needle: string): number {
  if (!needle) return 0;
  let n = 0;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length)) n++;
  return n;
}

/**
 * Clusters and blocs of the content folder that the text names: "Cụm thi đua các tỉnh Bắc
 * Trung Bộ", "Cụm Bắc Trung bộ", "Khối thi đua Nội chính". When blocs of two places share
 * a name (the Fatherland Front bloc of a province and of a city in it), the words after
 * the name ("… tỉnh") or the place the text names most decide.
 */
export function findClusters(
  text: string,
  clusters: readonly ClusterRef[],
  index: ProvinceIndex<ProvinceEntry>,
): { clusters: string[]; warnings: string[] } {
  const keys = clusters.map((c) => clusterKey(c, index));
  const loose = ` ${wordKey(text)} `;
  const out: string[] = [];
  const warnings: string[] = [];
  const unmatched = new Set<string>();
  const source = nfc(text);
  const folded = looseKey(source);
  for (const mention of folded.matchAll(/(?<![a-z0-9])(cum|khoi)([ \t]+thi[ \t]+dua)?[ \t]+/g)) {
    const after = folded.slice(mention.index! + mention[0].length, mention.index! + mention[0].length + 160);
    const afterWords = coreWords(wordKey(after).replace(/^(?:cac\s+)?(?:\d+\s+)?(?:tinh|thanh pho)(?:\s*thanh pho)?\s+/, ''));
    const kind = mention[1] as 'cum' | 'khoi';
    const hits = keys.filter((k) => k.kind === kind && k.core.length > 0 && k.core.every((w, i) => afterWords[i] === w));
    if (hits.length === 0) {
      // Worth a warning only when a proper name follows ("Khối Nội chính", not "khối đã …").
      const original = source.slice(mention.index!, mention.index! + mention[0].length + 80);
      const after = original.slice(mention[0].length);
      if (/^(?:các\s+|\d+\s+tỉnh\s+)?\p{Lu}/u.test(after) && !/^(?:Phó|Trưởng)(?![\p{L}])/u.test(after)) {
        unmatched.add(original.split(/\s+/).slice(0, 8).join(' ').replace(/[,.;:]+$/, ''));
      }
      continue;
    }
    let chosen = hits;
    if (hits.length > 1) {
      const coreLength = hits[0]!.core.length;
      const next = afterWords.slice(coreLength, coreLength + 3).join(' ');
      const byLevel = /^(tinh|thanh pho)/.test(next) ? hits.filter((k) => k.placeLevel === 'tinh') : [];
      if (byLevel.length === 1) chosen = byLevel;
      else {
        const counts = hits.map((k) => countOf(loose, ` ${k.place ?? ''} `));
        const max = Math.max(...counts);
        chosen = max > 0 && counts.filter((c) => c === max).length === 1 ? [hits[counts.indexOf(max)]!] : [];
        if (chosen.length === 0) {
          const written = source.slice(mention.index!, mention.index! + mention[0].length + 60).split(/\s+/).slice(0, 8).join(' ');
          warnings.push(`cụm, khối: “${written}…” có thể là ${hits.map((k) => `"${k.ref.id}"`).join(' hoặc ')}; hãy chọn`);
        }
      }
    } else if (hits[0]!.place && countOf(loose, ` ${hits[0]!.place} `) === 0) {
      chosen = [];
    }
    for (const k of chosen) if (!out.includes(k.ref.id)) out.push(k.ref.id);
  }
  for (const u of unmatched) warnings.push(`cụm, khối: bài nhắc “${u}…” nhưng thư mục nội dung chưa có cụm, khối nào khớp`);
  return { clusters: out, warnings };
}

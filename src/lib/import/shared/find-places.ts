/**
 * Which provinces a text is about, and the unit a province's name stood for on a date.
 *
 * A province counts when the text names it as one ("tỉnh Quảng Ninh", "UBND tỉnh Nghệ
 * An", "TP. Hồ Chí Minh"), names it in the headline, or names it bare at least twice.
 * Names that are also people's or streets' names ("Hồ Chí Minh", "Hòa Bình", "Hà
 * Giang" …) count only with "tỉnh" / "thành phố" before them. A name is resolved to the
 * unit that existed on the article's date: "Quảng Trị" in 2023 is quang-tri-truoc-2025.
 */
import type { PartialDate } from '../../dates.ts';
import { existedAt, type ProvinceIndex } from '../../provinces.ts';
import type { ProvinceEntry } from '../../content/validate.ts';
import { nfc } from '../../text.ts';
import type { Finding } from './report.ts';
import { newTonePlacement } from './vi.ts';

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
): Finding<string[]> {
  const provinces: string[] = [];
  const warnings: string[] = [];
  for (const m of provinceMentions(text, title, index)) {
    if (!isAbout(m)) continue;
    const r = resolveProvince(m.name, date, index);
    if (!r) continue;
    if (r.warning) warnings.push(r.warning);
    if (!provinces.includes(r.id)) provinces.push(r.id);
  }
  return { value: provinces, warnings };
}

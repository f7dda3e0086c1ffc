/**
 * A deterministic synthetic dataset for benchmarks and scale tests: decisions with
 * exactly N records over ten years (2016–2025), reports, movements, clusters and
 * profiles, all valid against the project's schemas and cross-reference rules.
 *
 * Everything comes from a seeded PRNG (mulberry32) and the reference data in
 * src/data: the same seed and N give byte-identical files. Nothing here reads the
 * clock or Math.random.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import provincesJson from '../../src/data/provinces.json' with { type: 'json' };
import awardsJson from '../../src/data/awards.json' with { type: 'json' };
import { awardSchema, AWARD_CLASS_LABELS, type AwardClass, type AwardData } from '../../src/schemas/award.ts';
import { provinceSchema } from '../../src/schemas/province.ts';
import type { RecipientKind } from '../../src/schemas/common.ts';
import type { CommendationType } from '../../src/schemas/decision.ts';
import { dateRange, type PartialDate } from '../../src/lib/dates.ts';
import { nfc, slugify } from '../../src/lib/text.ts';

// ---------------------------------------------------------------------------
// Randomness

/** mulberry32: a small, fast 32-bit PRNG; good enough for synthetic data. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a, 32 bits: turns a label or a seed written as text into a number. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A seed from the command line: a whole number as itself, any other text hashed. */
export function parseSeed(text: string): number {
  return /^\d{1,10}$/.test(text) && Number(text) <= 0xffffffff ? Number(text) >>> 0 : hashString(text);
}

export class Rng {
  private readonly source: () => number;
  constructor(seed: number) {
    this.source = mulberry32(seed);
  }
  /** A separate stream for one part of the dataset, so parts do not shift each other. */
  static for(seed: number, label: string): Rng {
    return new Rng((hashString(label) ^ Math.imul(seed >>> 0, 0x9e3779b1)) >>> 0);
  }
  next(): number {
    return this.source();
  }
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.source() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.source() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.source() * items.length)]!;
  }
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.source() * (i + 1));
      const t = items[i]!;
      items[i] = items[j]!;
      items[j] = t;
    }
    return items;
  }
}

/** A list to draw from with weights. */
export class Weighted<T> {
  private readonly items: T[] = [];
  private readonly cumulative: number[] = [];
  private total = 0;
  constructor(pairs: readonly (readonly [T, number])[]) {
    for (const [item, weight] of pairs) {
      this.total += weight;
      this.items.push(item);
      this.cumulative.push(this.total);
    }
  }
  pick(rng: Rng): T {
    const x = rng.next() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo]!;
  }
}

// ---------------------------------------------------------------------------
// Days

const MS_PER_DAY = 86_400_000;
/** Day number (days since 1970-01-01) of an ISO day. */
export function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y!, m! - 1, d!) / MS_PER_DAY;
}
/** ISO day of a day number. */
export function isoDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}
const yearOfDay = (day: number) => Number(isoDay(day).slice(0, 4));
const monthOfDay = (day: number) => Number(isoDay(day).slice(5, 7));
/** 0 = Sunday … 6 = Saturday. */
const weekday = (day: number) => (((day + 4) % 7) + 7) % 7;

export const FIRST_DAY = dayNumber('2016-01-01');
export const LAST_DAY = dayNumber('2025-12-31');
const MERGER_DAY = dayNumber('2025-07-01');
const FIRST_YEAR = 2016;
const LAST_YEAR = 2025;

function firstDayOf(date: PartialDate | undefined): number {
  const r = date ? dateRange(date) : null;
  return r ? dayNumber(r.first) : -Infinity;
}
function lastDayOf(date: PartialDate | undefined): number {
  const r = date ? dateRange(date) : null;
  return r ? dayNumber(r.last) : Infinity;
}

// ---------------------------------------------------------------------------
// Reference data, read from src/data at run time

export interface Province {
  id: string;
  name: string;
  type: 'tinh' | 'thanh-pho';
  isoCode?: string;
  from: number;
  until: number;
  successor?: string;
  /** "tỉnh Hà Giang", "thành phố Hà Nội". */
  label: string;
}

export interface Award {
  id: string;
  name: string;
  category: AwardData['category'];
  level: AwardData['level'];
  precedence: number;
  classes: AwardClass[];
  recipients: RecipientKind[];
  posthumous: boolean;
  from: number;
  until: number;
}

export interface Reference {
  provinces: Province[];
  byId: Map<string, Province>;
  awards: Award[];
  awardsById: Map<string, Award>;
}

let cachedReference: Reference | undefined;

/** Provinces and awards, parsed with the project's own schemas (so defaults apply). */
export function loadReference(): Reference {
  if (cachedReference) return cachedReference;
  const provinces: Province[] = [];
  for (const raw of provincesJson as { id: string }[]) {
    const { id, ...rest } = raw;
    const p = provinceSchema.parse(rest);
    provinces.push({
      id,
      name: p.name,
      type: p.type,
      isoCode: p.isoCode,
      from: firstDayOf(p.validFrom),
      until: lastDayOf(p.validUntil),
      successor: p.successor,
      label: `${p.type === 'thanh-pho' ? 'thành phố' : 'tỉnh'} ${p.name}`,
    });
  }
  provinces.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const awards: Award[] = [];
  for (const raw of awardsJson as { id: string }[]) {
    const { id, ...rest } = raw;
    const a = awardSchema.parse(rest);
    awards.push({
      id,
      name: a.name,
      category: a.category,
      level: a.level,
      precedence: a.precedence,
      classes: [...a.classes],
      recipients: [...a.recipients],
      posthumous: a.posthumous,
      from: firstDayOf(a.validFrom),
      until: lastDayOf(a.validUntil),
    });
  }
  awards.sort((a, b) => a.precedence - b.precedence || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  cachedReference = {
    provinces,
    byId: new Map(provinces.map((p) => [p.id, p])),
    awards,
    awardsById: new Map(awards.map((a) => [a.id, a])),
  };
  return cachedReference;
}

const validAt = (p: { from: number; until: number }, day: number) => p.from <= day && day <= p.until;
const existedInYear = (p: Province, year: number) =>
  p.from <= dayNumber(`${year}-12-31`) && p.until >= dayNumber(`${year}-01-01`);

/** The unit that carries `id` on today. */
function currentOf(ref: Reference, id: string): string {
  let p = ref.byId.get(id);
  const seen = new Set<string>();
  while (p?.successor && !seen.has(p.id)) {
    seen.add(p.id);
    p = ref.byId.get(p.successor);
  }
  return p?.id ?? id;
}

/** The unit standing for `id` on a day: itself, else the first successor that existed then. */
function unitOn(ref: Reference, id: string, day: number): Province | undefined {
  let p = ref.byId.get(id);
  const seen = new Set<string>();
  while (p && !validAt(p, day) && p.successor && !seen.has(p.id)) {
    seen.add(p.id);
    p = ref.byId.get(p.successor);
  }
  return p && validAt(p, day) ? p : undefined;
}

// ---------------------------------------------------------------------------
// Vietnamese words (normalised to NFC once, so everything built from them is NFC)

const N = (list: readonly string[]) => list.map(nfc);

const FAMILY_NAMES = new Weighted<string>(
  (
    [
      ['Nguyễn', 380], ['Trần', 110], ['Lê', 95], ['Phạm', 70], ['Hoàng', 35], ['Huỳnh', 25], ['Phan', 45],
      ['Vũ', 25], ['Võ', 25], ['Đặng', 21], ['Bùi', 20], ['Đỗ', 14], ['Hồ', 13], ['Ngô', 13], ['Dương', 10],
      ['Lý', 5], ['Đinh', 8], ['Đoàn', 7], ['Đào', 7], ['Đàm', 2], ['Trịnh', 5], ['Mai', 4], ['Lương', 4],
      ['Cao', 3], ['Lưu', 3], ['Hà', 4], ['Tạ', 2], ['Chu', 2], ['Triệu', 2], ['Lò', 1], ['Hứa', 1],
      ['Vương', 2], ['Thái', 2], ['Kiều', 1], ['Đậu', 1], ['Nông', 1], ['Ma', 1], ['Lạc', 1], ['Quách', 1],
    ] as const
  ).map(([n, w]) => [nfc(n), w] as const),
);
const MIDDLE_MALE = N(['Văn', 'Văn', 'Văn', 'Đức', 'Minh', 'Quốc', 'Hữu', 'Công', 'Đình', 'Xuân', 'Thanh', 'Quang', 'Tiến', 'Mạnh', 'Trọng', 'Ngọc', 'Duy', 'Hoàng', 'Anh', 'Đăng', 'Bá', 'Khắc']);
const MIDDLE_FEMALE = N(['Thị', 'Thị', 'Thị', 'Thị', 'Ngọc', 'Thu', 'Thanh', 'Minh', 'Hồng', 'Kim', 'Phương', 'Thùy', 'Mai', 'Bích', 'Diệu', 'Hải', 'Đoan']);
const SECOND_MIDDLE_FEMALE = N(['Thu', 'Thanh', 'Ngọc', 'Minh', 'Kim', 'Hồng', 'Phương', 'Diệu', 'Bảo', 'Mỹ']);
const SECOND_MIDDLE_MALE = N(['Minh', 'Quang', 'Thanh', 'Đức', 'Tuấn', 'Hoàng', 'Anh', 'Quốc']);
const GIVEN_MALE = N([
  'An', 'Bình', 'Cường', 'Dũng', 'Đạt', 'Đức', 'Hải', 'Hiếu', 'Hòa', 'Hùng', 'Huy', 'Khánh', 'Khoa', 'Kiên', 'Long',
  'Lâm', 'Minh', 'Nam', 'Nghĩa', 'Phong', 'Phúc', 'Quang', 'Quân', 'Sơn', 'Tài', 'Thắng', 'Thành', 'Thịnh', 'Toàn',
  'Trung', 'Tuấn', 'Tùng', 'Việt', 'Vinh', 'Đông', 'Định', 'Hưng', 'Lợi', 'Lộc', 'Chiến', 'Công', 'Độ', 'Đoàn', 'Tâm',
]);
const GIVEN_FEMALE = N([
  'Anh', 'Dung', 'Duyên', 'Giang', 'Hà', 'Hạnh', 'Hằng', 'Hiền', 'Hoa', 'Hòa', 'Hồng', 'Huyền', 'Hương', 'Lan',
  'Liên', 'Linh', 'Loan', 'Mai', 'Nga', 'Ngân', 'Ngọc', 'Nhung', 'Oanh', 'Phương', 'Quyên', 'Quỳnh', 'Tâm', 'Thảo',
  'Thủy', 'Trang', 'Tuyết', 'Vân', 'Yến', 'Đào', 'Điệp', 'Diệp', 'Nhàn', 'Thơ', 'Xuân', 'Đan',
]);
/** Two-syllable given names (the record then says which part is the given name). */
const COMPOUND_MALE = N(['Bình Minh', 'Hoài Nam', 'Minh Đức', 'Quốc Đạt', 'Trung Kiên', 'Đức Anh', 'Gia Huy']);
const COMPOUND_FEMALE = N(['Thu Hà', 'Bảo Anh', 'Diệu Linh', 'Thanh Tâm', 'Ngọc Điệp', 'Hồng Nhung', 'Minh Thư']);
const FOREIGN_TITLES = N(['Chuyên gia', 'Tình nguyện viên', 'Trưởng đại diện', 'Giáo sư thỉnh giảng']);
const FOREIGN_ORGS = N(['Hợp tác phát triển Á – Âu', 'Thiện nguyện Mê Kông', 'Giáo dục không biên giới', 'Y tế cộng đồng Thái Bình Dương']);
const FOREIGN_NAMES = N([
  'Tanaka Hiroshi', 'Suzuki Yuki', 'Kim Min-jun', 'Park Ji-yeon', 'Somchai Phommachanh', 'Bounmy Sisavath',
  'Sok Dara', 'Chan Sophea', 'Anna Schneider', 'Pierre Dubois', 'Maria Rossi', 'John Carter', 'Olga Ivanova',
  'Lars Andersen', 'Carlos Méndez', 'Emily Watson',
]);

/** Syllables for made-up place names: "Tân Phú", "Đông Hòa". */
const PLACE_SYLLABLES = N([
  'Tân', 'Phú', 'Hòa', 'An', 'Bình', 'Đông', 'Tây', 'Nam', 'Bắc', 'Thạnh', 'Lộc', 'Phước', 'Đức', 'Xuân', 'Hưng',
  'Long', 'Thuận', 'Yên', 'Quang', 'Vĩnh', 'Sơn', 'Hải', 'Thủy', 'Trung', 'Đại', 'Kim', 'Ngọc', 'Cẩm', 'Định',
  'Hiệp', 'Mỹ', 'Lạc', 'Thanh', 'Minh', 'Hồng', 'Đồng', 'Quảng', 'Hương', 'Nghĩa', 'Thịnh', 'Cát', 'Lâm', 'Hà',
  'Phong', 'Điền', 'Khánh', 'Đoài', 'Lũng', 'Cao', 'Tiên',
]);

export interface PersonName {
  name: string;
  female: boolean;
  /** Set when the given name is not the last word. */
  givenName?: string;
}

export function personName(rng: Rng, female = rng.chance(0.5)): PersonName {
  const family = FAMILY_NAMES.pick(rng);
  const roll = rng.next();
  if (roll < 0.03) {
    const compound = rng.pick(female ? COMPOUND_FEMALE : COMPOUND_MALE);
    const middle = rng.chance(0.5) ? ` ${rng.pick(female ? MIDDLE_FEMALE : MIDDLE_MALE)}` : '';
    return { name: `${family}${middle} ${compound}`, female, givenName: compound };
  }
  let middle = rng.pick(female ? MIDDLE_FEMALE : MIDDLE_MALE);
  // "Hoàng Hoàng Nghĩa", "Mai Mai": a middle name that repeats the family name reads as a typo.
  if (middle === family) middle = female ? 'Thị' : 'Văn';
  let given = rng.pick(female ? GIVEN_FEMALE : GIVEN_MALE);
  if (given === middle) given = rng.pick(female ? GIVEN_FEMALE : GIVEN_MALE);
  if (roll < 0.3) {
    const second = rng.pick(female ? SECOND_MIDDLE_FEMALE : SECOND_MIDDLE_MALE);
    if (second !== middle && second !== given) return { name: `${family} ${middle} ${second} ${given}`, female };
  }
  return { name: `${family} ${middle} ${given}`, female };
}

// ---------------------------------------------------------------------------
// Places inside a province (made up, stable per province and seed)

interface Commune {
  name: string;
  /** "xã", "phường", "thị trấn" (no "thị trấn" after the 2025 reform). */
  kind: string;
  district: number;
}
interface District {
  name: string;
  /** "huyện", "thị xã", "thành phố". */
  kind: string;
}
interface Places {
  districts: District[];
  communes: Commune[];
  hamlets: string[];
  firms: string[];
}

function placeNames(rng: Rng, count: number, taken: Set<string>): string[] {
  const out: string[] = [];
  let guard = 0;
  while (out.length < count && guard++ < count * 50) {
    const a = rng.pick(PLACE_SYLLABLES);
    const b = rng.pick(PLACE_SYLLABLES);
    if (a === b) continue;
    const name = `${a} ${b}`;
    if (taken.has(name)) continue;
    taken.add(name);
    out.push(name);
  }
  return out;
}

class PlaceBook {
  private readonly cache = new Map<string, Places>();
  private readonly seed: number;
  constructor(seed: number) {
    this.seed = seed;
  }
  of(provinceId: string): Places {
    let places = this.cache.get(provinceId);
    if (places) return places;
    const rng = Rng.for(this.seed, `places:${provinceId}`);
    const taken = new Set<string>();
    const districts = placeNames(rng, rng.int(6, 10), taken).map((name, i) => ({
      name,
      kind: i === 0 ? 'thành phố' : rng.chance(0.15) ? 'thị xã' : 'huyện',
    }));
    const communes = placeNames(rng, 28, taken).map((name) => ({
      name,
      kind: rng.chance(0.6) ? 'xã' : rng.chance(0.7) ? 'phường' : 'thị trấn',
      district: rng.int(0, districts.length - 1),
    }));
    const hamlets = placeNames(rng, 24, new Set());
    const firms = placeNames(rng, 10, new Set());
    places = { districts, communes, hamlets, firms };
    this.cache.set(provinceId, places);
    return places;
  }
}

/** Where a record is set: a province, a day, and what existed then. */
interface Where {
  province: Province;
  day: number;
  places: Places;
  /** After 1/7/2025 there are no districts, and no "thị trấn". */
  merged: boolean;
}

function communeLabel(c: Commune, merged: boolean): string {
  return `${merged && c.kind === 'thị trấn' ? 'xã' : c.kind} ${c.name}`;
}
function districtLabel(w: Where, c: Commune): string {
  const d = w.places.districts[c.district]!;
  return `${d.kind} ${d.name}`;
}
/** "xã Tân Phú, huyện Hòa Đông" before the reform, "xã Tân Phú" after. */
function communeWithDistrict(w: Where, c: Commune): string {
  return w.merged ? communeLabel(c, true) : `${communeLabel(c, false)}, ${districtLabel(w, c)}`;
}

// ---------------------------------------------------------------------------
// Workplaces: a unit, its parent body, and the positions people hold there

interface Workplace {
  /** The unit as a collective would be named: "Trường THCS Tân Phú, huyện Hòa Đông". */
  unit: string;
  /** The body above it. */
  parent: string;
  titles: readonly string[];
}

const DISTRICT_OFFICES = N([
  'Phòng Nội vụ', 'Phòng Giáo dục và Đào tạo', 'Phòng Tài chính – Kế hoạch', 'Phòng Nông nghiệp và Phát triển nông thôn',
  'Phòng Văn hóa và Thông tin', 'Phòng Lao động – Thương binh và Xã hội', 'Văn phòng HĐND và UBND',
]);
const DEPARTMENTS = N([
  'Sở Nội vụ', 'Sở Tài chính', 'Sở Giáo dục và Đào tạo', 'Sở Y tế', 'Sở Xây dựng', 'Sở Công Thương', 'Sở Tư pháp',
  'Sở Văn hóa, Thể thao và Du lịch', 'Sở Khoa học và Công nghệ',
]);
const DEPARTMENT_CODES: Record<string, string> = {
  'Sở Nội vụ': 'SNV',
  'Sở Tài chính': 'STC',
  'Sở Giáo dục và Đào tạo': 'SGDĐT',
  'Sở Y tế': 'SYT',
  'Sở Xây dựng': 'SXD',
  'Sở Công Thương': 'SCT',
  'Sở Tư pháp': 'STP',
  'Sở Văn hóa, Thể thao và Du lịch': 'SVHTTDL',
  'Sở Khoa học và Công nghệ': 'SKHCN',
};
const T = (list: readonly string[]) => Object.freeze(N(list));
const TITLES = {
  school: T(['Giáo viên', 'Giáo viên', 'Giáo viên', 'Giáo viên', 'Hiệu trưởng', 'Phó Hiệu trưởng', 'Tổng phụ trách Đội', 'Nhân viên thư viện']),
  preschool: T(['Giáo viên', 'Giáo viên', 'Giáo viên', 'Hiệu trưởng', 'Phó Hiệu trưởng', 'Nhân viên cấp dưỡng']),
  highSchool: T(['Giáo viên', 'Giáo viên', 'Giáo viên', 'Hiệu trưởng', 'Phó Hiệu trưởng', 'Bí thư Đoàn trường']),
  healthStation: T(['Trạm trưởng', 'Y sĩ', 'Y sĩ', 'Điều dưỡng', 'Nữ hộ sinh', 'Dược sĩ']),
  hospital: T(['Bác sĩ', 'Bác sĩ', 'Điều dưỡng', 'Điều dưỡng trưởng', 'Giám đốc', 'Phó Giám đốc', 'Kỹ thuật viên xét nghiệm']),
  commune: T(['Chủ tịch UBND', 'Phó Chủ tịch UBND', 'Công chức Văn phòng – Thống kê', 'Công chức Địa chính – Xây dựng', 'Công chức Tư pháp – Hộ tịch', 'Công chức Văn hóa – Xã hội']),
  police: T(['Trưởng Công an', 'Phó Trưởng Công an', 'Cán bộ', 'Chiến sĩ']),
  office: T(['Trưởng phòng', 'Phó Trưởng phòng', 'Chuyên viên', 'Chuyên viên', 'Chuyên viên chính']),
  department: T(['Giám đốc', 'Phó Giám đốc', 'Chánh Văn phòng', 'Trưởng phòng', 'Chuyên viên', 'Chuyên viên chính']),
  farmers: T(['Chủ tịch Hội Nông dân', 'Phó Chủ tịch Hội Nông dân', 'Hội viên']),
  women: T(['Chủ tịch Hội Liên hiệp Phụ nữ', 'Phó Chủ tịch Hội Liên hiệp Phụ nữ', 'Hội viên']),
  youth: T(['Bí thư Đoàn', 'Phó Bí thư Đoàn', 'Đoàn viên']),
  veterans: T(['Chủ tịch Hội Cựu chiến binh', 'Hội viên']),
  hamlet: T(['Trưởng thôn', 'Bí thư Chi bộ thôn', 'Chi hội trưởng Chi hội Phụ nữ thôn', 'Công an viên']),
  street: T(['Tổ trưởng tổ dân phố', 'Bí thư Chi bộ', 'Trưởng ban công tác Mặt trận']),
  firm: T(['Giám đốc', 'Phó Giám đốc', 'Kỹ sư', 'Công nhân', 'Công nhân', 'Kế toán trưởng', 'Quản đốc phân xưởng']),
  coop: T(['Giám đốc hợp tác xã', 'Thành viên hợp tác xã', 'Kế toán']),
  military: T(['Chỉ huy trưởng', 'Chính trị viên', 'Trợ lý tác chiến', 'Thượng úy, Trợ lý quân lực', 'Trung úy, Trợ lý hậu cần']),
  artists: T(['Diễn viên', 'Diễn viên', 'Đạo diễn', 'Nhạc công', 'Biên đạo múa', 'Nghệ sĩ biểu diễn']),
  artisans: T(['Nghệ nhân', 'Nghệ nhân', 'Thợ cả', 'Chủ cơ sở sản xuất']),
  scholars: T(['Nhà nghiên cứu', 'Giảng viên', 'Phó Giáo sư, Tiến sĩ', 'Tiến sĩ', 'Chủ nhiệm công trình']),
  provincialPolice: T(['Thượng tá, Trưởng phòng', 'Trung tá, Phó Trưởng phòng', 'Thiếu tá, Đội trưởng', 'Đại úy, Cán bộ', 'Thượng úy, Cán bộ']),
};

type WorkplaceMaker = (rng: Rng, w: Where, c: Commune) => Workplace;

const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const WORKPLACES: Record<string, WorkplaceMaker> = {
  school: (rng, w, c) => ({
    unit: `Trường ${rng.pick(['Tiểu học', 'THCS', 'Tiểu học và THCS'] as const)} ${c.name}, ${communeWithDistrict(w, c)}`,
    parent: w.merged ? `UBND ${communeLabel(c, true)}` : `Phòng Giáo dục và Đào tạo ${districtLabel(w, c)}`,
    titles: TITLES.school,
  }),
  preschool: (_rng, w, c) => ({
    unit: `Trường Mầm non ${c.name}, ${communeWithDistrict(w, c)}`,
    parent: w.merged ? `UBND ${communeLabel(c, true)}` : `Phòng Giáo dục và Đào tạo ${districtLabel(w, c)}`,
    titles: TITLES.preschool,
  }),
  highSchool: (rng, w) => ({
    unit: `Trường THPT ${rng.pick(w.places.hamlets)}, ${w.province.label}`,
    parent: `Sở Giáo dục và Đào tạo ${w.province.label}`,
    titles: TITLES.highSchool,
  }),
  healthStation: (_rng, w, c) => ({
    unit: `Trạm Y tế ${communeWithDistrict(w, c)}`,
    parent: w.merged ? `UBND ${communeLabel(c, true)}` : `Trung tâm Y tế ${districtLabel(w, c)}`,
    titles: TITLES.healthStation,
  }),
  hospital: (rng, w, c) =>
    w.merged || rng.chance(0.5)
      ? { unit: `Bệnh viện Đa khoa ${w.province.label}`, parent: `Sở Y tế ${w.province.label}`, titles: TITLES.hospital }
      : { unit: `Trung tâm Y tế ${districtLabel(w, c)}, ${w.province.label}`, parent: `Sở Y tế ${w.province.label}`, titles: TITLES.hospital },
  commune: (_rng, w, c) => ({
    unit: `UBND ${communeWithDistrict(w, c)}`,
    parent: w.merged ? `UBND ${w.province.label}` : `UBND ${districtLabel(w, c)}`,
    titles: TITLES.commune.map((t) => (t.endsWith('UBND') ? `${t} ${c.kind === 'phường' ? 'phường' : 'xã'}` : t)),
  }),
  communePolice: (_rng, w, c) => ({
    unit: `Công an ${communeWithDistrict(w, c)}`,
    parent: w.merged ? `Công an ${w.province.label}` : `Công an ${districtLabel(w, c)}`,
    titles: TITLES.police,
  }),
  districtOffice: (rng, w, c) =>
    w.merged
      ? WORKPLACES.department!(rng, w, c)
      : { unit: `${rng.pick(DISTRICT_OFFICES)} ${districtLabel(w, c)}`, parent: `UBND ${districtLabel(w, c)}`, titles: TITLES.office },
  department: (rng, w) => ({ unit: `${rng.pick(DEPARTMENTS)} ${w.province.label}`, parent: `UBND ${w.province.label}`, titles: TITLES.department }),
  massOrg: (rng, w, c) => {
    const [org, titles] = rng.pick([
      ['Hội Nông dân', TITLES.farmers],
      ['Hội Liên hiệp Phụ nữ', TITLES.women],
      ['Đoàn Thanh niên', TITLES.youth],
      ['Hội Cựu chiến binh', TITLES.veterans],
    ] as const);
    return { unit: `${org} ${communeWithDistrict(w, c)}`, parent: `${org} ${w.merged ? w.province.label : districtLabel(w, c)}`, titles };
  },
  hamlet: (rng, w, c) =>
    c.kind === 'phường'
      ? { unit: `Tổ dân phố số ${rng.int(1, 24)}, ${communeWithDistrict(w, c)}`, parent: `UBND ${communeLabel(c, w.merged)}`, titles: TITLES.street }
      : { unit: `Thôn ${rng.pick(w.places.hamlets)}, ${communeWithDistrict(w, c)}`, parent: `UBND ${communeLabel(c, w.merged)}`, titles: TITLES.hamlet },
  firm: (rng, w) => ({
    unit: `${rng.pick(['Công ty Cổ phần', 'Công ty TNHH', 'Công ty TNHH MTV'] as const)} ${rng.pick(w.places.firms)}`,
    parent: `Hiệp hội Doanh nghiệp ${w.province.label}`,
    titles: TITLES.firm,
  }),
  coop: (_rng, w, c) => ({ unit: `Hợp tác xã Nông nghiệp ${c.name}, ${communeWithDistrict(w, c)}`, parent: `UBND ${communeLabel(c, w.merged)}`, titles: TITLES.coop }),
  police: (rng, w, c) =>
    w.merged || rng.chance(0.5)
      ? { unit: `${rng.pick(['Phòng Cảnh sát giao thông', 'Phòng Cảnh sát hình sự', 'Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ', 'Phòng An ninh kinh tế'] as const)}, Công an ${w.province.label}`, parent: `Công an ${w.province.label}`, titles: TITLES.provincialPolice }
      : { unit: `Công an ${districtLabel(w, c)}, ${w.province.label}`, parent: `Công an ${w.province.label}`, titles: TITLES.provincialPolice },
  military: (rng, w, c) =>
    w.merged || rng.chance(0.4)
      ? { unit: `Bộ Chỉ huy Quân sự ${w.province.label}`, parent: 'Bộ Tư lệnh Quân khu', titles: TITLES.military }
      : { unit: `Ban Chỉ huy Quân sự ${districtLabel(w, c)}, ${w.province.label}`, parent: `Bộ Chỉ huy Quân sự ${w.province.label}`, titles: TITLES.military },
  artTroupe: (rng, w) => ({
    unit: `${rng.pick(['Nhà hát Ca múa nhạc', 'Đoàn Nghệ thuật truyền thống', 'Nhà hát Chèo', 'Trung tâm Văn hóa – Nghệ thuật'] as const)} ${w.province.label}`,
    parent: `Sở Văn hóa, Thể thao và Du lịch ${w.province.label}`,
    titles: TITLES.artists,
  }),
  craftVillage: (rng, w, c) => ({
    unit: `Làng nghề ${rng.pick(['gốm', 'mây tre đan', 'dệt thổ cẩm', 'chạm bạc', 'sơn mài', 'rèn', 'làm nón'] as const)} ${rng.pick(w.places.hamlets)}, ${communeWithDistrict(w, c)}`,
    parent: `UBND ${communeLabel(c, w.merged)}`,
    titles: TITLES.artisans,
  }),
  institute: (rng, w) => ({
    unit: `${rng.pick(['Trường Đại học', 'Viện Nghiên cứu Phát triển', 'Trung tâm Khoa học Xã hội'] as const)} ${rng.pick(w.places.firms)}`,
    parent: `Sở Khoa học và Công nghệ ${w.province.label}`,
    titles: TITLES.scholars,
  }),
  communeSelf: (_rng, w, c) => ({
    unit: upperFirst(communeWithDistrict(w, c)),
    parent: w.merged ? `UBND ${w.province.label}` : `UBND ${districtLabel(w, c)}`,
    titles: TITLES.commune,
  }),
};

/** Which workplaces fit an award: Nhà giáo ưu tú goes to teachers, Huy chương Quân kỳ to soldiers… */
export type Profile = 'general' | 'armed' | 'teachers' | 'doctors' | 'artists' | 'artisans' | 'scholars' | 'hamlets' | 'communes';
const PROFILE_WORKPLACES: Record<Profile, readonly string[]> = {
  general: ['school', 'school', 'preschool', 'highSchool', 'healthStation', 'hospital', 'commune', 'communePolice', 'districtOffice', 'department', 'massOrg', 'hamlet', 'firm', 'coop', 'police', 'military'],
  armed: ['police', 'military', 'communePolice'],
  teachers: ['school', 'preschool', 'highSchool'],
  doctors: ['healthStation', 'hospital'],
  artists: ['artTroupe'],
  artisans: ['craftVillage'],
  scholars: ['institute', 'hospital'],
  hamlets: ['hamlet'],
  communes: ['communeSelf'],
};

export function profileOf(award: { id: string; category: string }): Profile {
  const id = award.id;
  if (/nha-giao/.test(id)) return 'teachers';
  if (/thay-thuoc/.test(id)) return 'doctors';
  if (/nghe-si/.test(id)) return 'artists';
  if (/nghe-nhan/.test(id)) return 'artisans';
  if (award.category === 'giai-thuong') return 'scholars';
  if (/thon-to-dan-pho/.test(id)) return 'hamlets';
  if (/xa-phuong/.test(id)) return 'communes';
  if (/quan-ky|an-ninh|chien-si-ve-vang|quan-cong|chien-cong|bao-ve-to-quoc|luc-luong-vu-trang|quyet-thang|don-vi-tien-tien|chien-si-tien-tien/.test(id)) {
    return 'armed';
  }
  return 'general';
}

function workplace(rng: Rng, w: Where, profile: Profile = 'general'): Workplace {
  const maker = WORKPLACES[rng.pick(PROFILE_WORKPLACES[profile])]!;
  return maker(rng, w, rng.pick(w.places.communes));
}

function householdAddress(rng: Rng, w: Where): string {
  const c = rng.pick(w.places.communes);
  return `${c.kind === 'phường' ? `Tổ dân phố số ${rng.int(1, 24)}` : `Thôn ${rng.pick(w.places.hamlets)}`}, ${communeWithDistrict(w, c)}`;
}

// ---------------------------------------------------------------------------
// Records

const KIND_WORDS: Record<RecipientKind, string> = { 'ca-nhan': 'cá nhân', 'tap-the': 'tập thể', 'ho-gia-dinh': 'hộ gia đình' };

export interface RecordOut {
  stt: number;
  name: string;
  kind: RecipientKind;
  title?: string;
  unit?: string;
  province?: string;
  citation?: string;
  posthumous?: true;
  awardClass?: AwardClass;
  honoree?: string;
  givenName?: string;
}

const FIELDS = N([
  'công tác chuyên môn', 'phong trào thi đua yêu nước', 'công tác cải cách hành chính', 'xây dựng nông thôn mới',
  'công tác dân vận', 'phòng, chống thiên tai và tìm kiếm cứu nạn', 'công tác giáo dục và đào tạo',
  'chăm sóc sức khỏe nhân dân', 'bảo đảm an ninh, trật tự', 'chuyển đổi số', 'phát triển kinh tế – xã hội',
  'công tác giảm nghèo bền vững', 'xây dựng Đảng và hệ thống chính trị',
]);

function citationFor(rng: Rng, type: CommendationType, year: number, kind: RecipientKind): string {
  switch (type) {
    case 'dot-xuat':
      return rng.pick([
        `Có hành động dũng cảm cứu người bị nạn trong đợt mưa lũ tháng ${rng.int(6, 11)}/${year}.`,
        `Đã có thành tích xuất sắc đột xuất trong công tác phòng, chống thiên tai, khắc phục hậu quả bão năm ${year}.`,
        `Dũng cảm tham gia chữa cháy, bảo vệ tài sản của Nhà nước và nhân dân.`,
        `Phát hiện, bắt giữ đối tượng phạm tội, góp phần giữ gìn an ninh, trật tự trên địa bàn.`,
      ]);
    case 'cong-hien':
      return 'Đã có quá trình cống hiến trong sự nghiệp cách mạng của Đảng và dân tộc.';
    case 'nien-han':
      return `Đã có thời gian phục vụ liên tục ${rng.pick(['15', '20', '25'] as const)} năm trong lực lượng vũ trang nhân dân.`;
    case 'doi-ngoai':
      return 'Đã có nhiều đóng góp tích cực vào việc vun đắp quan hệ hữu nghị và hợp tác với Việt Nam.';
    case 'chuyen-de':
      return `Đã có thành tích xuất sắc trong phong trào thi đua về ${rng.pick(FIELDS)}, giai đoạn ${year - rng.int(2, 4)}–${year}.`;
    default:
      if (kind === 'ho-gia-dinh') return `Gương mẫu chấp hành chủ trương, chính sách; tích cực tham gia xây dựng khu dân cư văn hóa năm ${year}.`;
      return rng.chance(0.5)
        ? `Đã có thành tích xuất sắc trong ${rng.pick(FIELDS)} năm ${year}, góp phần vào sự nghiệp xây dựng chủ nghĩa xã hội và bảo vệ Tổ quốc.`
        : `Hoàn thành xuất sắc nhiệm vụ ${rng.int(2, 5)} năm liên tục, từ năm ${year - rng.int(2, 4)} đến năm ${year}.`;
  }
}

// ---------------------------------------------------------------------------
// Output helpers

/** YAML frontmatter from simple values: strings are written JSON-quoted (valid YAML). */
function yamlValue(value: unknown, indent: string): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return ' []';
    if (value.every((v) => typeof v !== 'object' || v === null)) return ` [${value.map((v) => JSON.stringify(v)).join(', ')}]`;
    return value
      .map((v) => {
        const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined);
        return entries
          .map(([k, x], i) => `\n${indent}${i === 0 ? '- ' : '  '}${k}:${yamlValue(x, `${indent}    `)}`)
          .join('');
      })
      .join('');
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value as Record<string, unknown>)
      .filter(([, x]) => x !== undefined)
      .map(([k, x]) => `\n${indent}${k}:${yamlValue(x, `${indent}  `)}`)
      .join('');
  }
  return ` ${JSON.stringify(value)}`;
}

/**
 * A Markdown file with YAML frontmatter. Generated articles need no components, so they
 * are plain Markdown (.md), which Astro renders natively without compiling a module per file.
 */
export function markdownFile(frontmatter: Record<string, unknown>, paragraphs: readonly string[]): string {
  const head = Object.entries(frontmatter)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}:${yamlValue(v, '  ')}`)
    .join('\n');
  return `---\n${head}\n---\n\n${paragraphs.join('\n\n')}\n`;
}

/** A slug no longer than `max`, cut at a hyphen. */
function shortSlug(text: string, max = 70): string {
  const s = slugify(text);
  if (s.length <= max) return s;
  const cut = s.slice(0, max);
  const at = cut.lastIndexOf('-');
  return at > 20 ? cut.slice(0, at) : cut;
}

const viDate = (day: number) => {
  const [y, m, d] = isoDay(day).split('-').map(Number);
  return `${d}/${m}/${y}`;
};
const classLabel = (c: AwardClass | undefined) => (c ? ` ${AWARD_CLASS_LABELS[c]}` : '');
const awardTitle = (a: Award, c: AwardClass | undefined) => `${a.name}${classLabel(c)}`;
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

// ---------------------------------------------------------------------------
// Movements

export interface MovementOut {
  id: string;
  name: string;
  level: string;
  start: number;
  /** Province the movement belongs to, or undefined for a nationwide one. */
  province?: string;
}

const THEMES = N([
  'xây dựng nông thôn mới nâng cao, kiểu mẫu', 'vì người nghèo – không để ai bị bỏ lại phía sau',
  'đổi mới, sáng tạo trong dạy và học', 'chuyển đổi số', 'xây dựng xã hội học tập', 'xóa nhà tạm, nhà dột nát',
  'cải cách hành chính, làm người dân hài lòng hơn', 'xanh – sạch – đẹp', 'dân vận khéo',
  'bảo đảm an toàn giao thông', 'phòng, chống dịch bệnh', 'khởi nghiệp, đổi mới sáng tạo', 'văn hóa công sở',
  'giữ gìn an ninh, trật tự ở cơ sở', 'phát triển du lịch cộng đồng', 'lao động giỏi, lao động sáng tạo',
  'chung tay bảo vệ môi trường', 'đền ơn đáp nghĩa', 'học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
  'thi đua đặc biệt chào mừng đại hội Đảng bộ các cấp',
]);
const SECTORS = N(['Giáo dục', 'Y tế', 'Tài chính', 'Nội vụ', 'Công Thương', 'Nông nghiệp', 'Văn hóa, Thể thao và Du lịch', 'Tư pháp']);
const MINISTRIES: Record<string, string> = {
  'Giáo dục': 'Bộ Giáo dục và Đào tạo',
  'Y tế': 'Bộ Y tế',
  'Tài chính': 'Bộ Tài chính',
  'Nội vụ': 'Bộ Nội vụ',
  'Công Thương': 'Bộ Công Thương',
  'Nông nghiệp': 'Bộ Nông nghiệp và Phát triển nông thôn',
  'Văn hóa, Thể thao và Du lịch': 'Bộ Văn hóa, Thể thao và Du lịch',
  'Tư pháp': 'Bộ Tư pháp',
};

const MINISTRY_CODES: readonly (readonly [string, string])[] = [
  ['Bộ Giáo dục và Đào tạo', 'BGDĐT'],
  ['Bộ Y tế', 'BYT'],
  ['Bộ Tài chính', 'BTC'],
  ['Bộ Nội vụ', 'BNV'],
  ['Bộ Công Thương', 'BCT'],
  ['Bộ Tư pháp', 'BTP'],
  ['Bộ Văn hóa, Thể thao và Du lịch', 'BVHTTDL'],
].map(([m, c]) => [nfc(m!), nfc(c!)] as const);

const MOVEMENT_LEVELS: readonly (readonly [string, number])[] = [
  ['trung-uong', 6],
  ['nganh', 6],
  ['tinh', 14],
  ['huyen', 6],
  ['xa', 4],
  ['co-quan', 4],
];

function generateMovements(ref: Reference, places: PlaceBook, seed: number): { files: GeneratedFile[]; movements: MovementOut[] } {
  const rng = Rng.for(seed, 'movements');
  const files: GeneratedFile[] = [];
  const movements: MovementOut[] = [];
  const usedIds = new Set<string>();
  const national: MovementOut[] = [];
  for (const [level, count] of MOVEMENT_LEVELS) {
    for (let i = 0; i < count; i++) {
      const theme = rng.pick(THEMES);
      // Start: a month between 2016 and 2025; local movements after the reform use the new units.
      let start = rng.int(FIRST_DAY, LAST_DAY - 120);
      if (level === 'huyen') start = rng.int(FIRST_DAY, MERGER_DAY - 200);
      const startIso = isoDay(start);
      const startDay = dayNumber(`${startIso.slice(0, 7)}-01`);
      const monthEnd = dayNumber(isoDay(startDay + 31).slice(0, 7) + '-01') - 1;
      const provinceCandidates = ref.provinces.filter((p) => validAt(p, startDay) && validAt(p, monthEnd));
      const province = rng.pick(provinceCandidates);
      const w: Where = { province, day: start, places: places.of(province.id), merged: start >= MERGER_DAY };
      const commune = rng.pick(w.places.communes);
      const district = w.places.districts[commune.district]!;
      let name: string;
      let launchedBy: string;
      let scope: string;
      let provinces: string[] = [];
      switch (level) {
        case 'trung-uong':
          name = `Cả nước thi đua ${theme}`;
          launchedBy = 'Thủ tướng Chính phủ';
          scope = 'cả nước';
          break;
        case 'nganh': {
          const sector = rng.pick(SECTORS);
          name = `Ngành ${sector} thi đua ${theme}`;
          launchedBy = MINISTRIES[sector]!;
          scope = `cán bộ, công chức, viên chức, người lao động ngành ${sector.toLowerCase()} trong cả nước`;
          break;
        }
        case 'tinh':
          name = `${capitalise(province.label)} thi đua ${theme}`;
          launchedBy = `UBND ${province.label}`;
          scope = `các cơ quan, đơn vị, địa phương trên địa bàn ${province.label}`;
          provinces = [province.id];
          break;
        case 'huyen':
          name = `${capitalise(district.kind)} ${district.name} thi đua ${theme}`;
          launchedBy = `UBND ${district.kind} ${district.name}, ${province.label}`;
          scope = `các xã, thị trấn và cơ quan, đơn vị trên địa bàn ${district.kind}`;
          provinces = [province.id];
          break;
        case 'xa':
          name = `${capitalise(communeLabel(commune, w.merged))} thi đua ${theme}`;
          launchedBy = `UBND ${communeWithDistrict(w, commune)}, ${province.label}`;
          scope = 'các thôn, tổ dân phố và hộ gia đình trên địa bàn';
          provinces = [province.id];
          break;
        default: {
          const dept = rng.pick(DEPARTMENTS);
          name = `${dept} ${province.label} thi đua ${theme}`;
          launchedBy = `Giám đốc ${dept} ${province.label}`;
          scope = 'công chức, viên chức và người lao động của cơ quan';
          provinces = [province.id];
        }
      }
      let id = shortSlug(name, 80);
      for (let k = 2; usedIds.has(id); k++) id = `${shortSlug(name, 76)}-${k}`;
      usedIds.add(id);
      const dayPrecise = rng.chance(0.5);
      const startText = dayPrecise ? startIso : startIso.slice(0, 7);
      const ongoing = rng.chance(0.3);
      const endYear = Math.min(yearOfDay(start) + rng.int(1, 5), 2030);
      const parent = level !== 'trung-uong' && national.length && rng.chance(0.4) ? rng.pick(national) : undefined;
      const frontmatter = {
        name,
        slogan: rng.chance(0.5) ? rng.pick(N(['Đoàn kết – Sáng tạo – Hiệu quả', 'Chung sức, đồng lòng', 'Nói đi đôi với làm', 'Mỗi ngày một việc tốt', 'Vì cộng đồng'])) : undefined,
        launchedBy,
        level,
        scope,
        provinces,
        parent: parent?.id,
        period: { start: startText, end: ongoing ? undefined : `${endYear}-12-31` },
        summary: `Phong trào ${theme} do ${launchedBy} phát động từ ${dayPrecise ? viDate(start) : `tháng ${monthOfDay(start)}/${yearOfDay(start)}`} (dữ liệu tổng hợp để thử nghiệm).`,
      };
      const body = [
        `Phong trào “${name}” được phát động nhằm cổ vũ ${scope} phát huy tinh thần chủ động, sáng tạo, hoàn thành tốt nhiệm vụ chính trị được giao. Đây là dữ liệu tổng hợp, sinh tự động để đo hiệu năng của trang.`,
        `Nội dung chính gồm: cụ thể hóa chỉ tiêu của từng đơn vị, gắn thi đua với công tác chuyên môn, kịp thời phát hiện, bồi dưỡng và nhân rộng các gương điển hình tiên tiến trong lĩnh vực ${theme}.`,
        ...(rng.chance(0.5)
          ? ['Việc sơ kết, tổng kết được thực hiện hằng năm; những người và đơn vị làm tốt được xét khen theo quy định của Luật Thi đua, khen thưởng.']
          : []),
      ];
      files.push({ path: `movements/${id}.md`, content: markdownFile(frontmatter, body) });
      const out: MovementOut = { id, name, level, start: startDay, province: provinces[0] };
      movements.push(out);
      if (level === 'trung-uong') national.push(out);
    }
  }
  return { files, movements };
}

// ---------------------------------------------------------------------------
// Clusters

/** The eight central clusters, by the ISO codes of the pre-2025 units. */
const CENTRAL_CLUSTERS: readonly { id: string; name: string; motto: string; iso: readonly string[] }[] = [
  { id: 'cum-thanh-pho-truc-thuoc-trung-uong', name: 'Cụm thi đua các thành phố trực thuộc Trung ương', motto: 'Đoàn kết – Năng động – Sáng tạo – Phát triển', iso: ['HN', 'SG', 'HP', 'DN', 'CT'] },
  { id: 'cum-cac-tinh-bien-gioi-phia-bac', name: 'Cụm thi đua các tỉnh biên giới phía Bắc', motto: 'Đoàn kết – Hợp tác – Cùng phát triển', iso: ['04', '09', '03', '02', '71', '01', '05'] },
  { id: 'cum-cac-tinh-trung-du-mien-nui-phia-bac', name: 'Cụm thi đua các tỉnh trung du, miền núi phía Bắc', motto: 'Đoàn kết – Chia sẻ – Phát triển', iso: ['07', '06', '69', '53', '68', '14', '54'] },
  { id: 'cum-cac-tinh-dong-bang-song-hong', name: 'Cụm thi đua các tỉnh Đồng bằng sông Hồng', motto: 'Đoàn kết – Đổi mới – Hội nhập', iso: ['56', '63', '61', '66', '67', '18', '20', '70', '13'] },
  { id: 'cum-cac-tinh-bac-trung-bo', name: 'Cụm thi đua các tỉnh Bắc Trung Bộ', motto: 'Đoàn kết – Hợp tác – Cùng phát triển', iso: ['21', '22', '23', '24', '25', '26'] },
  { id: 'cum-cac-tinh-duyen-hai-mien-trung-va-tay-nguyen', name: 'Cụm thi đua các tỉnh Duyên hải miền Trung và Tây Nguyên', motto: 'Đoàn kết – Sáng tạo – Hiệu quả', iso: ['27', '29', '31', '32', '34', '36', '28', '30', '33', '72', '35'] },
  { id: 'cum-cac-tinh-mien-dong-nam-bo', name: 'Cụm thi đua các tỉnh miền Đông Nam Bộ', motto: 'Đoàn kết – Hợp tác – Phát triển', iso: ['58', '57', '43', '40', '39', '37', '41'] },
  { id: 'cum-cac-tinh-dong-bang-song-cuu-long', name: 'Cụm thi đua các tỉnh Đồng bằng sông Cửu Long', motto: 'Đoàn kết – Năng động – Phát triển bền vững', iso: ['44', '47', '50', '51', '49', '45', '46', '52', '73', '55', '59'] },
];
/** Huế, a centrally-run city from 1/1/2025, joins the cities' cluster that year. */
const HUE_ISO = '26';
const CITIES_CLUSTER = 'cum-thanh-pho-truc-thuoc-trung-uong';

const BLOCS: readonly { id: string; name: string; iso: string; members: readonly string[] }[] = [
  {
    id: 'khoi-co-quan-dang-doan-the-quang-ninh',
    name: 'Khối thi đua các cơ quan Đảng, Mặt trận Tổ quốc và đoàn thể tỉnh Quảng Ninh',
    iso: '13',
    members: ['Ban Tổ chức Tỉnh ủy', 'Ban Tuyên giáo Tỉnh ủy', 'Ủy ban MTTQ Việt Nam tỉnh', 'Tỉnh đoàn', 'Hội Liên hiệp Phụ nữ tỉnh', 'Hội Nông dân tỉnh', 'Hội Cựu chiến binh tỉnh', 'Liên đoàn Lao động tỉnh'],
  },
  {
    id: 'khoi-so-nganh-kinh-te-ha-noi',
    name: 'Khối thi đua các sở, ngành kinh tế thành phố Hà Nội',
    iso: 'HN',
    members: ['Sở Tài chính', 'Sở Công Thương', 'Sở Xây dựng', 'Sở Giao thông vận tải', 'Sở Kế hoạch và Đầu tư', 'Sở Nông nghiệp và Phát triển nông thôn', 'Sở Tài nguyên và Môi trường'],
  },
  {
    id: 'khoi-doanh-nghiep-nghe-an',
    name: 'Khối thi đua các doanh nghiệp tỉnh Nghệ An',
    iso: '22',
    members: ['Công ty Cổ phần Cấp nước (mẫu)', 'Công ty Điện lực (mẫu)', 'Công ty TNHH MTV Thủy lợi (mẫu)', 'Công ty Cổ phần Môi trường đô thị (mẫu)', 'Ngân hàng Chính sách xã hội chi nhánh tỉnh (mẫu)', 'Công ty Xổ số kiến thiết (mẫu)'],
  },
];

function isoUnit(ref: Reference, iso: string): Province {
  const code = `VN-${iso}`;
  const p = ref.provinces.find((x) => x.isoCode === code && validAt(x, dayNumber('2024-06-01')));
  if (!p) throw new Error(`provinces.json: không có đơn vị nào mã ISO ${code} vào 1/6/2024`);
  return p;
}

/** The pre-2025 unit that gave its name to a new unit (or the first of its predecessors). */
function mainPredecessors(ref: Reference): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of ref.provinces) {
    if (p.from < MERGER_DAY || !Number.isFinite(p.from)) continue;
    const preds = ref.provinces.filter((q) => q.successor === p.id);
    const main = preds.find((q) => q.name === p.name) ?? preds[0];
    if (main) out.set(p.id, main.id);
  }
  return out;
}

export interface ClusterOut {
  id: string;
  name: string;
  kind: 'cum' | 'khoi';
  years: Map<number, { members: string[]; pactDay: number }>;
}

function generateClusters(ref: Reference, seed: number): { files: GeneratedFile[]; clusters: ClusterOut[] } {
  const rng = Rng.for(seed, 'clusters');
  const files: GeneratedFile[] = [];
  const clusters: ClusterOut[] = [];
  const mains = mainPredecessors(ref);
  const hue = ref.provinces.find((p) => p.isoCode === `VN-${HUE_ISO}`);
  const hueNow = hue ? currentOf(ref, hue.id) : undefined;

  for (const def of CENTRAL_CLUSTERS) {
    const old = def.iso.map((iso) => isoUnit(ref, iso).id);
    const years: Record<string, unknown>[] = [];
    const out: ClusterOut = { id: def.id, name: def.name, kind: 'cum', years: new Map() };
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      let members = old.filter((id) => existedInYear(ref.byId.get(id)!, year));
      let evaluated = members;
      let note: string | undefined;
      if (year === LAST_YEAR) {
        // Membership is checked over the whole year: the old units until 30/6, the new ones after.
        const successors = [...mains.entries()].filter(([, main]) => old.includes(main)).map(([id]) => id);
        if (def.id === CITIES_CLUSTER && hueNow) successors.push(hueNow);
        const dropHue = (id: string) => !(def.id !== CITIES_CLUSTER && id === hueNow);
        // Units that went on unchanged count once; a new unit with the same id as an old one cannot occur.
        const current = old.map((id) => ref.byId.get(id)!).filter((p) => !p.successor).map((p) => p.id);
        members = [...new Set([...members, ...successors])].filter(dropHue);
        evaluated = [...new Set([...current, ...successors])].filter(dropHue).filter((id) => members.includes(id));
        note = 'Năm 2025 gồm cả các đơn vị trước sắp xếp (đến 30/6/2025) và các đơn vị mới (từ 1/7/2025); kết quả bình xét tính cho các đơn vị mới (dữ liệu tổng hợp).';
      }
      const leaderIndex = (year - FIRST_YEAR) % members.length;
      const leader = members[leaderIndex]!;
      const deputy = members[(leaderIndex + 1) % members.length]!;
      const scores = evaluated.map((m) => ({ member: m, score: Math.round((85 + rng.next() * 14) * 100) / 100 }));
      scores.sort((a, b) => b.score - a.score || (a.member < b.member ? -1 : 1));
      const results = scores.map((s, i) => ({ member: s.member, score: s.score, rank: i + 1, classification: i < 2 ? 'xuất sắc' : 'hoàn thành tốt nhiệm vụ' }));
      const pactDay = dayNumber(`${year}-0${rng.int(2, 4)}-${String(rng.int(1, 28)).padStart(2, '0')}`);
      out.years.set(year, { members, pactDay });
      years.push({
        year,
        members,
        leader,
        deputy,
        results,
        governmentFlag: results.slice(0, 1).map((r) => r.member),
        pmCommendation: results.slice(1, members.length > 6 ? 3 : 2).map((r) => r.member),
        pactDate: isoDay(pactDay),
        note,
      });
    }
    const data = {
      name: def.name,
      kind: 'cum',
      level: 'trung-uong',
      organiser: 'Hội đồng Thi đua – Khen thưởng Trung ương',
      memberKind: 'tinh',
      motto: def.motto,
      summary: `${def.name} (dữ liệu tổng hợp để thử nghiệm): các thành viên bình xét, suy tôn và luân phiên làm Cụm trưởng hằng năm.`,
      years,
    };
    files.push({ path: `clusters/${def.id}.json`, content: `${JSON.stringify(data, null, 2)}\n` });
    clusters.push(out);
  }

  for (const bloc of BLOCS) {
    const province = currentOf(ref, isoUnit(ref, bloc.iso).id);
    const members = N(bloc.members);
    const years: Record<string, unknown>[] = [];
    const out: ClusterOut = { id: bloc.id, name: nfc(bloc.name), kind: 'khoi', years: new Map() };
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      const leader = members[(year - FIRST_YEAR) % members.length]!;
      const deputy = members[(year - FIRST_YEAR + 1) % members.length]!;
      const scores = members.map((m) => ({ member: m, score: Math.round((88 + rng.next() * 11) * 10) / 10 }));
      scores.sort((a, b) => b.score - a.score || (a.member < b.member ? -1 : 1));
      const pactDay = dayNumber(`${year}-0${rng.int(1, 3)}-${String(rng.int(1, 28)).padStart(2, '0')}`);
      out.years.set(year, { members, pactDay });
      years.push({
        year,
        members,
        leader,
        deputy,
        results: scores.map((s, i) => ({ member: s.member, score: s.score, rank: i + 1 })),
        provincialFlag: [scores[0]!.member],
        pactDate: isoDay(pactDay),
      });
    }
    const data = {
      name: bloc.name,
      kind: 'khoi',
      level: 'tinh',
      organiser: `Hội đồng Thi đua – Khen thưởng ${ref.byId.get(province)!.label}`,
      province,
      memberKind: 'co-quan',
      summary: `${bloc.name} (dữ liệu tổng hợp để thử nghiệm).`,
      years,
    };
    files.push({ path: `clusters/${bloc.id}.json`, content: `${JSON.stringify(data, null, 2)}\n` });
    clusters.push(out);
  }
  return { files, clusters };
}

// ---------------------------------------------------------------------------
// Honorees

export interface HonoreeOut {
  id: string;
  female?: boolean;
  name: string;
  kind: RecipientKind;
  province: string;
  title?: string;
  unit?: string;
  givenName?: string;
}

function generateHonorees(ref: Reference, places: PlaceBook, seed: number, count: number): { files: GeneratedFile[]; honorees: HonoreeOut[] } {
  const rng = Rng.for(seed, 'honorees');
  const files: GeneratedFile[] = [];
  const honorees: HonoreeOut[] = [];
  const used = new Set<string>();
  const order: Province[] = [];
  for (let i = 0; i < count; i++) {
    if (order.length === 0) order.push(...rng.shuffle([...ref.provinces]));
    const province = order.pop()!;
    const day = Math.max(province.from, FIRST_DAY) + 1;
    const w: Where = { province, day, places: places.of(province.id), merged: day >= MERGER_DAY };
    const roll = rng.next();
    const kind: RecipientKind = roll < 0.72 ? 'ca-nhan' : roll < 0.95 ? 'tap-the' : 'ho-gia-dinh';
    let h: HonoreeOut;
    let position: string | undefined;
    let unit: string | undefined;
    if (kind === 'ca-nhan') {
      const person = personName(rng);
      const wp = workplace(rng, w);
      position = rng.pick(wp.titles);
      unit = wp.unit;
      h = { id: '', name: person.name, kind, province: province.id, title: position, unit, givenName: person.givenName, female: person.female };
    } else if (kind === 'tap-the') {
      const wp = workplace(rng, w);
      unit = wp.parent;
      h = { id: '', name: wp.unit, kind, province: province.id, unit };
    } else {
      const person = personName(rng);
      unit = householdAddress(rng, w);
      h = { id: '', name: `Hộ ${person.female ? 'bà' : 'ông'} ${person.name}`, kind, province: province.id, unit };
    }
    let id = shortSlug(`${h.name} ${province.name}`, 80);
    for (let k = 2; used.has(id); k++) id = `${shortSlug(`${h.name} ${province.name}`, 76)}-${k}`;
    used.add(id);
    h.id = id;
    honorees.push(h);
    const year = province.from >= MERGER_DAY ? 2025 : rng.int(2024, 2025);
    const month = province.from >= MERGER_DAY ? rng.int(7, 12) : rng.int(1, 12);
    const frontmatter = {
      name: h.name,
      kind,
      province: province.id,
      position,
      unit,
      exemplar: rng.chance(0.4),
      updated: `${year}-${String(month).padStart(2, '0')}`,
      summary:
        kind === 'ca-nhan'
          ? `${position}, ${unit}; nhiều năm liền hoàn thành xuất sắc nhiệm vụ (hồ sơ tổng hợp để thử nghiệm).`
          : kind === 'tap-the'
            ? `Tập thể tiêu biểu của ${province.label}, dẫn đầu phong trào thi đua nhiều năm (hồ sơ tổng hợp để thử nghiệm).`
            : `Hộ gia đình tiêu biểu ở ${unit} (hồ sơ tổng hợp để thử nghiệm).`,
    };
    const body = [
      kind === 'ca-nhan'
        ? `${h.name} hiện là ${position?.toLowerCase()} tại ${unit}. Trong công tác, ${h.female ? 'chị' : 'anh'} ${h.givenName ?? h.name.split(' ').pop()} luôn gương mẫu, tận tụy, được đồng nghiệp và nhân dân tin yêu.`
        : kind === 'tap-the'
          ? `${h.name} là tập thể đoàn kết, nhiều năm liền hoàn thành xuất sắc nhiệm vụ, là điểm sáng trong phong trào thi đua yêu nước của ${province.label}.`
          : `${h.name} ở ${unit} gương mẫu chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước và quy ước của khu dân cư.`,
      `Những cách làm hay được chia sẻ tại các hội nghị điển hình tiên tiến và nhân rộng trên địa bàn. Đây là hồ sơ tổng hợp, sinh tự động để đo hiệu năng của trang, không phải người hay tập thể có thật.`,
      ...(rng.chance(0.5) ? ['Nhiều năm qua, các phần thưởng ghi nhận thành tích được liệt kê trong bảng vàng của trang.'] : []),
    ];
    files.push({ path: `honorees/${id}.md`, content: markdownFile(frontmatter, body) });
  }
  return { files, honorees };
}

// ---------------------------------------------------------------------------
// Decisions

export interface DecisionOut {
  id: string;
  number: string;
  day: number;
  province: Province;
  award: Award;
  awardClass?: AwardClass;
  issuer: string;
  count: number;
  kinds: RecipientKind[];
  honorees: string[];
  type: CommendationType;
}

/** Levels of award in turn: grassroots and provincial awards come up most often. */
const LEVEL_PATTERN: string[] = ['co-so', 'bo-nganh-tinh', 'nha-nuoc', 'co-so', 'bo-nganh-tinh', 'nha-nuoc', 'co-so', 'chinh-phu'];

const MIN_SIZE = 5;
const MAX_SIZE = 2000;

/** Decision sizes: many small, few large (log-uniform of u², 5..2000), adding up to exactly `total`. */
export function decisionSizes(rng: Rng, total: number): number[] {
  const sizes: number[] = [];
  let remaining = total;
  while (remaining > 0) {
    const u = rng.next();
    let size = Math.round(MIN_SIZE * Math.pow(MAX_SIZE / MIN_SIZE, u * u));
    if (size >= remaining || remaining - size < MIN_SIZE) {
      size = remaining <= MAX_SIZE ? remaining : remaining - MIN_SIZE;
    }
    sizes.push(size);
    remaining -= size;
  }
  return sizes;
}

interface Issuer {
  issuer: string;
  suffix: string;
  signer?: { name: string; title: string };
}

function issuerFor(rng: Rng, award: Award, w: Where, profile: Profile): Issuer {
  const pl = w.province.label;
  const signer = (title: string) => ({ name: personName(rng).name, title });
  if (/bo-nganh$/.test(award.id)) {
    const [ministry, code] = rng.pick(MINISTRY_CODES);
    return { issuer: `Bộ trưởng ${ministry}`, suffix: `QĐ-${code}`, signer: signer(rng.chance(0.5) ? 'Bộ trưởng' : 'KT. Bộ trưởng – Thứ trưởng') };
  }
  if (award.level === 'co-so' && profile === 'armed') {
    return rng.chance(0.5)
      ? { issuer: `Giám đốc Công an ${pl}`, suffix: 'QĐ-CAT', signer: signer('Giám đốc') }
      : { issuer: `Chỉ huy trưởng Bộ Chỉ huy Quân sự ${pl}`, suffix: 'QĐ-BCH', signer: signer('Chỉ huy trưởng') };
  }
  switch (award.level) {
    case 'nha-nuoc':
      return { issuer: 'Chủ tịch nước', suffix: 'QĐ-CTN' };
    case 'chinh-phu':
      return { issuer: 'Thủ tướng Chính phủ', suffix: 'QĐ-TTg' };
    case 'bo-nganh-tinh':
      return {
        issuer: `UBND ${pl}`,
        suffix: 'QĐ-UBND',
        signer: signer(rng.chance(0.6) ? 'Chủ tịch' : 'KT. Chủ tịch – Phó Chủ tịch'),
      };
    default: {
      const c = rng.pick(w.places.communes);
      const householdsOnly = award.recipients.length === 1 && award.recipients[0] === 'ho-gia-dinh';
      const roll = rng.next();
      if (householdsOnly || roll < 0.35) {
        return {
          issuer: `Chủ tịch UBND ${communeWithDistrict(w, c)}, ${pl}`,
          suffix: 'QĐ-UBND',
          signer: signer('Chủ tịch'),
        };
      }
      if (!w.merged && roll < 0.75) {
        const d = w.places.districts[c.district]!;
        return { issuer: `Chủ tịch UBND ${d.kind} ${d.name}, ${pl}`, suffix: 'QĐ-UBND', signer: signer('Chủ tịch') };
      }
      const dept = rng.pick(DEPARTMENTS);
      return { issuer: `Giám đốc ${dept} ${pl}`, suffix: `QĐ-${DEPARTMENT_CODES[dept] ?? 'S'}`, signer: signer('Giám đốc') };
    }
  }
}

function commendationTypeFor(rng: Rng, award: Award): CommendationType {
  if (/huu-nghi/.test(award.id)) return 'doi-ngoai';
  if (/dung-cam/.test(award.id)) return 'dot-xuat';
  switch (award.category) {
    case 'huy-chuong':
      return rng.chance(0.8) ? 'nien-han' : 'thuong-xuyen';
    case 'huan-chuong':
      return rng.pick(['thuong-xuyen', 'thuong-xuyen', 'cong-hien', 'cong-hien', 'dot-xuat', 'chuyen-de'] as const);
    case 'danh-hieu-thi-dua':
    case 'co-thi-dua':
      return rng.chance(0.85) ? 'thuong-xuyen' : 'chuyen-de';
    case 'danh-hieu-vinh-du':
    case 'giai-thuong':
      return 'thuong-xuyen';
    case 'ky-niem-chuong':
      return rng.chance(0.7) ? 'thuong-xuyen' : 'cong-hien';
    default:
      return rng.pick(['thuong-xuyen', 'thuong-xuyen', 'dot-xuat', 'chuyen-de', 'chuyen-de'] as const);
  }
}

/** Who a decision is for, in words: "các tập thể, cá nhân", "các hộ gia đình", "các bà mẹ". */
function recipientsPhrase(award: Award): string {
  if (/ba-me/.test(award.id)) return 'các bà mẹ';
  if (/^(tinh|thanh-pho)-anh-hung/.test(award.id)) return 'nhân dân và lực lượng vũ trang các địa phương';
  const words = (['tap-the', 'ca-nhan', 'ho-gia-dinh'] as const).filter((k) => award.recipients.includes(k)).map((k) => KIND_WORDS[k]);
  return `các ${words.length === 3 ? `${words[0]}, ${words[1]} và ${words[2]}` : words.join(', ')}`;
}

function subjectFor(award: Award, awardClass: AwardClass | undefined, type: CommendationType, year: number): string {
  const name = awardTitle(award, awardClass);
  const reason =
    award.category === 'danh-hieu-vinh-du'
      ? 'có công lao, thành tích đặc biệt xuất sắc'
      : type === 'dot-xuat'
      ? 'đã có thành tích xuất sắc đột xuất'
      : type === 'cong-hien'
        ? 'đã có quá trình cống hiến'
        : type === 'nien-han'
          ? 'đã có thời gian phục vụ trong lực lượng vũ trang'
          : type === 'doi-ngoai'
            ? 'đã có đóng góp cho quan hệ hữu nghị với Việt Nam'
            : type === 'chuyen-de'
              ? 'đã có thành tích xuất sắc trong phong trào thi đua theo chuyên đề'
              : `đã có thành tích xuất sắc năm ${year}`;
  let head: string;
  switch (award.category) {
    case 'huan-chuong':
    case 'huy-chuong':
      head = `Về việc tặng thưởng ${name}`;
      break;
    case 'danh-hieu-vinh-du':
      head = `Về việc phong tặng danh hiệu vinh dự Nhà nước “${award.name}”`;
      break;
    case 'danh-hieu-thi-dua':
      head = `Về việc công nhận danh hiệu “${award.name}” năm ${year}`;
      break;
    default:
      head = `Về việc tặng ${name}`;
  }
  return `${head} cho ${recipientsPhrase(award)} ${reason}. (Dữ liệu tổng hợp để thử nghiệm, không phải quyết định thật.)`;
}

interface DecisionContext {
  ref: Reference;
  places: PlaceBook;
  movements: MovementOut[];
  honoreesByCurrent: Map<string, HonoreeOut[]>;
}

function pickKindWeights(award: Award): Weighted<RecipientKind> | undefined {
  const w: [RecipientKind, number][] = [];
  if (award.recipients.includes('ca-nhan')) w.push(['ca-nhan', 72]);
  if (award.recipients.includes('tap-the')) w.push(['tap-the', 23]);
  if (award.recipients.includes('ho-gia-dinh')) w.push(['ho-gia-dinh', 5]);
  return w.length ? new Weighted(w) : undefined;
}

interface RecordSpec {
  award: Award;
  type: CommendationType;
  year: number;
  /** Other units of the day, for records whose province differs from the decision's. */
  peers: Province[];
  profile: Profile;
  /** Huân chương, Huy chương Hữu nghị: foreigners. */
  foreign: boolean;
  /** Bà mẹ Việt Nam anh hùng. */
  mothers: boolean;
  /** Tỉnh / Thành phố Anh hùng: the people and armed forces of a place. */
  heroicPlace: boolean;
}

function makeRecord(
  rng: Rng,
  stt: number,
  kind: RecipientKind,
  w: Where,
  d: RecordSpec,
): RecordOut {
  const { award, type, year, profile } = d;
  let rec: RecordOut;
  if (kind === 'ca-nhan') {
    if (d.foreign) {
      rec = { stt, name: rng.pick(FOREIGN_NAMES), kind, title: rng.pick(FOREIGN_TITLES), unit: `Dự án hợp tác phát triển tại ${w.province.label}` };
    } else {
      const person = personName(rng, d.mothers ? true : undefined);
      const wp = workplace(rng, w, profile);
      rec = { stt, name: person.name, kind };
      if (d.mothers) rec.unit = householdAddress(rng, w);
      else {
        rec.title = rng.pick(wp.titles);
        rec.unit = wp.unit;
      }
      if (person.givenName) rec.givenName = person.givenName;
      if (award.posthumous && (d.mothers ? rng.chance(0.6) : rng.chance(0.01))) rec.posthumous = true;
    }
  } else if (kind === 'tap-the') {
    if (d.foreign) {
      rec = { stt, name: `Tổ chức ${rng.pick(FOREIGN_ORGS)}`, kind, unit: `Hoạt động tại ${w.province.label}` };
    } else if (d.heroicPlace) {
      const c = rng.pick(w.places.communes);
      const place = stt === 1 ? w.province.label : communeWithDistrict(w, c);
      rec = { stt, name: `Nhân dân và lực lượng vũ trang ${place}`, kind, unit: capitalise(w.province.label) };
    } else {
      const wp = workplace(rng, w, profile);
      rec = { stt, name: wp.unit, kind, unit: wp.parent };
    }
  } else {
    const person = personName(rng);
    rec = { stt, name: `Hộ ${person.female ? 'bà' : 'ông'} ${person.name}`, kind, unit: householdAddress(rng, w) };
  }
  if (d.peers.length && rng.chance(0.03)) rec.province = rng.pick(d.peers).id;
  if (type === 'dot-xuat' || rng.chance(0.2)) rec.citation = citationFor(rng, type, year, kind);
  return rec;
}

/** Plan and write every decision. */
function generateDecisions(
  ctx: DecisionContext,
  seed: number,
  total: number,
): { files: GeneratedFile[]; decisions: DecisionOut[] } {
  const { ref, places } = ctx;
  const rng = Rng.for(seed, 'decisions');
  const sizes = decisionSizes(rng, total);

  // Spread decisions evenly over every province entity, at a day when it existed.
  const order: Province[] = [];
  const plan = sizes.map((size, index) => {
    if (order.length === 0) order.push(...rng.shuffle([...ref.provinces]));
    const province = order.pop()!;
    const first = Math.max(province.from, FIRST_DAY);
    const last = Math.min(province.until, LAST_DAY);
    let day = rng.int(first, last);
    // Decisions are signed on working days.
    const wd = weekday(day);
    if (wd === 6 && day - 1 >= first) day -= 1;
    else if (wd === 0 && day + 1 <= last) day += 1;
    return { index, size, province, day };
  });
  plan.sort((a, b) => a.day - b.day || a.index - b.index);

  const files: GeneratedFile[] = [];
  const decisions: DecisionOut[] = [];
  const counters = new Map<string, number>();
  const usedPaths = new Set<string>();
  // Awards in turn within each level, the levels interleaved so that a small dataset
  // still mixes grassroots, provincial and state awards; over enough decisions every
  // award in use at the time comes up.
  const byLevel = new Map<string, Award[]>();
  for (const a of ref.awards) {
    const list = byLevel.get(a.level) ?? [];
    list.push(a);
    byLevel.set(a.level, list);
  }
  const levelPattern = LEVEL_PATTERN.filter((l) => byLevel.has(l));
  for (const l of byLevel.keys()) if (!levelPattern.includes(l)) levelPattern.push(l);
  const pointers = new Map<string, number>();
  let slot = 0;
  const nextAward = (day: number): Award => {
    for (let tries = 0; tries < levelPattern.length; tries++) {
      const level = levelPattern[slot++ % levelPattern.length]!;
      const list = byLevel.get(level)!;
      const start = pointers.get(level) ?? 0;
      for (let k = 0; k < list.length; k++) {
        const candidate = list[(start + k) % list.length]!;
        if (validAt(candidate, day)) {
          pointers.set(level, (start + k + 1) % list.length);
          return candidate;
        }
      }
    }
    throw new Error(`không có hình thức khen thưởng nào dùng được vào ${isoDay(day)}`);
  };
  const kindWeights = new Map<string, Weighted<RecipientKind> | undefined>();
  const unitsOnDay = new Map<number, Province[]>();

  for (const item of plan) {
    const { province, day, size } = item;
    const award = nextAward(day);
    const year = yearOfDay(day);
    const w: Where = { province, day, places: places.of(province.id), merged: day >= MERGER_DAY };
    const awardClass = award.classes.length ? rng.pick(award.classes) : undefined;
    const type = commendationTypeFor(rng, award);
    const { issuer, suffix, signer } = issuerFor(rng, award, w, profileOf(award));

    // Number: per issuer, rising through the years; the file name must be free in its folder.
    let counter = counters.get(issuer) ?? rng.int(1, 60);
    let number = '';
    let filePath = '';
    for (;;) {
      counter += rng.int(1, award.level === 'nha-nuoc' || award.level === 'chinh-phu' ? 25 : 12);
      number = `${counter}/${suffix}`;
      filePath = `decisions/${province.id}/${year}/${slugify(number)}.json`;
      if (!usedPaths.has(filePath)) break;
    }
    counters.set(issuer, counter);
    usedPaths.add(filePath);
    const id = filePath.slice('decisions/'.length, -'.json'.length);

    let peersAll = unitsOnDay.get(day);
    if (!peersAll) {
      peersAll = ref.provinces.filter((p) => validAt(p, day));
      unitsOnDay.set(day, peersAll);
    }
    // Predecessors' siblings first (same successor), else any other unit of the day.
    const siblings = peersAll.filter((p) => p.id !== province.id && currentOf(ref, p.id) === currentOf(ref, province.id));
    const peers = siblings.length ? siblings : peersAll.filter((p) => p.id !== province.id);

    let weights = kindWeights.get(award.id);
    if (!kindWeights.has(award.id)) {
      weights = pickKindWeights(award);
      kindWeights.set(award.id, weights);
    }
    const foreign = /huu-nghi/.test(award.id);
    const mothers = /ba-me/.test(award.id) && award.recipients.includes('ca-nhan');
    const heroicPlace = /^(tinh|thanh-pho)-anh-hung/.test(award.id);
    const profile = profileOf(award);
    const spec: RecordSpec = { award, type, year, peers, profile, foreign, mothers, heroicPlace };
    const records: RecordOut[] = new Array(size);
    for (let i = 0; i < size; i++) {
      const kind = mothers ? 'ca-nhan' : weights!.pick(rng);
      records[i] = makeRecord(rng, i + 1, kind, w, spec);
      if (awardClass && award.classes.length > 1 && rng.chance(0.02)) {
        const other = award.classes.filter((c) => c !== awardClass);
        records[i]!.awardClass = rng.pick(other);
      }
    }

    // Profiles of this province's lineage appear on some of its rolls.
    const linked: string[] = [];
    if (!foreign && !mothers && !heroicPlace && profile === 'general') {
      for (const h of ctx.honoreesByCurrent.get(currentOf(ref, province.id)) ?? []) {
        if (!award.recipients.includes(h.kind) || !rng.chance(0.5)) continue;
        const at = rng.int(0, size - 1);
        const rec: RecordOut = { stt: at + 1, name: h.name, kind: h.kind };
        if (h.title) rec.title = h.title;
        if (h.unit) rec.unit = h.unit;
        const hp = ref.byId.get(h.province)!;
        if (h.province !== province.id && validAt(hp, day)) rec.province = h.province;
        rec.honoree = h.id;
        if (h.givenName) rec.givenName = h.givenName;
        if (records[at]!.awardClass) rec.awardClass = records[at]!.awardClass;
        records[at] = rec;
        linked.push(h.id);
      }
    }

    let movement: string | undefined;
    if (type === 'chuyen-de') {
      const current = currentOf(ref, province.id);
      const fitting = ctx.movements.filter(
        (m) => m.start <= day && (!m.province || currentOf(ref, m.province) === current),
      );
      if (fitting.length) movement = rng.pick(fitting).id;
    }
    const achievementYear = type === 'thuong-xuyen' && monthOfDay(day) <= 6 ? year - 1 : undefined;
    const data = {
      number,
      date: isoDay(day),
      issuer,
      signer,
      subject: subjectFor(award, awardClass, type, achievementYear ?? year),
      award: award.id,
      awardClass,
      commendationType: type,
      province: province.id,
      movement,
      achievementYear,
      sample: true,
      records,
    };
    files.push({ path: filePath, content: JSON.stringify(data) });
    const kinds = [...new Set(records.map((r) => r.kind))].sort();
    decisions.push({ id, number, day, province, award, awardClass, issuer, count: size, kinds, honorees: linked, type });
  }
  return { files, decisions };
}

// ---------------------------------------------------------------------------
// Reports

/** Titles of officials at an event; {u} is "tỉnh" or "thành phố", {U} "Tỉnh" or "Thành". */
const OFFICIAL_TITLES = N([
  'Phó Chủ tịch UBND {u}', 'Chủ tịch UBND {u}', 'Phó Bí thư {U} ủy', 'Giám đốc Sở Nội vụ',
  'Trưởng Ban Thi đua – Khen thưởng {u}', 'Phó Trưởng ban Thường trực Ban Thi đua – Khen thưởng Trung ương',
  'Chủ tịch Ủy ban MTTQ Việt Nam {u}',
]);
function officialTitle(rng: Rng, p: Province | undefined): string {
  const city = p?.type === 'thanh-pho';
  return rng.pick(OFFICIAL_TITLES).replace('{u}', city ? 'thành phố' : 'tỉnh').replace('{U}', city ? 'Thành' : 'Tỉnh');
}

function reportBody(rng: Rng, lead: string, placeLabel: string, extra: string[]): string[] {
  const paragraphs = [
    lead,
    rng.pick([
      `Phát biểu tại buổi lễ, lãnh đạo ${placeLabel} ghi nhận những đóng góp của các tập thể, cá nhân; đề nghị các cấp, các ngành tiếp tục đổi mới nội dung, hình thức tổ chức phong trào thi đua, bám sát nhiệm vụ chính trị của từng đơn vị.`,
      `Theo báo cáo, các phong trào thi đua được triển khai sâu rộng, thiết thực, có trọng tâm, trọng điểm; công tác phát hiện, bồi dưỡng và nhân rộng điển hình tiên tiến có nhiều chuyển biến.`,
      `Các đại biểu đã thảo luận, chia sẻ kinh nghiệm, cách làm hay; chỉ ra những tồn tại, hạn chế trong công tác thi đua, khen thưởng và đề xuất giải pháp khắc phục trong thời gian tới.`,
    ]),
    ...extra,
  ];
  if (rng.chance(0.5)) {
    paragraphs.push(
      'Khen thưởng phải bảo đảm chính xác, công khai, công bằng, kịp thời; chú trọng khen thưởng người lao động trực tiếp, cơ sở, vùng sâu, vùng xa. Bài viết là dữ liệu tổng hợp, sinh tự động để đo hiệu năng của trang.',
    );
  } else {
    paragraphs.push('Bài viết là dữ liệu tổng hợp, sinh tự động để đo hiệu năng của trang.');
  }
  return paragraphs.slice(0, 4);
}

function officialsFor(rng: Rng, p: Province | undefined): { name: string; titles: string[] }[] {
  const count = rng.int(1, 3);
  const out: { name: string; titles: string[] }[] = [];
  for (let i = 0; i < count; i++) {
    const first = officialTitle(rng, p);
    const council = `Chủ tịch Hội đồng Thi đua – Khen thưởng ${p?.type === 'thanh-pho' ? 'thành phố' : 'tỉnh'}`;
    const titles = rng.chance(0.3) ? [first, council] : [first];
    out.push({ name: personName(rng).name, titles: [...new Set(titles)] });
  }
  return out;
}

const OTHER_EVENTS: readonly (readonly [string, string])[] = [
  ['gap-mat', 'gặp mặt, tri ân điển hình tiên tiến'],
  ['dai-hoi', 'tổ chức Đại hội thi đua yêu nước'],
  ['tin-tuc', 'triển khai công tác thi đua, khen thưởng'],
].map(([k, w]) => [k!, nfc(w!)] as const);


function generateReports(
  ref: Reference,
  seed: number,
  count: number,
  decisions: DecisionOut[],
  clusters: ClusterOut[],
  movements: MovementOut[],
  honorees: HonoreeOut[],
): GeneratedFile[] {
  const rng = Rng.for(seed, 'reports');
  const files: GeneratedFile[] = [];
  const centralClusters = clusters.filter((c) => c.kind === 'cum');
  const awardUsable = (a: Award, day: number) => validAt(a, day);

  for (let i = 0; i < count; i++) {
    const roll = rng.next();
    let day: number;
    let eventKind: string;
    let title: string;
    let summary: string;
    let provinces: string[] = [];
    let clusterIds: string[] = [];
    let movementIds: string[] = [];
    let honoreeIds: string[] = [];
    const honours: Record<string, unknown>[] = [];
    let lead: string;
    let placeLabel: string;

    if (roll < 0.55 && decisions.length) {
      const d = rng.pick(decisions);
      day = d.day;
      const later = d.day + rng.int(0, 20);
      if (later <= LAST_DAY && validAt(d.province, later) && awardUsable(d.award, later)) day = later;
      eventKind = d.type === 'thuong-xuyen' && monthOfDay(day) <= 3 ? 'tong-ket' : 'trao-tang';
      const what = awardTitle(d.award, d.awardClass);
      const who = d.kinds.map((k) => KIND_WORDS[k]).join(', ');
      placeLabel = d.province.label;
      title = `${capitalise(d.province.label)} ${eventKind === 'tong-ket' ? 'tổng kết thi đua, trao' : 'trao'} ${what} cho ${d.count} ${who}`;
      summary = `Ngày ${viDate(day)}, ${d.province.label} tổ chức trao ${what} cho ${d.count} ${who} theo Quyết định số ${d.number} của ${d.issuer} (dữ liệu tổng hợp).`;
      provinces = [d.province.id];
      honoreeIds = d.honorees.slice(0, 3);
      honours.push({
        award: d.award.id,
        awardClass: d.awardClass,
        recipients: `${capitalise(who)} có thành tích xuất sắc`,
        recipientKinds: d.kinds,
        count: d.count,
        presentedBy: `Ông ${personName(rng, false).name}, ${officialTitle(rng, d.province)}`,
        decision: d.id,
        honoree: d.honorees[0],
      });
      lead = `Ngày ${viDate(day)}, ${d.province.label} tổ chức lễ trao ${what} cho ${d.count} ${who} đã có thành tích xuất sắc. ${d.issuer} đã ký quyết định khen thưởng ngày ${viDate(d.day)}.`;
    } else if (roll < 0.7 && centralClusters.length) {
      const c = rng.pick(centralClusters);
      const year = rng.int(FIRST_YEAR, LAST_YEAR);
      const y = c.years.get(year)!;
      const review = year < LAST_YEAR && rng.chance(0.5);
      // The review of a year is held in January of the next; the pact is signed early in the year.
      day = review ? dayNumber(`${year + 1}-01-${String(rng.int(10, 28)).padStart(2, '0')}`) : y.pactDay;
      eventKind = review ? 'tong-ket' : 'ky-giao-uoc';
      const units = [...new Set(y.members.map((m) => unitOn(ref, m, day)?.id).filter((x): x is string => !!x))];
      provinces = units;
      clusterIds = [c.id];
      placeLabel = 'các tỉnh, thành phố trong cụm';
      title = review ? `${c.name} tổng kết năm ${year}, suy tôn đơn vị dẫn đầu` : `${c.name} ký giao ước thi đua năm ${year}`;
      summary = `${review ? 'Hội nghị tổng kết' : 'Lễ ký giao ước thi đua'} của ${c.name} ngày ${viDate(day)}, với ${units.length} tỉnh, thành phố (dữ liệu tổng hợp).`;
      lead = `Ngày ${viDate(day)}, ${units.length} tỉnh, thành phố thuộc ${c.name} đã ${review ? `tổng kết phong trào thi đua năm ${year}, bình xét và suy tôn đơn vị dẫn đầu` : `ký giao ước thi đua năm ${year}`}.`;
      const flag = ref.awardsById.get('co-thi-dua-chinh-phu');
      if (review && flag && awardUsable(flag, day)) {
        honours.push({ award: flag.id, recipients: 'Đơn vị dẫn đầu cụm được suy tôn đề nghị', recipientKinds: ['tap-the'].filter((k) => flag.recipients.includes(k as RecipientKind)), count: 1 });
      }
    } else if (roll < 0.9 && movements.length) {
      const m = rng.pick(movements);
      const launch = rng.chance(0.4);
      day = launch ? m.start + rng.int(0, 20) : rng.int(m.start + 90, Math.max(m.start + 90, LAST_DAY));
      if (day > LAST_DAY) day = LAST_DAY;
      eventKind = launch ? 'phat-dong' : rng.pick(['so-ket', 'tong-ket'] as const);
      movementIds = [m.id];
      const home = m.province ? unitOn(ref, m.province, day) : undefined;
      const unit = home ?? rng.pick(ref.provinces.filter((p) => validAt(p, day)));
      provinces = [unit.id];
      placeLabel = unit.label;
      title = `${capitalise(unit.label)} ${launch ? 'phát động' : eventKind === 'so-ket' ? 'sơ kết' : 'tổng kết'} phong trào “${m.name}”`;
      summary = `Ngày ${viDate(day)}, ${unit.label} ${launch ? 'phát động' : 'đánh giá kết quả'} phong trào “${m.name}” (dữ liệu tổng hợp).`;
      lead = `Ngày ${viDate(day)}, ${unit.label} ${launch ? 'tổ chức lễ phát động' : 'tổ chức hội nghị đánh giá kết quả'} phong trào “${m.name}”.`;
    } else {
      day = rng.int(FIRST_DAY, LAST_DAY);
      const [kind, words] = rng.pick(OTHER_EVENTS);
      eventKind = kind;
      const unit = rng.pick(ref.provinces.filter((p) => validAt(p, day)));
      provinces = [unit.id];
      placeLabel = unit.label;
      title = `${capitalise(unit.label)} ${words}`;
      summary = `Ngày ${viDate(day)}, ${unit.label} ${words} (dữ liệu tổng hợp).`;
      lead = `Ngày ${viDate(day)}, ${unit.label} ${words}. Tham dự có đại diện lãnh đạo tỉnh, các sở, ban, ngành và điển hình tiên tiến.`;
      const local = honorees.filter((h) => currentOf(ref, h.province) === currentOf(ref, unit.id));
      if (local.length) honoreeIds = [rng.pick(local).id];
      const usable = ref.awards.filter((a) => awardUsable(a, day) && a.level === 'bo-nganh-tinh');
      if (usable.length && rng.chance(0.7)) {
        const a = rng.pick(usable);
        const kinds = a.recipients.filter((k) => k !== 'ho-gia-dinh');
        honours.push({
          award: a.id,
          awardClass: a.classes.length ? rng.pick(a.classes) : undefined,
          recipients: 'Nhiều đơn vị và người lao động tiêu biểu',
          recipientKinds: kinds.length ? kinds : a.recipients,
          count: rng.int(5, 120),
        });
      }
    }
    const iso = isoDay(day);
    const id = `${iso}-${eventKind}-${shortSlug(provinces.length ? ref.byId.get(provinces[0]!)!.name : 'toan-quoc', 30)}-${String(i + 1).padStart(5, '0')}`;
    const extra = honours.length
      ? [`Dịp này, ${honours.map((h) => awardTitle(ref.awardsById.get(h.award as string)!, h.awardClass as AwardClass | undefined)).join(', ')} được trao cho những đơn vị và người lao động tiêu biểu.`]
      : [];
    const frontmatter = {
      title,
      date: iso,
      eventKind,
      place: placeLabel === 'các tỉnh, thành phố trong cụm' ? undefined : placeLabel,
      summary,
      provinces,
      clusters: clusterIds,
      movements: movementIds,
      honorees: honoreeIds,
      honours,
      officials: officialsFor(rng, provinces.length ? ref.byId.get(provinces[0]!) : undefined),
      authors: [personName(rng).name],
    };
    files.push({ path: `reports/${id}.md`, content: markdownFile(frontmatter, reportBody(rng, lead, placeLabel, extra)) });
  }
  return files;
}

// ---------------------------------------------------------------------------
// The whole dataset

export interface GeneratedFile {
  /** Path inside the output folder, with "/" separators. */
  path: string;
  content: string;
}

export interface DatasetStats {
  records: number;
  decisions: number;
  reports: number;
  movements: number;
  clusters: number;
  honorees: number;
  files: number;
}

export interface Dataset {
  files: GeneratedFile[];
  stats: DatasetStats;
}

export interface GenerateOptions {
  records: number;
  seed: number;
}

export function generateDataset({ records, seed }: GenerateOptions): Dataset {
  if (!Number.isInteger(records) || records < MIN_SIZE) throw new Error(`records must be an integer ≥ ${MIN_SIZE}`);
  const ref = loadReference();
  const places = new PlaceBook(seed);
  const movementPart = generateMovements(ref, places, seed);
  const clusterPart = generateClusters(ref, seed);
  const honoreePart = generateHonorees(ref, places, seed, Math.max(1, Math.round(records / 1000)));
  const honoreesByCurrent = new Map<string, HonoreeOut[]>();
  for (const h of honoreePart.honorees) {
    const key = currentOf(ref, h.province);
    const list = honoreesByCurrent.get(key) ?? [];
    list.push(h);
    honoreesByCurrent.set(key, list);
  }
  const decisionPart = generateDecisions({ ref, places, movements: movementPart.movements, honoreesByCurrent }, seed, records);
  const reportFiles = generateReports(
    ref,
    seed,
    Math.max(1, Math.floor(records / 100)),
    decisionPart.decisions,
    clusterPart.clusters,
    movementPart.movements,
    honoreePart.honorees,
  );
  const files = [...movementPart.files, ...clusterPart.files, ...honoreePart.files, ...decisionPart.files, ...reportFiles];
  return {
    files,
    stats: {
      records,
      decisions: decisionPart.files.length,
      reports: reportFiles.length,
      movements: movementPart.files.length,
      clusters: clusterPart.files.length,
      honorees: honoreePart.files.length,
      files: files.length + 1,
    },
  };
}

// ---------------------------------------------------------------------------
// Writing

/** Written at the top of the output folder; its presence allows the folder to be replaced. */
export const MARKER_FILE = '.bang-vang-dataset';
/** The folders the generator owns inside the output folder. */
export const GENERATED_FOLDERS = ['reports', 'movements', 'honorees', 'clusters', 'decisions'] as const;

/** Why the folder cannot be written into, or undefined when it can. */
export function outputDirProblem(dir: string): string | undefined {
  if (!existsSync(dir)) return undefined;
  if (!statSync(dir).isDirectory()) return `"${dir}" là một tệp, không phải thư mục.`;
  const entries = readdirSync(dir);
  if (entries.length === 0) return undefined;
  if (!entries.includes(MARKER_FILE)) {
    return `Thư mục "${dir}" đã có dữ liệu và không phải do công cụ này tạo (thiếu tệp ${MARKER_FILE}). Hãy chọn thư mục trống hoặc thư mục chưa có.`;
  }
  return undefined;
}

/** Replace the generated folders of `dir` with the dataset. Call outputDirProblem first. */
export function writeDataset(dir: string, dataset: Dataset, options: GenerateOptions): void {
  const problem = outputDirProblem(dir);
  if (problem) throw new Error(problem);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, MARKER_FILE),
    `${JSON.stringify({ generator: 'scripts/generate-dataset.ts', records: options.records, seed: options.seed })}\n`,
  );
  for (const folder of GENERATED_FOLDERS) rmSync(path.join(dir, folder), { recursive: true, force: true });
  const made = new Set<string>();
  for (const file of dataset.files) {
    const full = path.join(dir, file.path);
    const parent = path.dirname(full);
    if (!made.has(parent)) {
      mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    writeFileSync(full, file.content);
  }
}

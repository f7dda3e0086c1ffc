/**
 * The reference data the dataset is drawn from: the provinces (before and after the 2025
 * merger) and the award taxonomy, read from src/data with the project's own schemas, with
 * their lifespans as day numbers.
 */
import provincesJson from '../../../src/data/provinces.json' with { type: 'json' };
import awardsJson from '../../../src/data/awards.json' with { type: 'json' };
import { awardSchema, type AwardClass, type AwardData } from '../../../src/schemas/award.ts';
import type { RecipientKind } from '../../../src/schemas/common.ts';
import { provinceSchema } from '../../../src/schemas/province.ts';
import { dayNumber, firstDayOf, lastDayOf } from './calendar.ts';

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

/** Whether a province or an award was in use on a day. */
export const validAt = (p: { from: number; until: number }, day: number) => p.from <= day && day <= p.until;
export const existedInYear = (p: Province, year: number) =>
  p.from <= dayNumber(`${year}-12-31`) && p.until >= dayNumber(`${year}-01-01`);

/** The unit that carries `id` on today. */
export function currentOf(ref: Reference, id: string): string {
  let p = ref.byId.get(id);
  const seen = new Set<string>();
  while (p?.successor && !seen.has(p.id)) {
    seen.add(p.id);
    p = ref.byId.get(p.successor);
  }
  return p?.id ?? id;
}

/** The unit standing for `id` on a day: itself, else the first successor that existed then. */
export function unitOn(ref: Reference, id: string, day: number): Province | undefined {
  let p = ref.byId.get(id);
  const seen = new Set<string>();
  while (p && !validAt(p, day) && p.successor && !seen.has(p.id)) {
    seen.add(p.id);
    p = ref.byId.get(p.successor);
  }
  return p && validAt(p, day) ? p : undefined;
}

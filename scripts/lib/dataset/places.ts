/**
 * Places inside a province: districts, communes, hamlets and firms, made up and stable per
 * province and seed, and how they are written before and after the 2025 reform.
 */
import { Rng } from './random.ts';
import type { Province } from './reference.ts';
import { PLACE_SYLLABLES } from './words.ts';

export interface Commune {
  name: string;
  /** "xã", "phường", "thị trấn" (no "thị trấn" after the 2025 reform). */
  kind: string;
  district: number;
}
export interface District {
  name: string;
  /** "huyện", "thị xã", "thành phố". */
  kind: string;
}
export interface Places {
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

/** The places of each province, made on first use from a stream of their own. */
export class PlaceBook {
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
export interface Where {
  province: Province;
  day: number;
  places: Places;
  /** After 1/7/2025 there are no districts, and no "thị trấn". */
  merged: boolean;
}

export function communeLabel(c: Commune, merged: boolean): string {
  return `${merged && c.kind === 'thị trấn' ? 'xã' : c.kind} ${c.name}`;
}
export function districtLabel(w: Where, c: Commune): string {
  const d = w.places.districts[c.district]!;
  return `${d.kind} ${d.name}`;
}
/** "xã Tân Phú, huyện Hòa Đông" before the reform, "xã Tân Phú" after. */
export function communeWithDistrict(w: Where, c: Commune): string {
  return w.merged ? communeLabel(c, true) : `${communeLabel(c, false)}, ${districtLabel(w, c)}`;
}

/** Where a household lives: a hamlet or a street group, and its commune. */
export function householdAddress(rng: Rng, w: Where): string {
  const c = rng.pick(w.places.communes);
  return `${c.kind === 'phường' ? `Tổ dân phố số ${rng.int(1, 24)}` : `Thôn ${rng.pick(w.places.hamlets)}`}, ${communeWithDistrict(w, c)}`;
}

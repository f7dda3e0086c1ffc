/**
 * The 2025 merger: 63 units before, 34 after, and every old unit's successor,
 * checked against the mapping table of Nghị quyết 202/2025/QH15 written out here.
 */
import { describe, expect, it } from 'vitest';
import provincesJson from '../src/data/provinces.json' with { type: 'json' };
import { provinceSchema } from '../src/schemas/province.ts';
import { ProvinceIndex, transitionOf } from '../src/lib/provinces.ts';
import { parseWith, type Problem } from '../src/lib/content/problems.ts';

const problems: Problem[] = [];
const rows = (provincesJson as { id: string }[]).map(({ id, ...rest }) => ({
  id,
  ...parseWith(provinceSchema, { file: 'provinces.json', data: rest }, problems)!,
}));
const index = new ProvinceIndex(rows);

/** New unit ← old units, as the law lists them (old ids as this project names them). */
const MERGER: Record<string, string[]> = {
  'tuyen-quang': ['tuyen-quang-truoc-2025', 'ha-giang'],
  'lao-cai': ['lao-cai-truoc-2025', 'yen-bai'],
  'thai-nguyen': ['thai-nguyen-truoc-2025', 'bac-kan'],
  'phu-tho': ['phu-tho-truoc-2025', 'vinh-phuc', 'hoa-binh'],
  'bac-ninh': ['bac-ninh-truoc-2025', 'bac-giang'],
  'hung-yen': ['hung-yen-truoc-2025', 'thai-binh'],
  'hai-phong': ['hai-phong-truoc-2025', 'hai-duong'],
  'ninh-binh': ['ninh-binh-truoc-2025', 'ha-nam', 'nam-dinh'],
  'quang-tri': ['quang-tri-truoc-2025', 'quang-binh'],
  'da-nang': ['da-nang-truoc-2025', 'quang-nam'],
  'quang-ngai': ['quang-ngai-truoc-2025', 'kon-tum'],
  'gia-lai': ['gia-lai-truoc-2025', 'binh-dinh'],
  'khanh-hoa': ['khanh-hoa-truoc-2025', 'ninh-thuan'],
  'lam-dong': ['lam-dong-truoc-2025', 'dak-nong', 'binh-thuan'],
  'dak-lak': ['dak-lak-truoc-2025', 'phu-yen'],
  'ho-chi-minh': ['ho-chi-minh-truoc-2025', 'binh-duong', 'ba-ria-vung-tau'],
  'dong-nai': ['dong-nai-truoc-2025', 'binh-phuoc'],
  'tay-ninh': ['tay-ninh-truoc-2025', 'long-an'],
  'can-tho': ['can-tho-truoc-2025', 'soc-trang', 'hau-giang'],
  'vinh-long': ['vinh-long-truoc-2025', 'ben-tre', 'tra-vinh'],
  'dong-thap': ['dong-thap-truoc-2025', 'tien-giang'],
  'ca-mau': ['ca-mau-truoc-2025', 'bac-lieu'],
  'an-giang': ['an-giang-truoc-2025', 'kien-giang'],
};
const UNCHANGED = ['ha-noi', 'hue', 'lai-chau', 'dien-bien', 'son-la', 'lang-son', 'quang-ninh', 'thanh-hoa', 'nghe-an', 'ha-tinh', 'cao-bang'];

describe('provinces reference data', () => {
  it('is valid against the schema', () => {
    expect(problems).toEqual([]);
  });
  it('has 63 units in mid-2024 and 34 from 1/7/2025', () => {
    expect(index.unitsOn('2024-06-01')).toHaveLength(63);
    expect(index.unitsOn('2025-06-30')).toHaveLength(63);
    expect(index.unitsOn('2025-07-01')).toHaveLength(34);
    expect(index.currentUnits()).toHaveLength(34);
    expect(new Set(index.unitsOn('2024-06-01').map((p) => p.isoCode)).size).toBe(63);
  });
  it('maps each of the 52 merged units to its successor, and the 23 new units to their lineage', () => {
    const merged = Object.values(MERGER).flat();
    expect(merged).toHaveLength(52);
    for (const [successor, olds] of Object.entries(MERGER)) {
      for (const old of olds) {
        expect(index.get(old)?.successor, old).toBe(successor);
        expect(index.current(old)?.id, old).toBe(successor);
        expect(index.get(old)?.validUntil).toEqual({ precision: 'day', year: 2025, month: 6, day: 30 });
      }
      expect(index.directPredecessors(successor).map((p) => p.id).sort()).toEqual([...olds].sort());
      expect(transitionOf(index, olds[1]!)?.kind).toBe('merged');
    }
  });
  it('keeps the 11 unchanged units, Thừa Thiên Huế becoming Huế on 1/1/2025', () => {
    for (const id of UNCHANGED) expect(index.current(id)?.id, id).toBe(id);
    expect(index.get('thua-thien-hue')?.successor).toBe('hue');
    expect(transitionOf(index, 'thua-thien-hue')).toMatchObject({ kind: 'renamed', successor: { id: 'hue' } });
    expect(index.unitsOn('2024-12-31').some((p) => p.id === 'thua-thien-hue')).toBe(true);
    expect(index.unitsOn('2025-01-01').some((p) => p.id === 'hue')).toBe(true);
    expect(index.unitsOn('2025-01-01').some((p) => p.id === 'thua-thien-hue')).toBe(false);
  });
  it("gives a current unit's pages the content of its predecessors", () => {
    expect(index.lineage('tuyen-quang').map((p) => p.id).sort()).toEqual(['ha-giang', 'tuyen-quang', 'tuyen-quang-truoc-2025']);
    expect(index.lineage('hue').map((p) => p.id).sort()).toEqual(['hue', 'thua-thien-hue']);
  });
  it('knows which same-named unit an author meant for a date', () => {
    expect(index.sameNameAt('tuyen-quang', { precision: 'year', year: 2022 }).map((p) => p.id)).toEqual(['tuyen-quang-truoc-2025']);
  });
});

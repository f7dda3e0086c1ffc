import { describe, expect, it } from 'vitest';
import { awardOf, countRolls, recordAnchor, RollIndex, sortRecords } from '../src/lib/rolls.ts';
import type { RecordData } from '../src/schemas/decision.ts';

const rec = (stt: number, name: string, kind: RecordData['kind'] = 'ca-nhan', extra: Partial<RecordData> = {}): RecordData => ({
  stt,
  name,
  kind,
  posthumous: false,
  ...extra,
});
const day = (year: number, month = 1, d = 1) => ({ precision: 'day' as const, year, month, day: d });

const decisions = [
  {
    id: 'a',
    data: {
      number: '1/QĐ', issuer: 'UBND tỉnh Hà Giang', date: day(2022, 5), award: 'bang-khen-ubnd-tinh', province: 'ha-giang',
      records: [rec(1, 'Trần Văn Bình'), rec(2, 'Nguyễn Thị An'), rec(3, 'Đội A', 'tap-the'), rec(4, 'Lê Văn An', 'ca-nhan', { province: 'tuyen-quang-truoc-2025' })],
    },
  },
  {
    id: 'b',
    data: {
      number: '2/QĐ', issuer: 'Chủ tịch nước', date: day(2023, 2), award: 'huan-chuong-lao-dong', awardClass: 'ba' as const, province: 'quang-ninh',
      records: [rec(1, 'Đặng Văn Cường'), rec(2, 'Vũ Văn Dũng', 'ca-nhan', { award: 'bang-khen-thu-tuong' })],
    },
  },
];

describe('rolls', () => {
  it('keeps the decision order, or sorts by given name in Vietnamese order', () => {
    const records = decisions[0]!.data.records;
    expect(sortRecords(records, 'stt').map((r) => r.stt)).toEqual([1, 2, 3, 4]);
    expect(sortRecords(records, 'ten').map((r) => r.name)).toEqual(['Nguyễn Thị An', 'Lê Văn An', 'Trần Văn Bình', 'Đội A']);
  });
  it('anchors records by STT', () => {
    expect(recordAnchor(rec(12, 'X'))).toBe('stt-12');
  });
  it("takes a record's own award before the decision's", () => {
    const d = decisions[1]!.data;
    expect(awardOf(d, d.records[0]!)).toEqual({ award: 'huan-chuong-lao-dong', awardClass: 'ba' });
    expect(awardOf(d, d.records[1]!)).toEqual({ award: 'bang-khen-thu-tuong', awardClass: undefined });
  });
  it('counts records by the province of the time, grouped under the current unit', () => {
    const index = new RollIndex(decisions);
    const lineage = ['tuyen-quang', 'tuyen-quang-truoc-2025', 'ha-giang'];
    expect(index.rollsFor(lineage).map((x) => [x.decision.id, x.records.map((r) => r.stt)])).toEqual([['a', [1, 2, 3, 4]]]);
    expect(index.rollsFor(['tuyen-quang-truoc-2025']).map((x) => x.records.map((r) => r.name))).toEqual([['Lê Văn An']]);
    const levels: Record<string, 'bo-nganh-tinh' | 'nha-nuoc' | 'chinh-phu'> = {
      'bang-khen-ubnd-tinh': 'bo-nganh-tinh', 'huan-chuong-lao-dong': 'nha-nuoc', 'bang-khen-thu-tuong': 'chinh-phu',
    };
    expect(countRolls(index.rollsFor(['quang-ninh', 'ha-giang', 'tuyen-quang-truoc-2025']), (id) => levels[id])).toEqual([
      { year: 2023, decisions: 1, records: 2, byLevel: { 'nha-nuoc': 1, 'chinh-phu': 1 }, byKind: { 'ca-nhan': 2 } },
      { year: 2022, decisions: 1, records: 4, byLevel: { 'bo-nganh-tinh': 4 }, byKind: { 'ca-nhan': 3, 'tap-the': 1 } },
    ]);
  });
  it('keeps the order of the decisions it was given', () => {
    const index = new RollIndex([decisions[1]!, decisions[0]!]);
    expect(index.rollsFor(['ha-giang', 'quang-ninh']).map((x) => x.decision.id)).toEqual(['b', 'a']);
  });
  it('lists the recipients of one award, and the honours of one profile, across decisions', () => {
    const index = new RollIndex(decisions);
    expect(index.recipientsOf('bang-khen-thu-tuong').map((x) => x.record.name)).toEqual(['Vũ Văn Dũng']);
    expect(index.recipientsOf('huan-chuong-lao-dong').map((x) => x.record.name)).toEqual(['Đặng Văn Cường']);
    expect(index.honoursOf('nobody')).toEqual([]);
  });
});

describe('alphabetical order with a two-syllable given name', () => {
  it('sorts Phạm Bình Minh under "Bình Minh" when the record says so', () => {
    const records = [rec(1, 'Lê Văn Cường'), rec(2, 'Phạm Bình Minh', 'ca-nhan', { givenName: 'Bình Minh' }), rec(3, 'Trần Thị Bình')];
    expect(sortRecords(records, 'ten').map((r) => r.name)).toEqual(['Trần Thị Bình', 'Phạm Bình Minh', 'Lê Văn Cường']);
  });
});

describe('related reports', async () => {
  const { relatedReports } = await import('../src/lib/reports.ts');
  const report = (id: string, date: string, movements: string[], provinces: string[]) => ({
    id,
    data: {
      date: { precision: 'day' as const, year: +date.slice(0, 4), month: +date.slice(5, 7), day: +date.slice(8, 10) },
      movements,
      provinces,
      clusters: [],
      eventKind: 'tong-ket',
    },
  });
  const all = [
    report('a', '2023-01-09', ['m1'], ['quang-ninh']),
    report('b', '2023-01-20', ['m1'], []),
    report('c', '2019-05-01', ['m1'], []),
    report('d', '2023-02-01', [], ['quang-ninh']),
    report('e', '2023-01-10', [], ['nghe-an']),
  ];
  it('ranks shared movements above shared provinces, then the nearest in time', () => {
    expect(relatedReports(all[0]!, all).map((r) => r.id)).toEqual(['b', 'c', 'd']);
  });
  it('lists the ways to browse news once per list: years newest first, current units, kinds', async () => {
    const { newsFacets } = await import('../src/lib/reports.ts');
    const currentOf = (id: string) => (id === 'ha-giang' ? 'tuyen-quang' : id);
    const list = [...all, report('f', '2021-03-03', [], ['ha-giang'])];
    const facets = newsFacets(list, currentOf);
    expect(facets.years).toEqual([2023, 2021, 2019]);
    expect(facets.provinces.sort()).toEqual(['nghe-an', 'quang-ninh', 'tuyen-quang']);
    expect(facets.kinds).toEqual(['tong-ket']);
    // The same list gives the same answer without working it out again.
    expect(newsFacets(list, currentOf)).toBe(facets);
  });
  it('leaves a report with nothing in common out', () => {
    expect(relatedReports(all[0]!, all).map((r) => r.id)).not.toContain('e');
  });
  it('picks what comparing with every report would pick, on a few hundred random reports', () => {
    // The plain definition: score every other report, keep those above 0, best first.
    type Item = Parameters<typeof relatedReports>[0] & { data: { date: { year: number; month: number; day: number } } };
    const reference = (r: Item, list: Item[]) => {
      const shared = (a: string[], b: string[]) => a.filter((x) => b.includes(x)).length;
      const when = (x: Item) => x.data.date.year * 372 + (x.data.date.month - 1) * 31 + x.data.date.day;
      return list
        .filter((o) => o.id !== r.id)
        .map((o) => ({ o, score: 3 * shared(r.data.movements, o.data.movements) + 3 * shared(r.data.clusters, o.data.clusters) + shared(r.data.provinces, o.data.provinces), d: Math.abs(when(o) - when(r)) }))
        .filter((x) => x.score > 0)
        .sort((a, b) => b.score - a.score || a.d - b.d || (a.o.id < b.o.id ? -1 : 1))
        .slice(0, 4)
        .map((x) => x.o.id);
    };
    let seed = 7;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    const pick = (prefix: string, n: number) => Array.from({ length: next(3) }, () => `${prefix}${next(n)}`);
    const many: Item[] = Array.from({ length: 300 }, (_, i) => {
      const r = report(`r${i}`, `20${10 + next(15)}-0${1 + next(9)}-1${next(9)}`, pick('m', 12), pick('p', 30));
      return { ...r, data: { ...r.data, clusters: pick('c', 8) } };
    });
    for (const r of many) expect(relatedReports(r, many).map((x) => x.id), r.id).toEqual(reference(r, many));
  });
});

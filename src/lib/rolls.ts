/**
 * Honour rolls: what a decision confers on each record, which records belong to a
 * province (its predecessors' included), and the counts shown on province pages.
 */
import type { AwardClass, AwardLevel } from '../schemas/award.ts';
import type { DecisionData, RecordData } from '../schemas/decision.ts';
import { compareVi, compareViWords, splitPersonName } from './text.ts';

export interface DecisionLike {
  id: string;
  data: Pick<DecisionData, 'date' | 'award' | 'awardClass' | 'province' | 'number' | 'issuer'> & {
    records: RecordData[];
  };
}

/** The anchor of a record on its decision's page: "stt-12". Stable as long as the decision is. */
export function recordAnchor(record: Pick<RecordData, 'stt'>): string {
  return `stt-${record.stt}`;
}

/** Award and class a record receives: its own when given, else the decision's. */
export function awardOf(
  decision: Pick<DecisionData, 'award' | 'awardClass'>,
  record: Pick<RecordData, 'award' | 'awardClass'>,
): { award: string; awardClass?: AwardClass } {
  if (record.award) return { award: record.award, awardClass: record.awardClass };
  return { award: decision.award, awardClass: record.awardClass ?? decision.awardClass };
}

/** Province of a record at the time of the award: its own when given, else the decision's. */
export function provinceOf(decision: Pick<DecisionData, 'province'>, record: Pick<RecordData, 'province'>): string {
  return record.province ?? decision.province;
}

/** Recipients per page of an award's roll: a long roll is split so each page stays light on a phone. */
export const RECIPIENTS_PER_PAGE = 200;

export type RecordOrder = 'stt' | 'ten';

/**
 * What an alphabetical list sorts on: a person by given name, then middle name, then
 * family name; a collective or household by its whole name. People and collectives
 * then interleave by their first key, as they would in a printed index.
 */
export function nameSortKey(record: Pick<RecordData, 'name' | 'kind' | 'givenName'>): string[] {
  if (record.kind !== 'ca-nhan') return [record.name];
  if (record.givenName && record.name.endsWith(record.givenName)) {
    // A two-syllable given name ("Bình Minh"): what precedes it is family + middle names.
    const [family = '', ...middle] = record.name.slice(0, -record.givenName.length).trim().split(' ');
    return [record.givenName, middle.join(' '), family];
  }
  const parts = splitPersonName(record.name);
  return [parts.given, parts.middle, parts.family];
}

/** Compare two keys from nameSortKey() word by word, in Vietnamese order. */
export function compareNameKeys(a: readonly string[], b: readonly string[]): number {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const c = compareViWords(a[i] ?? '', b[i] ?? '');
    if (c !== 0) return c;
  }
  return 0;
}

/**
 * Records in the decision's own order (STT), or alphabetically as Vietnamese lists
 * are: people by given name, then middle and family name; collectives by whole name.
 */
export function sortRecords<R extends Pick<RecordData, 'stt' | 'name' | 'kind' | 'givenName'>>(records: readonly R[], order: RecordOrder): R[] {
  const copy = [...records];
  if (order === 'stt') return copy.sort((a, b) => a.stt - b.stt);
  const keys = new Map(copy.map((r) => [r, nameSortKey(r)]));
  return copy.sort((a, b) => compareNameKeys(keys.get(a)!, keys.get(b)!) || a.stt - b.stt);
}

/** Year a decision belongs to in the rolls. */
export function decisionYear(decision: Pick<DecisionData, 'date'>): number {
  return decision.date.year;
}

export interface RollCount {
  year: number;
  decisions: number;
  records: number;
  byLevel: Partial<Record<AwardLevel, number>>;
  byKind: Record<string, number>;
}

/** Decisions newest first; same day by number. */
export function newestFirst<D extends DecisionLike>(decisions: readonly D[]): D[] {
  const key = (d: D) => `${d.data.date.year}-${String(d.data.date.month).padStart(2, '0')}-${String(d.data.date.day).padStart(2, '0')}`;
  return [...decisions].sort((a, b) => key(b).localeCompare(key(a)) || compareVi(a.data.number, b.data.number));
}

export interface Roll<D> {
  decision: D;
  /** The decision's records that belong to the province asked for. */
  records: RecordData[];
}
export interface Honour<D> {
  decision: D;
  record: RecordData;
}

/**
 * Every record filed once under its province of the time, its profile and its award.
 * Built once per build: pages then look up what they show instead of scanning all the
 * records of the site, which at 200,000 records and a hundred provinces would be
 * tens of millions of comparisons.
 */
export class RollIndex<D extends DecisionLike> {
  private readonly order = new Map<D, number>();
  private readonly byProvince = new Map<string, Roll<D>[]>();
  private readonly byHonoree = new Map<string, Honour<D>[]>();
  private readonly byAward = new Map<string, Honour<D>[]>();

  /** `decisions` in display order (newest first); every list keeps that order. */
  constructor(decisions: readonly D[]) {
    decisions.forEach((decision, i) => {
      this.order.set(decision, i);
      const perProvince = new Map<string, RecordData[]>();
      for (const record of decision.data.records) {
        const province = provinceOf(decision.data, record);
        const list = perProvince.get(province) ?? [];
        list.push(record);
        perProvince.set(province, list);
        if (record.honoree) push(this.byHonoree, record.honoree, { decision, record });
        push(this.byAward, awardOf(decision.data, record).award, { decision, record });
      }
      for (const [province, records] of perProvince) push(this.byProvince, province, { decision, records });
    });
  }

  /** Decisions with records from any of the provinces (a unit and its predecessors), in display order. */
  rollsFor(provinceIds: Iterable<string>): Roll<D>[] {
    const merged = new Map<D, RecordData[]>();
    for (const id of provinceIds) {
      for (const { decision, records } of this.byProvince.get(id) ?? []) {
        const list = merged.get(decision);
        if (list) list.push(...records);
        else merged.set(decision, [...records]);
      }
    }
    return [...merged]
      .sort((a, b) => this.order.get(a[0])! - this.order.get(b[0])!)
      .map(([decision, records]) => ({ decision, records: records.sort((x, y) => x.stt - y.stt) }));
  }

  /** Every record linked to a profile, in display order. */
  honoursOf(honoreeId: string): Honour<D>[] {
    return this.byHonoree.get(honoreeId) ?? [];
  }

  /** Every record that received an award, in display order. */
  recipientsOf(awardId: string): Honour<D>[] {
    return this.byAward.get(awardId) ?? [];
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Records and decisions per year for a set of rolls, newest year first. */
export function countRolls<D extends DecisionLike>(rolls: readonly Roll<D>[], levelOf: (awardId: string) => AwardLevel | undefined): RollCount[] {
  const years = new Map<number, RollCount>();
  for (const { decision, records } of rolls) {
    const year = decisionYear(decision.data);
    const row = years.get(year) ?? { year, decisions: 0, records: 0, byLevel: {}, byKind: {} };
    row.decisions += 1;
    row.records += records.length;
    for (const r of records) {
      const level = levelOf(awardOf(decision.data, r).award);
      if (level) row.byLevel[level] = (row.byLevel[level] ?? 0) + 1;
      row.byKind[r.kind] = (row.byKind[r.kind] ?? 0) + 1;
    }
    years.set(year, row);
  }
  return [...years.values()].sort((a, b) => b.year - a.year);
}

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

/** Decisions with at least one record from the given provinces, and how many records each has there. */
export function decisionsFor<D extends DecisionLike>(
  decisions: readonly D[],
  provinceIds: ReadonlySet<string>,
): { decision: D; records: RecordData[] }[] {
  const out: { decision: D; records: RecordData[] }[] = [];
  for (const decision of decisions) {
    const records = decision.data.records.filter((r) => provinceIds.has(provinceOf(decision.data, r)));
    if (records.length) out.push({ decision, records });
  }
  return out;
}

export interface RollCount {
  year: number;
  decisions: number;
  records: number;
  byLevel: Partial<Record<AwardLevel, number>>;
  byKind: Record<string, number>;
}

/** Records and decisions per year for the given provinces, newest year first. */
export function countByYear<D extends DecisionLike>(
  decisions: readonly D[],
  provinceIds: ReadonlySet<string>,
  levelOf: (awardId: string) => AwardLevel | undefined,
): RollCount[] {
  const years = new Map<number, RollCount>();
  for (const { decision, records } of decisionsFor(decisions, provinceIds)) {
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

/** Decisions newest first; same day by number. */
export function newestFirst<D extends DecisionLike>(decisions: readonly D[]): D[] {
  const key = (d: D) => `${d.data.date.year}-${String(d.data.date.month).padStart(2, '0')}-${String(d.data.date.day).padStart(2, '0')}`;
  return [...decisions].sort((a, b) => key(b).localeCompare(key(a)) || compareVi(a.data.number, b.data.number));
}

/** Every record across decisions that links to a profile. */
export function recordsOfHonoree<D extends DecisionLike>(decisions: readonly D[], honoreeId: string): { decision: D; record: RecordData }[] {
  const out: { decision: D; record: RecordData }[] = [];
  for (const decision of decisions) {
    for (const record of decision.data.records) if (record.honoree === honoreeId) out.push({ decision, record });
  }
  return out;
}

/** Every record that received an award, newest decision first. */
export function recordsOfAward<D extends DecisionLike>(decisions: readonly D[], awardId: string): { decision: D; record: RecordData }[] {
  const out: { decision: D; record: RecordData }[] = [];
  for (const decision of newestFirst(decisions)) {
    for (const record of decision.data.records) {
      if (awardOf(decision.data, record).award === awardId) out.push({ decision, record });
    }
  }
  return out;
}

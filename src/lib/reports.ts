/**
 * How news is browsed: pages of a fixed size, by year, by province (a current unit
 * with its predecessors) and by kind of event; and which reports are related.
 */
import { yearOf, type PartialDate } from './dates.ts';

export const REPORTS_PER_PAGE = 20;

/** Folder names under /tin-tuc/ used by the lists; a report may not take them as its id. */
export const RESERVED_REPORT_SEGMENTS = ['trang', 'nam', 'tinh', 'loai'] as const;

export interface ReportLike {
  id: string;
  data: { date: PartialDate; provinces: string[]; movements: string[]; clusters: string[]; eventKind: string };
}

/** Split a list into pages of `size` (at least one page, possibly empty). */
export function pages<T>(items: readonly T[], size: number = REPORTS_PER_PAGE): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out.length ? out : [[]];
}

/** Group items by a key, keeping the order of the input inside each group. */
export function groupBy<T, K>(items: readonly T[], keysOf: (item: T) => Iterable<K>): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    for (const key of new Set(keysOf(item))) {
      const list = groups.get(key) ?? [];
      list.push(item);
      groups.set(key, list);
    }
  }
  return groups;
}

/** Reports by year; reports whose date is unknown have no year page. */
export function reportsByYear<R extends ReportLike>(reports: readonly R[]): Map<number, R[]> {
  return groupBy(reports, (r) => {
    const y = yearOf(r.data.date);
    return y === undefined ? [] : [y];
  });
}

/** Reports by the current unit of each province they name, so a merged province's news stays findable. */
export function reportsByCurrentProvince<R extends ReportLike>(reports: readonly R[], currentOf: (id: string) => string | undefined): Map<string, R[]> {
  return groupBy(reports, (r) => r.data.provinces.map(currentOf).filter((id): id is string => id !== undefined));
}

export interface NewsFacets {
  /** Years with news, newest first. */
  years: number[];
  /** Current units with news (their own or a predecessor's), as ids. */
  provinces: string[];
  /** Kinds of event with news. */
  kinds: string[];
}

const facetCache = new WeakMap<readonly ReportLike[], NewsFacets>();

/**
 * The ways to browse a list of news, worked out once per list: every page of the news
 * shows them, and a site of 2,000 reports has hundreds of such pages.
 */
export function newsFacets(reports: readonly ReportLike[], currentOf: (id: string) => string | undefined): NewsFacets {
  let facets = facetCache.get(reports);
  if (!facets) {
    facets = {
      years: [...reportsByYear(reports).keys()].sort((a, b) => b - a),
      provinces: [...reportsByCurrentProvince(reports, currentOf).keys()],
      kinds: [...new Set(reports.map((r) => r.data.eventKind))],
    };
    facetCache.set(reports, facets);
  }
  return facets;
}

/**
 * Reports that share the most with this one: a movement or a cluster counts more than
 * a province; among equals, the nearest in time. Nearness rather than recency keeps each
 * report's list stable as news is added, so a new article changes the related lists of
 * its neighbours only, and incremental builds re-render little.
 */
export function relatedReports<R extends ReportLike>(report: R, all: readonly R[], limit = 4): R[] {
  const when = (r: ReportLike) => {
    const y = yearOf(r.data.date);
    if (y === undefined) return Number.NaN;
    const d = r.data.date;
    return y * 372 + (d.precision === 'day' || d.precision === 'month' ? (d.month - 1) * 31 : 0) + (d.precision === 'day' ? d.day : 0);
  };
  const here = when(report);
  const distance = (r: ReportLike) => {
    const gap = Math.abs(when(r) - here);
    return Number.isNaN(gap) ? Infinity : gap;
  };
  // Only reports sharing a movement, cluster or province can score: look them up by tag
  // rather than comparing with every report (2,000 reports made this 4 million comparisons).
  const byTag = tagIndex(all);
  const scores = new Map<R, number>();
  const add = (tag: string, weight: number) => {
    for (const other of byTag.get(tag) ?? []) {
      if (other.id !== report.id) scores.set(other, (scores.get(other) ?? 0) + weight);
    }
  };
  for (const id of report.data.movements) add(`m:${id}`, 3);
  for (const id of report.data.clusters) add(`c:${id}`, 3);
  for (const id of report.data.provinces) add(`p:${id}`, 1);
  return [...scores]
    .map(([other, score]) => ({ other, score, distance: distance(other) }))
    .sort((a, b) => b.score - a.score || a.distance - b.distance || (a.other.id < b.other.id ? -1 : 1))
    .slice(0, limit)
    .map((x) => x.other);
}

const tagIndexes = new WeakMap<readonly ReportLike[], Map<string, ReportLike[]>>();

/** Reports by each movement ("m:…"), cluster ("c:…") and province ("p:…") they name, once per list. */
function tagIndex<R extends ReportLike>(all: readonly R[]): Map<string, R[]> {
  let index = tagIndexes.get(all);
  if (!index) {
    index = groupBy(all as readonly ReportLike[], (r) => [
      ...r.data.movements.map((id) => `m:${id}`),
      ...r.data.clusters.map((id) => `c:${id}`),
      ...r.data.provinces.map((id) => `p:${id}`),
    ]);
    tagIndexes.set(all, index);
  }
  return index as Map<string, R[]>;
}

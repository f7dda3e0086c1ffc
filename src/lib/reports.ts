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

/**
 * Reports that share the most with this one: a movement or a cluster counts more than
 * a province; among equals, the nearest in time. Nearness rather than recency keeps each
 * report's list stable as news is added, so a new article changes the related lists of
 * its neighbours only, and incremental builds re-render little.
 */
export function relatedReports<R extends ReportLike>(report: R, all: readonly R[], limit = 4): R[] {
  const shared = (a: string[], b: string[]) => a.filter((x) => b.includes(x)).length;
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
  return all
    .filter((other) => other.id !== report.id)
    .map((other) => ({
      other,
      score:
        3 * shared(report.data.movements, other.data.movements) +
        3 * shared(report.data.clusters, other.data.clusters) +
        shared(report.data.provinces, other.data.provinces),
      distance: distance(other),
    }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score || a.distance - b.distance || (a.other.id < b.other.id ? -1 : 1))
    .slice(0, limit)
    .map((x) => x.other);
}

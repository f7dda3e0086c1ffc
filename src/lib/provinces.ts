/**
 * The province graph: which unit existed when, and which unit carries on a merged one.
 * Pure functions over the provinces list, shared by the validator and the pages.
 */
import { dateRange, type PartialDate } from './dates.ts';

export interface ProvinceLike {
  id: string;
  name: string;
  validFrom?: PartialDate;
  validUntil?: PartialDate;
  successor?: string;
}

const isoDay = (d: PartialDate | undefined, fallback: string) => (d ? (dateRange(d)?.first ?? fallback) : fallback);

/** First and last day of existence, as ISO days; open ends are far past / far future. */
export function lifespan(p: ProvinceLike): { from: string; until: string } {
  return { from: isoDay(p.validFrom, '0000-01-01'), until: isoDay(p.validUntil, '9999-12-31') };
}

/** Whether the unit existed on some day between `first` and `last` (ISO days, inclusive). */
export function existedDuring(p: ProvinceLike, first: string, last: string): boolean {
  const { from, until } = lifespan(p);
  return from <= last && until >= first;
}

/** Whether the unit existed at some time within a partial date; an unknown date accepts any unit. */
export function existedAt(p: ProvinceLike, date: PartialDate): boolean {
  const range = dateRange(date);
  return range ? existedDuring(p, range.first, range.last) : true;
}

/** Whether the unit still exists (has no end date). */
export function isCurrent(p: ProvinceLike): boolean {
  return p.validUntil === undefined;
}

export class ProvinceIndex<P extends ProvinceLike> {
  readonly all: readonly P[];
  readonly byId: Map<string, P>;
  private readonly children = new Map<string, P[]>();

  constructor(all: readonly P[]) {
    this.all = all;
    this.byId = new Map(all.map((p) => [p.id, p]));
    for (const p of all) {
      if (!p.successor) continue;
      const list = this.children.get(p.successor) ?? [];
      list.push(p);
      this.children.set(p.successor, list);
    }
  }

  get(id: string): P | undefined {
    return this.byId.get(id);
  }

  /** The unit that carries on `id` today: itself if it still exists, else the end of its successor chain. */
  current(id: string): P | undefined {
    let p = this.byId.get(id);
    const seen = new Set<string>();
    while (p?.successor && !seen.has(p.id)) {
      seen.add(p.id);
      p = this.byId.get(p.successor);
    }
    return p;
  }

  /** Units merged or renamed directly into `id`. */
  directPredecessors(id: string): P[] {
    return this.children.get(id) ?? [];
  }

  /** Every unit whose history leads into `id`, itself included: the units whose content its pages show. */
  lineage(id: string): P[] {
    const out: P[] = [];
    const stack = [id];
    const seen = new Set<string>();
    while (stack.length) {
      const next = stack.pop()!;
      if (seen.has(next)) continue;
      seen.add(next);
      const p = this.byId.get(next);
      if (p) out.push(p);
      for (const child of this.directPredecessors(next)) stack.push(child.id);
    }
    return out;
  }

  /** Units that still exist. */
  currentUnits(): P[] {
    return this.all.filter(isCurrent);
  }

  /** Units that existed on a given ISO day. */
  unitsOn(day: string): P[] {
    return this.all.filter((p) => existedDuring(p, day, day));
  }

  /** Units of the same name as `id` that existed during the date: what the author probably meant. */
  sameNameAt(id: string, date: PartialDate): P[] {
    const p = this.byId.get(id);
    if (!p) return [];
    return this.all.filter((q) => q.id !== id && q.name === p.name && existedAt(q, date));
  }
}

/** How a unit ended: merged with others into its successor, or renamed / re-formed alone. */
export function transitionOf<P extends ProvinceLike>(
  index: ProvinceIndex<P>,
  id: string,
): { kind: 'merged' | 'renamed'; successor: P; from?: PartialDate } | undefined {
  const p = index.get(id);
  const successor = p?.successor ? index.get(p.successor) : undefined;
  if (!p || !successor) return undefined;
  const kind = index.directPredecessors(successor.id).length > 1 ? 'merged' : 'renamed';
  return { kind, successor, from: successor.validFrom };
}

/** A cluster's year as table rows: one per member, with its role, score and nominations. */
import type { ClusterYear } from '../schemas/cluster.ts';

export interface ClusterRow {
  member: string;
  role?: 'leader' | 'deputy';
  score?: number;
  rank?: number;
  governmentFlag: boolean;
  pmCommendation: boolean;
  provincialFlag: boolean;
}

/** Rows in ranking order when there is one, else leader, deputy, then the members as listed. */
export function clusterYearRows(year: ClusterYear): ClusterRow[] {
  const rows = year.members.map((member, index): ClusterRow & { index: number } => {
    const result = year.results.find((r) => r.member === member);
    return {
      index,
      member,
      role: year.leader === member ? 'leader' : year.deputy === member ? 'deputy' : undefined,
      score: result?.score,
      rank: result?.rank,
      governmentFlag: year.governmentFlag.includes(member),
      pmCommendation: year.pmCommendation.includes(member),
      provincialFlag: year.provincialFlag.includes(member),
    };
  });
  const roleOrder = (r: ClusterRow) => (r.role === 'leader' ? 0 : r.role === 'deputy' ? 1 : 2);
  rows.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || roleOrder(a) - roleOrder(b) || a.index - b.index);
  return rows.map(({ index: _index, ...row }) => row);
}

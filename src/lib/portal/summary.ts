/**
 * A member's summary, du-lieu/tong-hop.json (src/schemas/portal.ts): its rolls counted by
 * year, award level and kind, and its clusters' results, from the checked content. What a
 * portal shows of a member beside its latest decisions and news; a file whose size grows
 * with the years and the clusters, never with the records.
 */
import type { MemberCluster, MemberSummary, MemberYearCount } from '../../schemas/portal.ts';
import { clusterYearRows } from '../clusters.ts';
import type { ValidatedContent } from '../content/validate.ts';
import { countRolls, newestFirst } from '../rolls.ts';

/** The path of the summary under a site's base path. */
export const SUMMARY_FILE = 'du-lieu/tong-hop.json';

export function memberSummary(content: ValidatedContent, siteUrl: string): MemberSummary {
  const decisions = newestFirst(content.decisions);
  const counts = countRolls(
    decisions.map((decision) => ({ decision, records: decision.data.records })),
    (id) => content.awards.get(id)?.level,
  );
  const years: MemberYearCount[] = counts.map((c) => ({ year: c.year, decisions: c.decisions, records: c.records, byLevel: c.byLevel, byKind: c.byKind }));
  const clusters: MemberCluster[] = content.clusters.map((cluster) => {
    const c = cluster.data;
    const nameOf = (member: string) => (c.memberKind === 'tinh' ? (content.provinces.get(member)?.name ?? member) : member);
    return {
      id: cluster.id,
      name: c.name,
      kind: c.kind,
      level: c.level,
      organiser: c.organiser,
      memberKind: c.memberKind,
      years: [...c.years]
        .sort((a, b) => b.year - a.year)
        .map((y) => ({
          year: y.year,
          rows: clusterYearRows(y).map((r) => ({
            member: r.member,
            name: nameOf(r.member),
            ...(r.role ? { role: r.role } : {}),
            ...(r.rank !== undefined ? { rank: r.rank } : {}),
            ...(r.score !== undefined ? { score: r.score } : {}),
            governmentFlag: r.governmentFlag,
            pmCommendation: r.pmCommendation,
            provincialFlag: r.provincialFlag,
          })),
        })),
    };
  });
  return {
    version: 1,
    site: siteUrl,
    decisionCount: decisions.length,
    recordCount: decisions.reduce((n, d) => n + d.data.records.length, 0),
    years,
    clusters,
  };
}

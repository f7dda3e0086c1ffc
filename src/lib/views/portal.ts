/**
 * The portal's pages (docs/federation.md), each a pure function of what the members publish
 * (src/lib/portal/read.ts) and of the portal's own reference data (province and award
 * names): the list of members with their counts, each member's page, the national table of
 * cluster results, and the search over every member.
 */
import { AWARD_LEVELS, AWARD_LEVEL_LABELS } from '../../schemas/award.ts';
import { RECIPIENT_KINDS, RECIPIENT_KIND_LABELS } from '../../schemas/common.ts';
import type { MemberYearCount } from '../../schemas/portal.ts';
import { t } from '../../i18n/t.ts';
import { formatViDate, parsePartialDate } from '../dates.ts';
import { formatNumber } from '../format.ts';
import type { MemberData } from '../portal/read.ts';
import type { PortalData } from '../portal/load.ts';
import { memberPage, memberPaths, portalPaths } from '../portal/paths.ts';
import type { MemberSearch, PortalSearchSetup } from '../portal/search.ts';
import { typeLabel } from '../search/documents.ts';
import { CONTENT_TYPES, FILTER_KEYS, META_WEIGHTS, RECORDS_BUNDLE, type ContentType, type FilterKey, type FilterOption } from '../search/model.ts';
import type { SiteData } from '../site-data.ts';
import { compareVi } from '../text.ts';
import { withBase } from '../urls.ts';
import type { PageOf } from './pages.ts';
import type { ChartView, DateView, LinkView, PageHead } from './parts.ts';

/** The portal's reference data: names of provinces and awards. */
export type PortalRefs = Pick<SiteData, 'provinces' | 'awardById'>;

/** An ISO day as pages show it ("5/1/2023"). */
const dayView = (iso: string): DateView => {
  const parsed = parsePartialDate(iso);
  return parsed.ok ? { text: formatViDate(parsed.date), iso } : { text: iso };
};

// ---------------------------------------------------------------------------
// Counts by year, award level and kind

export interface PortalCountsView {
  captionId: string;
  caption: string;
  /** Headings after year, decisions and records: each award level, then each kind when known. */
  columns: string[];
  rows: { year: number; decisions: string; records: string; byLevel: string[]; byKind: string[] }[];
  /** Which members' counts by kind are missing: they do not publish their summary. */
  kindsNote?: string;
  charts: ChartView[];
}

/** Counts of several members added up, newest year first. */
export function addCounts(lists: readonly (readonly MemberYearCount[])[]): MemberYearCount[] {
  const years = new Map<number, MemberYearCount>();
  for (const list of lists) {
    for (const c of list) {
      const row = years.get(c.year) ?? { year: c.year, decisions: 0, records: 0, byLevel: {}, byKind: {} };
      row.decisions += c.decisions;
      row.records += c.records;
      for (const level of AWARD_LEVELS) if (c.byLevel[level]) row.byLevel[level] = (row.byLevel[level] ?? 0) + c.byLevel[level]!;
      for (const kind of RECIPIENT_KINDS) if (c.byKind[kind]) row.byKind[kind] = (row.byKind[kind] ?? 0) + c.byKind[kind]!;
      years.set(c.year, row);
    }
  }
  return [...years.values()].sort((a, b) => b.year - a.year);
}

function countsView(idPrefix: string, name: string, members: readonly MemberData[]): PortalCountsView {
  const read = members.filter((m) => m.available);
  const counts = addCounts(read.map((m) => m.years));
  const withKinds = read.filter((m) => m.hasKinds);
  const showKinds = withKinds.length > 0;
  const without = read.filter((m) => !m.hasKinds).map((m) => m.member.name);
  const total = (pick: (c: MemberYearCount) => number) => counts.reduce((n, c) => n + pick(c), 0);
  const bar = (label: string, value: number) => ({ label, value, display: formatNumber(value) });
  const charts: ChartView[] =
    counts.length === 0
      ? []
      : [
          { id: `${idPrefix}bieu-do-nam`, title: t('charts.byYear', { name }), bars: [...counts].sort((a, b) => a.year - b.year).map((c) => bar(String(c.year), c.records)) },
          {
            id: `${idPrefix}bieu-do-cap`,
            title: t('charts.byLevel', { name }),
            bars: AWARD_LEVELS.map((l) => bar(AWARD_LEVEL_LABELS[l], total((c) => c.byLevel[l] ?? 0))).filter((b) => b.value > 0),
          },
          ...(showKinds
            ? [
                {
                  id: `${idPrefix}bieu-do-doi-tuong`,
                  title: t('charts.byKind', { name }),
                  bars: RECIPIENT_KINDS.map((k) => bar(RECIPIENT_KIND_LABELS[k], total((c) => c.byKind[k] ?? 0))).filter((b) => b.value > 0),
                },
              ]
            : []),
        ];
  return {
    captionId: `${idPrefix}bang-so-lieu`,
    caption: `${t('provinces.rollSummary')} – ${name}`,
    columns: [...AWARD_LEVELS.map((l) => AWARD_LEVEL_LABELS[l]), ...(showKinds ? RECIPIENT_KINDS.map((k) => RECIPIENT_KIND_LABELS[k]) : [])],
    rows: counts.map((c) => ({
      year: c.year,
      decisions: formatNumber(c.decisions),
      records: formatNumber(c.records),
      byLevel: AWARD_LEVELS.map((l) => formatNumber(c.byLevel[l] ?? 0)),
      byKind: showKinds ? RECIPIENT_KINDS.map((k) => formatNumber(c.byKind[k] ?? 0)) : [],
    })),
    kindsNote:
      without.length === 0
        ? undefined
        : showKinds
          ? t('portal.kindsPartial', { members: without.join(', ') })
          : t('portal.kindsMissing'),
    charts,
  };
}

// ---------------------------------------------------------------------------
// The portal's home: every member

export interface PortalMemberRow {
  link: LinkView;
  site: LinkView;
  province: string;
  decisions: string;
  records: string;
  latest?: DateView;
  /** Why the member is not summarised, when its index could not be read. */
  unavailable?: string;
}

export interface PortalHomeView {
  head: PageHead;
  title: string;
  intro: string;
  members: PortalMemberRow[];
  totals: { decisions: string; records: string; members: string };
  counts: PortalCountsView;
  search: string;
  clusters: string;
}

const provinceName = (refs: PortalRefs, id: string) => refs.provinces.get(id)?.name ?? id;

export function portalHomeView(portal: PortalData, refs: PortalRefs): PortalHomeView {
  const read = portal.members.filter((m) => m.available);
  const title = t('portal.title');
  return {
    head: { title, description: t('portal.intro') },
    title,
    intro: t('portal.intro'),
    members: portal.members.map((m) => ({
      link: { href: portalPaths.member(m.member.id), text: m.member.name },
      site: { href: m.member.address, text: m.member.address },
      province: provinceName(refs, m.member.province),
      decisions: m.available ? formatNumber(m.decisionCount) : '',
      records: m.available ? formatNumber(m.recordCount) : '',
      latest: m.latestDecisions[0] ? dayView(m.latestDecisions[0].date) : undefined,
      unavailable: m.available ? undefined : t('portal.unavailable'),
    })),
    totals: {
      decisions: formatNumber(read.reduce((n, m) => n + m.decisionCount, 0)),
      records: formatNumber(read.reduce((n, m) => n + m.recordCount, 0)),
      members: t('portal.memberCount', { count: formatNumber(portal.members.length), read: formatNumber(read.length) }),
    },
    counts: countsView('', t('portal.everyMember'), portal.members),
    search: portalPaths.search(),
    clusters: portalPaths.clusters(),
  };
}

// ---------------------------------------------------------------------------
// A member's page

export interface PortalDecisionCard {
  href: string;
  title: string;
  date: DateView;
  issuer: string;
  award: string;
  count: string;
  province: string;
  sample: boolean;
}

export interface PortalNewsCard {
  href: string;
  title: string;
  date?: DateView;
  kind?: string;
  summary?: string;
}

export interface PortalMemberView {
  head: PageHead;
  heading: string;
  site: LinkView;
  province: string;
  /** What could not be read, and what the member does not publish. */
  problems: string[];
  missing: string[];
  counts: PortalCountsView;
  decisions: PortalDecisionCard[];
  allDecisions: LinkView;
  news: PortalNewsCard[];
  allNews: LinkView;
  search: LinkView;
  back: LinkView;
}

export function portalMemberView(member: MemberData, refs: PortalRefs): PortalMemberView {
  const m = member.member;
  const address = m.address;
  return {
    head: { title: t('portal.memberTitle', { name: m.name }) },
    heading: m.name,
    site: { href: address, text: address },
    province: provinceName(refs, m.province),
    problems: member.problems,
    missing: member.missing,
    counts: countsView('', m.name, [member]),
    decisions: member.latestDecisions.map((d) => ({
      href: memberPaths.decision(address, d.id),
      title: t('search.decisionTitle', { number: d.number }),
      date: dayView(d.date),
      issuer: d.issuer,
      award: d.awardName,
      count: t('decisions.recordCount', { count: formatNumber(d.recordCount) }),
      province: d.provinceName,
      sample: d.sample,
    })),
    allDecisions: { href: memberPage(address, 'quyet-dinh/'), text: t('portal.allDecisions', { name: m.name }) },
    news: member.news.map((n) => ({ href: n.link, title: n.title, date: n.date ? dayView(n.date) : undefined, kind: n.kind, summary: n.summary })),
    allNews: { href: memberPaths.news(address), text: t('portal.allNews', { name: m.name }) },
    search: { href: portalPaths.search(m.id), text: t('portal.searchMember', { name: m.name }) },
    back: { href: portalPaths.home(), text: t('portal.title') },
  };
}

export function portalMemberPages(portal: PortalData, refs: PortalRefs): PageOf<PortalMemberView>[] {
  return portal.members.map((member) => ({ params: { member: member.member.id }, view: portalMemberView(member, refs) }));
}

// ---------------------------------------------------------------------------
// The national table of cluster results

export interface PortalClusterRow {
  cluster: LinkView;
  organiser: string;
  year: number;
  leader: string;
  governmentFlag: string;
  pmCommendation: string;
  /** The members whose sites publish this cluster's year. */
  publishedBy: string;
  /** Members publish different results for this year: each is shown on its own site. */
  differs: boolean;
}

export interface PortalClustersView {
  head: PageHead;
  title: string;
  intro: string;
  captionId: string;
  caption: string;
  rows: PortalClusterRow[];
  /** Members that publish no summary, so no clusters. */
  notPublishing: string[];
}

/**
 * Clusters of provinces, one row per cluster and year, from every member that publishes
 * them: several members of one cluster publish the same results, shown once with who
 * publishes them (blocs of agencies inside a province stay on the province's site).
 */
export function portalClustersView(portal: PortalData): PortalClustersView {
  const title = t('portal.clustersTitle');
  interface Found {
    row: PortalClusterRow;
    signature: string;
    sortName: string;
    publishers: string[];
  }
  const found = new Map<string, Found>();
  for (const m of portal.members) {
    for (const cluster of m.clusters) {
      if (cluster.memberKind !== 'tinh') continue;
      for (const y of cluster.years) {
        const key = `${nameKeyOf(cluster.name)}|${y.year}`;
        const names = (pick: (r: (typeof y.rows)[number]) => boolean) =>
          y.rows
            .filter(pick)
            .map((r) => r.name)
            .join(', ');
        const signature = JSON.stringify(y.rows);
        const existing = found.get(key);
        if (existing) {
          existing.publishers.push(m.member.name);
          if (existing.signature !== signature) existing.row.differs = true;
          continue;
        }
        found.set(key, {
          signature,
          sortName: cluster.name,
          publishers: [m.member.name],
          row: {
            cluster: { href: memberPaths.cluster(m.member.address, cluster.id), text: cluster.name },
            organiser: cluster.organiser,
            year: y.year,
            leader: names((r) => r.role === 'leader'),
            governmentFlag: names((r) => r.governmentFlag),
            pmCommendation: names((r) => r.pmCommendation),
            publishedBy: '',
            differs: false,
          },
        });
      }
    }
  }
  const rows = [...found.values()]
    .sort((a, b) => compareVi(a.sortName, b.sortName) || b.row.year - a.row.year)
    .map((f) => ({ ...f.row, publishedBy: f.publishers.join(', ') }));
  return {
    head: { title, description: t('portal.clustersIntro') },
    title,
    intro: t('portal.clustersIntro'),
    captionId: 'ket-qua-cum',
    caption: title,
    rows,
    notPublishing: portal.members.filter((m) => m.available && !m.hasKinds).map((m) => m.member.name),
  };
}

/** Clusters named alike by two members are one: case, marks and spacing aside. */
function nameKeyOf(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

// ---------------------------------------------------------------------------
// The search over every member

export interface PortalSearchView {
  head: PageHead;
  title: string;
  intro: string;
  action: string;
  /** The member filter's choices: value the member's id. */
  members: FilterOption[];
  filters: { key: FilterKey; label: string; options: FilterOption[] }[];
  /** The script's messages, as JSON. */
  messages: string;
  /** PortalSearchSetup, as JSON. */
  setup: string;
  /** Origins of members on other hosts: the page's Content Security Policy lets it fetch from them. */
  connectOrigins: string[];
  /** Members whose names the whole-name lookup cannot search (no name index published). */
  withoutNames: string[];
  browse: LinkView[];
}

/** Messages the portal's search script shows. */
export const PORTAL_SEARCH_MESSAGES = [
  'search.prompt',
  'search.countAll',
  'search.countSome',
  'search.countNone',
  'search.countAllFiltered',
  'search.countSomeFiltered',
  'search.countNoneFiltered',
  'search.recordAward',
  'search.recordDecision',
  'portal.search.countNames',
  'portal.search.member',
  'portal.search.unreachable',
] as const;

export function portalSearchView(portal: PortalData, refs: PortalRefs, site: string): PortalSearchView {
  const title = t('portal.searchTitle');
  const years = new Set<number>();
  const awardIds = new Map<string, string>();
  for (const m of portal.members) {
    for (const y of m.years) years.add(y.year);
    for (const [id, name] of Object.entries(m.awards)) if (!awardIds.has(id)) awardIds.set(id, name);
  }
  const precedence = (id: string) => refs.awardById.get(id)?.data.precedence ?? Infinity;
  // Pagefind's filters hold labels: the values each member's index gives them (src/lib/search/documents.ts).
  const options: Record<FilterKey, FilterOption[]> = {
    loai: (Object.keys(CONTENT_TYPES) as ContentType[]).map((type) => ({ value: type, label: typeLabel(type) })),
    tinh: refs.provinces
      .currentUnits()
      .sort((a, b) => compareVi(a.name, b.name))
      .map((p) => ({ value: p.id, label: p.name })),
    nam: [...years].sort((a, b) => b - a).map((y) => ({ value: String(y), label: String(y) })),
    cap: AWARD_LEVELS.map((l) => ({ value: l, label: AWARD_LEVEL_LABELS[l] })),
    'khen-thuong': [...awardIds]
      .map(([id, name]) => ({ value: id, label: refs.awardById.get(id)?.data.name ?? name }))
      .sort((a, b) => precedence(a.value) - precedence(b.value) || compareVi(a.label, b.label)),
  };
  const searchable = portal.members.filter((m) => m.available);
  const members: MemberSearch[] = searchable.map((m) => ({
    id: m.member.id,
    name: m.member.name,
    address: m.member.address,
    ...(m.nameIndex ? { shards: m.nameIndex.shards } : {}),
    pagefind: m.search,
  }));
  const setup: PortalSearchSetup = {
    members,
    pagefind: { script: withBase('pagefind/pagefind.js'), records: withBase(`pagefind/${RECORDS_BUNDLE}/`) },
    metaWeights: META_WEIGHTS,
    recordType: typeLabel('khen-thuong'),
  };
  const own = new URL(site).origin;
  const connectOrigins = [...new Set(members.map((m) => new URL(m.address, site).origin))].filter((o) => o !== own).sort();
  return {
    head: { title, description: t('portal.searchIntro') },
    title,
    intro: t('portal.searchIntro'),
    action: withBase('toan-quoc/tim-kiem/'),
    members: members.map((m) => ({ value: m.id, label: m.name })),
    filters: FILTER_KEYS.map((key) => ({ key, label: t(`search.filter.${key}`), options: options[key] })),
    messages: JSON.stringify(Object.fromEntries(PORTAL_SEARCH_MESSAGES.map((key) => [key, t(key)]))),
    setup: JSON.stringify(setup),
    connectOrigins,
    withoutNames: searchable.filter((m) => !m.nameIndex).map((m) => m.member.name),
    browse: [{ href: portalPaths.home(), text: t('portal.title') }],
  };
}

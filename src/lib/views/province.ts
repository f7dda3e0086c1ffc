/**
 * A province's pages: its overview (the roll's counts and charts, figures, decisions, news,
 * movements and clusters, its own and its predecessors'), its roll for each year, and the
 * list of provinces before and after the 2025 merger.
 */
import { AWARD_LEVELS, AWARD_LEVEL_LABELS } from '../../schemas/award.ts';
import { RECIPIENT_KINDS, RECIPIENT_KIND_LABELS } from '../../schemas/common.ts';
import { t } from '../../i18n/t.ts';
import { siteConfig } from '../../site.config.ts';
import { formatViDate } from '../dates.ts';
import { formatNumber } from '../format.ts';
import { openDataPaths } from '../open-data/paths.ts';
import { isCurrent, transitionOf } from '../provinces.ts';
import { groupBy } from '../reports.ts';
import { countRolls, decisionYear, type Roll, type RollCount } from '../rolls.ts';
import type { DecisionEntry, ProvinceRow, SiteData } from '../site-data.ts';
import { compareVi } from '../text.ts';
import { paths } from '../urls.ts';
import type { PageOf } from './pages.ts';
import {
  awardOfSite,
  dateView,
  decisionCard,
  downloadsView,
  figureView,
  reportCard,
  type ChartView,
  type DateView,
  type DecisionCard,
  type DownloadsView,
  type FigureView,
  nameSearchView,
  type LinkView,
  type NameSearchView,
  type PageHead,
  type ReportCard,
} from './parts.ts';

/** Everything a province's page shows; also the home page of a single-province site. */
export interface ProvinceOverviewView {
  /** "Tỉnh Quảng Ninh", "Thành phố Huế". */
  heading: string;
  /** "(đến 30/6/2025)" for a unit that no longer exists. */
  until?: string;
  /** "Hà Giang đã hợp nhất vào Tuyên Quang từ 1/7/2025." with a link to the successor. */
  successor?: { notice: string; link: LinkView };
  centreNote?: string;
  predecessors: LinkView[];
  /** A name search kept to the province, first after the heading. */
  nameSearch: NameSearchView;
  /** The roll's counts by year, newest first, as table rows of formatted numbers. */
  counts: { year: number; href: string; decisions: string; records: string; byLevel: string[]; byKind: string[] }[];
  /** Column headings of the counts after year, decisions and records: each award level, then each kind. */
  countColumns: string[];
  /** Caption of the counts table. */
  countsCaption: string;
  charts: ChartView[];
  figures: FigureView[];
  decisions: DecisionCard[];
  reports: ReportCard[];
  movements: LinkView[];
  clusterYears: { year: number; href: string; name: string }[];
}

export interface ProvinceView {
  head: PageHead;
  overview: ProvinceOverviewView;
}

function charts(counts: readonly RollCount[], name: string): ChartView[] {
  if (counts.length === 0) return [];
  const total = (pick: (c: RollCount) => number) => counts.reduce((n, c) => n + pick(c), 0);
  const bar = (label: string, value: number) => ({ label, value, display: formatNumber(value) });
  return [
    { id: 'bieu-do-nam', title: t('charts.byYear', { name }), bars: [...counts].sort((a, b) => a.year - b.year).map((c) => bar(String(c.year), c.records)) },
    { id: 'bieu-do-cap', title: t('charts.byLevel', { name }), bars: AWARD_LEVELS.map((l) => bar(AWARD_LEVEL_LABELS[l], total((c) => c.byLevel[l] ?? 0))).filter((b) => b.value > 0) },
    { id: 'bieu-do-doi-tuong', title: t('charts.byKind', { name }), bars: RECIPIENT_KINDS.map((k) => bar(RECIPIENT_KIND_LABELS[k], total((c) => c.byKind[k] ?? 0))).filter((b) => b.value > 0) },
  ];
}

export function provinceOverview(site: SiteData, p: ProvinceRow): ProvinceOverviewView {
  const lineage = new Set(site.provinces.lineage(p.id).map((q) => q.id));
  const rolls = site.rolls.rollsFor(lineage);
  const counts = countRolls(rolls, (id) => site.awardById.get(id)?.data.level);
  const transition = transitionOf(site.provinces, p.id);
  const successor = transition?.successor;
  return {
    heading: `${t(p.type === 'thanh-pho' ? 'provinces.kind.thanh-pho' : 'provinces.kind.tinh')} ${p.name}`,
    until: p.validUntil ? t('provinces.headingUntil', { date: formatViDate(p.validUntil) }) : undefined,
    successor:
      transition && successor
        ? {
            notice: t(transition.kind === 'merged' ? 'provinces.mergedInto' : 'provinces.renamedTo', {
              name: p.name,
              successor: successor.name,
              date: transition.from ? formatViDate(transition.from) : '',
            }),
            link: { href: paths.province(successor.id), text: t('provinces.seePage', { name: successor.name }) },
          }
        : undefined,
    centreNote: p.centreNote,
    nameSearch: nameSearchView(site, t('provinces.nameSearch', { name: p.name }), p.id),
    predecessors: site.provinces.directPredecessors(p.id).map((q) => ({ href: paths.province(q.id), text: q.name })),
    countColumns: [...AWARD_LEVELS.map((l) => AWARD_LEVEL_LABELS[l]), ...RECIPIENT_KINDS.map((k) => RECIPIENT_KIND_LABELS[k])],
    countsCaption: `${t('provinces.rollSummary')} – ${p.name}`,
    counts: counts.map((c) => ({
      year: c.year,
      href: paths.provinceYear(p.id, c.year),
      decisions: formatNumber(c.decisions),
      records: formatNumber(c.records),
      byLevel: AWARD_LEVELS.map((l) => formatNumber(c.byLevel[l] ?? 0)),
      byKind: RECIPIENT_KINDS.map((k) => formatNumber(c.byKind[k] ?? 0)),
    })),
    charts: charts(counts, p.name),
    figures: site.figures.filter((f) => lineage.has(f.data.province)).map((f) => figureView(site, f)),
    decisions: rolls.map(({ decision, records }) => decisionCard(site, decision, { count: records.length, showProvince: true })),
    reports: site.reports.filter((r) => r.data.provinces.some((id) => lineage.has(id))).map(reportCard),
    movements: site.movements.filter((m) => m.data.provinces.some((id) => lineage.has(id))).map((m) => ({ href: paths.movement(m.id), text: m.data.name })),
    clusterYears: site.clusters.flatMap((c) =>
      c.data.years
        .filter((y) => y.members.some((id) => lineage.has(id)) || (c.data.province && lineage.has(c.data.province)))
        .map((y) => ({ year: y.year, href: `${paths.cluster(c.id)}#nam-${y.year}`, name: c.data.name })),
    ),
  };
}

export function provincePages(site: SiteData): PageOf<ProvinceView>[] {
  return site.provinces.all.map((province) => ({
    params: { id: province.id },
    view: {
      head: {
        title: province.validUntil ? t('provinces.titleUntil', { name: province.name, date: formatViDate(province.validUntil) }) : province.name,
        feed: isCurrent(province)
          ? { href: openDataPaths.provinceFeed(province.id), title: t('feeds.provinceTitle', { name: province.name, site: siteConfig.name }) }
          : undefined,
      },
      overview: provinceOverview(site, province),
    },
  }));
}

/** One province's roll for one year: its decisions grouped by award, with counts. */
export interface ProvinceYearView {
  head: PageHead;
  province: LinkView;
  title: string;
  intro: string;
  downloads?: DownloadsView;
  groups: { id: string; heading: string; decisions: DecisionCard[] }[];
}

export function provinceYearPages(site: SiteData): PageOf<ProvinceYearView>[] {
  return site.provinces.all.flatMap((province) => {
    const lineage = new Set(site.provinces.lineage(province.id).map((p) => p.id));
    const byYear = groupBy(site.rolls.rollsFor(lineage), (x) => [decisionYear(x.decision.data)]);
    return [...byYear].map(([year, rolls]) => ({ params: { id: province.id, year: String(year) }, view: provinceYearView(site, province, year, rolls) }));
  });
}

function provinceYearView(site: SiteData, province: ProvinceRow, year: number, rolls: Roll<DecisionEntry>[]): ProvinceYearView {
  const precedence = (id: string) => site.awardById.get(id)?.data.precedence ?? Infinity;
  const labelOf = (x: Roll<DecisionEntry>) => awardOfSite(site, x.decision.data.award, x.decision.data.awardClass);
  const byAward = [...groupBy(rolls, (x) => [labelOf(x)])]
    .map(([key, items]) => ({ key, items, records: items.reduce((n, x) => n + x.records.length, 0) }))
    .sort((a, b) => precedence(a.items[0]!.decision.data.award) - precedence(b.items[0]!.decision.data.award) || a.key.localeCompare(b.key));
  const title = t('provinces.yearRoll', { name: province.name, year });
  return {
    head: { title },
    province: { href: paths.province(province.id), text: province.name },
    title,
    intro: t('provinces.yearRollIntro', { name: province.name, year }),
    downloads: downloadsView(openDataPaths.provinceYearCsv(province.id, year), openDataPaths.provinceYearJson(province.id, year)),
    groups: byAward.map((group, i) => ({
      id: `nhom-${i}`,
      heading: t('provinces.awardGroup', { award: group.key, decisions: formatNumber(group.items.length), records: formatNumber(group.records) }),
      decisions: group.items.map(({ decision, records }) => decisionCard(site, decision, { count: records.length, showProvince: true })),
    })),
  };
}

/** /tinh-thanh/: the 34 current units with what they were formed from, then the units before the merger. */
export interface ProvincesIndexView {
  head: PageHead;
  current: { link: LinkView; predecessors: LinkView[] }[];
  historical: { link: LinkView; until: DateView }[];
}

export function provincesIndexView(site: SiteData): ProvincesIndexView {
  const link = (p: ProvinceRow) => ({ href: paths.province(p.id), text: p.name });
  return {
    head: { title: t('provinces.title') },
    current: site.provinces
      .currentUnits()
      .sort((a, b) => compareVi(a.name, b.name))
      .map((p) => ({ link: link(p), predecessors: site.provinces.directPredecessors(p.id).map(link) })),
    historical: site.provinces.all
      .filter((p) => p.validUntil)
      .sort((a, b) => compareVi(a.name, b.name) || a.id.localeCompare(b.id))
      .map((p) => ({ link: link(p), until: dateView(p.validUntil!) })),
  };
}

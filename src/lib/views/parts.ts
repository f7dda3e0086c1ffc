/**
 * Pieces of view models that several pages share: dates, links, the cards of news and
 * decisions in lists, figures with their charts, pagination and the page's head. Each is
 * plain data, already formatted, so components only lay it out.
 */
import type { AwardClass } from '../../schemas/award.ts';
import { EVENT_KIND_LABELS } from '../../schemas/report.ts';
import { t } from '../../i18n/t.ts';
import { awardName } from '../awards.ts';
import { formatViDate, toIso, type PartialDate } from '../dates.ts';
import { chartableValues, formatFigureValue, formatPeriod } from '../figures.ts';
import { formatNumber } from '../format.ts';
import { openDataEnabled } from '../open-data/enabled.ts';
import { isPortal } from '../portal/config.ts';
import { portalPaths } from '../portal/paths.ts';
import { siteConfig } from '../../site.config.ts';
import type { DecisionEntry, FigureEntry, ReportEntry, SiteData } from '../site-data.ts';
import { paths, withBase } from '../urls.ts';

/**
 * The site's main navigation, in the header of every page: the portal's pages come last
 * when this build is a portal (PORTAL_MEMBERS, or members in site.config.ts).
 */
export function siteNavigation(portal = isPortal(siteConfig.members)): LinkView[] {
  return [
    { href: paths.reports(), text: t('nav.reports') },
    { href: paths.movements(), text: t('nav.movements') },
    { href: paths.provinces(), text: t('nav.provinces') },
    { href: paths.decisions(), text: t('nav.decisions') },
    { href: paths.awards(), text: t('nav.awards') },
    { href: paths.honorees(), text: t('nav.honorees') },
    { href: paths.clusters(), text: t('nav.clusters') },
    ...(portal ? [{ href: portalPaths.home(), text: t('nav.portal') }] : []),
  ];
}

/** A date as shown: "9/1/2023", with its ISO form for <time datetime> when it has one. */
export interface DateView {
  text: string;
  iso?: string;
}

export function dateView(date: PartialDate): DateView {
  const iso = toIso(date);
  return iso ? { text: formatViDate(date), iso } : { text: formatViDate(date) };
}

export interface LinkView {
  href: string;
  text: string;
}

/** What the layout puts in <head> and the page's title. */
export interface PageHead {
  /** Page title, without the site name. */
  title: string;
  /** One sentence for search engines and previews. */
  description?: string;
  /** A page search engines should not list. */
  noindex?: boolean;
  /** Preview image (a site path), when not the site's card. */
  image?: { src: string; alt: string; width?: number; height?: number };
  ogType?: 'website' | 'article';
  /** Publication date of an article, ISO. */
  published?: string;
  /** A news feed of this page's own. */
  feed?: { href: string; title: string };
}

/** The name of a province by id as pages show it (the id itself when unknown). */
export function provinceName(site: Pick<SiteData, 'provinces'>, id: string): string {
  return site.provinces.get(id)?.name ?? id;
}

/** The display name of an award with its class (src/lib/awards.ts). */
export function awardOfSite(site: Pick<SiteData, 'awardById'>, id: string, awardClass?: AwardClass): string {
  return awardName(site.awardById, id, awardClass);
}

/** A report in a list: headline, date, kind and summary. */
export interface ReportCard {
  href: string;
  title: string;
  date: DateView;
  kind: string;
  summary: string;
}

export function reportCard(report: ReportEntry): ReportCard {
  const r = report.data;
  return { href: paths.report(report.id), title: r.title, date: dateView(r.date), kind: EVENT_KIND_LABELS[r.eventKind], summary: r.summary };
}

/** A decision in a list: number, date, issuer, award, how many records and whether it is sample data. */
export interface DecisionCard {
  href: string;
  /** "Quyết định số 12/QĐ-UBND". */
  title: string;
  date: DateView;
  issuer: string;
  /** The province of its time, when the list spans several ("Hà Giang" under Tuyên Quang). */
  province?: string;
  award: string;
  /** "5 người và tập thể". */
  count: string;
  sample: boolean;
}

export function decisionCard(site: SiteData, decision: DecisionEntry, options: { count?: number; showProvince?: boolean } = {}): DecisionCard {
  const d = decision.data;
  return {
    href: paths.decision(decision.id),
    title: `Quyết định số ${d.number}`,
    date: dateView(d.date),
    issuer: d.issuer,
    province: options.showProvince ? provinceName(site, d.province) : undefined,
    award: awardOfSite(site, d.award, d.awardClass),
    count: t('decisions.recordCount', { count: formatNumber(options.count ?? d.records.length) }),
    sample: Boolean(d.sample),
  };
}

/** A bar of a chart: label, value and how the value is printed. */
export interface BarView {
  label: string;
  value: number;
  display: string;
  /** A part of the bar above it ("trong đó …"). */
  part?: boolean;
}

export interface ChartView {
  id: string;
  title: string;
  bars: BarView[];
  /** The largest value the axis shows; the largest bar when absent. */
  max?: number;
}

/** A set of figures: its table, its chart where the values compare, and its source report. */
export interface FigureView {
  id: string;
  heading: string;
  place?: string;
  rows: { label: string; value: string; part: boolean }[];
  chart?: ChartView;
  source: LinkView;
}

export function figureView(site: SiteData, figure: FigureEntry): FigureView {
  const f = figure.data;
  const id = `so-lieu-${figure.id.replace(/[^a-z0-9-]/g, '-')}`;
  const heading = `${f.title} (${formatPeriod(f.period)})`;
  const chart = chartableValues(f.values);
  const ratioChart = chart.length > 0 && chart[0]!.kind === 'ty-so';
  return {
    id,
    heading,
    place: f.place,
    rows: f.values.map((v) => ({ label: v.label, value: formatFigureValue(v), part: v.partOf !== undefined })),
    chart:
      chart.length > 0
        ? {
            id: `${id}-chart`,
            title: heading,
            max: ratioChart ? chart[0]!.total : undefined,
            bars: chart.map((v) => ({ label: v.label, value: v.value, display: formatFigureValue(v), part: v.partOf !== undefined })),
          }
        : undefined,
    source: { href: paths.report(f.source), text: site.reportById.get(f.source)?.data.title ?? f.source },
  };
}

/** Links to the pages of a paged list. */
export interface PagerView {
  page: number;
  pages: number;
  /** "Trang 2/5". */
  label: string;
  previous?: string;
  next?: string;
  /** Page numbers shown, with a gap (…) before those that do not follow the one before. */
  links: { n: number; href: string; current: boolean; gapBefore: boolean }[];
}

export function pagerView(page: number, pages: number, href: (n: number) => string): PagerView {
  const numbers = Array.from({ length: pages }, (_, i) => i + 1).filter((n) => n === 1 || n === pages || Math.abs(n - page) <= 2);
  return {
    page,
    pages,
    label: t('common.page', { page, pages }),
    previous: page > 1 ? href(page - 1) : undefined,
    next: page < pages ? href(page + 1) : undefined,
    links: numbers.map((n, i) => ({ n, href: href(n), current: n === page, gapBefore: i > 0 && n - numbers[i - 1]! > 1 })),
  };
}

/**
 * The name search that opens the home page and each province's page: a plain form to the
 * search page (it works as far as the search page does), its heading, and on a province's
 * page a box, ticked, that keeps the search to the province as it is now (?tinh=… in the
 * address; Hà Giang's records are Tuyên Quang's).
 */
export interface NameSearchView {
  /** Its heading: "Tìm tên trong bảng vàng". */
  heading: string;
  /** The search page. */
  action: string;
  /** The province filter, as the search page's `tinh` takes it, and the label of its box. */
  province?: { value: string; label: string };
}

export function nameSearchView(site: Pick<SiteData, 'provinces'>, heading: string, provinceId?: string): NameSearchView {
  const own = provinceId ? site.provinces.get(provinceId) : undefined;
  const current = provinceId ? site.provinces.current(provinceId) : undefined;
  return {
    heading,
    action: withBase('tim-kiem/'),
    province:
      own && current
        ? {
            value: current.id,
            label: current.id === own.id ? t('search.onlyProvince', { name: current.name }) : t('search.onlyProvinceNow', { name: current.name, old: own.name }),
          }
        : undefined,
  };
}

/** Links to a page's downloads; absent when the build leaves them out (OPEN_DATA=0). */
export interface DownloadsView {
  csv: string;
  json: string;
}

export function downloadsView(csv: string, json: string): DownloadsView | undefined {
  return openDataEnabled() ? { csv, json } : undefined;
}

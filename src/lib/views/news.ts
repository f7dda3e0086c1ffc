/**
 * The lists of news: all news page by page, by year, by current province and by kind of
 * event, each with the ways to browse the others; and the news feeds.
 */
import type { RSSFeedItem } from '@astrojs/rss';
import { EVENT_KINDS, EVENT_KIND_LABELS, type EventKind } from '../../schemas/report.ts';
import { t } from '../../i18n/t.ts';
import { siteConfig } from '../../site.config.ts';
import { feedItems } from '../open-data/feeds.ts';
import { openDataPaths } from '../open-data/paths.ts';
import { groupBy, newsFacets, pages, reportsByCurrentProvince, reportsByYear } from '../reports.ts';
import type { ReportEntry, SiteData } from '../site-data.ts';
import { compareVi } from '../text.ts';
import { paths } from '../urls.ts';
import { absolute } from './address.ts';
import type { PageOf } from './pages.ts';
import { pagerView, provinceName, reportCard, type LinkView, type PageHead, type PagerView, type ReportCard } from './parts.ts';

export interface NewsListView {
  head: PageHead;
  heading: string;
  intro?: string;
  items: ReportCard[];
  pager: PagerView;
  /** The ways to browse the news: every year, current province and kind with news. */
  browse: { all: string; years: LinkView[]; provinces: LinkView[]; kinds: LinkView[] };
}

function browse(site: SiteData): NewsListView['browse'] {
  const facets = newsFacets(site.reports, (id) => site.provinces.current(id)?.id);
  return {
    all: paths.reports(),
    years: facets.years.map((y) => ({ href: paths.reportsOfYear(y), text: String(y) })),
    provinces: facets.provinces
      .map((id) => site.provinces.get(id)!)
      .sort((a, b) => compareVi(a.name, b.name))
      .map((p) => ({ href: paths.reportsOfProvince(p.id), text: p.name })),
    kinds: EVENT_KINDS.filter((k) => facets.kinds.includes(k)).map((k) => ({ href: paths.reportsOfKind(k), text: EVENT_KIND_LABELS[k] })),
  };
}

/** One list split into pages: the first page's title is `title`, the others add "Trang n/m". */
function listPages(
  site: SiteData,
  reports: readonly ReportEntry[],
  title: string,
  href: (n: number) => string,
  params: (page: number) => Record<string, string | undefined>,
  extra: Partial<Pick<NewsListView, 'intro'>> & { feed?: PageHead['feed']; description?: string; pageInHeading?: boolean } = {},
): PageOf<NewsListView>[] {
  const all = pages(reports);
  const ways = browse(site);
  return all.map((items, i) => {
    const page = i + 1;
    const pageTitle = page > 1 ? `${title} – ${t('common.page', { page, pages: all.length })}` : title;
    return {
      params: params(page),
      view: {
        head: { title: pageTitle, description: page === 1 ? extra.description : undefined, feed: extra.feed },
        heading: extra.pageInHeading ? pageTitle : title,
        intro: page === 1 ? extra.intro : undefined,
        items: items.map(reportCard),
        pager: pagerView(page, all.length, href),
        browse: ways,
      },
    };
  });
}

/** /tin-tuc/ and /tin-tuc/trang/<n>/: all news. */
export function allNewsPages(site: SiteData): PageOf<NewsListView>[] {
  return listPages(site, site.reports, t('reports.title'), (n) => paths.reports(n), (page) => ({ page: String(page) }), {
    intro: t('reports.intro'),
    description: t('reports.intro'),
    pageInHeading: true,
  });
}

export function newsByYearPages(site: SiteData): PageOf<NewsListView>[] {
  return [...reportsByYear(site.reports)].flatMap(([year, reports]) =>
    listPages(site, reports, t('reports.yearTitle', { year }), (n) => paths.reportsOfYear(year, n), (page) => ({
      path: page === 1 ? String(year) : `${year}/${page}`,
    })),
  );
}

export function newsByProvincePages(site: SiteData): PageOf<NewsListView>[] {
  const groups = reportsByCurrentProvince(site.reports, (id) => site.provinces.current(id)?.id);
  return [...groups].flatMap(([id, reports]) => {
    const name = provinceName(site, id);
    return listPages(site, reports, t('reports.provinceTitle', { name }), (n) => paths.reportsOfProvince(id, n), (page) => ({ path: page === 1 ? id : `${id}/${page}` }), {
      feed: { href: openDataPaths.provinceFeed(id), title: t('feeds.provinceTitle', { name, site: siteConfig.name }) },
    });
  });
}

export function newsByKindPages(site: SiteData): PageOf<NewsListView>[] {
  return [...groupBy(site.reports, (r) => [r.data.eventKind])].flatMap(([kind, reports]) =>
    listPages(site, reports, t('reports.kindTitle', { kind: EVENT_KIND_LABELS[kind as EventKind] }), (n) => paths.reportsOfKind(kind, n), (page) => ({
      path: page === 1 ? kind : `${kind}/${page}`,
    })),
  );
}

/** A news feed: its channel and newest items. */
export interface FeedView {
  title: string;
  description: string;
  self: string;
  items: RSSFeedItem[];
}

const feedContext = (site: SiteData) => ({ absolute, reportPath: paths.report, provinceName: (id: string) => site.provinces.get(id)?.name });

/** /tin-tuc/rss.xml: the newest news of the whole site. */
export function siteFeedView(site: SiteData): FeedView {
  return {
    title: t('feeds.title', { site: siteConfig.name }),
    description: t('feeds.description', { site: siteConfig.name }),
    self: absolute(openDataPaths.feed()),
    items: feedItems(site.reports, feedContext(site)),
  };
}

/** /tin-tuc/tinh/<id>/rss.xml for every current unit, even before its first news, so it can be followed now. */
export function provinceFeedPages(site: SiteData): PageOf<FeedView>[] {
  const groups = reportsByCurrentProvince(site.reports, (id) => site.provinces.current(id)?.id);
  return site.provinces.currentUnits().map((province) => ({
    params: { id: province.id },
    view: {
      title: t('feeds.provinceTitle', { name: province.name, site: siteConfig.name }),
      description: t('feeds.provinceDescription', { name: province.name }),
      self: absolute(openDataPaths.provinceFeed(province.id)),
      items: feedItems(groups.get(province.id) ?? [], feedContext(site)),
    },
  }));
}

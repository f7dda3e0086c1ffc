/** A report's page: the article's facts, photos, honours, the people and movements it names, related news and figures. */
import { EVENT_KIND_LABELS } from '../../schemas/report.ts';
import { t } from '../../i18n/t.ts';
import { toIso } from '../dates.ts';
import { formatNumber } from '../format.ts';
import { CARD_HEIGHT, CARD_WIDTH, cardPath, reportCard as reportCardSpec, siteCard } from '../open-data/cards.ts';
import { relatedReports } from '../reports.ts';
import type { ReportEntry, SiteData } from '../site-data.ts';
import { paths } from '../urls.ts';
import { siteConfig } from '../../site.config.ts';
import { absolute } from './address.ts';
import { bodyDigest } from './key.ts';
import type { PageOf } from './pages.ts';
import { awardOfSite, dateView, figureView, provinceName, reportCard, type DateView, type FigureView, type LinkView, type PageHead, type ReportCard } from './parts.ts';

/** A photo with its caption; `digest` names the file's path and bytes, so a replaced photo changes the view. */
export interface PhotoView {
  /** What the image component takes (Astro's metadata of the file). */
  src: unknown;
  digest: string;
  alt: string;
  caption?: string;
  credit?: string;
}

export interface ReportView {
  head: PageHead;
  title: string;
  summary: string;
  date: DateView;
  eventKind: string;
  place?: string;
  provinces: LinkView[];
  clusters: LinkView[];
  authors?: string;
  photoCredits?: string;
  source?: { publisher: string; url?: string };
  /** The lead photo first. */
  photos: PhotoView[];
  /** The preview for social networks when the report has no photo: its own card. */
  card?: { src: string; alt: string; width: number; height: number };
  officials: { name: string; titles?: string }[];
  honours: { award: LinkView; count?: string; recipients: string; honoreeHref?: string; presentedBy?: string; decisionHref?: string }[];
  movements: LinkView[];
  honorees: { href: string; name: string; position?: string }[];
  related: ReportCard[];
  figures: FigureView[];
  /** JSON-LD of the article, but its images (the page knows the preview's address once the image is made). */
  articleLd: {
    url: string;
    headline: string;
    description: string;
    date: ReportEntry['data']['date'];
    authors: string[];
    publisher: { name: string; url: string; logo: string };
    keywords: string[];
  };
  /** The Markdown body's digest: the page renders the body itself. */
  body: string;
}

export function reportView(site: SiteData, report: ReportEntry): ReportView {
  const r = report.data;
  const photos = r.images.map((img) => ({ src: img.src, digest: site.imageDigest(img.src), alt: img.alt, caption: img.caption, credit: img.credit }));
  const movements = site.movements.filter((m) => r.movements.includes(m.id));
  const clusters = site.clusters.filter((c) => r.clusters.includes(c.id));
  const honorees = site.honorees.filter((h) => r.honorees.includes(h.id));
  return {
    head: { title: r.title, description: r.summary, ogType: 'article', published: toIso(r.date) ?? undefined },
    title: r.title,
    summary: r.summary,
    date: dateView(r.date),
    eventKind: EVENT_KIND_LABELS[r.eventKind],
    place: r.place,
    provinces: r.provinces.map((id) => ({ href: paths.province(id), text: provinceName(site, id) })),
    clusters: clusters.map((c) => ({ href: paths.cluster(c.id), text: c.data.name })),
    authors: r.authors.length > 0 ? r.authors.join(', ') : undefined,
    photoCredits: r.photoCredits.length > 0 ? r.photoCredits.join(', ') : undefined,
    source: r.source ? { publisher: r.source.publisher, url: r.source.url } : undefined,
    photos,
    card:
      photos.length === 0
        ? { src: cardPath(reportCardSpec(report)), alt: t('social.reportCardAlt', { title: r.title }), width: CARD_WIDTH, height: CARD_HEIGHT }
        : undefined,
    officials: r.officials.map((o) => ({ name: o.name, titles: o.titles.length > 0 ? o.titles.join(', ') : undefined })),
    honours: r.honours.map((h) => ({
      award: { href: paths.award(h.award), text: awardOfSite(site, h.award, h.awardClass) },
      count: h.count ? formatNumber(h.count) : undefined,
      recipients: h.recipients,
      honoreeHref: h.honoree ? paths.honoree(h.honoree) : undefined,
      presentedBy: h.presentedBy ? t('reports.honoursPresentedBy', { name: h.presentedBy }) : undefined,
      decisionHref: h.decision ? paths.decision(h.decision) : undefined,
    })),
    movements: movements.map((m) => ({ href: paths.movement(m.id), text: m.data.name })),
    honorees: honorees.map((h) => ({ href: paths.honoree(h.id), name: h.data.name, position: h.data.position })),
    related: relatedReports(report, site.reports).map(reportCard),
    figures: site.figures.filter((f) => f.data.source === report.id).map((f) => figureView(site, f)),
    articleLd: {
      url: absolute(paths.report(report.id)),
      headline: r.title,
      description: r.summary,
      date: r.date,
      authors: r.authors,
      publisher: { name: siteConfig.publisher, url: absolute(paths.home()), logo: absolute(cardPath(siteCard())) },
      keywords: [EVENT_KIND_LABELS[r.eventKind], ...r.provinces.map((id) => provinceName(site, id))],
    },
    body: bodyDigest(report),
  };
}

export function reportPages(site: SiteData): PageOf<ReportView, ReportEntry>[] {
  return site.reports.map((report) => ({ params: { id: report.id }, view: reportView(site, report), entry: report }));
}

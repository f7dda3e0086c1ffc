/** A profile's page (who, their honours in the rolls and the news, the news that names them) and the list of profiles. */
import { RECIPIENT_KIND_LABELS } from '../../schemas/common.ts';
import { t } from '../../i18n/t.ts';
import { awardOf, recordAnchor } from '../rolls.ts';
import type { HonoreeEntry, SiteData } from '../site-data.ts';
import { paths } from '../urls.ts';
import { bodyDigest } from './key.ts';
import type { PageOf } from './pages.ts';
import { awardOfSite, dateView, provinceName, reportCard, type DateView, type LinkView, type PageHead, type ReportCard } from './parts.ts';
import type { PhotoView } from './report.ts';

export interface HonoreeView {
  head: PageHead;
  name: string;
  /** Position and unit: "Trưởng thôn, Thôn Lũng Cú". */
  lead: string;
  kind: string;
  province: LinkView;
  photo?: Omit<PhotoView, 'caption'>;
  /** Honours in the rolls (linked to the record) and honours the news reports without a decision. */
  honours: { award: string; link: LinkView; date?: DateView }[];
  reports: ReportCard[];
  body: string;
}

export function honoreeView(site: SiteData, honoree: HonoreeEntry): HonoreeView {
  const h = honoree.data;
  const fromRolls = site.rolls.honoursOf(honoree.id).map(({ decision, record }) => {
    const given = awardOf(decision.data, record);
    return {
      award: awardOfSite(site, given.award, given.awardClass),
      link: { href: paths.record(decision.id, recordAnchor(record)), text: t('decisions.heading', { number: decision.data.number }) },
      date: dateView(decision.data.date),
    };
  });
  const fromReports = site.reports.flatMap((r) =>
    r.data.honours
      .filter((x) => x.honoree === honoree.id && !x.decision)
      .map((x) => ({ award: awardOfSite(site, x.award, x.awardClass), link: { href: paths.report(r.id), text: r.data.title } })),
  );
  return {
    head: { title: h.name, description: h.summary },
    name: h.name,
    lead: [h.position, h.unit].filter(Boolean).join(', '),
    kind: RECIPIENT_KIND_LABELS[h.kind],
    province: { href: paths.province(h.province), text: provinceName(site, h.province) },
    photo: h.photo ? { src: h.photo.src, digest: site.imageDigest(h.photo.src), alt: h.photo.alt, credit: h.photo.credit } : undefined,
    honours: [...fromRolls, ...fromReports],
    reports: site.reports.filter((r) => r.data.honorees.includes(honoree.id) || r.data.honours.some((x) => x.honoree === honoree.id)).map(reportCard),
    body: bodyDigest(honoree),
  };
}

export function honoreePages(site: SiteData): PageOf<HonoreeView, HonoreeEntry>[] {
  return site.honorees.map((honoree) => ({ params: { id: honoree.id }, view: honoreeView(site, honoree), entry: honoree }));
}

/** /guong-dien-hinh/: exemplars first, then the other profiles. */
export interface HonoreesIndexView {
  head: PageHead;
  groups: { id: string; title: string; items: { link: LinkView; details: string; summary?: string }[] }[];
}

export function honoreesIndexView(site: SiteData): HonoreesIndexView {
  const item = (h: HonoreeEntry) => ({
    link: { href: paths.honoree(h.id), text: h.data.name },
    details: [h.data.position, h.data.unit, site.provinces.get(h.data.province)?.name].filter(Boolean).join(', '),
    summary: h.data.summary,
  });
  return {
    head: { title: t('honorees.title'), description: t('honorees.intro') },
    groups: [
      { id: 'dien-hinh', title: t('honorees.exemplars'), items: site.honorees.filter((h) => h.data.exemplar).map(item) },
      { id: 'khac', title: t('honorees.others'), items: site.honorees.filter((h) => !h.data.exemplar).map(item) },
    ].filter((g) => g.items.length > 0),
  };
}

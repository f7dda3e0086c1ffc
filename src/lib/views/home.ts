/** The home page: the latest news and decisions, movements in progress and the provinces; a single-province site's own page. */
import { t } from '../../i18n/t.ts';
import { siteConfig } from '../../site.config.ts';
import type { SiteData } from '../site-data.ts';
import { compareVi } from '../text.ts';
import { paths } from '../urls.ts';
import { decisionCard, nameSearchView, reportCard, type DecisionCard, type LinkView, type NameSearchView, type PageHead, type ReportCard } from './parts.ts';
import { provinceOverview, type ProvinceOverviewView } from './province.ts';

export type HomeView =
  | { head: PageHead; kind: 'province'; overview: ProvinceOverviewView }
  | {
      head: PageHead;
      kind: 'site';
      /** The page opens with it; the site's name and tagline are the header's, not repeated. */
      nameSearch: NameSearchView;
      reports: ReportCard[];
      allReports: string;
      decisions: DecisionCard[];
      allDecisions: string;
      movements: LinkView[];
      provinces: LinkView[];
    };

/** `province` is the owning province of a single-province site (site.config.ts), else undefined. */
export function homeView(site: SiteData, province: string | undefined = siteConfig.province): HomeView {
  const head = { title: siteConfig.name };
  if (province) {
    const own = site.provinces.get(province);
    if (!own) throw new Error(`src/site.config.ts: province: không có tỉnh, thành phố nào mã "${province}"`);
    return { head, kind: 'province', overview: provinceOverview(site, own) };
  }
  return {
    head,
    kind: 'site',
    nameSearch: nameSearchView(site, t('home.nameSearch')),
    reports: site.reports.slice(0, 5).map(reportCard),
    allReports: paths.reports(),
    decisions: site.decisions.slice(0, 5).map((d) => decisionCard(site, d)),
    allDecisions: paths.decisions(),
    movements: site.movements.filter((m) => !m.data.period.end).map((m) => ({ href: paths.movement(m.id), text: m.data.name })),
    provinces: site.provinces
      .currentUnits()
      .sort((a, b) => compareVi(a.name, b.name))
      .map((p) => ({ href: paths.province(p.id), text: p.name })),
  };
}

/** A cluster's or bloc's page (members, leader and results year by year, its news and figures) and the list of clusters. */
import { CLUSTER_LEVEL_LABELS } from '../../schemas/cluster.ts';
import { t } from '../../i18n/t.ts';
import { clusterYearRows } from '../clusters.ts';
import { formatNumber } from '../format.ts';
import type { ClusterEntry, SiteData } from '../site-data.ts';
import { paths } from '../urls.ts';
import type { PageOf } from './pages.ts';
import { dateView, figureView, provinceName, reportCard, type DateView, type FigureView, type LinkView, type PageHead, type ReportCard } from './parts.ts';

export interface ClusterYearView {
  year: number;
  heading: string;
  caption: string;
  pactDate?: DateView;
  note?: string;
  hasScores: boolean;
  hasProvincialFlag: boolean;
  rows: {
    /** A province links to its page; an agency is a name. */
    member: { text: string; href?: string };
    /** "Cụm trưởng", "Khối phó"… or empty. */
    role: string;
    score: string;
    rank: string;
    governmentFlag: boolean;
    pmCommendation: boolean;
    provincialFlag: boolean;
  }[];
}

export interface ClusterView {
  head: PageHead;
  name: string;
  summary?: string;
  organiser: string;
  province?: LinkView;
  motto?: string;
  /** Newest year first. */
  years: ClusterYearView[];
  reports: ReportCard[];
  figures: FigureView[];
}

export function clusterView(site: SiteData, cluster: ClusterEntry): ClusterView {
  const c = cluster.data;
  const isBloc = c.kind === 'khoi';
  const roleName = { leader: t(isBloc ? 'clusters.leaderBloc' : 'clusters.leader'), deputy: t(isBloc ? 'clusters.deputyBloc' : 'clusters.deputy') };
  return {
    head: { title: c.name, description: c.summary },
    name: c.name,
    summary: c.summary,
    organiser: c.organiser,
    province: c.province ? { href: paths.province(c.province), text: provinceName(site, c.province) } : undefined,
    motto: c.motto,
    years: [...c.years]
      .sort((a, b) => b.year - a.year)
      .map((y) => {
        const rows = clusterYearRows(y);
        return {
          year: y.year,
          heading: t('clusters.year', { year: y.year }),
          caption: t('clusters.yearTable', { year: y.year }),
          pactDate: y.pactDate ? dateView(y.pactDate) : undefined,
          note: y.note,
          hasScores: rows.some((r) => r.score !== undefined || r.rank !== undefined),
          hasProvincialFlag: y.provincialFlag.length > 0,
          rows: rows.map((r) => ({
            member: c.memberKind === 'tinh' ? { text: provinceName(site, r.member), href: paths.province(r.member) } : { text: r.member },
            role: r.role ? roleName[r.role] : '',
            score: r.score !== undefined ? formatNumber(r.score) : '',
            rank: r.rank !== undefined ? String(r.rank) : '',
            governmentFlag: r.governmentFlag,
            pmCommendation: r.pmCommendation,
            provincialFlag: r.provincialFlag,
          })),
        };
      }),
    reports: site.reports.filter((r) => r.data.clusters.includes(cluster.id)).map(reportCard),
    figures: site.figures.filter((f) => f.data.clusters.includes(cluster.id)).map((f) => figureView(site, f)),
  };
}

export function clusterPages(site: SiteData): PageOf<ClusterView>[] {
  return site.clusters.map((cluster) => ({ params: { id: cluster.id }, view: clusterView(site, cluster) }));
}

/** /cum-khoi-thi-dua/: every cluster and bloc with its organiser, level and years. */
export interface ClustersIndexView {
  head: PageHead;
  clusters: { link: LinkView; details: string; summary?: string }[];
}

export function clustersIndexView(site: SiteData): ClustersIndexView {
  return {
    head: { title: t('clusters.title') },
    clusters: site.clusters.map((c) => ({
      link: { href: paths.cluster(c.id), text: c.data.name },
      details: `${c.data.organiser} · ${CLUSTER_LEVEL_LABELS[c.data.level]} · ${c.data.years.map((y) => y.year).join(', ')}`,
      summary: c.data.summary,
    })),
  };
}

/**
 * The checked content of a build as the views read it: every collection sorted for
 * display, drafts left out, and the indexes (provinces, awards, rolls) built once.
 *
 * Pure: `collections.ts` feeds it from Astro's content layer during a build, tests feed it
 * from the validator directly, so every view model can be tested without Astro.
 */
import type { ValidatedContent } from './content/validate.ts';
import type { AwardData } from '../schemas/award.ts';
import type { ClusterData } from '../schemas/cluster.ts';
import type { DecisionData } from '../schemas/decision.ts';
import type { FigureData } from '../schemas/figure.ts';
import type { HonoreeData } from '../schemas/honoree.ts';
import type { MovementData } from '../schemas/movement.ts';
import type { ProvinceData } from '../schemas/province.ts';
import type { ReportData } from '../schemas/report.ts';
import { sortKey } from './dates.ts';
import { periodSortKey } from './figures.ts';
import { ProvinceIndex } from './provinces.ts';
import { newestFirst, RollIndex } from './rolls.ts';
import { compareVi } from './text.ts';

/**
 * An image file as the page's image component takes it: Astro's metadata of the file in a
 * build, its path in tests. `digest` is a hash of the file's bytes, so a replaced photo
 * changes what the page is made of even when its name and size stay the same.
 */
export interface ImageFile {
  src: unknown;
  digest?: string;
}

/** An entry of a collection: its id, its checked data and, for Markdown, its source text. */
export interface ContentEntry<D> {
  id: string;
  data: D;
  /** Markdown source of the body, for collections with one. */
  body?: string;
}

type WithImages<D, K extends string> = Omit<D, K>;

export type ReportEntry = ContentEntry<
  WithImages<ReportData, 'images'> & { images: (Omit<ReportData['images'][number], 'src'> & { src: ImageFile['src'] })[] }
>;
export type HonoreeEntry = ContentEntry<
  WithImages<HonoreeData, 'photo'> & { photo?: Omit<NonNullable<HonoreeData['photo']>, 'src'> & { src: ImageFile['src'] } }
>;
export type MovementEntry = ContentEntry<MovementData>;
export type ClusterEntry = ContentEntry<ClusterData>;
export type AwardEntry = ContentEntry<AwardData>;
export type FigureEntry = ContentEntry<FigureData>;
/** A decision with its full list of records. */
export type DecisionEntry = ContentEntry<DecisionData>;
export type ProvinceRow = { id: string } & ProvinceData;

export interface SiteDataInput {
  reports: ReportEntry[];
  movements: MovementEntry[];
  honorees: HonoreeEntry[];
  clusters: ClusterEntry[];
  awards: AwardEntry[];
  provinces: ProvinceRow[];
  decisions: DecisionEntry[];
  figures: FigureEntry[];
  /** The digest of an image file's bytes, for the views' keys (a replaced photo is a change). */
  imageDigest: (src: unknown) => string;
}

export interface SiteData {
  /** Published reports, newest first. */
  reports: ReportEntry[];
  /** Movements, the latest launched first. */
  movements: MovementEntry[];
  /** Decisions, newest first. */
  decisions: DecisionEntry[];
  /** Profiles, by name. */
  honorees: HonoreeEntry[];
  /** Clusters and blocs, by name. */
  clusters: ClusterEntry[];
  /** Awards in order of precedence. */
  awards: AwardEntry[];
  awardById: Map<string, AwardEntry>;
  movementById: Map<string, MovementEntry>;
  honoreeById: Map<string, HonoreeEntry>;
  clusterById: Map<string, ClusterEntry>;
  reportById: Map<string, ReportEntry>;
  provinces: ProvinceIndex<ProvinceRow>;
  /** Figures reported in the news, in time order. */
  figures: FigureEntry[];
  /** Records filed by province, profile and award, built once. */
  rolls: RollIndex<DecisionEntry>;
  imageDigest: (src: unknown) => string;
}

const byId = <E extends { id: string }>(list: readonly E[]) => new Map(list.map((e) => [e.id, e]));

/** Sort and index the checked content once for every view. */
export function buildSiteData(input: SiteDataInput): SiteData {
  const reports = input.reports.filter((r) => !r.data.draft);
  reports.sort((a, b) => sortKey(b.data.date).localeCompare(sortKey(a.data.date)) || compareVi(a.data.title, b.data.title));
  const movements = [...input.movements].sort(
    (a, b) => sortKey(b.data.period.start).localeCompare(sortKey(a.data.period.start)) || compareVi(a.data.name, b.data.name),
  );
  const honorees = [...input.honorees].sort((a, b) => compareVi(a.data.name, b.data.name));
  const clusters = [...input.clusters].sort((a, b) => compareVi(a.data.name, b.data.name));
  const awards = [...input.awards].sort((a, b) => a.data.precedence - b.data.precedence);
  const decisions = newestFirst(input.decisions);
  return {
    reports,
    movements,
    decisions,
    rolls: new RollIndex(decisions),
    figures: [...input.figures].sort(
      (a, b) => periodSortKey(a.data.period).localeCompare(periodSortKey(b.data.period)) || a.id.localeCompare(b.id),
    ),
    honorees,
    clusters,
    awards,
    awardById: byId(awards),
    movementById: byId(movements),
    honoreeById: byId(honorees),
    clusterById: byId(clusters),
    reportById: byId(reports),
    provinces: new ProvinceIndex(input.provinces),
    imageDigest: input.imageDigest,
  };
}

/**
 * Site data from checked content. The Markdown collections may come from elsewhere: in a
 * build, Astro's content layer gives them with their images resolved and their bodies ready
 * to render; tests take them from the checked content as they are.
 */
export function siteDataFromContent(
  content: ValidatedContent,
  options: {
    markdown?: Pick<SiteDataInput, 'reports' | 'movements' | 'honorees'>;
    imageDigest?: SiteDataInput['imageDigest'];
  } = {},
): SiteData {
  const markdown = options.markdown ?? { reports: content.reports, movements: content.movements, honorees: content.honorees };
  return buildSiteData({
    ...markdown,
    clusters: content.clusters,
    awards: [...content.awards.values()].map(({ id, ...data }) => ({ id, data })),
    provinces: [...content.provinces.all],
    decisions: content.decisions,
    figures: content.figures,
    imageDigest: options.imageDigest ?? ((src) => String(src)),
  });
}

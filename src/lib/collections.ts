/**
 * The one place pages read content collections. Lists are sorted here, drafts left
 * out, and indexes built once per build rather than once per page.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { ProvinceIndex } from './provinces.ts';
import { sortKey } from './dates.ts';
import { compareVi } from './text.ts';
import { newestFirst, RollIndex } from './rolls.ts';
import { checkedContent } from './content/checked.ts';
import type { Entry } from './content/validate.ts';
import type { DecisionData } from '../schemas/decision.ts';
import type { FigureData } from '../schemas/figure.ts';
import { periodSortKey } from './figures.ts';

export type Report = CollectionEntry<'reports'>;
export type Movement = CollectionEntry<'movements'>;
/** A decision with its full list of records, from the checked content. */
export type Decision = Entry<DecisionData>;
export type Honoree = CollectionEntry<'honorees'>;
export type Cluster = CollectionEntry<'clusters'>;
export type Award = CollectionEntry<'awards'>;
export type Province = CollectionEntry<'provinces'>;
export type ProvinceRow = { id: string } & Province['data'];

let cache: Promise<SiteData> | undefined;

export interface SiteData {
  reports: Report[];
  movements: Movement[];
  decisions: Decision[];
  honorees: Honoree[];
  clusters: Cluster[];
  awards: Award[];
  awardById: Map<string, Award>;
  provinces: ProvinceIndex<ProvinceRow>;
  /** Figures reported in the news, in time order. */
  figures: Entry<FigureData>[];
  /** Records filed by province, profile and award, built once. */
  rolls: RollIndex<Decision>;
}

async function load(): Promise<SiteData> {
  // Decisions with their records come straight from the checked content: the content
  // layer keeps only their facts, so 200,000 records are not serialised and read back.
  const { decisions, figures } = checkedContent().content;
  const [reports, movements, honorees, clusters, awards, provinces] = await Promise.all([
    getCollection('reports', (r) => !r.data.draft),
    getCollection('movements'),
    getCollection('honorees'),
    getCollection('clusters'),
    getCollection('awards'),
    getCollection('provinces'),
  ]);
  reports.sort((a, b) => sortKey(b.data.date).localeCompare(sortKey(a.data.date)) || compareVi(a.data.title, b.data.title));
  movements.sort((a, b) => sortKey(b.data.period.start).localeCompare(sortKey(a.data.period.start)) || compareVi(a.data.name, b.data.name));
  honorees.sort((a, b) => compareVi(a.data.name, b.data.name));
  clusters.sort((a, b) => compareVi(a.data.name, b.data.name));
  awards.sort((a, b) => a.data.precedence - b.data.precedence);
  const ordered = newestFirst(decisions);
  return {
    reports,
    movements,
    decisions: ordered,
    rolls: new RollIndex(ordered),
    figures: [...figures].sort((a, b) => periodSortKey(a.data.period).localeCompare(periodSortKey(b.data.period)) || a.id.localeCompare(b.id)),
    honorees,
    clusters,
    awards,
    awardById: new Map(awards.map((a) => [a.id, a])),
    provinces: new ProvinceIndex(provinces.map((p) => ({ id: p.id, ...p.data }))),
  };
}

/** All content, loaded once. */
export function siteData(): Promise<SiteData> {
  cache ??= load();
  return cache;
}

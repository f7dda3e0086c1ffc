/**
 * What a portal knows of one member, read from what the member publishes and nothing else:
 *
 * | file (under the member's base path) | gives | needed |
 * | --- | --- | --- |
 * | du-lieu/quyet-dinh.json | counts, latest decisions, years and awards for the filters | yes |
 * | du-lieu/tong-hop.json | counts by kind of recipient, clusters' results | no |
 * | tin-tuc/rss.xml | latest news | no |
 * | tim-ten/manifest.json | the whole-name index's shard count | no |
 * | pagefind/pagefind-entry.json, pagefind/khen-thuong/pagefind-entry.json | that the member has a search index to merge | no |
 *
 * None of these grows with the member's records (the index grows with its decisions, a
 * hundred times fewer), so a portal over members of 200,000 records builds about as fast as
 * over members of 20,000. A file that cannot be read, or is not what it should be, is a
 * problem of that member (shown on its page and in the build's log), not of the portal: the
 * other members are still read.
 */
import type { z } from 'astro/zod';
import {
  memberDecisionIndexSchema,
  memberSummarySchema,
  nameIndexManifestSchema,
  type MemberCluster,
  type MemberDecision,
  type MemberYearCount,
} from '../../schemas/portal.ts';
import type { AwardLevel } from '../../schemas/award.ts';
import { vietnameseErrorMap } from '../../schemas/messages.ts';
import { fieldPath } from '../content/problems.ts';
import type { ResolvedMember } from './config.ts';
import { parseFeed, type FeedItem } from './feed.ts';
import { NAME_INDEX_FOLDER, NAME_INDEX_MANIFEST } from '../search/names.ts';
import type { MemberSource } from './source.ts';
import { SUMMARY_FILE } from './summary.ts';

export const MEMBER_FILES = {
  index: 'du-lieu/quyet-dinh.json',
  summary: SUMMARY_FILE,
  feed: 'tin-tuc/rss.xml',
  names: `${NAME_INDEX_FOLDER}/${NAME_INDEX_MANIFEST}`,
  siteBundle: 'pagefind/pagefind-entry.json',
  recordsBundle: 'pagefind/khen-thuong/pagefind-entry.json',
} as const;

/** Latest decisions and news kept of each member. */
export const LATEST = 10;

export interface MemberData {
  member: ResolvedMember;
  /** Whether its index of decisions was read: without it the member is listed, not summarised. */
  available: boolean;
  /** What could not be read or was wrong, each "<file>: <field>: <reason>", in Vietnamese. */
  problems: string[];
  /** What the member does not publish (yet), each a file's path: the portal shows less of it. */
  missing: string[];
  decisionCount: number;
  recordCount: number;
  latestDecisions: MemberDecision[];
  /** Counts by year, newest first; by kind only from the summary (`hasKinds`). */
  years: MemberYearCount[];
  hasKinds: boolean;
  clusters: MemberCluster[];
  news: FeedItem[];
  /** Award names by id, for the search filters. */
  awards: Record<string, string>;
  /** The whole-name index, when the member publishes one. */
  nameIndex?: { shards: number; records: number };
  /** Which Pagefind bundles the member publishes. */
  search: { site: boolean; records: boolean };
}

export interface ReadContext {
  /** The level of an award id, from the portal's own taxonomy (for counts without the summary). */
  levelOf(awardId: string): AwardLevel | undefined;
}

type Parsed<T> = { ok: true; data: T } | { ok: false; missing: boolean };

/** Counts by year and award level from the index alone (no kinds: the index has no records). */
export function yearsFromIndex(decisions: readonly MemberDecision[], levelOf: ReadContext['levelOf']): MemberYearCount[] {
  const years = new Map<number, MemberYearCount>();
  for (const d of decisions) {
    const year = Number(d.date.slice(0, 4));
    const row = years.get(year) ?? { year, decisions: 0, records: 0, byLevel: {}, byKind: {} };
    row.decisions += 1;
    row.records += d.recordCount;
    const level = levelOf(d.award);
    if (level) row.byLevel[level] = (row.byLevel[level] ?? 0) + d.recordCount;
    years.set(year, row);
  }
  return [...years.values()].sort((a, b) => b.year - a.year);
}

/** A feed's links moved onto the member's configured address (a member built with another site address still links right). */
function rebase(link: string, channel: string | undefined, address: string): string {
  if (!channel || !link.startsWith(channel)) return link;
  return address + link.slice(channel.length);
}

export async function readMember(member: ResolvedMember, source: MemberSource, context: ReadContext): Promise<MemberData> {
  const problems: string[] = [];
  const missing: string[] = [];

  async function json<S extends z.ZodType>(file: string, schema: S, required: boolean): Promise<Parsed<z.output<S>>> {
    const fetched = await source.read(file);
    if (!fetched.ok) {
      if (fetched.missing && !required) missing.push(file);
      else problems.push(`${source.where(file)}: ${fetched.reason}`);
      return { ok: false, missing: fetched.missing };
    }
    let data: unknown;
    try {
      data = JSON.parse(fetched.text.replace(/^\uFEFF/, ''));
    } catch (error) {
      problems.push(`${source.where(file)}: (cả tệp): không đọc được JSON: ${(error as Error).message}`);
      return { ok: false, missing: false };
    }
    const parsed = schema.safeParse(data, { error: vietnameseErrorMap });
    if (!parsed.success) {
      for (const issue of parsed.error.issues.slice(0, 5)) problems.push(`${source.where(file)}: ${fieldPath(issue.path)}: ${issue.message}`);
      return { ok: false, missing: false };
    }
    return { ok: true, data: parsed.data };
  }

  const [index, summary, feed, names, siteBundle, recordsBundle] = await Promise.all([
    json(MEMBER_FILES.index, memberDecisionIndexSchema, true),
    json(MEMBER_FILES.summary, memberSummarySchema, false),
    source.read(MEMBER_FILES.feed),
    json(MEMBER_FILES.names, nameIndexManifestSchema, false),
    source.read(MEMBER_FILES.siteBundle),
    source.read(MEMBER_FILES.recordsBundle),
  ]);

  let news: FeedItem[] = [];
  if (feed.ok) {
    const parsed = parseFeed(feed.text, LATEST);
    news = parsed.items.map((item) => ({ ...item, link: rebase(item.link, parsed.channel, member.address) }));
  } else if (feed.missing) missing.push(MEMBER_FILES.feed);
  else problems.push(`${source.where(MEMBER_FILES.feed)}: ${feed.reason}`);
  /** Whether a bundle can be merged: its entry file names an index (an empty bundle names none). */
  const searchable = (bundle: typeof siteBundle, file: string): boolean => {
    if (!bundle.ok) {
      if (bundle.missing) missing.push(file);
      else problems.push(`${source.where(file)}: ${bundle.reason}`);
      return false;
    }
    try {
      const entry = JSON.parse(bundle.text) as { languages?: Record<string, unknown> };
      return Object.keys(entry.languages ?? {}).length > 0;
    } catch (error) {
      problems.push(`${source.where(file)}: (cả tệp): không đọc được JSON: ${(error as Error).message}`);
      return false;
    }
  };
  const search = { site: searchable(siteBundle, MEMBER_FILES.siteBundle), records: searchable(recordsBundle, MEMBER_FILES.recordsBundle) };

  const awards: Record<string, string> = {};
  let decisions: MemberDecision[] = [];
  if (index.ok) {
    decisions = index.data.decisions;
    const named = index.data.awards;
    for (const d of decisions) awards[d.award] ??= named[d.award] ?? d.awardName;
  }
  const summarised = summary.ok ? summary.data : undefined;
  return {
    member,
    available: index.ok,
    problems,
    missing,
    decisionCount: index.ok ? index.data.decisionCount : 0,
    recordCount: index.ok ? index.data.recordCount : 0,
    latestDecisions: decisions.slice(0, LATEST),
    years: summarised ? summarised.years : yearsFromIndex(decisions, context.levelOf),
    hasKinds: Boolean(summarised),
    clusters: summarised?.clusters ?? [],
    news,
    awards,
    nameIndex: names.ok ? { shards: names.data.shards, records: names.data.records } : undefined,
    search,
  };
}

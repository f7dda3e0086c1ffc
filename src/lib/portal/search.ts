/**
 * The portal's search, without the DOM (the page's script is src/scripts/portal-search.ts):
 * the address of a search, the whole-name lookup over the members' name indexes, and which
 * Pagefind bundles a search by words merges. Pure, for the tests.
 *
 * Two ways to find, as on a member's own search page:
 * - **a whole name** (two words or more, no filter but the member): one shard of each
 *   member's name index (docs/federation.md), all fetched at once. The portal's page knows each
 *   member's shard count from its build, so a fresh visit fetches nothing else: a few kilobytes
 *   per member, where merging 34 members' Pagefind indexes costs megabytes.
 * - **words and filters**: Pagefind's multisite search, the members' bundles merged into the
 *   portal's own (`mergeIndex`), each member's pages carrying the filter `thanh_vien` with its
 *   name. With a member chosen, only that member's bundles are merged.
 */
import { FILTER_KEYS, QUERY_PARAM, type FilterKey } from '../search/model.ts';
import { looksLikeName, paramsFromState, stateFromParams, type PreparedQuery, type ResultEntry, type SearchState } from '../search/results.ts';
import { markedTerms } from '../search/text.ts';
import { entriesFor, nameKey, NAME_INDEX_FOLDER, shardFile, shardOf, type NameShard } from '../search/names.ts';

/** A member as the search page knows it (written into the page by its build). */
export interface MemberSearch {
  id: string;
  name: string;
  /** The member's address, ending in "/" (absolute, or a path on the portal's host). */
  address: string;
  /** Shards of its name index; absent when it publishes none. */
  shards?: number;
  /** Whether it publishes the site's and the records' Pagefind bundles. */
  pagefind: { site: boolean; records: boolean };
}

/** What the page tells its script, as JSON in `data-portal`. */
export interface PortalSearchSetup {
  members: MemberSearch[];
  /** The portal's own Pagefind: the runtime every member's bundle is merged into. */
  pagefind: { script: string; records: string };
  metaWeights: Record<string, number>;
  /** The label of records in results ("Khen thưởng"). */
  recordType: string;
}

/** The address parameter of the member filter, and Pagefind's filter its bundles carry. */
export const MEMBER_PARAM = 'thanh-vien';
export const MEMBER_FILTER = 'thanh_vien';
/** `theo=tu`: search by words (Pagefind) even for a whole name, as after "all results". */
export const MODE_PARAM = 'theo';
export const WORDS_MODE = 'tu';

export type PortalState = SearchState & { member?: string; words?: boolean };

export function portalStateFromParams(params: URLSearchParams): PortalState {
  const state: PortalState = stateFromParams(params);
  const member = params.get(MEMBER_PARAM)?.trim();
  if (member) state.member = member;
  if (params.get(MODE_PARAM) === WORDS_MODE) state.words = true;
  return state;
}

export function portalParams(state: PortalState): URLSearchParams {
  const params = paramsFromState(state);
  if (state.member) params.set(MEMBER_PARAM, state.member);
  if (state.words) params.set(MODE_PARAM, WORDS_MODE);
  return params;
}

/** The members a search covers: the one chosen, or all. */
export function membersOf(setup: Pick<PortalSearchSetup, 'members'>, state: Pick<PortalState, 'member'>): MemberSearch[] {
  if (!state.member) return setup.members;
  return setup.members.filter((m) => m.id === state.member);
}

/** Whether a search is a whole-name lookup: a name, no filter but the member, not asked for words. */
export function isNameLookup(state: PortalState, query: PreparedQuery): boolean {
  return !state.words && looksLikeName(query) && !FILTER_KEYS.some((key: FilterKey) => Boolean(state[key]));
}

/** The address of the shard holding `key` in a member's name index, or undefined without one. */
export function shardAddress(member: MemberSearch, key: string, base: string): string | undefined {
  if (!member.shards) return undefined;
  return new URL(`${NAME_INDEX_FOLDER}/${shardFile(shardOf(key, member.shards), member.shards)}`, new URL(member.address, base)).href;
}

/** A result of the portal: a result of a member's, and which member. */
export type PortalEntry = ResultEntry & { member: string };

/** The records of a shard holding the name, as results linking to the member's pages. */
export function nameResults(member: MemberSearch, shard: NameShard, query: PreparedQuery, recordType: string, base: string, order: number): PortalEntry[] {
  const key = nameKey(query.text);
  const entries = entriesFor(shard, key);
  const address = new URL(member.address, base);
  return entries.map(([name, decisionPath, anchor, award, decisionNumber, date, province], i) => {
    const words = markedTerms(name);
    return {
      url: new URL(`${decisionPath}#${anchor}`, address).href,
      type: recordType,
      title: name,
      date,
      province,
      award,
      decision: decisionNumber,
      record: true,
      tier: 3,
      accents: query.marked.filter((term) => words.includes(term)).length,
      order: order + i / 10_000,
      member: member.name,
    };
  });
}

/** Results of several members, best first: the marks as typed, then the members' order. */
export function rankNameResults(entries: readonly PortalEntry[]): PortalEntry[] {
  return [...entries].sort((a, b) => b.accents - a.accents || a.order - b.order);
}

/** The member a result of Pagefind belongs to, from its address (the longest address that holds it). */
export function memberOfUrl(members: readonly MemberSearch[], url: string, base: string): MemberSearch | undefined {
  const href = new URL(url, base).href;
  let best: MemberSearch | undefined;
  let bestLength = -1;
  for (const m of members) {
    const address = new URL(m.address, base).href;
    if (href.startsWith(address) && address.length > bestLength) {
      best = m;
      bestLength = address.length;
    }
  }
  return best;
}

/** The Pagefind bundles a search by words merges, with the options each is merged with. */
export function bundlesOf(members: readonly MemberSearch[], base: string): { path: string; options: { baseUrl: string; mergeFilter: Record<string, string> } }[] {
  return members.flatMap((m) => {
    const address = new URL(m.address, base);
    // Pagefind's own address for results: the member's base, absolute when it is elsewhere.
    const baseUrl = address.origin === new URL(base).origin ? address.pathname : address.href;
    const options = { baseUrl, mergeFilter: { [MEMBER_FILTER]: m.name } };
    const out: { path: string; options: typeof options }[] = [];
    if (m.pagefind.site) out.push({ path: new URL('pagefind/', address).href, options });
    if (m.pagefind.records) out.push({ path: new URL('pagefind/khen-thuong/', address).href, options });
    return out;
  });
}

export { QUERY_PARAM };

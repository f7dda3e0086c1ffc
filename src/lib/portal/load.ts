/**
 * The portal's data for its pages: the members from the configuration (./config.ts), each
 * read once per build from its folder or its address (./read.ts), all at once. Astro's
 * process and Vite's module runner each load this module, so the result lives on globalThis
 * as the checked content does.
 */
import { siteConfig } from '../../site.config.ts';
import type { ValidatedContent } from '../content/validate.ts';
import { formatProblems, type Problem } from '../content/problems.ts';
import { checkedContentOrThrow } from '../content/checked.ts';
import { isPortal, portalMembers, type ResolvedMember } from './config.ts';
import { readMember, type MemberData, type ReadContext } from './read.ts';
import { addressSource, folderSource, type MemberSource } from './source.ts';

export interface PortalData {
  /** Members in the order the configuration lists them. */
  members: MemberData[];
}

/** A list of members that cannot be used: the build stops with every problem. */
export class PortalConfigError extends Error {
  constructor(problems: readonly Problem[]) {
    super(`Danh sách trang thành viên của cổng chưa hợp lệ:\n${formatProblems(problems)}`);
    this.name = 'PortalConfigError';
    this.stack = this.message;
  }
}

/** Members read at once, at most: a portal of 34 remote members does not open 200 connections. */
const PARALLEL_MEMBERS = 8;

export function sourceOf(member: ResolvedMember, site: string, fetcher?: typeof fetch): MemberSource {
  return member.folder ? folderSource(member.folder) : addressSource(new URL(member.address, site).href, fetcher);
}

export interface LoadOptions {
  /** The portal's own address (Astro's `site`), against which members on its host are read. */
  site: string;
  fetcher?: typeof fetch;
  /** Called with each member's problems once it is read (the build's log). */
  report?: (member: MemberData) => void;
}

/** Read every member; a member's problems are its own, the others are still read. */
export async function loadPortal(members: readonly ResolvedMember[], context: ReadContext, options: LoadOptions): Promise<PortalData> {
  const out: MemberData[] = new Array(members.length);
  let next = 0;
  const worker = async () => {
    while (next < members.length) {
      const i = next++;
      const member = members[i]!;
      out[i] = await readMember(member, sourceOf(member, options.site, options.fetcher), context);
      options.report?.(out[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_MEMBERS, members.length) }, worker));
  return { members: out };
}

/** What a context to read members needs from the portal's own content: its awards' levels. */
export function readContextOf(content: Pick<ValidatedContent, 'awards'>): ReadContext {
  return { levelOf: (id) => content.awards.get(id)?.level };
}

const KEY = Symbol.for('bang-vang.portal-data');
type Holder = { [KEY]?: Promise<PortalData | undefined> };

const SITE: string = (import.meta as { env?: { SITE?: string } }).env?.SITE ?? siteConfig.url;

/** One line of the build's log per member problem. */
function logProblems(data: MemberData): void {
  for (const problem of data.problems) console.warn(`Cổng: thành viên ${data.member.name}: ${problem}`);
  if (data.missing.length > 0) console.info(`Cổng: thành viên ${data.member.name} chưa công bố ${data.missing.join(', ')}.`);
}

/**
 * The portal's data, read once per build; undefined for a site without members (no portal
 * page then). A wrong list of members is a PortalConfigError.
 */
export function portalData(): Promise<PortalData | undefined> {
  const holder = globalThis as Holder;
  holder[KEY] ??= (async () => {
    if (!isPortal(siteConfig.members)) return undefined;
    const content = checkedContentOrThrow();
    const provinces = { has: (id: string) => content.provinces.get(id) !== undefined, ids: () => content.provinces.all.map((p) => p.id) };
    const { members, problems } = portalMembers(provinces, siteConfig.members);
    if (problems.length > 0) throw new PortalConfigError(problems);
    const started = performance.now();
    const portal = await loadPortal(members, readContextOf(content), { site: SITE, report: logProblems });
    const read = portal.members.filter((m) => m.available).length;
    console.info(`Cổng: đọc dữ liệu của ${read}/${members.length} trang thành viên trong ${((performance.now() - started) / 1000).toFixed(2)} s.`);
    return portal;
  })();
  return holder[KEY];
}

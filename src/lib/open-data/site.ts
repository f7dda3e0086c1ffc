/**
 * The open data of this build: the context the downloads need (site address, names)
 * and the cache keys of the download endpoints, each worked out once per build.
 */
import { siteData, type Decision, type ProvinceRow, type SiteData } from '../collections.ts';
import { cacheKeyOf } from '../cache-key.ts';
import { decisionYear, type Roll } from '../rolls.ts';
import { groupBy } from '../reports.ts';
import { paths } from '../urls.ts';
import { absoluteFrom, type OpenDataContext } from './downloads.ts';
import { openDataPaths } from './paths.ts';

/** The site's public address with its base path, e.g. "https://example.gov.vn/thi-dua/". */
export function siteUrl(): string {
  return new URL(import.meta.env.BASE_URL, import.meta.env.SITE).href;
}

let context: OpenDataContext | undefined;
let namesKey: string | undefined;
const decisionKeys = new WeakMap<Decision, string>();

/** Everything the download builders need besides the decisions. */
export function openDataContext(data: SiteData): OpenDataContext {
  context ??= {
    siteUrl: siteUrl(),
    absolute: absoluteFrom(import.meta.env.SITE ?? siteUrl()),
    awardName: (id) => data.awardById.get(id)?.data.name,
    provinceName: (id) => data.provinces.get(id)?.name,
    decisionPath: (id) => paths.decision(id),
    decisionCsvPath: (id) => openDataPaths.decisionCsv(id),
    decisionJsonPath: (id) => openDataPaths.decisionJson(id),
  };
  return context;
}

/** What every download depends on besides its decisions: the address and every name it may print. */
function siteKey(data: SiteData): string {
  namesKey ??= cacheKeyOf(
    siteUrl(),
    data.awards.map((a) => [a.id, a.data.name]),
    data.provinces.all.map((p) => [p.id, p.name]),
  );
  return namesKey;
}

/** Cache key of a decision's downloads: the decision with its whole list. */
export function decisionKey(data: SiteData, decision: Decision): string {
  let key = decisionKeys.get(decision);
  if (key === undefined) {
    key = cacheKeyOf(siteKey(data), decision.data);
    decisionKeys.set(decision, key);
  }
  return key;
}

/** Cache key of a roll made of whole decisions' records chosen by a rule the key's `scope` names. */
export function rollKey(data: SiteData, scope: unknown, decisions: Iterable<Decision>): string {
  return cacheKeyOf(scope, [...decisions].map((d) => decisionKey(data, d)));
}

export interface ProvinceYearRoll {
  province: ProvinceRow;
  /** The province and the units merged into it. */
  lineage: string[];
  year: number;
  rolls: Roll<Decision>[];
}

let provinceYears: ProvinceYearRoll[] | undefined;

/** Every province's roll for every year it has one: what /tinh-thanh/<id>/<year>/ shows. */
export async function provinceYearRolls(): Promise<ProvinceYearRoll[]> {
  if (provinceYears) return provinceYears;
  const data = await siteData();
  provinceYears = data.provinces.all.flatMap((province) => {
    const lineage = data.provinces.lineage(province.id).map((p) => p.id);
    const byYear = groupBy(data.rolls.rollsFor(lineage), (x) => [decisionYear(x.decision.data)]);
    return [...byYear].map(([year, rolls]) => ({ province, lineage, year, rolls }));
  });
  return provinceYears;
}

/**
 * An endpoint's response for a download. The body is given as bytes: handed a string of
 * tens of megabytes, the Response would first check it character by character.
 */
export function fileResponse(text: string, type: 'csv' | 'json'): Response {
  return new Response(Buffer.from(text, 'utf8'), { headers: { 'Content-Type': type === 'csv' ? 'text/csv; charset=utf-8' : 'application/json' } });
}

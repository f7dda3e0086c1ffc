/**
 * Every download of a site (docs/open-data.md) as a list of files, worked out from the
 * checked content alone: no page, no Vite, no Astro. The build writes them in a worker
 * thread while the pages render (src/integrations/open-data-files.ts); the tests call
 * this directly.
 *
 * Files, under the output folder:
 * - du-lieu/quyet-dinh/<decision>.csv and .json: one decision with its whole list;
 * - du-lieu/tinh-thanh/<province>/<year>.csv and .json: a province's roll for a year,
 *   the units merged into it included (what /tinh-thanh/<province>/<year>/ shows);
 * - du-lieu/khen-thuong/<award>.csv and .json: everyone who received an award;
 * - du-lieu/quyet-dinh.json: every decision, without the lists;
 * - du-lieu/tong-hop.json: the rolls counted by year, level and kind, and the clusters' results,
 *   for a portal over several sites (src/lib/portal/summary.ts).
 */
import type { ValidatedContent } from '../content/validate.ts';
import { groupBy } from '../reports.ts';
import { decisionYear, newestFirst, RollIndex, type Roll } from '../rolls.ts';
import { paths, withBase } from '../urls.ts';
import {
  absoluteFrom,
  awardJsonBytes,
  decisionCsvBytes,
  decisionIndexJson,
  decisionJsonBytes,
  groupByDecision,
  jsonText,
  provinceYearJsonBytes,
  rollCsvBytes,
  type FullDecision,
  type OpenDataContext,
} from './downloads.ts';
import { openDataPaths } from './paths.ts';
import { memberSummary, SUMMARY_FILE } from '../portal/summary.ts';

/** Where the site is published. */
export interface SiteAddress {
  /** The site's origin, as Astro's `site`: "https://example.gov.vn". */
  site: string;
  /** The base path, starting and ending with "/": "/thi-dua/". */
  base: string;
}

/** One download: its path inside the output folder ("du-lieu/quyet-dinh/x.csv") and its content. */
export interface DownloadFile {
  path: string;
  /** Text, or its UTF-8 bytes where the file is put together from encoded pieces (the rolls). */
  content: string | Buffer;
}

/** A download's content as text. */
export function textOf(file: DownloadFile): string {
  return typeof file.content === 'string' ? file.content : file.content.toString('utf8');
}

/** A download's content as bytes, ready to write. */
export function bytesOf(file: DownloadFile): Buffer {
  return typeof file.content === 'string' ? Buffer.from(file.content, 'utf8') : file.content;
}

/**
 * A site path built by ./paths.ts or ../urls.ts, moved under `base`. Outside Vite those
 * builders use the root ("/"), so the base the site is published under is added here.
 */
function under(base: string) {
  return (rootPath: string) => withBase(rootPath.replace(/^\/+/, ''), base);
}

/** What the download builders need: addresses under the site's base path and every name. */
export function contextFor(content: ValidatedContent, address: SiteAddress): OpenDataContext {
  const at = under(address.base);
  return {
    siteUrl: new URL(withBase('', address.base), address.site).href,
    absolute: absoluteFrom(address.site),
    awardName: (id) => content.awards.get(id)?.name,
    provinceName: (id) => content.provinces.get(id)?.name,
    decisionPath: (id) => at(paths.decision(id)),
    decisionCsvPath: (id) => at(openDataPaths.decisionCsv(id)),
    decisionJsonPath: (id) => at(openDataPaths.decisionJson(id)),
  };
}

/** The file path inside the output folder of a download's root address. */
const fileOf = (rootPath: string) => rootPath.replace(/^\/+/, '');

/**
 * Every download file, one at a time (a 200,000-record site has about 400 MB of them, so
 * they are produced as they are written rather than held together).
 */
export function* downloadFiles(content: ValidatedContent, address: SiteAddress): Generator<DownloadFile> {
  const ctx = contextFor(content, address);
  const at = under(address.base);
  const decisions: FullDecision[] = newestFirst(content.decisions);
  const rolls = new RollIndex(decisions);

  yield { path: fileOf(openDataPaths.decisionIndex()), content: jsonText(decisionIndexJson(decisions, ctx)) };
  // What a portal over several sites shows of this one (docs/federation.md): counts and clusters' results.
  yield { path: SUMMARY_FILE, content: jsonText(memberSummary(content, ctx.siteUrl)) };

  for (const decision of decisions) {
    yield { path: fileOf(openDataPaths.decisionCsv(decision.id)), content: decisionCsvBytes(decision, ctx) };
    yield { path: fileOf(openDataPaths.decisionJson(decision.id)), content: decisionJsonBytes(decision, ctx) };
  }

  for (const province of content.provinces.all) {
    const lineage = content.provinces.lineage(province.id).map((p) => p.id);
    const byYear = groupBy(rolls.rollsFor(lineage), (roll: Roll<FullDecision>) => [decisionYear(roll.decision.data)]);
    for (const [year, yearRolls] of byYear) {
      const page = at(paths.provinceYear(province.id, year));
      yield { path: fileOf(openDataPaths.provinceYearCsv(province.id, year)), content: rollCsvBytes(yearRolls, ctx) };
      yield {
        path: fileOf(openDataPaths.provinceYearJson(province.id, year)),
        content: provinceYearJsonBytes(province, lineage, year, yearRolls, page, ctx),
      };
    }
  }

  for (const award of content.awards.values()) {
    const parts = groupByDecision(rolls.recipientsOf(award.id));
    yield { path: fileOf(openDataPaths.awardCsv(award.id)), content: rollCsvBytes(parts, ctx) };
    yield { path: fileOf(openDataPaths.awardJson(award.id)), content: awardJsonBytes(award, parts, at(paths.award(award.id)), ctx) };
  }
}

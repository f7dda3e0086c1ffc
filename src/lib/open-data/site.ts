/**
 * The open data as the pages see it (in Vite, where addresses carry the base path): the
 * site's address and the context the feeds and JSON-LD need. The downloads themselves are
 * written beside the pages from the checked content (./files.ts).
 */
import type { SiteData } from '../collections.ts';
import { paths } from '../urls.ts';
import { absoluteFrom, type OpenDataContext } from './downloads.ts';
import { openDataPaths } from './paths.ts';

/** The site's public address with its base path, e.g. "https://example.gov.vn/thi-dua/". */
export function siteUrl(): string {
  return new URL(import.meta.env.BASE_URL, import.meta.env.SITE).href;
}

let context: OpenDataContext | undefined;

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

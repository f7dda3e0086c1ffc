/**
 * Addresses of the open data, feeds and preview images, beside the page addresses of
 * ../urls.ts and built the same way (with the base path).
 */
import { withBase } from '../urls.ts';
import type { DownloadSchemaName } from '../../schemas/open-data.ts';

export const openDataPaths = {
  /** The page that explains the downloads. */
  about: () => withBase('du-lieu/'),
  decisionCsv: (id: string) => withBase(`du-lieu/quyet-dinh/${id}.csv`),
  decisionJson: (id: string) => withBase(`du-lieu/quyet-dinh/${id}.json`),
  provinceYearCsv: (id: string, year: number) => withBase(`du-lieu/tinh-thanh/${id}/${year}.csv`),
  provinceYearJson: (id: string, year: number) => withBase(`du-lieu/tinh-thanh/${id}/${year}.json`),
  awardCsv: (id: string) => withBase(`du-lieu/khen-thuong/${id}.csv`),
  awardJson: (id: string) => withBase(`du-lieu/khen-thuong/${id}.json`),
  /** Every decision, without lists. */
  decisionIndex: () => withBase('du-lieu/quyet-dinh.json'),
  schema: (name: DownloadSchemaName) => withBase(`du-lieu/schema/${name}.json`),
  /** All news. */
  feed: () => withBase('tin-tuc/rss.xml'),
  /** News of a current province and the units merged into it. */
  provinceFeed: (id: string) => withBase(`tin-tuc/tinh/${id}/rss.xml`),
  sitemapIndex: () => withBase('sitemap-index.xml'),
};

/**
 * Switches of the open data, read at build time from the environment:
 * - OPEN_DATA=0 builds the site without the downloads (/du-lieu/…) and the sitemaps. It
 *   exists to measure what they cost (docs/open-data.md); a published site keeps them.
 * - SITEMAP_ENTRY_LIMIT: addresses per sitemap file (default 10,000); a larger site gets
 *   several files, listed in sitemap-index.xml.
 */
export function openDataEnabled(): boolean {
  return process.env.OPEN_DATA !== '0';
}

export const DEFAULT_SITEMAP_ENTRY_LIMIT = 10_000;

/** Options of @astrojs/sitemap: pages only (never a download), split every `entryLimit` addresses. */
export function sitemapOptions(): {
  entryLimit: number;
  filter: (page: string) => boolean;
  namespaces: Record<'news' | 'xhtml' | 'image' | 'video', false>;
} {
  const limit = Number(process.env.SITEMAP_ENTRY_LIMIT);
  return {
    entryLimit: Number.isInteger(limit) && limit > 0 ? limit : DEFAULT_SITEMAP_ENTRY_LIMIT,
    // Pages end in "/" (trailingSlash: 'always'); the 404 page is left out by the integration.
    filter: (page) => page.endsWith('/'),
    // Plain <loc> lists: no news, image or video extensions to declare.
    namespaces: { news: false, xhtml: false, image: false, video: false },
  };
}

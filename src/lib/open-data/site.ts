/**
 * The site's address as the pages see it (in Vite, where addresses carry the base path), for
 * the feeds. The downloads themselves are written beside the pages from the checked content
 * (./files.ts).
 */

/** The site's public address with its base path, e.g. "https://example.gov.vn/thi-dua/". */
export function siteUrl(): string {
  return new URL(import.meta.env.BASE_URL, import.meta.env.SITE).href;
}

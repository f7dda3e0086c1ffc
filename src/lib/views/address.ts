/** Absolute addresses for meta tags, feeds and structured data: the site's address plus a site path. */
const SITE: string = (import.meta as { env?: { SITE?: string } }).env?.SITE ?? 'http://localhost/';

/** "/thi-dua/tin-tuc/x/" → "https://example.gov.vn/thi-dua/tin-tuc/x/". */
export function absolute(sitePath: string): string {
  return new URL(sitePath, SITE).href;
}

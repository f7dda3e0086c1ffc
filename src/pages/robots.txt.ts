/**
 * /robots.txt: every page may be crawled; the sitemap index is named with the base path.
 * A site served from a subfolder should have the same Sitemap line in the host's own
 * /robots.txt, the only one crawlers read (docs/open-data.md).
 */
import type { APIRoute } from 'astro';
import { openDataEnabled } from '../lib/open-data/enabled.ts';
import { openDataPaths } from '../lib/open-data/paths.ts';

export const GET: APIRoute = () => {
  const lines = ['User-agent: *', 'Allow: /'];
  if (openDataEnabled()) lines.push('', `Sitemap: ${new URL(openDataPaths.sitemapIndex(), import.meta.env.SITE).href}`);
  return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};

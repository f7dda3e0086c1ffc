/**
 * The search page names each bundle's metadata file in its head (`<link rel="preload">`), so
 * the browser fetches them while it still reads the page, not once the page's script has run
 * and asked for each bundle's entry file first. Their names carry a hash Pagefind gives them
 * when it writes the index, after the page is rendered: the build writes the links into the
 * page then (src/integrations/generated-files.ts).
 *
 * Measured at 200,000 records in headless Chromium on two cores, the metadata (36 KB and
 * 56 KB gzipped) started about 230 ms after the page was opened; the page itself was in by 20 ms.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { RECORDS_BUNDLE } from './model.ts';
import { languageOf, type PagefindEntry } from './pagefind-entry.ts';

/** Marks the links this module writes, so that a page written again (or kept from the last build) gets fresh ones. */
const MARK = 'data-index-metadata';
const OLD_LINKS = new RegExp(`<link [^>]*${MARK}[^>]*>`, 'g');

/** The `<link>` elements that preload the metadata files, one per address. */
export function metadataLinks(hrefs: string[]): string {
  return hrefs.map((href) => `<link rel="preload" href="${href.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" as="fetch" crossorigin="anonymous" ${MARK}>`).join('');
}

/** The page with the given preload links at the end of its head, in place of any written before. */
export function withMetadataLinks(html: string, hrefs: string[]): string {
  const cleaned = html.replace(OLD_LINKS, '');
  const end = cleaned.indexOf('</head>');
  if (end < 0) return cleaned;
  return cleaned.slice(0, end) + metadataLinks(hrefs) + cleaned.slice(end);
}

/**
 * The addresses of the bundles' metadata files for a page in the given language, read from the
 * entry files under `pagefindDir` (the site's bundle, the records' inside it); a bundle without
 * an entry file or that language is left out.
 */
export function metadataAddresses(pagefindDir: string, base: string, lang: string): string[] {
  const hrefs: string[] = [];
  for (const bundle of ['', `${RECORDS_BUNDLE}/`]) {
    const file = path.join(pagefindDir, bundle, 'pagefind-entry.json');
    if (!existsSync(file)) continue;
    const language = languageOf(JSON.parse(readFileSync(file, 'utf8')) as PagefindEntry, lang);
    if (language) hrefs.push(`${base}pagefind/${bundle}pagefind.${language.hash}.pf_meta`);
  }
  return hrefs;
}

/**
 * Write the preload links into the search page of a built site (`page`, its index.html). The
 * page is replaced, not changed in place: the build cache may hold the same file by a hard link.
 */
export function preloadIndexMetadata(page: string, pagefindDir: string, base: string): number {
  if (!existsSync(page)) return 0;
  const html = readFileSync(page, 'utf8');
  const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? 'vi';
  const hrefs = metadataAddresses(pagefindDir, base, lang);
  const temporary = `${page}.${process.pid}.tmp`;
  writeFileSync(temporary, withMetadataLinks(html, hrefs));
  renameSync(temporary, page);
  return hrefs.length;
}

/**
 * The search page names each bundle's metadata file in its head (`<link rel="preload">`), so
 * the browser fetches them while it still reads the page, not once the page's script has run
 * and asked for each bundle's entry file first. Their names carry a hash Pagefind gives them
 * when it writes the index: the build hands them to the search page once the index is written
 * (src/lib/build/generated-files.ts), and the page waits for them.
 *
 * Measured at 200,000 records in headless Chromium on two cores, the metadata (36 KB and
 * 56 KB gzipped) started about 230 ms after the page was opened; the page itself was in by 20 ms.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { RECORDS_BUNDLE } from './model.ts';
import { languageOf, type PagefindEntry } from './pagefind-entry.ts';

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

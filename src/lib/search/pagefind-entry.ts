/**
 * A Pagefind bundle's entry file, read by the build (to name the files the search page
 * preloads) and by the page's loader (to fetch them). No imports: the loader is inlined.
 */

/** What a bundle's pagefind-entry.json says of its languages (Pagefind 1.x). */
export interface PagefindEntry {
  languages: Record<string, { hash: string; wasm?: string | null; page_count: number }>;
}

/** The language of a bundle Pagefind picks for a page (its findIndex): exact, then by prefix, then the largest. */
export function languageOf(entry: PagefindEntry, lang: string): PagefindEntry['languages'][string] | undefined {
  const languages = entry.languages;
  const wanted = lang.toLowerCase();
  const prefix = wanted.split('-')[0]!;
  const key =
    Object.keys(languages).find((k) => k.toLowerCase() === wanted) ??
    Object.keys(languages).find((k) => k.toLowerCase().split('-')[0] === prefix) ??
    Object.keys(languages).sort((a, b) => languages[b]!.page_count - languages[a]!.page_count)[0];
  return key === undefined ? undefined : languages[key];
}

/**
 * Loads Pagefind's JavaScript API once per page, with the options the search page uses.
 * Its own small module, so the page can start loading the index before its main script (and
 * the modules that one imports) has arrived.
 */
import { META_WEIGHTS, RECORDS_BUNDLE } from '../lib/search/model.ts';
import type { PagefindData } from '../lib/search/results.ts';
import { withBase } from '../lib/urls.ts';

/** The part of Pagefind's JavaScript API the page uses. */
export interface PagefindResult {
  id: string;
  data: () => Promise<PagefindData>;
}
export interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  mergeIndex: (indexPath: string, options?: Record<string, unknown>) => Promise<void>;
  search: (term: string | null, options?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] } | null>;
}

let pagefind: Promise<Pagefind> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const api = (await import(/* @vite-ignore */ withBase('pagefind/pagefind.js'))) as Pagefind;
    // Pagefind adds the base path to the index's addresses itself; the page shows no excerpts.
    // No worker: its script would cost 43 KB more on every visit, and the searches this page
    // runs read small parts of the index, quick enough on the page itself.
    const options = { excerptLength: 0, ranking: { metaWeights: META_WEIGHTS } };
    await api.options({ ...options, noWorker: true });
    await api.init();
    // The honour records are a bundle of their own inside this one (see RECORDS_BUNDLE).
    await api.mergeIndex(withBase(`pagefind/${RECORDS_BUNDLE}/`), options);
    return api;
  })();
  return pagefind;
}

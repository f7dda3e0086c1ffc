/**
 * Loads Pagefind's JavaScript API once per page, with the options the search page uses.
 *
 * It is the search page's first script and imports nothing at run time: a module shared
 * with the page's main script would become a chunk of its own, fetched only once this
 * script had arrived, and the index would start loading a round trip later. What it needs
 * (the bundles' addresses, the ranking weights) the page writes into the form's
 * `data-pagefind` attribute (PagefindSetup); the main script takes the loading API from
 * `window.bangVangPagefind` rather than importing this module.
 */
import type { PagefindData } from '../lib/search/results.ts';

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

/** What the page tells this script, as JSON in `data-pagefind`. */
export interface PagefindSetup {
  /** Address of the site bundle's pagefind.js. */
  script: string;
  /** Address of the records' bundle, merged into the first. */
  records: string;
  /** Pagefind's ranking weights of metadata fields. */
  metaWeights: Record<string, number>;
}

declare global {
  interface Window {
    /** Pagefind, loading or loaded, for the search page's main script. */
    bangVangPagefind?: Promise<Pagefind>;
  }
}

async function load(setup: PagefindSetup): Promise<Pagefind> {
  const api = (await import(/* @vite-ignore */ setup.script)) as Pagefind;
  // Pagefind adds the base path to the index's addresses itself; the page shows no excerpts.
  // No worker: its script would cost 43 KB more on every visit, and the searches this page
  // runs read small parts of the index, quick enough on the page itself.
  const options = { excerptLength: 0, ranking: { metaWeights: setup.metaWeights } };
  await api.options({ ...options, noWorker: true });
  await api.init();
  // The honour records are a bundle of their own inside this one (RECORDS_BUNDLE).
  await api.mergeIndex(setup.records, options);
  return api;
}

/** Start loading Pagefind with the setup written in the page, once. */
export function startPagefind(doc: Document): Promise<Pagefind> {
  const raw = doc.querySelector<HTMLElement>('[data-pagefind]')?.dataset.pagefind;
  window.bangVangPagefind ??= raw ? load(JSON.parse(raw) as PagefindSetup) : Promise.reject(new Error('no data-pagefind in the page'));
  return window.bangVangPagefind;
}

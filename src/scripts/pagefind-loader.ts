/**
 * Loads Pagefind's JavaScript API once per page, with the options the search page uses.
 *
 * It is the search page's first script and shares no module with the page's main script:
 * a shared module would become a chunk of its own, fetched only once this script had
 * arrived, and the index would start loading a round trip later. What it needs
 * (the bundles' addresses, the ranking weights) the page writes into the form's
 * `data-pagefind` attribute (PagefindSetup); the main script takes the loading API from
 * `window.bangVangPagefind` rather than importing this module.
 *
 * It also fetches the index's first files itself (`prefetchIndex`), because Pagefind, left
 * to itself, is slow to start on a phone-class CPU: it asks for each bundle's files one after
 * another (the records' bundle only once the site's is set up) and inflates every file in
 * JavaScript. Measured at 200,000 records in headless Chromium on two cores, that was half of
 * the time from opening the page to seeing results.
 */
import type { PagefindData } from '../lib/search/results.ts';
import { languageOf, type PagefindEntry } from '../lib/search/pagefind-entry.ts';

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
    /**
     * Lets Pagefind's start go on (see startPagefind): the main script calls it when it needs
     * Pagefind, or once the results of a whole name are on screen.
     */
    bangVangPagefindGo?: () => void;
  }
}

/** How long Pagefind's start waits for the main script, at most (if that script never runs). */
const HOLD_LIMIT = 3000;

/** A file of the index as fetched here: its status and its bytes, inflated. */
interface Fetched {
  status: number;
  bytes: ArrayBuffer;
}

/** Pagefind's files that it stores gzipped (its metadata, index, filter and fragment chunks, WebAssembly). */
const GZIPPED = /\.(pf_meta|pf_index|pf_filter|pf_fragment|pagefind)$/;

/**
 * The bytes of a Pagefind file, inflated by the browser (DecompressionStream) rather than by
 * Pagefind's JavaScript. Pagefind reads a file that starts with its "pagefind_dcd" mark as
 * already inflated; a host that sent it decoded, or any file not gzipped, passes unchanged.
 */
async function inflate(response: Response, go: Promise<void>): Promise<Fetched> {
  const bytes = await response.arrayBuffer();
  // The processor's part waits, as Pagefind's start does (startPagefind).
  await go;
  const head = new Uint8Array(bytes, 0, Math.min(2, bytes.byteLength));
  if (!response.ok || head[0] !== 0x1f || head[1] !== 0x8b) return { status: response.status, bytes };
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return { status: response.status, bytes: await new Response(stream).arrayBuffer() };
}

/**
 * Fetch every bundle's entry file, metadata and (for the first) WebAssembly at once, and serve
 * Pagefind's own requests for them, and for its later chunks, from here: the first from what
 * was fetched, every gzipped one inflated by the browser. Only addresses inside the bundles
 * are touched; nothing is fetched that Pagefind would not fetch.
 */
function prefetchIndex(bundles: string[], lang: string, go: Promise<void>): void {
  if (typeof DecompressionStream === 'undefined') return;
  const pageFetch = window.fetch.bind(window);
  const get = (url: string, init?: RequestInit) => pageFetch(url, init).then((response) => inflate(response, go));
  /** Files fetched ahead, by address without query; each is handed to Pagefind once. */
  const early = new Map<string, Promise<Fetched>>();
  const ahead = (url: string, init?: RequestInit) => {
    const fetched = get(url, init);
    // A failure reaches Pagefind when it asks for the file; until then it is no error of the page.
    fetched.catch(() => undefined);
    early.set(url, fetched);
    return fetched;
  };

  // The metadata the page named in its head (src/lib/search/preload.ts) is on its way already:
  // take it over now, so it is inflated by the time Pagefind has read the entry files.
  for (const link of document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][data-index-metadata]')) ahead(link.href);

  const bundleFiles = bundles.map((bundle, i) => {
    const base = new URL(bundle, document.baseURI).href;
    // Pagefind asks for the entry without caching (a new build renames the other files).
    const entry = ahead(`${base}pagefind-entry.json`, { cache: 'no-cache' });
    // Settled once the bundle's other first files are in `early` (or cannot be known).
    const listed = entry
      .then((fetched) => {
        if (fetched.status !== 200) return;
        const language = languageOf(JSON.parse(new TextDecoder().decode(fetched.bytes)) as PagefindEntry, lang);
        if (!language) return;
        const metadata = `${base}pagefind.${language.hash}.pf_meta`;
        if (!early.has(metadata)) ahead(metadata);
        if (i === 0) ahead(`${base}wasm.${language.wasm ?? 'unknown'}.pagefind`);
      })
      .catch(() => undefined);
    return { base, listed };
  });

  window.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
    url.search = '';
    // The records' bundle lies inside the site's: the longest base that matches is the file's.
    const bundle = bundleFiles.filter(({ base }) => url.href.startsWith(base)).sort((a, b) => b.base.length - a.base.length)[0];
    if (!bundle) return pageFetch(input, init);
    if (!url.pathname.endsWith('.json')) await bundle.listed;
    const waiting = early.get(url.href);
    early.delete(url.href);
    const fetched = waiting ?? (GZIPPED.test(url.pathname) ? get(url.href, init) : undefined);
    if (!fetched) return pageFetch(input, init);
    const { status, bytes } = await fetched;
    return new Response(bytes, { status });
  };
}

async function load(setup: PagefindSetup, go: Promise<void>): Promise<Pagefind> {
  prefetchIndex([new URL('./', new URL(setup.script, document.baseURI)).href, setup.records], document.documentElement.lang || 'vi', go);
  await go;
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

/**
 * Start loading Pagefind with the setup written in the page, once: its files are fetched at
 * once. Its start on the processor (compiling the WebAssembly, reading both metadata files),
 * a few hundred milliseconds on a phone, waits when the address asks for several words: that
 * may be a full name, which the main script looks up first in the whole-name index
 * (src/lib/search/names.ts), and its results should not queue behind Pagefind. The main
 * script lets Pagefind go on (bangVangPagefindGo) as soon as it needs it, or once those results
 * are on screen.
 */
export function startPagefind(doc: Document): Promise<Pagefind> {
  if (window.bangVangPagefind) return window.bangVangPagefind;
  const raw = doc.querySelector<HTMLElement>('[data-pagefind]')?.dataset.pagefind;
  let release!: () => void;
  const go = new Promise<void>((resolve) => (release = resolve));
  window.bangVangPagefindGo = release;
  const query = new URL(doc.location.href).searchParams.get('q') ?? '';
  if (/\S\s+\S/.test(query)) setTimeout(release, HOLD_LIMIT);
  else release();
  window.bangVangPagefind = raw ? load(JSON.parse(raw) as PagefindSetup, go) : Promise.reject(new Error('no data-pagefind in the page'));
  return window.bangVangPagefind;
}

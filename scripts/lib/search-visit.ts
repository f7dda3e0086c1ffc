/**
 * One visit to the search page of a built site, measured in Chromium as a citizen's phone
 * would make it: a fresh browser (nothing cached), the address of a search for a full name,
 * and what the visit costs until the results are on screen. Shared by `npm run bench` (the
 * bytes column of its table) and `npm run bench:search` (the search at scale in detail).
 */
import type { Page } from 'playwright-core';
import { checkedContent } from '../../src/lib/content/checked.ts';
import { recordAnchor } from '../../src/lib/rolls.ts';
import { searchKey } from '../../src/lib/text.ts';
import { launchChromium } from '../../tests/browser/launch.ts';

/** What the Search issue asks of a full-name query at 200,000 records. */
export const SEARCH_BUDGET = { bytes: 300 * 1024, ms: 500 };

/** A person to look up, and the address of their record (decision page + anchor). */
export interface NamedRecord {
  name: string;
  url: string;
}

/** Three people whose full name is theirs alone, spread over the dataset, one with a đ. */
export function pickNames(contentDir: string): NamedRecord[] {
  const { content } = checkedContent(contentDir);
  const all = content.decisions.flatMap((d) => d.data.records.map((r) => ({ d, r })));
  const count = new Map<string, number>();
  for (const { r } of all) count.set(searchKey(r.name), (count.get(searchKey(r.name)) ?? 0) + 1);
  const picked: NamedRecord[] = [];
  const wantD = [false, true, false];
  for (let k = 0; k < 3; k++) {
    for (let i = Math.floor((all.length * (k + 1)) / 4); i < all.length; i++) {
      const { d, r } = all[i]!;
      if (r.kind !== 'ca-nhan' || count.get(searchKey(r.name)) !== 1 || /[đĐ]/.test(r.name) !== wantD[k]) continue;
      picked.push({ name: r.name, url: `/quyet-dinh/${d.id}/#${recordAnchor(r)}` });
      break;
    }
  }
  return picked;
}

export interface Measure {
  /** Results listed on the page. */
  results: number;
  /** Where the record wanted stands among them (1 = first; 0 = not listed). */
  rank: number;
  /** Every response of the visit, headers included. */
  bytes: number;
  /** Of which the search's own files: the whole-name index's and Pagefind's (runtime, WebAssembly, index, fragments). */
  searchBytes: number;
  requests: number;
  /** Milliseconds from the navigation (or from Enter) to the results on screen. */
  ms: number;
}

/** Count every response of the page (and of its workers), as Chromium reports it. */
function meter(page: Page) {
  const sizes: Promise<{ url: string; bytes: number }>[] = [];
  page.context().on('requestfinished', (request) => {
    sizes.push(
      request
        .sizes()
        .then(async (s) => {
          // A worker's own script reports no body size; its Content-Length is what was sent.
          const length = Number((await request.response())?.headers()['content-length'] ?? 0);
          return { url: request.url(), bytes: (s.responseBodySize || length) + s.responseHeadersSize };
        })
        // A request still finishing as the browser closes: nothing the measure waited for.
        .catch(() => ({ url: request.url(), bytes: 0 })),
    );
  });
  return {
    reset: () => void sizes.splice(0),
    total: async () => {
      const all = await Promise.all(sizes);
      return {
        bytes: all.reduce((n, x) => n + x.bytes, 0),
        searchBytes: all.filter((x) => x.url.includes('/pagefind/') || x.url.includes('/tim-ten/')).reduce((n, x) => n + x.bytes, 0),
        requests: all.length,
      };
    },
  };
}

/** Tells, from the page, when results (or "no results") are on screen: a console line with the time. */
const WATCH = () => {
  let last = -Infinity;
  new MutationObserver(() => {
    const status = document.querySelector('[data-search-status]');
    const list = document.querySelector('[data-search-results]');
    if (status?.textContent && list && !list.hasAttribute('aria-busy') && /\d|Không/.test(status.textContent)) {
      if (performance.now() - last > 50) console.debug(`bang-vang-shown ${(last = performance.now())}`);
    }
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
};

/**
 * Times at which the page showed results, read from its console. Nothing is evaluated in the
 * page while it loads (a wait for a function would run the browser driver's own script there,
 * about 50 ms of the page's main thread on a two-core machine, inside the time measured).
 */
function shownTimes(page: Page): { after(t: number): Promise<number> } {
  const times: number[] = [];
  const waiting = new Set<() => void>();
  page.on('console', (message) => {
    const m = /^bang-vang-shown ([\d.]+)$/.exec(message.text());
    if (!m) return;
    times.push(Number(m[1]));
    for (const wake of waiting) wake();
  });
  return {
    after: (t) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no results shown within 30 s')), 30_000);
        const check = () => {
          const found = times.find((x) => x > t);
          if (found === undefined) return;
          clearTimeout(timer);
          waiting.delete(check);
          resolve(found);
        };
        waiting.add(check);
        check();
      }),
  };
}

/** How many results the page lists, and the rank of the one at `url`. */
export async function resultsOf(page: Page, url: string): Promise<{ results: number; rank: number }> {
  return page.evaluate((target) => {
    const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-search-results] .search-result-title a')];
    return { results: links.length, rank: links.findIndex((a) => new URL(a.href).pathname + new URL(a.href).hash === target) + 1 };
  }, url);
}

/** The middle of numbers sorted in ascending order. */
export const median = (sorted: number[]) => (sorted[(sorted.length - 1) >> 1]! + sorted[sorted.length >> 1]!) / 2;

/** The page of a visit still open, for a search made after it (see measureFreshVisit). */
export interface OpenVisit {
  page: Page;
  meter: ReturnType<typeof meter>;
  shown: ReturnType<typeof shownTimes>;
}

/**
 * Open the search page for `query` in a fresh browser and measure the visit until the results
 * are on screen (the bytes until the network is quiet). `siteUrl` ends in "/". `then`, if
 * given, goes on with the page still open (its meter reset) before the browser is closed.
 */
export async function measureFreshVisit<T = undefined>(
  siteUrl: string,
  query: string,
  target: NamedRecord,
  then?: (open: OpenVisit) => Promise<T>,
): Promise<Measure & { then?: T }> {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ locale: 'vi-VN' });
    await context.addInitScript(WATCH);
    const page = await context.newPage();
    const m = meter(page);
    const shown = shownTimes(page);
    await page.goto(`${siteUrl}tim-kiem/?q=${encodeURIComponent(query)}`, { waitUntil: 'commit' });
    const ms = await shown.after(0);
    await page.waitForLoadState('networkidle');
    const measure: Measure = { ...(await resultsOf(page, target.url)), ...(await m.total()), ms };
    if (!then) return measure;
    m.reset();
    return { ...measure, then: await then({ page, meter: m, shown }) };
  } finally {
    await browser.close();
  }
}

/**
 * One fresh visit to the portal's search page, measured in Chromium as a citizen's phone
 * would make it (as scripts/lib/search-visit.ts does for a site's own search): a new browser,
 * the address of a search, and what the visit costs until the results are on screen — every
 * response's bytes (headers included, as sent: gzip where the server compresses), how many
 * requests, and the milliseconds from the navigation to the results.
 */
import type { Page } from 'playwright-core';
import { launchChromium } from '../../../tests/browser/launch.ts';

export interface PortalVisit {
  ms: number;
  bytes: number;
  requests: number;
  /** Of which the members' name shards, and Pagefind's files (the portal's and the members'). */
  nameBytes: number;
  pagefindBytes: number;
  results: number;
  /** Where the record wanted stands among the results (1 = first; 0 = not listed). */
  rank: number;
  status: string;
}

/** Logs, from the page, when results (or "no results") are on screen. */
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

function shown(page: Page): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no results shown within 120 s')), 120_000);
    page.on('console', (message) => {
      const m = /^bang-vang-shown ([\d.]+)$/.exec(message.text());
      if (!m) return;
      clearTimeout(timer);
      resolve(Number(m[1]));
    });
  });
}

/** Open `url` in a fresh browser and measure until the results are shown and the network is quiet. */
export async function measurePortalVisit(url: string, target: string): Promise<PortalVisit> {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ locale: 'vi-VN' });
    await context.addInitScript(WATCH);
    const page = await context.newPage();
    const sizes: Promise<{ url: string; bytes: number }>[] = [];
    context.on('requestfinished', (request) => {
      sizes.push(
        request
          .sizes()
          .then((s) => ({ url: request.url(), bytes: s.responseBodySize + s.responseHeadersSize }))
          .catch(() => ({ url: request.url(), bytes: 0 })),
      );
    });
    const done = shown(page);
    await page.goto(url, { waitUntil: 'commit' });
    const ms = await done;
    await page.waitForLoadState('networkidle');
    const all = await Promise.all(sizes);
    const sum = (pick: (u: string) => boolean) => all.filter((x) => pick(x.url)).reduce((n, x) => n + x.bytes, 0);
    const found = await page.evaluate((wanted) => {
      const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-search-results] .search-result-title a')].map((a) => a.href);
      return { results: links.length, rank: links.indexOf(wanted) + 1, status: document.querySelector('[data-search-status]')?.textContent ?? '' };
    }, target);
    return {
      ms,
      bytes: sum(() => true),
      requests: all.length,
      nameBytes: sum((u) => u.includes('/tim-ten/')),
      pagefindBytes: sum((u) => u.includes('/pagefind/')),
      ...found,
    };
  } finally {
    await browser.close();
  }
}

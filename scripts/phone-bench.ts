/**
 * npm run bench:phone — the site as a phone gets it: Chromium with a slow 4G network and a
 * processor four times slower (the Chrome DevTools Protocol's network and CPU throttling),
 * a 320 × 700 screen, nothing in the browser's cache. For three visits it prints the first
 * contentful paint, the time until what was asked for is on screen, and what was transferred:
 *
 * - the home page (its name search on screen: the largest contentful paint);
 * - the search page opened with a full name (the record's result listed);
 * - the longest decision (2,000 records in the generated dataset) opened at #stt-1500 (that
 *   record in view), whose transfer the issue budgets at 150 KB with gzip.
 *
 * It measures a build made by `npm run bench:search` (.bench/search-200000, from
 * .bench/data-200000) or another (--site, --data). Every visit is made --visits times (3) in a
 * fresh browser; the median is printed with the fastest and slowest. A shared machine slows
 * the processor part of every figure: rerun on a quiet one for figures to quote.
 *
 * Options: --site DIR, --data DIR, --visits N (3), --cpu N (4: the slowdown), --network slow-4g|none.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchChromium } from '../tests/browser/launch.ts';
import { serveStatic } from '../tests/browser/serve.ts';
import { consoleIO, fail, readArguments, runIfEntry, type CliIO } from './lib/cli.ts';
import { median, pickNames } from './lib/search-visit.ts';

const USAGE = `Cách dùng:
  npm run bench:phone -- [--site .bench/search-200000] [--data .bench/data-200000] [--visits 3] [--cpu 4] [--network slow-4g|none]`;

const OPTIONS = {
  site: { type: 'string' },
  data: { type: 'string' },
  visits: { type: 'string' },
  cpu: { type: 'string' },
  network: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * Chrome DevTools' "Slow 4G" preset (Lighthouse's mobile profile as DevTools applies it):
 * 150 ms round trip × 3.75 for the latency a request sees, 1.6 Mbit/s down and 750 kbit/s up,
 * each × 0.9.
 */
export const SLOW_4G = { latency: 562.5, downloadThroughput: (1.6e6 * 0.9) / 8, uploadThroughput: (750e3 * 0.9) / 8 };

/** The budget of the issue for a 2,000-record decision page, transferred with gzip. */
export const DECISION_BUDGET = 150 * 1024;

/** The record a shared link opens on the longest decision. */
const ANCHOR = 'stt-1500';

interface Visit {
  fcp: number;
  /** When what was asked for was on screen (the search's results, the record in view; the home page's largest paint). */
  ready: number;
  bytes: number;
  requests: number;
  /** The document alone, transferred. */
  documentBytes: number;
}

/**
 * Marks, in the console, when the page has what was asked for: the search page's results
 * listed, or the record of the address's #fragment in view. Installed before the page's own
 * scripts; nothing is evaluated in the page while it loads.
 */
const WATCH = () => {
  const mark = (what: string) => console.debug(`bang-vang-${what} ${performance.now()}`);
  let shown = false;
  new MutationObserver(() => {
    const status = document.querySelector('[data-search-status]');
    const list = document.querySelector('[data-search-results]');
    if (!shown && status?.textContent && list && !list.hasAttribute('aria-busy') && /\d|Không/.test(status.textContent)) {
      shown = true;
      mark('ready');
    }
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  const id = decodeURIComponent(location.hash.slice(1));
  if (id) {
    const check = () => {
      const el = document.getElementById(id);
      const box = el?.getBoundingClientRect();
      if (box && box.height > 0 && box.top >= 0 && box.top < innerHeight) mark('ready');
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  }
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') console.debug(`bang-vang-fcp ${entry.startTime}`);
  }).observe({ type: 'paint', buffered: true });
};

export async function visit(url: string, options: { cpu: number; network: boolean; lcp: boolean }): Promise<Visit> {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 320, height: 700 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    await context.addInitScript(WATCH);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    if (options.network) await cdp.send('Network.emulateNetworkConditions', { offline: false, ...SLOW_4G });
    if (options.cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.cpu });
    // Bytes as the network delivered them (compressed), headers included, per request.
    const sizes = new Map<string, number>();
    let documentId = '';
    cdp.on('Network.requestWillBeSent', (e: { requestId: string; type?: string }) => {
      if (e.type === 'Document' && !documentId) documentId = e.requestId;
    });
    cdp.on('Network.loadingFinished', (e: { requestId: string; encodedDataLength: number }) => sizes.set(e.requestId, e.encodedDataLength));
    const marks = new Map<string, number>();
    const waiting = new Map<string, () => void>();
    page.on('console', (message) => {
      const m = /^bang-vang-(\w+) ([\d.]+)$/.exec(message.text());
      if (!m || marks.has(m[1]!)) return;
      marks.set(m[1]!, Number(m[2]));
      waiting.get(m[1]!)?.();
    });
    const mark = (what: string) =>
      new Promise<number>((resolve, reject) => {
        if (marks.has(what)) return resolve(marks.get(what)!);
        const timer = setTimeout(() => reject(new Error(`${url}: no ${what} within 120 s`)), 120_000);
        waiting.set(what, () => {
          clearTimeout(timer);
          resolve(marks.get(what)!);
        });
      });
    await page.goto(url, { waitUntil: 'commit' });
    const fcp = await mark('fcp');
    const ready = options.lcp ? undefined : await mark('ready');
    await page.waitForLoadState('networkidle');
    const lcp = options.lcp ? await largestPaint(page) : undefined;
    const bytes = [...sizes.values()].reduce((n, b) => n + b, 0);
    return { fcp, ready: ready ?? lcp!, bytes, requests: sizes.size, documentBytes: sizes.get(documentId) ?? 0 };
  } finally {
    await browser.close();
  }
}

/** The largest contentful paint so far (the page has settled). */
function largestPaint(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          const entries = list.getEntries();
          resolve(entries[entries.length - 1]!.startTime);
        }).observe({ type: 'largest-contentful-paint', buffered: true });
      }),
  );
}

/** The decision page with the most records: the largest page under quyet-dinh/. */
function longestDecision(site: string): string {
  const root = path.join(site, 'quyet-dinh');
  let best = { size: 0, dir: '' };
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name === 'index.html' && dir !== root) {
        const size = statSync(full).size;
        if (size > best.size) best = { size, dir };
      }
    }
  };
  walk(root);
  return path.relative(site, best.dir).split(path.sep).join('/');
}

const stat = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return `${median(sorted).toFixed(0)} (${sorted[0]!.toFixed(0)}–${sorted.at(-1)!.toFixed(0)})`;
};

export async function main(argv: string[], io: CliIO = consoleIO): Promise<number> {
  const { values } = readArguments(argv, OPTIONS, USAGE);
  const site = path.resolve(values.site ?? '.bench/search-200000');
  const data = path.resolve(values.data ?? '.bench/data-200000');
  if (!existsSync(path.join(site, 'index.html'))) fail(`Không thấy trang đã dựng ở ${site}: chạy npm run bench:search trước, hoặc chỉ --site.`, 2);
  if (!existsSync(data)) fail(`Không thấy dữ liệu ở ${data} (--data).`, 2);
  const visits = Math.max(1, Number(values.visits ?? 3));
  const cpu = Math.max(1, Number(values.cpu ?? 4));
  const network = (values.network ?? 'slow-4g') !== 'none';
  const [person] = pickNames(data);
  if (!person) fail(`Không có ai để tìm trong ${data}.`, 1);
  const decision = longestDecision(site);
  const html = readFileSync(path.join(site, decision, 'index.html'));
  if (!html.includes(`id="${ANCHOR}"`)) fail(`${decision}: không có #${ANCHOR} (quyết định dài nhất có dưới 1.500 người).`, 1);
  const records = html.toString().match(/<tr id="stt-/g)?.length ?? 0;

  const server = await serveStatic(site, '/', { compress: true });
  const cases = [
    { name: 'trang chủ (ô tìm tên)', path: '', lcp: true },
    { name: `tìm “${person.name}”`, path: `tim-kiem/?q=${encodeURIComponent(person.name)}`, lcp: false },
    { name: `quyết định ${records} người, mở ở #${ANCHOR}`, path: `${decision}/#${ANCHOR}`, lcp: false },
  ];
  const results = new Map<string, Visit[]>();
  try {
    for (let i = 0; i < visits; i++) {
      for (const c of cases) results.set(c.name, [...(results.get(c.name) ?? []), await visit(server.url + c.path, { cpu, network, lcp: c.lcp })]);
      io.err(`lượt ${i + 1}/${visits} xong`);
    }
  } finally {
    await server.close();
  }

  io.out(`\nĐiện thoại giả lập: 320 × 700, ${network ? 'mạng 4G chậm (trễ 562,5 ms, 1,44 Mbit/s xuống)' : 'không giới hạn mạng'}, CPU chậm ${cpu} lần; ${visits} lần mỗi trang, trình duyệt mới; Node ${process.version}, ${new Date().toISOString()}\n`);
  const header = ['trang', 'FCP ms', 'đến khi có kết quả ms', 'KB truyền', 'trong đó trang HTML KB', 'số yêu cầu'];
  io.out(`| ${header.join(' | ')} |\n|${header.map((_, i) => (i ? ' ---: ' : ' --- ')).join('|')}|`);
  for (const c of cases) {
    const list = results.get(c.name)!;
    const kb = Math.max(...list.map((v) => v.bytes)) / 1024;
    const doc = Math.max(...list.map((v) => v.documentBytes)) / 1024;
    io.out(`| ${c.name} | ${stat(list.map((v) => v.fcp))} | ${stat(list.map((v) => v.ready))} | ${kb.toFixed(0)} | ${doc.toFixed(0)} | ${list[0]!.requests} |`);
  }
  io.out(
    '\nms: trung vị (thấp nhất–cao nhất), từ lúc mở địa chỉ. Kết quả: trang chủ, lần vẽ lớn nhất (LCP, ô tìm tên); tìm kiếm, danh sách kết quả hiện ra; quyết định, người ở #' +
      `${ANCHOR} nằm trong màn hình. KB: mọi phản hồi, kể cả tiêu đề, nén gzip như máy chủ tĩnh gửi.`,
  );
  const decisionBytes = Math.max(...results.get(cases[2]!.name)!.map((v) => v.bytes));
  io.out(`\nTrang quyết định ${records} người: HTML ${(html.length / 1024).toFixed(0)} KB, nén gzip ${(gzipSync(html).length / 1024).toFixed(0)} KB; cả lần mở ${(decisionBytes / 1024).toFixed(0)} KB (giới hạn ${DECISION_BUDGET / 1024} KB).`);
  if (decisionBytes > DECISION_BUDGET) {
    io.out(`\nChưa đạt: trang quyết định truyền ${(decisionBytes / 1024).toFixed(0)} KB, quá ${DECISION_BUDGET / 1024} KB.`);
    return 1;
  }
  return 0;
}

runIfEntry(import.meta.url, main);

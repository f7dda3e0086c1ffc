/**
 * End-to-end checks of the built demo site in a real browser (Chromium via playwright-core):
 * accessibility (axe, WCAG 2.2 AA), no third-party requests, use without JavaScript,
 * the skip link, a phone's screen (320 × 700) and a wide one (1280 × 900) with JavaScript on
 * and off, a record opened by its link, and links that survive a base path.
 *
 * One build (demo content, served under BASE), one server, one browser; each check walks every
 * page and reports all problems at once, so one run tells the whole story.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateContent } from '../src/lib/content/validate.ts';
import { siteConfig } from '../src/site.config.ts';
import { siteDataFromContent } from '../src/lib/site-data.ts';
import { decisionPages, recordReference } from '../src/lib/views/decision.ts';
import { buildSite, type BuiltSite } from './build-site.ts';
import { layoutProblems, openedRecordProblems, servedWithoutScripts } from './browser/layout.ts';
import { checkLinks, listFiles } from './browser/links.ts';
import { serveStatic, type StaticServer } from './browser/serve.ts';

const CONTENT_DIR = path.resolve('src/content');
const BASE = '/some/sub/path/';
/** Given to the build so absolute links to the site (canonical) can be told from other sites. */
const SITE_URL = 'https://bang-vang.example.org';
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const AXE_SOURCE_FILE = path.resolve('node_modules/axe-core/axe.min.js');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** The narrowest common phone screen (WCAG 1.4.10 Reflow), and a wide one. */
const SMALL = { width: 320, height: 700 };
const WIDE = { width: 1280, height: 900 };
const SKIP_LINK_TEXT = 'Bỏ qua, đến nội dung chính';
const vi: Record<string, string> = JSON.parse(readFileSync('src/i18n/vi.json', 'utf8'));

/** One page to visit: `path` is relative to the base path ("" is the home page). */
interface PageCase {
  name: string;
  path: string;
  status: 200 | 404;
}

/** What is kept of an axe violation to report it. */
interface Violation {
  id: string;
  impact: string;
  help: string;
  count: number;
  nodes: { target: string; summary: string }[];
}

/**
 * Run axe (WCAG 2.2 AA and below) on the page as it is now; one line per violated rule:
 * rule id, impact, help, the first elements' selectors and what is wrong with the first one.
 */
async function axeViolations(page: Page, axeSource: string): Promise<string[]> {
  // Evaluated through the DevTools protocol, not added as a <script>: the site's Content
  // Security Policy (rightly) refuses inline scripts it has no hash for.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (tags): Promise<Violation[]> => {
    const axe = (window as any).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v: any) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      count: v.nodes.length,
      nodes: v.nodes.slice(0, 3).map((n: any) => ({ target: n.target.join(' '), summary: n.failureSummary ?? '' })),
    }));
  }, AXE_TAGS);
  return violations.map((v) => {
    const first = v.nodes[0];
    return (
      `axe ${v.id} [${v.impact}] ${v.help} — ${v.count} element(s): ${v.nodes.map((n) => n.target).join(' | ')}` +
      (first ? `\n      ${first.summary.replace(/\n\s*/g, ' ')}` : '')
    );
  });
}

const label = (p: PageCase) => `${p.name} (${BASE}${p.path})`;

/** Throw one readable list instead of stopping at the first problem. */
function expectNoProblems(problems: string[], what: string): void {
  if (problems.length > 0) throw new Error(`${problems.length} ${what}:\n  - ${problems.join('\n  - ')}`);
}

/**
 * The pages to visit, found in the build rather than hard-coded, so renamed demo content does not
 * break the test. For "one X page" the largest page of its kind is taken: it has the most to check.
 */
function discoverPages(outDir: string, aName: string): PageCase[] {
  const pageDirs = listFiles(outDir)
    .filter((f) => f.endsWith('/index.html'))
    .map((f) => f.slice(0, -'index.html'.length));
  const size = (dir: string) => statSync(path.join(outDir, dir, 'index.html')).size;
  const richest = (name: string, pattern: RegExp): PageCase => {
    const found = pageDirs.filter((d) => pattern.test(d)).sort((a, b) => size(b) - size(a) || a.localeCompare(b));
    if (!found[0]) throw new Error(`no ${name} page in the build (looked for ${pattern})`);
    return { name, path: found[0], status: 200 };
  };
  const fixed = (name: string, dir: string): PageCase => {
    if (dir && !pageDirs.includes(dir)) throw new Error(`no ${name} page in the build: ${dir}index.html is missing`);
    return { name, path: dir, status: 200 };
  };
  return [
    fixed('home', ''),
    fixed('news list', 'tin-tuc/'),
    // News listing routes (by kind, year, province, page number) sit beside the reports themselves.
    richest('report', /^tin-tuc\/(?!(loai|nam|tinh|trang)\/)[^/]+\/$/),
    fixed('movements list', 'phong-trao/'),
    richest('movement', /^phong-trao\/[^/]+\/$/),
    fixed('provinces list', 'tinh-thanh/'),
    fixed('current province', 'tinh-thanh/tuyen-quang/'),
    fixed('pre-2025 province', 'tinh-thanh/ha-giang/'),
    fixed('decisions list', 'quyet-dinh/'),
    richest('decision', /^quyet-dinh\/[^/]+\/\d{4}\/[^/]+\/$/),
    fixed('awards list', 'khen-thuong/'),
    richest('award', /^khen-thuong\/[^/]+\/$/),
    fixed('honorees list', 'guong-dien-hinh/'),
    richest('honoree', /^guong-dien-hinh\/[^/]+\/$/),
    fixed('clusters list', 'cum-khoi-thi-dua/'),
    fixed('cluster', 'cum-khoi-thi-dua/bac-trung-bo/'),
    fixed('search', 'tim-kiem/'),
    { name: 'search for a name', path: `tim-kiem/?q=${encodeURIComponent(aName)}`, status: 200 },
    // Two levels deep, so a relative link in 404.html would break here.
    { name: 'not found', path: 'khong-co/trang-nay/', status: 404 },
  ];
}

/** The section list pages the main navigation must link to, as URL paths. */
const NAV_SECTIONS = ['tin-tuc/', 'phong-trao/', 'tinh-thanh/', 'quyet-dinh/', 'khen-thuong/', 'guong-dien-hinh/', 'cum-khoi-thi-dua/'].map(
  (s) => BASE + s,
);

/**
 * The record a shared link opens in the tests: the last of the demo's longest decision (the
 * page must scroll to it), with the citation its page shows.
 */
function recordToOpen() {
  const { content, problems } = validateContent(CONTENT_DIR);
  if (problems.length) throw new Error('the demo content has problems');
  const decisions = decisionPages(siteDataFromContent(content));
  const longest = decisions.reduce((a, b) => (b.view.table.rows.length > a.view.table.rows.length ? b : a));
  const row = longest.view.table.rows.at(-1)!;
  return {
    path: `quyet-dinh/${longest.params.id}/`,
    records: longest.view.table.rows.length,
    anchor: row.anchor,
    name: row.name,
    reference: recordReference(longest.view.table, row),
  };
}

describe('the built demo site, under a base path', () => {
  let site: BuiltSite;
  let pages: PageCase[];
  const opened = recordToOpen();

  beforeAll(() => {
    site = buildSite(CONTENT_DIR, { BASE_PATH: BASE, SITE_URL });
    if (site.status !== 0) throw new Error(`build failed:\n${site.output}`);
    pages = discoverPages(site.outDir, opened.name);
  });
  afterAll(() => site?.cleanup());

  it('base path: every internal href/src/srcset (and CSS url()) stays under the base path and reaches a file in the build', () => {
    const result = checkLinks({ outDir: site.outDir, base: BASE, siteUrl: SITE_URL });
    console.log(`base path: checked ${result.checked} URLs (${result.external} external) in ${result.files} HTML files and the CSS`);
    // Guard against a walk that silently finds nothing.
    expect(result.files).toBeGreaterThan(pages.length);
    expect(result.checked).toBeGreaterThan(result.files * NAV_SECTIONS.length);
    expectNoProblems(result.problems, 'broken or misplaced URLs');
  });

  describe('in a real browser', () => {
    let server: StaticServer;
    let browser: Browser;
    /** JavaScript on, a wide screen. */
    let context: BrowserContext;
    /** JavaScript off, a wide screen. */
    let noScript: BrowserContext;
    let axeSource: string;

    const urlOf = (p: PageCase) => server.url + p.path;

    beforeAll(async () => {
      if (!existsSync(CHROMIUM)) {
        throw new Error(`Chromium is not installed at ${CHROMIUM}: the browser tests need it. Run \`apt-get install -y chromium\`.`);
      }
      axeSource = readFileSync(AXE_SOURCE_FILE, 'utf8');
      server = await serveStatic(site.outDir, BASE);
      try {
        browser = await chromium.launch({
          executablePath: CHROMIUM,
          headless: true,
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
        });
      } catch (error) {
        throw new Error(`Chromium at ${CHROMIUM} did not start (reinstall with \`apt-get install -y chromium\`): ${error}`);
      }
      context = await browser.newContext({ locale: 'vi-VN', viewport: WIDE });
      noScript = await browser.newContext({ locale: 'vi-VN', javaScriptEnabled: false, viewport: WIDE });
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('one page of each type, 1280 × 900 with JavaScript: no WCAG 2.2 AA violations (axe), nothing wider than the screen, console errors, failed or third-party requests', async () => {
      const problems: string[] = [];
      const page = await context.newPage();
      // Listeners stay for the whole loop; `current` is the page being visited, events go to it.
      let current = '';
      let currentStatus = 200;
      let requests: string[] = [];
      let events: string[] = [];
      page.on('request', (req) => requests.push(req.url()));
      page.on('console', (msg) => {
        if (msg.type() !== 'error') return;
        const location = msg.location().url;
        // Chromium logs the 404 status of the not-found page itself; that one is expected.
        if (currentStatus === 404 && location === current && /status of 404/.test(msg.text())) return;
        events.push(`console error: ${msg.text()}${location ? ` (${location})` : ''}`);
      });
      page.on('pageerror', (error) => events.push(`uncaught exception: ${error.message}`));
      page.on('requestfailed', (req) => events.push(`request failed: ${req.url()} (${req.failure()?.errorText})`));
      page.on('response', (res) => {
        if (res.status() < 400) return;
        if (res.url() === current && res.request().isNavigationRequest()) return; // the document's own status is checked below
        events.push(`HTTP ${res.status()} for ${res.url()}`);
      });

      for (const p of pages) {
        current = urlOf(p);
        currentStatus = p.status;
        requests = [];
        events = [];
        // Until the network is quiet, not just 'load': the search page goes on fetching its
        // index after it, and those requests must succeed too (and not be cut by the next visit).
        const response = await page.goto(current, { waitUntil: 'networkidle' });
        if (response?.status() !== p.status) problems.push(`${label(p)}: status ${response?.status()}, expected ${p.status}`);

        for (const v of await axeViolations(page, axeSource)) problems.push(`${label(p)}: ${v}`);
        // The wide screen with JavaScript of the layout checks below.
        for (const problem of await layoutProblems(page, false)) problems.push(`${label(p)}: ${problem}`);
        for (const e of events) problems.push(`${label(p)}: ${e}`);
        for (const url of requests) {
          // data: and blob: URLs never leave the browser; everything else must come from the test server.
          if (/^(data|blob):/.test(url)) continue;
          if (new URL(url).origin !== server.origin) problems.push(`${label(p)}: request to another origin: ${url}`);
        }
      }
      await page.close();
      console.log(`visited ${pages.length} pages:\n  ${pages.map((p) => `${p.name}: ${BASE}${p.path}`).join('\n  ')}`);
      expectNoProblems(problems, 'problems');
    });

    it('usable without JavaScript: status, <h1>, main navigation, and the first link in <main> works', async () => {
      const problems: string[] = [];
      const page = await noScript.newPage();
      for (const p of pages) {
        const where = label(p);
        const response = await page.goto(urlOf(p));
        if (response?.status() !== p.status) problems.push(`${where}: status ${response?.status()}, expected ${p.status}`);
        if ((await page.locator('h1').count()) === 0) problems.push(`${where}: no <h1>`);

        const nav = page.getByRole('navigation', { name: vi['nav.label'] });
        const navLinks = (await nav.count()) === 1 ? await nav.locator('a[href]').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)) : [];
        const missing = NAV_SECTIONS.filter((s) => !navLinks.includes(s));
        if (missing.length) problems.push(`${where}: main navigation "${vi['nav.label']}" lacks links to ${missing.join(', ')}`);

        // The first link in <main> that stays on the site (links to cited sources are not followed: no network).
        const links = page.locator('main a[href]');
        const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
        const index = hrefs.findIndex((h) => new URL(h).origin === server.origin);
        if (index < 0) {
          problems.push(`${where}: no link inside <main>`);
          continue;
        }
        const target = new URL(hrefs[index]!);
        const here = new URL(page.url());
        if (target.hash && target.pathname === here.pathname) {
          // Same-page anchor: following it works when the target exists.
          const id = decodeURIComponent(target.hash.slice(1));
          if ((await page.locator(`[id="${id.replace(/"/g, '\\"')}"]`).count()) === 0) problems.push(`${where}: first link in <main> points to missing #${id}`);
          continue;
        }
        target.hash = '';
        try {
          const navigated = page.waitForResponse((r) => r.url() === target.href && r.request().isNavigationRequest(), { timeout: 10_000 });
          await links.nth(index).click({ timeout: 10_000 });
          const followed = await navigated;
          await page.waitForLoadState('load');
          if (followed.status() !== 200) problems.push(`${where}: first link in <main> (${target.pathname}) answered ${followed.status()}`);
        } catch (error) {
          problems.push(`${where}: following the first link in <main> (${target.pathname}) failed: ${(error as Error).message.split('\n')[0]}`);
        }
      }
      await page.close();
      expectNoProblems(problems, 'problems without JavaScript');
    });

    it('keyboard: the first Tab reaches a visible skip link, which moves to #noi-dung', async () => {
      const page = await context.newPage();
      await page.goto(server.url);
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el) return null;
        const box = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        return {
          text: el.textContent?.trim() ?? '',
          href: el.getAttribute('href'),
          box: { left: box.left, top: box.top, right: box.right, bottom: box.bottom },
          viewport: { width: window.innerWidth, height: window.innerHeight },
          hidden: style.visibility !== 'visible' || Number(style.opacity) < 0.1 || style.clipPath !== 'none' || style.clip !== 'auto',
        };
      });
      expect(focused?.text, 'the first Tab should focus the skip link').toBe(SKIP_LINK_TEXT);
      expect(focused?.href).toBe('#noi-dung');
      const { box, viewport } = focused!;
      const inside = box.right > box.left && box.bottom > box.top && box.left >= 0 && box.top >= 0 && box.right <= viewport.width && box.bottom <= viewport.height;
      expect(inside, `the focused skip link should be inside the viewport, box ${JSON.stringify(box)}, viewport ${JSON.stringify(viewport)}`).toBe(true);
      expect(focused!.hidden, 'the focused skip link should not be transparent or clipped').toBe(false);

      await page.keyboard.press('Enter');
      expect(new URL(page.url()).hash).toBe('#noi-dung');
      // Focus must follow, or the next Tab would start from the top again.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('noi-dung');
      await page.close();
    });

    /**
     * A phone (320 × 700) and a wide screen, with JavaScript on and off: every page's header
     * takes at most a quarter of a phone's screen, no page is wider than the screen, no list
     * needs scrolling sideways on a phone, and axe finds nothing (the wide screen with
     * JavaScript is the first test's).
     */
    for (const { size, javaScript } of [
      { size: SMALL, javaScript: true },
      { size: SMALL, javaScript: false },
      { size: WIDE, javaScript: false },
    ]) {
      const narrow = size.width === SMALL.width;
      const what = `${size.width} × ${size.height}, JavaScript ${javaScript ? 'on' : 'off'}`;
      it(`${what}: a short header, nothing wider than the screen, no list to scroll sideways, no axe violations`, async () => {
        const problems: string[] = [];
        // Without JavaScript: the pages as such a browser shows them, so that axe can run.
        const screen = await browser.newContext({ locale: 'vi-VN', viewport: size });
        if (!javaScript) await servedWithoutScripts(screen);
        const page = await screen.newPage();
        for (const p of pages) {
          // Until the network is quiet with JavaScript: the search page fills in its results.
          await page.goto(urlOf(p), { waitUntil: javaScript ? 'networkidle' : 'load' });
          for (const problem of await layoutProblems(page, narrow)) problems.push(`${label(p)}: ${problem}`);
          for (const v of await axeViolations(page, axeSource)) problems.push(`${label(p)}: ${v}`);
        }
        await screen.close();
        expectNoProblems(problems, `problems at ${what}`);
      });
    }

    it('a record opened by its link is in view, highlighted, with its citation, on a phone and a wide screen, with JavaScript on and off', async () => {
      const problems: string[] = [];
      for (const size of [SMALL, WIDE]) {
        for (const javaScript of [true, false]) {
          const screen = await browser.newContext({ locale: 'vi-VN', viewport: size, javaScriptEnabled: javaScript });
          const page = await screen.newPage();
          // In the decision's order, and (a script's work) in alphabetical order.
          for (const order of javaScript ? ['', '?xep=ten'] : ['']) {
            await page.goto(`${server.url}${opened.path}${order}#${opened.anchor}`, { waitUntil: 'load' });
            const found = await openedRecordProblems(page, { anchor: opened.anchor, reference: opened.reference, copyLabel: vi['decisions.copyLink']!, javaScript });
            for (const problem of found) problems.push(`${size.width} × ${size.height}, JavaScript ${javaScript ? 'on' : 'off'}${order}: ${problem}`);
          }
          await screen.close();
        }
      }
      expectNoProblems(problems, 'problems with the record opened');
    });

    it("copies a record's link, the decision page's public address and the record's anchor", async () => {
      const screen = await browser.newContext({ locale: 'vi-VN', viewport: SMALL });
      await screen.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
      const page = await screen.newPage();
      await page.goto(`${server.url}${opened.path}#${opened.anchor}`);
      const row = page.locator(`[id="${opened.anchor}"]`);
      await row.getByRole('button', { name: vi['decisions.copyLink'] }).click();
      await expect.poll(() => row.getByRole('status').innerText()).toBe(vi['decisions.copied']);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE_URL}${BASE}${opened.path}#${opened.anchor}`);
      // Another record's link: the button follows, its message cleared.
      const other = page.locator('table[data-record-table] tbody tr').first();
      await other.locator('td a').first().click();
      await expect.poll(() => other.getByRole('button', { name: vi['decisions.copyLink'] }).count()).toBe(1);
      expect(await row.getByRole('button').count()).toBe(0);
      await screen.close();
    });

    it('on a phone the navigation folds into a menu that opens without JavaScript; the search field keeps one line', async () => {
      for (const javaScript of [false, true]) {
        const screen = await browser.newContext({ locale: 'vi-VN', viewport: SMALL, javaScriptEnabled: javaScript });
        const page = await screen.newPage();
        await page.goto(`${server.url}quyet-dinh/`);
        const nav = page.getByRole('navigation', { name: vi['nav.label'] });
        expect(await nav.isVisible(), 'folded on a phone').toBe(false);
        // The field and its button side by side, under the site's name.
        const field = await page.locator('#tim-kiem-nhanh').boundingBox();
        const button = await page.getByRole('search').getByRole('button', { name: vi['search.submit'] }).boundingBox();
        expect(Math.abs(field!.y - button!.y)).toBeLessThan(2);
        expect(button!.x + button!.width).toBeLessThanOrEqual(SMALL.width);
        await page.getByText(vi['nav.menu']!, { exact: true }).click();
        expect(await nav.isVisible()).toBe(true);
        const links = await nav.locator('a[href]').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
        expect(links).toEqual(NAV_SECTIONS);
        // Over the page, not pushing it down.
        await nav.getByRole('link', { name: vi['nav.provinces'] }).click();
        await page.waitForURL(`${server.url}tinh-thanh/`);
        await screen.close();
      }
      // A wide screen shows it as before, without a menu to open.
      const page = await noScript.newPage();
      await page.goto(`${server.url}quyet-dinh/`);
      expect(await page.getByRole('navigation', { name: vi['nav.label'] }).isVisible()).toBe(true);
      expect(await page.getByText(vi['nav.menu']!, { exact: true }).isVisible()).toBe(false);
      await page.close();
    });

    it("on a phone a decision's list is still a table to assistive technology: a row per record, its name the row's header", async () => {
      const counts: Record<string, number>[] = [];
      for (const size of [SMALL, WIDE]) {
        const screen = await browser.newContext({ locale: 'vi-VN', viewport: size });
        const page = await screen.newPage();
        await page.goto(`${server.url}${opened.path}`);
        const cdp = await screen.newCDPSession(page);
        const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { ignored: boolean; role?: { value: string } }[] };
        const count: Record<string, number> = {};
        for (const node of nodes) if (!node.ignored && node.role) count[node.role.value] = (count[node.role.value] ?? 0) + 1;
        counts.push(count);
        await screen.close();
      }
      const [phone, wide] = counts;
      expect(phone!.table).toBe(1);
      expect(phone!.row).toBe(opened.records + 1);
      expect(phone!.rowheader).toBe(opened.records);
      for (const role of ['table', 'row', 'rowheader', 'columnheader', 'cell']) expect(phone![role], role).toBe(wide![role]);
    });

    it('the home page opens with a name search instead of repeating the header; a province page’s keeps to the province', async () => {
      const page = await noScript.newPage();
      await page.setViewportSize(SMALL);
      await page.goto(server.url);
      expect(await page.locator('h1').innerText()).toBe(vi['home.nameSearch']);
      expect(await page.locator('main').getByText(siteConfig.name, { exact: true }).count()).toBe(0);
      const search = page.getByRole('search', { name: vi['home.nameSearch'] });
      const box = await search.boundingBox();
      expect(box!.y + box!.height, 'the name search on the first screen').toBeLessThanOrEqual(SMALL.height);
      await search.getByLabel(vi['search.nameLabel']!).fill(opened.name);
      await search.getByRole('button', { name: vi['search.submit'] }).click();
      await page.waitForURL((url) => url.pathname === `${BASE}tim-kiem/` && url.searchParams.get('q') === opened.name && [...url.searchParams].length === 1);

      await page.goto(`${server.url}tinh-thanh/ha-giang/`);
      const own = page.getByRole('search', { name: 'Tìm tên trong bảng vàng Hà Giang' });
      expect(await own.getByRole('checkbox', { name: 'Chỉ tìm trong Tuyên Quang hiện nay, gồm cả Hà Giang' }).isChecked()).toBe(true);
      await own.getByLabel(vi['search.nameLabel']!).fill('Đặng');
      await own.getByRole('button', { name: vi['search.submit'] }).click();
      await page.waitForURL(`${server.url}tim-kiem/?q=%C4%90%E1%BA%B7ng&tinh=tuyen-quang`);
      await page.close();
    });
  });
});

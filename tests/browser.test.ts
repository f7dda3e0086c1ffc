/**
 * End-to-end checks of the built demo site in a real browser (Chromium via playwright-core):
 * accessibility (axe, WCAG 2.2 AA), no third-party requests, use without JavaScript,
 * the skip link, small screens, and links that survive a base path.
 *
 * One build (demo content, served under BASE), one server, one browser; each check walks every
 * page and reports all problems at once, so one run tells the whole story.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from './build-site.ts';
import { checkLinks, listFiles } from './browser/links.ts';
import { serveStatic, type StaticServer } from './browser/serve.ts';

const CONTENT_DIR = path.resolve('src/content');
const BASE = '/some/sub/path/';
/** Given to the build so absolute links to the site (canonical) can be told from other sites. */
const SITE_URL = 'https://bang-vang.example.org';
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const AXE_SOURCE_FILE = path.resolve('node_modules/axe-core/axe.min.js');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** The narrowest common phone screen (WCAG 1.4.10 Reflow). */
const SMALL = { width: 320, height: 640 };
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
function discoverPages(outDir: string): PageCase[] {
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
    // Two levels deep, so a relative link in 404.html would break here.
    { name: 'not found', path: 'khong-co/trang-nay/', status: 404 },
  ];
}

/** The section list pages the main navigation must link to, as URL paths. */
const NAV_SECTIONS = ['tin-tuc/', 'phong-trao/', 'tinh-thanh/', 'quyet-dinh/', 'khen-thuong/', 'guong-dien-hinh/', 'cum-khoi-thi-dua/'].map(
  (s) => BASE + s,
);

describe('the built demo site, under a base path', () => {
  let site: BuiltSite;
  let pages: PageCase[];

  beforeAll(() => {
    site = buildSite(CONTENT_DIR, { BASE_PATH: BASE, SITE_URL });
    if (site.status !== 0) throw new Error(`build failed:\n${site.output}`);
    pages = discoverPages(site.outDir);
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
    /** JavaScript on, default desktop viewport. */
    let context: BrowserContext;
    /** JavaScript off. */
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
      context = await browser.newContext({ locale: 'vi-VN' });
      noScript = await browser.newContext({ locale: 'vi-VN', javaScriptEnabled: false });
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('one page of each type: no WCAG 2.2 AA violations (axe), console errors, failed or third-party requests', async () => {
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

    it('small screen: at 320 px no page is wider than the viewport (tables scroll inside .table-wrap), and axe still passes', async () => {
      const problems: string[] = [];
      const page = await context.newPage();
      await page.setViewportSize(SMALL);
      for (const p of pages) {
        await page.goto(urlOf(p), { waitUntil: 'load' });
        await page.evaluate(() => document.fonts.ready);
        const result = await page.evaluate((limit) => {
          const width = document.documentElement.scrollWidth;
          // To say what overflows: the innermost elements sticking out, ignoring anything inside a .table-wrap.
          const culprits: string[] = [];
          const sticksOut = (el: Element) => !el.closest('.table-wrap') && el.getBoundingClientRect().right > limit + 1;
          if (width > limit + 1) {
            for (const el of Array.from(document.body.querySelectorAll('*'))) {
              if (!sticksOut(el) || Array.from(el.children).some(sticksOut)) continue;
              const name = el.tagName.toLowerCase() + (el.id ? `#${el.id}` : '') + Array.from(el.classList, (c) => `.${c}`).join('');
              const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 50);
              culprits.push(`${name} right edge ${Math.round(el.getBoundingClientRect().right)}px${text ? ` "${text}"` : ''}`);
              if (culprits.length >= 5) break;
            }
          }
          return { width, culprits };
        }, SMALL.width);
        if (result.width > SMALL.width + 1) {
          problems.push(`${label(p)}: page is ${result.width}px wide at ${SMALL.width}px; sticking out: ${result.culprits.join('; ') || 'unknown'}`);
        }
        // Some rules only bite once the layout reflows: a table that now scrolls inside its
        // .table-wrap must be reachable by keyboard (scrollable-region-focusable), targets keep their size…
        for (const v of await axeViolations(page, axeSource)) problems.push(`${label(p)} at ${SMALL.width}px: ${v}`);
      }
      await page.close();
      expectNoProblems(problems, 'problems on a small screen');
    });
  });
});

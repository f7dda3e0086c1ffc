/**
 * Site search in a real browser (Chromium via playwright-core), on the built demo (under a
 * base path) and on a generated dataset: Pagefind's JavaScript API at <base>/pagefind/ and the
 * search page at <base>/tim-kiem/. The 200,000-record measurements are `npm run bench:search` (scripts/search-bench.ts).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset, writeDataset } from '../scripts/lib/dataset/index.ts';
import { validateContent, type ValidatedContent } from '../src/lib/content/validate.ts';
import { RECORDS_BUNDLE } from '../src/lib/search/model.ts';
import { MAX_FRAGMENTS } from '../src/lib/search/write-index.ts';
import { recordAnchor, provinceOf } from '../src/lib/rolls.ts';
import { foldDiacritics, searchKey } from '../src/lib/text.ts';
import { buildSite, type BuiltSite } from './build-site.ts';
import { launchChromium } from './browser/launch.ts';
import { serveStatic, type StaticServer } from './browser/serve.ts';
import { measureFreshVisit, pickNames } from '../scripts/lib/search-visit.ts';

const vi: Record<string, string> = JSON.parse(readFileSync('src/i18n/vi.json', 'utf8'));
const AXE_SOURCE = readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');

/** The acceptance pairs: every result of the first is a result of the second. */
const PAIRS: [string, string][] = [
  ['Quảng Ninh', 'quang ninh'],
  ['Đặng', 'dang'],
  ['Đức', 'duc'],
  ['Đà Nẵng', 'da nang'],
  ['thi đua', 'thi dua'],
  ['Nghệ An', 'nghe an'],
  ['Điện Biên', 'dien bien'],
];

interface Site {
  built: BuiltSite;
  server: StaticServer;
  base: string;
  content: ValidatedContent;
}

/** Search with Pagefind's JavaScript API, from a page of the site: every result's address, filters and records. */
async function apiSearch(page: Page, base: string, term: string | null, filters: Record<string, string> = {}) {
  // As a string: the test runner would rewrite import() in a function's source.
  const script = `(async () => {
    const pagefind = await import(${JSON.stringify(`${base}pagefind/pagefind.js`)});
    await pagefind.mergeIndex(${JSON.stringify(`${base}pagefind/${RECORDS_BUNDLE}/`)});
    const found = await pagefind.search(${JSON.stringify(term)}, { filters: ${JSON.stringify(filters)} });
    const data = await Promise.all(found.results.map((r) => r.data()));
    return data.map((d) => ({ url: d.url, filters: d.filters, records: d.sub_results.map((s) => s.url) }));
  })()`;
  return (await page.evaluate(script)) as { url: string; filters: Record<string, string[]>; records: string[] }[];
}

/** Wait until the search page is done (a message in the live region, the list no longer busy). */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const status = document.querySelector('[data-search-status]')?.textContent ?? '';
      const list = document.querySelector('[data-search-results]');
      return status.trim() !== '' && list !== null && !list.hasAttribute('aria-busy');
    },
    null,
    { timeout: 30_000 },
  );
}

async function shownLinks(page: Page): Promise<string[]> {
  return page.$$eval('[data-search-results] .search-result-title a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
}

/** Open the search page at `query` (an address query string) and read its first screen. */
async function openSearch(page: Page, site: Site, query: string): Promise<string[]> {
  await page.goto(`${site.server.url}tim-kiem/?${query}`);
  await settled(page);
  return shownLinks(page);
}

/** Every result the page can show: "more results" until the end, and the search by words when a name was found. */
async function everyResult(page: Page, site: Site, query: string): Promise<string[]> {
  await openSearch(page, site, query);
  for (let i = 0; i < 200; i++) {
    const more = page.locator('[data-search-more]');
    const allWords = page.locator('[data-search-all-words]');
    if (await more.isVisible()) await more.click();
    else if (await allWords.isVisible()) await allWords.click();
    else break;
    await settled(page);
  }
  return shownLinks(page);
}

/** The text of every result the page can show. */
async function everyResultText(page: Page, site: Site, query: string): Promise<string[]> {
  await everyResult(page, site, query);
  return page.locator('.search-result').allInnerTexts();
}

const q = (text: string) => `q=${encodeURIComponent(text)}`;

/** People whose full name is theirs alone on the site, from several decisions, some with đ. */
function uniquePeople(content: ValidatedContent, base: string, howMany: number): { name: string; href: string }[] {
  const all = content.decisions.flatMap((d) => d.data.records.map((r) => ({ d, r })));
  const count = new Map<string, number>();
  for (const { r } of all) count.set(searchKey(r.name), (count.get(searchKey(r.name)) ?? 0) + 1);
  for (const h of content.honorees) count.set(searchKey(h.data.name), (count.get(searchKey(h.data.name)) ?? 0) + 1);
  const unique = all.filter(({ r }) => r.kind === 'ca-nhan' && count.get(searchKey(r.name)) === 1);
  const withD = unique.filter(({ r }) => /[đĐ]/.test(r.name));
  const step = Math.max(1, Math.floor(unique.length / howMany));
  const picked = [...withD.slice(0, Math.ceil(howMany / 2)), ...unique.filter((_, i) => i % step === 0)].slice(0, howMany);
  return picked.map(({ d, r }) => ({ name: r.name, href: `${base}quyet-dinh/${d.id}/#${recordAnchor(r)}` }));
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** `measured`: the benchmarks' own measure of a visit is checked on this site too (served at "/", as they serve theirs). */
function searchSuite(label: string, setup: () => { contentDir: string; base: string; cleanup?: () => void }, names: number, measured = false) {
  describe(label, () => {
    let site: Site;
    let contentDir: string;
    let context: BrowserContext;
    let page: Page;
    let cleanupContent: (() => void) | undefined;

    beforeAll(async () => {
      const made = setup();
      const { base, cleanup } = made;
      contentDir = made.contentDir;
      cleanupContent = cleanup;
      const built = buildSite(contentDir, { BASE_PATH: base });
      if (built.status !== 0) throw new Error(`build failed:\n${built.output}`);
      const { content, problems } = validateContent(contentDir);
      if (problems.length) throw new Error('content has problems');
      site = { built, base, content, server: await serveStatic(built.outDir, base) };
      context = await browser.newContext({ locale: 'vi-VN' });
      page = await context.newPage();
      await page.goto(site.server.url);
    });
    afterAll(async () => {
      await context?.close();
      await site?.server.close();
      site?.built.cleanup();
      cleanupContent?.();
    });

    it('writes the Pagefind bundle at <base>/pagefind/ and the records one inside it, each with a bounded number of fragment files', () => {
      const dir = path.join(site.built.outDir, 'pagefind');
      for (const bundle of [dir, path.join(dir, RECORDS_BUNDLE)]) {
        expect(existsSync(path.join(bundle, 'pagefind.js'))).toBe(true);
        expect(readdirSync(path.join(bundle, 'fragment')).length).toBeLessThanOrEqual(MAX_FRAGMENTS);
      }
      expect(site.built.output).toMatch(/Chỉ mục tìm kiếm: \d+ mục, \d+ lượt khen trong \d+ nhóm/);
    });

    it("without marks finds everything its accented form finds, through Pagefind's JavaScript API", async () => {
      const problems: string[] = [];
      let found = 0;
      for (const [accented, bare] of PAIRS) {
        const a = await apiSearch(page, site.base, accented);
        const b = new Set((await apiSearch(page, site.base, bare)).map((r) => r.url));
        found += a.length;
        if (a.length === 0) problems.push(`"${accented}" finds nothing`);
        const missing = a.filter((r) => !b.has(r.url)).map((r) => r.url);
        if (missing.length) problems.push(`"${accented}" finds ${missing.length} pages "${bare}" does not: ${missing.slice(0, 3).join(', ')}`);
      }
      expect(problems).toEqual([]);
      expect(found).toBeGreaterThan(PAIRS.length);
    });

    it('without marks finds everything its accented form finds, on the search page', async () => {
      const problems: string[] = [];
      for (const [accented, bare] of PAIRS) {
        const a = await everyResult(page, site, q(accented));
        const b = new Set(await everyResult(page, site, q(bare)));
        if (a.length === 0) problems.push(`"${accented}" shows nothing`);
        const missing = a.filter((href) => !b.has(href));
        if (missing.length) problems.push(`"${accented}" shows ${missing.length} results "${bare}" does not: ${missing.slice(0, 3).join(', ')}`);
      }
      expect(problems).toEqual([]);
    });

    it('puts a record in the first three results for its full name, typed with or without diacritics', async () => {
      const people = uniquePeople(site.content, site.base, names);
      expect(people.length).toBe(names);
      expect(people.some((p) => /[đĐ]/.test(p.name))).toBe(true);
      const problems: string[] = [];
      for (const { name, href } of people) {
        for (const typed of [name, foldDiacritics(name), name.toLowerCase()]) {
          const links = (await openSearch(page, site, q(typed))).slice(0, 3);
          if (!links.includes(href)) problems.push(`"${typed}": ${href} not in the first three (${links.join(', ')})`);
        }
      }
      expect(problems).toEqual([]);
    });

    if (measured) it("gives the benchmarks' measure of a fresh visit: the record ranked, every byte of the visit counted", async () => {
      const [person] = pickNames(contentDir);
      expect(person).toBeDefined();
      for (const typed of [person!.name, foldDiacritics(person!.name)]) {
        const visit = await measureFreshVisit(site.server.url, typed, person!);
        expect(visit.rank, typed).toBeGreaterThanOrEqual(1);
        expect(visit.rank, typed).toBeLessThanOrEqual(3);
        // The page, its CSS and scripts, and Pagefind's runtime, WebAssembly and index.
        expect(visit.searchBytes).toBeGreaterThan(50 * 1024);
        expect(visit.bytes).toBeGreaterThan(visit.searchBytes);
        expect(visit.ms).toBeGreaterThan(0);
      }
    });
  });
}

searchSuite('search on the demo, under a base path', () => ({ contentDir: path.resolve('src/content'), base: '/thi-dua/' }), 6);

searchSuite(
  'search on a generated dataset',
  () => {
    const dir = mkdtempSync(path.join(path.resolve('tests/.tmp'), 'search-data-'));
    rmSync(dir, { recursive: true, force: true });
    writeDataset(dir, generateDataset({ records: 3000, seed: 11 }), { records: 3000, seed: 11 });
    return { contentDir: dir, base: '/', cleanup: () => rmSync(dir, { recursive: true, force: true }) };
  },
  8,
  true,
);

describe('the search page on the demo', () => {
  const base = '/thi-dua/';
  let built: BuiltSite;
  let server: StaticServer;
  let context: BrowserContext;
  let noScript: BrowserContext;
  let content: ValidatedContent;
  const site = () => ({ built, server, base, content }) as Site;

  beforeAll(async () => {
    built = buildSite(path.resolve('src/content'), { BASE_PATH: base });
    if (built.status !== 0) throw new Error(`build failed:\n${built.output}`);
    content = validateContent(path.resolve('src/content')).content;
    server = await serveStatic(built.outDir, base);
    context = await browser.newContext({ locale: 'vi-VN' });
    noScript = await browser.newContext({ locale: 'vi-VN', javaScriptEnabled: false });
  });
  afterAll(async () => {
    await context?.close();
    await noScript?.close();
    await server?.close();
    built?.cleanup();
  });

  /** A person of Hà Giang's sample decision whose name, folded, is theirs alone on the site. */
  const onlyOne = () => {
    const decision = content.decisions.find((d) => d.id === 'ha-giang/2022/mau-05-bang-khen-ubnd-tinh')!;
    const count = new Map<string, number>();
    for (const d of content.decisions) for (const r of d.data.records) count.set(searchKey(r.name), (count.get(searchKey(r.name)) ?? 0) + 1);
    const record = decision.data.records.find((r) => r.kind === 'ca-nhan' && r.unit && count.get(searchKey(r.name)) === 1)!;
    expect(record).toBeDefined();
    return { decision, record };
  };

  it('shows a record found by its full name with its name, award, decision and province, linking to its anchor on the decision page', async () => {
    const page = await context.newPage();
    const { decision, record } = onlyOne();
    await openSearch(page, site(), q(record.name));
    const first = page.locator('.search-result').first();
    expect((await first.innerText()).split('\n').filter(Boolean)).toEqual([
      vi['search.type.record'],
      record.name,
      'Hình thức: Bằng khen của Chủ tịch UBND tỉnh',
      `Quyết định số ${decision.data.number} ngày 28/12/2022`,
      // Shown as the unit of the time, though filed under Tuyên Quang.
      'Hà Giang',
    ]);
    const href = await first.locator('a').getAttribute('href');
    expect(href).toBe(`${base}quyet-dinh/${decision.id}/#${recordAnchor(record)}`);
    await first.locator('a').click();
    await page.waitForURL((url) => url.hash === `#${recordAnchor(record)}`);
    expect(await page.locator(`[id="${recordAnchor(record)}"]`).count()).toBe(1);
    expect(await page.locator(`[id="${recordAnchor(record)}"]`).innerText()).toContain(record.name);
    await page.close();
  });

  it('shows a record found by other words with its position and unit too', async () => {
    const page = await context.newPage();
    const decision = content.decisions.find((d) => d.id === 'ha-giang/2022/mau-05-bang-khen-ubnd-tinh')!;
    const record = decision.data.records.find((r) => r.kind === 'ca-nhan' && r.unit && r.title)!;
    await everyResult(page, site(), q(record.unit!));
    const mine = page.locator('.search-result').filter({ has: page.locator(`a[href="${base}quyet-dinh/${decision.id}/#${recordAnchor(record)}"]`) });
    expect(await mine.innerText()).toContain(`${record.title}, ${record.unit}`);
    await page.close();
  });

  it('answers a full name from the whole-name index: one shard, before Pagefind reads its index; a province in the address keeps to it', async () => {
    const { decision, record } = onlyOne();
    const href = `${base}quyet-dinh/${decision.id}/#${recordAnchor(record)}`;
    const fresh = await browser.newContext({ locale: 'vi-VN' });
    const page = await fresh.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    // Without marks, as a citizen types it on a phone.
    await openSearch(page, site(), q(foldDiacritics(record.name)));
    const beforeResults = requests.slice();
    expect(await page.locator('[data-search-status]').innerText()).toMatch(new RegExp(`^Tìm thấy \\d+ kết quả có tên “${foldDiacritics(record.name)}”\\.$`));
    expect((await shownLinks(page))[0]).toBe(href);
    expect(beforeResults.filter((p) => p.startsWith(`${base}tim-ten/`))).toEqual([`${base}tim-ten/0.json`]);
    expect(beforeResults.filter((p) => /\.(pf_index|pf_fragment)$/.test(p))).toEqual([]);
    // Pagefind comes after, for the search by every word.
    await page.locator('[data-search-all-words]').click();
    await settled(page);
    expect(requests.some((p) => p.endsWith('.pf_index'))).toBe(true);
    expect(await shownLinks(page)).toContain(href);
    // Hà Giang's records are Tuyên Quang's now; not Quảng Ninh's.
    expect(await openSearch(page, site(), `${q(record.name)}&tinh=tuyen-quang`)).toContain(href);
    expect(await openSearch(page, site(), `${q(record.name)}&tinh=quang-ninh`)).not.toContain(href);
    await fresh.close();
  });

  it('fetches each file of the index once on a fresh visit, the entry files ahead of Pagefind and without its cache-busting query', async () => {
    // A context of its own: nothing of the index in the browser's cache.
    const fresh = await browser.newContext({ locale: 'vi-VN' });
    const page = await fresh.newPage();
    const requested: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith(`${base}pagefind/`) && !url.pathname.endsWith('.js')) requested.push(url.pathname + url.search);
    });
    // One word: Pagefind's search, not the whole-name index.
    const links = await openSearch(page, site(), q('dang'));
    await page.waitForLoadState('networkidle');
    expect(links.length).toBeGreaterThan(0);
    const paths = requested.map((r) => r.replace(/\?.*$/, ''));
    expect(paths.filter((p, i) => paths.indexOf(p) !== i)).toEqual([]);
    // Both bundles' entry files were fetched by the page's loader, not by Pagefind (which adds ?ts=…).
    expect(requested.filter((r) => r.includes('pagefind-entry.json')).sort()).toEqual([
      `${base}pagefind/khen-thuong/pagefind-entry.json`,
      `${base}pagefind/pagefind-entry.json`,
    ]);
    for (const kind of ['.pf_meta', '.pf_index', '.pf_fragment', '.pagefind']) expect(paths.some((p) => p.endsWith(kind))).toBe(true);
    // The page's head names both bundles' metadata, and they are the files Pagefind read (each once).
    const preloaded = await page.$$eval('head link[rel="preload"][data-index-metadata]', (links) => links.map((l) => new URL((l as HTMLLinkElement).href).pathname));
    expect(preloaded).toHaveLength(2);
    expect(preloaded.sort()).toEqual(paths.filter((p) => p.endsWith('.pf_meta')).sort());
    expect(preloaded.some((p) => p.startsWith(`${base}pagefind/khen-thuong/pagefind.`))).toBe(true);
    await fresh.close();
  });

  it('shows other results with their kind, title, date and province', async () => {
    const page = await context.newPage();
    await openSearch(page, site(), q('tong ket thi dua quang ninh 2022'));
    const items = await page.locator('.search-result').allInnerTexts();
    const report = items.find((t) => t.startsWith(vi['search.type.report']!));
    expect(report).toBeDefined();
    expect(report).toMatch(/\d{1,2}\/\d{1,2}\/\d{4}/);
    expect(report).toContain('Quảng Ninh');
    await page.close();
  });

  it('narrows by each filter, files Hà Giang under Tuyên Quang, and agrees with the API', async () => {
    const page = await context.newPage();
    // Records of the unit that is Tuyên Quang now: Hà Giang's included, shown as "Hà Giang".
    const links = await everyResult(page, site(), 'loai=khen-thuong&tinh=tuyen-quang');
    const expected = content.decisions.flatMap((d) =>
      d.data.records
        .filter((r) => content.provinces.current(provinceOf(d.data, r))?.id === 'tuyen-quang')
        .map((r) => `${base}quyet-dinh/${d.id}/#${recordAnchor(r)}`),
    );
    expect(new Set(links)).toEqual(new Set(expected));
    const texts = await page.locator('.search-result').allInnerTexts();
    expect(texts.every((t) => t.startsWith(vi['search.type.record']!))).toBe(true);
    expect(texts.some((t) => t.includes('Hà Giang'))).toBe(true);
    expect(texts.some((t) => t.includes('Tuyên Quang'))).toBe(true);
    expect(texts.some((t) => t.includes('Quảng Ninh'))).toBe(false);

    // Year, award and level: every record shown fits.
    for (const t of await everyResultText(page, site(), 'loai=khen-thuong&nam=2023')) {
      expect(t).toMatch(/Quyết định số .* ngày \d+\/\d+\/2023/);
    }
    for (const t of await everyResultText(page, site(), 'loai=khen-thuong&khen-thuong=huan-chuong-lao-dong')) {
      expect(t).toContain('Hình thức: Huân chương Lao động');
    }
    const national = [...content.awards.values()].filter((a) => a.level === 'nha-nuoc').map((a) => a.name);
    const nationalTexts = await everyResultText(page, site(), 'loai=khen-thuong&cap=nha-nuoc');
    expect(nationalTexts.length).toBeGreaterThan(0);
    for (const t of nationalTexts) expect(national.some((name) => t.includes(`Hình thức: ${name}`)), t).toBe(true);

    // A filter only narrows: with it, a subset of the results without it.
    const all = new Set(await everyResult(page, site(), q('dang')));
    const narrowed = await everyResult(page, site(), `${q('dang')}&tinh=tuyen-quang`);
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.length).toBeLessThan(all.size);
    expect(narrowed.filter((h) => !all.has(h))).toEqual([]);

    // The API, with the same filter, sees the same records.
    const api = await apiSearch(page, base, null, { loai: 'Khen thưởng', tinh: 'Tuyên Quang' });
    expect(api.every((r) => r.filters.tinh?.includes('Tuyên Quang'))).toBe(true);
    await page.close();
  });

  it('keeps query and filters in the address, and the address reproduces the search', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}tim-kiem/`);
    await settled(page);
    expect(await page.locator('[data-search-status]').innerText()).toBe(vi['search.prompt']);
    await page.fill('#tu-khoa', 'dang');
    await page.selectOption('#loc-loai', 'khen-thuong');
    await page.selectOption('#loc-tinh', 'tuyen-quang');
    await page.waitForFunction(() => location.search.includes('tinh=tuyen-quang'));
    await settled(page);
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toEqual({ q: 'dang', loai: 'khen-thuong', tinh: 'tuyen-quang' });
    const shown = await shownLinks(page);
    expect(shown.length).toBeGreaterThan(0);

    const again = await context.newPage();
    await again.goto(url.href);
    await settled(again);
    expect(await shownLinks(again)).toEqual(shown);
    expect(await again.inputValue('#tu-khoa')).toBe('dang');
    expect(await again.inputValue('#loc-loai')).toBe('khen-thuong');
    expect(await again.inputValue('#loc-tinh')).toBe('tuyen-quang');
    expect(await again.locator('[data-search-status]').innerText()).toMatch(/\d+/);
    await page.close();
    await again.close();
  });

  it('has a search box in the header of every page, which works without JavaScript', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}quyet-dinh/`);
    await page.getByRole('search').getByLabel(vi['search.boxLabel']!).fill('Đặng');
    await page.getByRole('search').getByRole('button', { name: vi['search.submit'] }).click();
    await page.waitForURL(/tim-kiem\/\?q=/);
    await settled(page);
    expect(await page.inputValue('#tu-khoa')).toBe('Đặng');
    expect((await shownLinks(page)).length).toBeGreaterThan(0);
    await page.close();

    const plain = await noScript.newPage();
    await plain.goto(`${server.url}tin-tuc/`);
    await plain.getByRole('search').getByLabel(vi['search.boxLabel']!).fill('dang');
    await plain.getByRole('search').getByRole('button', { name: vi['search.submit'] }).click();
    await plain.waitForURL(`${server.url}tim-kiem/?q=dang`);
    await plain.close();
  });

  it('without JavaScript, says search needs it and links to the browsable rolls', async () => {
    const page = await noScript.newPage();
    await page.goto(`${server.url}tim-kiem/?q=dang`);
    const main = page.locator('main');
    await expect.poll(() => main.innerText()).toContain(vi['search.noscript']);
    const hrefs = await main.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(expect.arrayContaining([`${base}tinh-thanh/`, `${base}quyet-dinh/`, `${base}tin-tuc/`]));
    expect(await page.locator('form[data-search-form]').isVisible()).toBe(false);
    await page.close();
  });

  it('with results: no axe violations, the count in a live region, nothing wider than 320 px', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 320, height: 640 });
    await openSearch(page, site(), `${q('dang')}&loai=khen-thuong`);
    const status = page.getByRole('status');
    expect(await status.innerText()).toMatch(/^Tìm thấy \d+ kết quả cho “dang”\.$/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(321);
    await page.evaluate(AXE_SOURCE);
    const violations = await page.evaluate(async () => {
      const result = await (window as any).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
      return result.violations.map((v: any) => `${v.id}: ${v.nodes.map((n: any) => n.target.join(' ')).join(', ')}`);
    });
    expect(violations).toEqual([]);
    // Visible focus on the controls.
    await page.focus('#loc-tinh');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.close();
  });

  it('on a phone folds the filters away unless the address sets one, so the first result is on the first screen', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 320, height: 700 });
    await openSearch(page, site(), q('Đặng'));
    expect(await page.locator('#loc-tinh').isVisible()).toBe(false);
    const first = await page.locator('.search-result').first().boundingBox();
    expect(first!.y).toBeLessThan(700);
    await page.getByText(vi['search.filters']!, { exact: true }).first().click();
    expect(await page.locator('#loc-tinh').isVisible()).toBe(true);
    // A wide screen shows them as before.
    await page.setViewportSize({ width: 1280, height: 900 });
    await openSearch(page, site(), q('Đặng'));
    expect(await page.locator('#loc-tinh').isVisible()).toBe(true);
    await page.close();
  });
});

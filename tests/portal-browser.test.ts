/**
 * The portal in a real browser (docs/federation.md): three generated members, each built
 * under its own base path as a province builds its site, and a portal built over their
 * folders, all served from one host (the portal at /, members at /<id>/).
 *
 * The acceptance test of the portal: a name that exists only in the third member, typed with
 * and without diacritics, is found, and its link opens the third member's decision at that
 * record's anchor. Members are small (300 records) to keep this test quick.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, get, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { namesOnlyIn } from '../scripts/lib/portal/members.ts';
import { buildMembers, buildPortal, hostFolder, writeMembersFile, type BuiltMember } from '../scripts/lib/portal/simulate.ts';
import { validateContent } from '../src/lib/content/validate.ts';
import { foldDiacritics } from '../src/lib/text.ts';
import { launchChromium } from './browser/launch.ts';
import { serveStatic, type StaticServer } from './browser/serve.ts';

const PLANS = [
  { id: 'tuyen-quang', name: 'Tuyên Quang', province: 'tuyen-quang', records: 300, seed: 11 },
  { id: 'nghe-an', name: 'Nghệ An', province: 'nghe-an', records: 300, seed: 12 },
  { id: 'quang-ninh', name: 'Quảng Ninh', province: 'quang-ninh', records: 300, seed: 13 },
];

let work: string;
let members: BuiltMember[];
let portalOut: string;
let server: StaticServer;
let browser: Browser;
/** Members on a host of their own (another origin), and a portal built over their addresses there. */
let remote: { members: Server; membersOrigin: string; portal: StaticServer } | undefined;

/** The rules of a Netlify / Cloudflare Pages `_headers` file: a path pattern and its headers. */
function headerRules(file: string): { pattern: RegExp; headers: Record<string, string> }[] {
  const rules: { pattern: RegExp; headers: Record<string, string> }[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: new RegExp(`^${line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`), headers: {} });
      continue;
    }
    const [name, ...value] = line.trim().split(':');
    rules.at(-1)!.headers[name!.trim()] = value.join(':').trim();
  }
  return rules;
}

/**
 * Members served from another origin as Netlify or Cloudflare Pages would serve them: each
 * response gets the headers of the member's own `_headers` file (the member is at /<id>/, its
 * rules are written from its root).
 */
async function membersHost(upstream: StaticServer, ids: readonly string[], outDir: (id: string) => string): Promise<{ server: Server; origin: string }> {
  const rules = new Map(ids.map((id) => [id, headerRules(path.join(outDir(id), '_headers'))]));
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const [, id = '', ...rest] = url.pathname.split('/');
    const inner = `/${rest.join('/')}`;
    const extra: Record<string, string> = {};
    for (const rule of rules.get(id) ?? []) if (rule.pattern.test(inner)) Object.assign(extra, rule.headers);
    get(upstream.origin + (req.url ?? '/'), (up) => {
      res.writeHead(up.statusCode ?? 502, { ...up.headers, ...extra });
      up.pipe(res);
    }).on('error', () => res.writeHead(502).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

beforeAll(async () => {
  // Inside the project, as tests/build-site.ts explains: Astro's chunks must resolve node_modules.
  mkdirSync(path.resolve('tests/.tmp'), { recursive: true });
  work = mkdtempSync(path.resolve('tests/.tmp/portal-'));
  members = await buildMembers(work, PLANS);
  const membersFile = path.join(work, 'portal.json');
  writeMembersFile(
    membersFile,
    members.map((m) => ({ id: m.id, name: m.name, province: m.province, address: `/${m.id}/`, folder: path.relative(work, m.outDir) })),
  );
  portalOut = path.join(work, 'portal');
  const built = await buildPortal({ dir: work, membersFile, outDir: portalOut });
  expect(built.code, built.log.slice(-3000)).toBe(0);
  server = await serveStatic(hostFolder(path.join(work, 'host'), portalOut, members.map((m) => ({ id: m.id, folder: m.outDir }))), '/');
  browser = await launchChromium();
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await remote?.portal.close();
  if (remote) {
    remote.members.closeAllConnections();
    await new Promise((resolve) => remote!.members.close(resolve));
  }
  if (work) rmSync(work, { recursive: true, force: true });
});

/** A fresh page that records console errors, failed requests and every address it asked for. */
async function freshPage() {
  const context = await browser.newContext({ locale: 'vi-VN' });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  page.on('pageerror', (e) => void errors.push(String(e)));
  page.on('requestfailed', (r) => void errors.push(`${r.url()}: ${r.failure()?.errorText}`));
  page.on('response', (r) => void (r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`)));
  page.on('request', (r) => void requests.push(r.url()));
  return { page, errors, requests, close: () => context.close() };
}

async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const status = document.querySelector('[data-search-status]')?.textContent ?? '';
      const list = document.querySelector('[data-search-results]');
      return status.trim() !== '' && list !== null && !list.hasAttribute('aria-busy');
    },
    null,
    { timeout: 60_000 },
  );
}

const links = (page: Page) => page.$$eval('[data-search-results] .search-result-title a', (as) => as.map((a) => (a as HTMLAnchorElement).href));

describe('a portal over three members', () => {
  it('finds a name that exists only in member 3, typed with and without diacritics, and opens its record on member 3', async () => {
    const [c1, c2, c3] = members.map((m) => validateContent(m.contentDir).content);
    const candidates = namesOnlyIn(c3!, [c1!, c2!], 20);
    // One with a đ when there is one: the fold of đ is what a plain keyboard most often misses.
    const person = candidates.find((c) => /[đĐ]/.test(c.name)) ?? candidates[0];
    expect(person, 'a name only in member 3').toBeDefined();
    const wanted = `${server.origin}/quang-ninh/quyet-dinh/${person!.decision}/#${person!.anchor}`;
    for (const typed of [person!.name, foldDiacritics(person!.name).toLowerCase()]) {
      const { page, errors, requests, close } = await freshPage();
      await page.goto(`${server.url}toan-quoc/tim-kiem/?q=${encodeURIComponent(typed)}`);
      await settled(page);
      expect(await links(page), typed).toEqual([wanted]);
      expect(await page.textContent('[data-search-status]')).toBe(`Tìm thấy 1 kết quả có tên “${typed}” trên 1 trang thành viên.`);
      expect(await page.textContent('.search-result-member')).toBe('Trang: Quảng Ninh');
      // One shard of each member's name index, and nothing of Pagefind, for a whole name.
      expect(requests.filter((u) => u.includes('/tim-ten/')).map((u) => new URL(u).pathname.split('/')[1]).sort()).toEqual(['nghe-an', 'quang-ninh', 'tuyen-quang']);
      expect(requests.filter((u) => u.includes('/pagefind/'))).toEqual([]);
      await page.click('[data-search-results] .search-result-title a');
      await page.waitForURL(wanted);
      const row = page.locator(`[id="${person!.anchor}"]`);
      expect(await row.textContent()).toContain(person!.name);
      expect(errors).toEqual([]);
      await close();
    }
  });

  it('searches words with Pagefind over the merged members, and the member filter keeps one member', async () => {
    const { page, errors, close } = await freshPage();
    await page.goto(`${server.url}toan-quoc/tim-kiem/?q=nguyen`);
    await settled(page);
    const all = await links(page);
    const membersFound = new Set(all.map((u) => new URL(u).pathname.split('/')[1]));
    expect(membersFound.size, all.join('\n')).toBeGreaterThanOrEqual(2);
    expect(all.some((u) => /\/quyet-dinh\/.+#stt-\d+$/.test(u))).toBe(true);
    await page.selectOption('#loc-thanh-vien', 'nghe-an');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('thanh-vien') === 'nghe-an');
    await settled(page);
    const one = await links(page);
    expect(one.length).toBeGreaterThan(0);
    expect(one.every((u) => new URL(u).pathname.startsWith('/nghe-an/'))).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  it('after a whole name, "all results" searches the words in every member', async () => {
    const c3 = validateContent(members[2]!.contentDir).content;
    const record = c3.decisions[0]!.data.records[0]!;
    const { page, errors, close } = await freshPage();
    await page.goto(`${server.url}toan-quoc/tim-kiem/?q=${encodeURIComponent(record.name)}`);
    await settled(page);
    const before = (await links(page)).length;
    await page.click('[data-search-all-words]');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('theo') === 'tu');
    await settled(page);
    expect((await links(page)).length).toBeGreaterThanOrEqual(before);
    expect(errors).toEqual([]);
    await close();
  });

  it('shows each member’s counts, latest decisions and news, linking to the member’s own pages', async () => {
    const { page, errors, close } = await freshPage();
    for (const address of ['toan-quoc/', 'toan-quoc/quang-ninh/', 'toan-quoc/cum-khoi/']) {
      // Until the network is quiet: the next visit would cut the page's last requests short.
      const response = await page.goto(`${server.url}${address}`, { waitUntil: 'networkidle' });
      expect(response?.status(), address).toBe(200);
    }
    await page.goto(`${server.url}toan-quoc/quang-ninh/`, { waitUntil: 'networkidle' });
    const decisionLinks = await page.$$eval('#quyet-dinh-moi ~ ul a', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    // The latest ten, or all of a smaller member's.
    expect(decisionLinks.length).toBe(Math.min(10, validateContent(members[2]!.contentDir).content.decisions.length));
    for (const href of decisionLinks.slice(0, 2)) {
      expect(href.startsWith(`${server.origin}/quang-ninh/quyet-dinh/`)).toBe(true);
      expect((await page.context().request.get(href)).status()).toBe(200);
    }
    expect(await page.locator('table tbody tr').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await close();
  });

  it('its pages are valid HTML (html-validate, recommended rules)', async () => {
    const { HtmlValidate, FileSystemConfigLoader } = await import('html-validate');
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const pages = readdirSync(path.join(portalOut, 'toan-quoc'), { recursive: true }).map(String).filter((f) => f.endsWith('.html'));
    const errors: string[] = [];
    for (const file of pages) {
      const report = await validator.validateFile(path.join(portalOut, 'toan-quoc', file));
      for (const result of report.results) for (const m of result.messages) errors.push(`${file}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
    expect(pages.length).toBe(3 + members.length);
    expect(errors).toEqual([]);
  });

  it('members built without a list of members have no portal pages; the portal has one per member', () => {
    for (const m of members) expect(existsSync(path.join(m.outDir, 'toan-quoc')), m.id).toBe(false);
    expect(readdirSync(path.join(portalOut, 'toan-quoc')).sort()).toEqual(['cum-khoi', 'index.html', 'nghe-an', 'quang-ninh', 'tim-kiem', 'tuyen-quang']);
  });
});

describe('a portal on one host over members on another', () => {
  beforeAll(async () => {
    const host = await membersHost(server, members.map((m) => m.id), (id) => members.find((m) => m.id === id)!.outDir);
    const membersFile = path.join(work, 'portal-remote.json');
    writeMembersFile(
      membersFile,
      members.map((m) => ({ id: m.id, name: m.name, province: m.province, address: `${host.origin}/${m.id}/`, folder: path.relative(work, m.outDir) })),
    );
    const out = path.join(work, 'portal-remote');
    const built = await buildPortal({ dir: work, membersFile, outDir: out, cacheDir: path.join(work, 'cache-portal-remote') });
    expect(built.code, built.log.slice(-3000)).toBe(0);
    remote = { members: host.server, membersOrigin: host.origin, portal: await serveStatic(out, '/') };
  }, 600_000);

  it('finds the name on the members’ host (their CORS headers, its connect-src), and searches their merged bundles', async () => {
    const [c1, c2, c3] = members.map((m) => validateContent(m.contentDir).content);
    const person = namesOnlyIn(c3!, [c1!, c2!], 1)[0]!;
    const { page, errors, requests, close } = await freshPage();
    await page.goto(`${remote!.portal.url}toan-quoc/tim-kiem/?q=${encodeURIComponent(foldDiacritics(person.name))}`);
    await settled(page);
    expect(await links(page)).toEqual([`${remote!.membersOrigin}/quang-ninh/quyet-dinh/${person.decision}/#${person.anchor}`]);
    expect(requests.filter((u) => u.startsWith(`${remote!.membersOrigin}/`) && u.includes('/tim-ten/')).length).toBe(3);
    await page.goto(`${remote!.portal.url}toan-quoc/tim-kiem/?q=nguyen&thanh-vien=tuyen-quang`);
    await settled(page);
    const found = await links(page);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((u) => u.startsWith(`${remote!.membersOrigin}/tuyen-quang/`))).toBe(true);
    // A CSP violation or a CORS refusal is a console error.
    expect(errors).toEqual([]);
    await close();
  });
});


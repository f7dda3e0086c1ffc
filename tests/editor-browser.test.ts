/**
 * The web editor in Chromium, on a built site served under a base path, with the CMS's test
 * repository (kept in the browser's private file system): the page loads without a console
 * error or a request to another origin, the CMS takes the generated configuration, each
 * collection's form has every field, an empty required field is refused in Vietnamese, and
 * entries made through the interface are files that `npm run check:content` accepts as they are.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main as benchEditor } from '../scripts/bench-editor.ts';
import { memoryIO } from '../scripts/lib/cli.ts';
import { launchChromium } from './browser/launch.ts';
import { serveStatic, type StaticServer } from './browser/serve.ts';
import { buildSite, cleanEnv, type BuiltSite } from './build-site.ts';
import { copyFixture, FIXTURE } from './helpers.ts';

const BASE = '/thi-dua/';
/** Where the CMS keeps the test repository; the content folder (CONTENT_DIR) is its root. */
const TEST_REPO = 'sveltia-cms-test/';
const TEST_REPO_BUTTON = 'Làm việc với kho mã nguồn thử nghiệm';

type Field = { name: string; label: string; required?: boolean; widget: string; fields?: Field[] };
type Collection = { name: string; label: string; fields: Field[] };

/** A field's group in the form, as the CMS names it for assistive technology. */
const fieldGroup = (scope: Page | Locator, label: string) => scope.getByRole('group', { name: `Trường “\u2068${label}\u2069”`, exact: true });

/** Waits for the CMS, which is slow to start on a busy machine. */
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 30_000, interval: 250 });

/**
 * Scroll the form one screen down; true once at its end. The CMS draws a long form as it
 * scrolls, so a field far down is not in the page until then.
 */
function scrollFormDown(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const first = document.querySelector('[role=group][aria-label^="Trường"]');
    let box = first?.parentElement ?? null;
    while (box && !(box.scrollHeight > box.clientHeight && /auto|scroll/.test(getComputedStyle(box).overflowY))) box = box.parentElement;
    if (!box) return true;
    box.scrollTop += box.clientHeight;
    return box.scrollTop + box.clientHeight >= box.scrollHeight - 2;
  });
}

/**
 * The field `label` (inside `scope`), scrolling down the form until it is drawn; fields are
 * looked for in their order, so the search starts where the last one was found, and goes
 * round once from the top.
 */
async function reveal(page: Page, label: string, scope: Page | Locator = page): Promise<Locator> {
  for (let pass = 0; pass < 2 && (await fieldGroup(scope, label).count()) === 0; pass++) {
    if (pass === 1) await page.evaluate(() => document.querySelector('[role=group][aria-label^="Trường"]')?.scrollIntoView());
    for (let i = 0, atEnd = false, settled = 0; i < 100 && settled < 4 && (await fieldGroup(scope, label).count()) === 0; i++) {
      atEnd = await scrollFormDown(page);
      settled = atEnd ? settled + 1 : 0;
      await page.waitForTimeout(100);
    }
  }
  return fieldGroup(scope, label).first();
}

/**
 * A new entry's form, from a fresh load of the editor (the test repository stays in the
 * browser): nothing left over from the last form, and the CMS has settled before filling it.
 */
async function openNew(page: Page, server: StaticServer, collection: string, firstLabel: string): Promise<void> {
  page.once('dialog', (dialog) => void dialog.accept());
  // Leave the document first: going to an address that differs only by its hash would stay in
  // the same document, where the CMS may still be going back to a list after the last save.
  await page.goto('about:blank');
  await page.goto(`${server.url}quan-tri/#/collections/${collection}/new`, { waitUntil: 'networkidle' });
  const signIn = page.getByRole('button', { name: TEST_REPO_BUTTON });
  if (await signIn.isVisible()) await signIn.click();
  await fieldGroup(page, firstLabel).waitFor({ timeout: 30_000 });
}

/** Pick a choice: a drop-down list for many options, radio buttons or check boxes for a few. */
async function choose(page: Page, group: Locator, option: string): Promise<void> {
  const combobox = group.getByRole('combobox');
  if ((await combobox.count()) > 0) {
    await combobox.click();
    await page.getByRole('option', { name: option, exact: true }).click();
    return;
  }
  const radio = group.getByRole('radio', { name: option, exact: true });
  if ((await radio.count()) > 0) await radio.check();
  else await group.getByRole('checkbox', { name: option, exact: true }).check();
}

/** Every file of the CMS's test repository, by path. */
function readTestRepository(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const out: Record<string, string> = {};
    const walk = async (dir: any, prefix: string) => {
      for await (const [name, handle] of dir.entries()) {
        if (handle.kind === 'directory') await walk(handle, `${prefix}${name}/`);
        else out[`${prefix}${name}`] = await (await handle.getFile()).text();
      }
    };
    await walk(await navigator.storage.getDirectory(), '');
    return out;
  });
}

describe('the web editor, in Chromium, with the CMS test repository', () => {
  let site: BuiltSite;
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  let collections: Collection[];
  /** Console errors, failed requests and requests to another origin, over the whole visit. */
  const problems: string[] = [];

  beforeAll(async () => {
    site = buildSite(FIXTURE, { BASE_PATH: BASE, SITE_URL: 'https://bang-vang.example.org', EDITOR_BACKEND: 'test-repo' });
    if (site.status !== 0) throw new Error(`build failed (${site.status}):\n${site.output}`);
    collections = JSON.parse(readFileSync(path.join(site.outDir, 'quan-tri', 'config.json'), 'utf8')).collections;
    server = await serveStatic(site.outDir, BASE);
    browser = await launchChromium();
    page = await (await browser.newContext({ locale: 'vi-VN', viewport: { width: 1280, height: 900 } })).newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()} (${message.location().url})`);
    });
    page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`));
    page.on('requestfailed', (request) => {
      // Cancelled, not failed: a load cut short by the next navigation, or an object URL the CMS let go.
      if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
      problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`);
    });
    page.on('request', (request) => {
      const url = request.url();
      if (!/^(data|blob):/.test(url) && new URL(url).origin !== server.origin) problems.push(`request to another origin: ${url}`);
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    site?.cleanup();
  });

  it('serves its own page: the editor policy, not the site one, and every file it names', () => {
    const html = readFileSync(path.join(site.outDir, 'quan-tri', 'index.html'), 'utf8');
    const policies = [...html.matchAll(/http-equiv="content-security-policy" content="([^"]*)"/g)].map((m) => m[1]);
    expect(policies).toEqual([expect.stringContaining("style-src 'self' 'unsafe-inline'")]);
    expect(policies[0]).toContain("script-src 'self';");
    for (const [, url] of html.matchAll(/(?:href|src)="([^"]+)"/g)) {
      expect(url!.startsWith(BASE), url).toBe(true);
      const file = path.join(site.outDir, decodeURIComponent(url!.slice(BASE.length)));
      expect(readFileSync(file).length, url).toBeGreaterThan(0);
    }
    // The editor is not a page of the site: not in the sitemap.
    expect(readFileSync(path.join(site.outDir, 'sitemap-0.xml'), 'utf8')).not.toContain('quan-tri');
    // npm run bench:editor weighs it.
    const io = memoryIO();
    expect(benchEditor(['--dist', site.outDir], io)).toBe(0);
    expect(io.stdout.find((l) => l.startsWith('sveltia-cms.js '))).toMatch(/^sveltia-cms\.js +\d+\.\d KiB +\d+\.\d KiB  có$/);
    expect(io.stdout.some((l) => l.startsWith('lần mở đầu tiên, tối đa (tiếng Việt)'))).toBe(true);
  });

  it('loads in Vietnamese, takes the generated configuration, and lists the six collections', async () => {
    await page.goto(`${server.url}quan-tri/`, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: TEST_REPO_BUTTON }).click();
    const tree = page.getByRole('tree', { name: 'Danh sách chuyên mục' });
    await poll(() => tree.getByRole('treeitem').count()).toBe(6);
    for (const label of ['Tin bài', 'Phong trào thi đua', 'Gương điển hình', 'Cụm, khối thi đua', 'Số liệu', 'Quyết định khen thưởng']) {
      expect(await tree.getByRole('treeitem', { name: label, exact: true }).count(), label).toBe(1);
    }
    expect(await page.locator('body').innerText()).not.toMatch(/cấu hình CMS|CMS configuration/);
    expect(problems).toEqual([]);
  });

  it('each collection form has every field of the configuration, so every required field of the schemas', async () => {
    const missing: string[] = [];
    let checked = 0;
    for (const collection of collections) {
      await openNew(page, server, collection.name, collection.fields[0]!.label);
      for (const field of collection.fields) {
        if ((await (await reveal(page, field.label)).count()) === 0) missing.push(`${collection.name}: ${field.label}${field.required === false ? '' : ' (bắt buộc)'}`);
        checked++;
      }
    }
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(60);
    // Required fields inside a list appear with each item: a decision's first record.
    await openNew(page, server, 'decisions', 'Số quyết định');
    const records = await reveal(page, 'Danh sách khen thưởng');
    await records.getByRole('button', { name: 'Thêm \u2068Danh sách khen thưởng\u2069' }).click();
    for (const label of ['STT', 'Họ và tên hoặc tên tập thể', 'Đối tượng']) await poll(async () => (await reveal(page, label, records)).count()).toBe(1);
    expect(problems).toEqual([]);
  });

  it('refuses to save a report with its required fields empty, saying so in Vietnamese', async () => {
    await openNew(page, server, 'reports', 'Tiêu đề');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    // The alert starts with the name of its icon ("error"), drawn from a font.
    await poll(async () => (await fieldGroup(page, 'Tiêu đề').getByRole('alert').innerText()).split('\n').pop()).toBe('Trường bắt buộc.');
    const required = collections.find((c) => c.name === 'reports')!.fields.filter((f) => f.required !== false);
    expect(required.map((f) => f.label)).toEqual(['Tiêu đề', 'Ngày', 'Loại sự kiện', 'Tóm tắt', 'Nội dung bài viết']);
    expect(await page.getByRole('alert').filter({ hasText: 'Có' }).innerText()).toContain(`Có ${required.length} trường bị lỗi. Vui lòng sửa lỗi để lưu bài viết.`);
    expect(await readTestRepository(page)).toEqual({});
  });

  it('writes a report and a decision that npm run check:content accepts as they are', async () => {
    // A report, with text an attacker would try.
    await openNew(page, server, 'reports', 'Tiêu đề');
    await fieldGroup(page, 'Tiêu đề').getByRole('textbox').fill('Đắk Lắk tổng kết thi đua <script>alert(1)</script>');
    await fieldGroup(page, 'Ngày').getByRole('textbox').fill('9/1/2023');
    await choose(page, fieldGroup(page, 'Loại sự kiện'), 'tổng kết');
    await fieldGroup(page, 'Tóm tắt').getByRole('textbox').fill('Dòng một.\nDòng hai.');
    await choose(page, fieldGroup(page, 'Tỉnh, thành phố'), 'Hà Giang (đến 30/6/2025)');
    await choose(page, await reveal(page, 'Phong trào'), 'Thi đua thử nghiệm vì bản làng sạch đẹp');
    const body = await reveal(page, 'Nội dung bài viết');
    await body.getByRole('textbox').click();
    await page.keyboard.type('Kết quả {1+1} và <b>đậm</b>');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await poll(async () => Object.keys(await readTestRepository(page)).length).toBe(1);

    // A decision with one record.
    await openNew(page, server, 'decisions', 'Số quyết định');
    await fieldGroup(page, 'Số quyết định').getByRole('textbox').fill('15/QĐ-UBND');
    await fieldGroup(page, 'Ngày ký').locator('input').first().fill('2025-03-05');
    await fieldGroup(page, 'Cơ quan ban hành').getByRole('textbox').fill('UBND tỉnh Hà Giang');
    await fieldGroup(page, 'Trích yếu').getByRole('textbox').fill('Về việc tặng Bằng khen của Chủ tịch UBND tỉnh');
    await choose(page, fieldGroup(page, 'Hình thức khen thưởng'), 'Bằng khen của Chủ tịch UBND tỉnh');
    await choose(page, fieldGroup(page, 'Loại hình khen thưởng'), 'đột xuất');
    await choose(page, fieldGroup(page, 'Tỉnh, thành phố'), 'Hà Giang (đến 30/6/2025)');
    const records = await reveal(page, 'Danh sách khen thưởng');
    await records.getByRole('button', { name: 'Thêm \u2068Danh sách khen thưởng\u2069' }).click();
    await records.getByRole('spinbutton', { name: 'STT' }).fill('1');
    await records.getByRole('textbox', { name: 'Họ và tên hoặc tên tập thể' }).fill('Nguyễn Thị Mới');
    await choose(page, await reveal(page, 'Đối tượng', records), 'cá nhân');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await poll(async () => Object.keys(await readTestRepository(page)).length).toBe(2);

    const written = await readTestRepository(page);
    const inContent = Object.fromEntries(Object.entries(written).map(([file, text]) => [file.slice(TEST_REPO.length), text]));
    expect(Object.keys(inContent).sort()).toEqual(['decisions/ha-giang/15-qd-ubnd.json', 'reports/dak-lak-tong-ket-thi-dua-script-alert-1-script.md']);
    expect(inContent['reports/dak-lak-tong-ket-thi-dua-script-alert-1-script.md']).toBe(
      [
        '---',
        'title: "Đắk Lắk tổng kết thi đua <script>alert(1)</script>"',
        'date: "9/1/2023"',
        'eventKind: "tong-ket"',
        'summary: "Dòng một.\\nDòng hai."',
        'provinces:',
        '  - "ha-giang"',
        'movements:',
        '  - "phong-trao-thu-nghiem"',
        'draft: false',
        '---',
        '',
        'Kết quả {1+1} và <b>đậm</b>',
        '',
      ].join('\n'),
    );
    expect(JSON.parse(inContent['decisions/ha-giang/15-qd-ubnd.json']!)).toEqual({
      number: '15/QĐ-UBND',
      date: '2025-03-05',
      issuer: 'UBND tỉnh Hà Giang',
      subject: 'Về việc tặng Bằng khen của Chủ tịch UBND tỉnh',
      award: 'bang-khen-ubnd-tinh',
      commendationType: 'dot-xuat',
      province: 'ha-giang',
      sample: false,
      records: [{ stt: 1, name: 'Nguyễn Thị Mới', kind: 'ca-nhan', posthumous: false }],
    });

    // The files, as they are, in a copy of the content: the project's own check.
    const copy = copyFixture();
    try {
      for (const [file, text] of Object.entries(inContent)) {
        mkdirSync(path.dirname(path.join(copy.dir, file)), { recursive: true });
        writeFileSync(path.join(copy.dir, file), text);
      }
      const check = spawnSync(process.execPath, ['scripts/check-content.ts'], { env: { ...cleanEnv(), CONTENT_DIR: copy.dir }, encoding: 'utf8' });
      expect(check.stderr).toBe('');
      expect(check.stdout).toBe(`Nội dung hợp lệ (${copy.dir}): 2 tin bài, 1 phong trào, 1 hồ sơ, 1 cụm/khối, 3 quyết định với 8 lượt khen thưởng.\n`);
      expect(check.status).toBe(0);
    } finally {
      copy.cleanup();
    }
    expect(problems).toEqual([]);
  });

  it('runs no handler typed into an article inside the editor either: its policy blocks it', async () => {
    problems.length = 0;
    await openNew(page, server, 'reports', 'Tiêu đề');
    await fieldGroup(page, 'Tiêu đề').getByRole('textbox').fill('Thử mã chèn');
    await fieldGroup(page, 'Ngày').getByRole('textbox').fill('2023');
    await choose(page, fieldGroup(page, 'Loại sự kiện'), 'tin tức');
    await fieldGroup(page, 'Tóm tắt').getByRole('textbox').fill('Thử.');
    const body = await reveal(page, 'Nội dung bài viết');
    await body.getByRole('textbox').click();
    await page.keyboard.type('Ảnh <img src="data:," onerror="document.title=\'bị chèn mã\'">');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await poll(async () => Object.keys(await readTestRepository(page)).some((f) => f.endsWith('/thu-ma-chen.md'))).toBe(true);
    await page.reload({ waitUntil: 'networkidle' });
    await page.waitForTimeout(1000);
    expect(await page.title()).not.toBe('bị chèn mã');
    // The CMS draws the saved HTML; whatever handler it would have run, the policy stopped.
    expect(problems.filter((p) => !/Executing inline event handler violates the following Content Security Policy directive 'script-src 'self''/.test(p))).toEqual([]);
  });
});

/**
 * A decision's list in the browser: the decision's order by default, alphabetical by
 * given name on request, kept in the address so a shared link opens the same way.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { buildSite, type BuiltSite } from './build-site.ts';
import { FIXTURE } from './helpers.ts';
import { serveStatic, type StaticServer } from './browser/serve.ts';
import { launchChromium } from './browser/launch.ts';

describe('ordering a decision list', () => {
  let site: BuiltSite;
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    site = buildSite(FIXTURE);
    if (site.status !== 0) throw new Error(`build failed:\n${site.output}`);
    server = await serveStatic(site.outDir, '/');
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    site?.cleanup();
  });

  const order = (page: import('playwright-core').Page) =>
    page.$$eval('table[data-record-table] tbody tr', (rows) => rows.map((r) => Number(r.id.replace('stt-', ''))));

  it('sorts by given name on request, and back, keeping the choice in the address', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}quyet-dinh/ha-giang/2022/qd-thu-nghiem-1/`);
    expect(await order(page)).toEqual([1, 2, 3, 4, 5]);
    await page.getByRole('button', { name: 'Theo tên (A–Z)' }).click();
    // An (5), Ánh (4), Hòa (2), Lỗi (3), then the collective "Tổ xung kích…" (1) by its first word.
    expect(await order(page)).toEqual([5, 4, 2, 3, 1]);
    expect(new URL(page.url()).searchParams.get('xep')).toBe('ten');
    expect(await page.getByRole('button', { name: 'Theo tên (A–Z)' }).getAttribute('aria-pressed')).toBe('true');

    await page.reload();
    expect(await order(page)).toEqual([5, 4, 2, 3, 1]);
    await page.getByRole('button', { name: 'Theo thứ tự trong quyết định' }).click();
    expect(await order(page)).toEqual([1, 2, 3, 4, 5]);
    expect(new URL(page.url()).search).toBe('');
    await page.close();
  });

  it('keeps the decision order, and hides the switch, without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}quyet-dinh/ha-giang/2022/qd-thu-nghiem-1/?xep=ten`);
    expect(await order(page)).toEqual([1, 2, 3, 4, 5]);
    expect(await page.locator('[data-order-switch]').isVisible()).toBe(false);
    await context.close();
  });
});

/**
 * `npm run dev` as a press officer uses it: the live server follows every edit of the content
 * folder on the next page load, on every page that shows the change; a bad edit shows the
 * check's message (file: field: message, in Vietnamese) in the browser and in the terminal,
 * and the page comes back once the file is fixed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser/launch.ts';
import { cleanEnv } from './build-site.ts';
import { copyFixture, editJson, replaceIn } from './helpers.ts';

const ASTRO = path.resolve('node_modules/astro/bin/astro.mjs');
/** How soon an edit must show, from the moment the file is saved. */
const WITHIN_MS = 2000;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

describe('the live server (npm run dev)', () => {
  let dir: string;
  let cleanup: () => void;
  let dev: ChildProcess;
  let output = '';
  let origin: string;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ dir, cleanup } = copyFixture());
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    dev = spawn(process.execPath, [ASTRO, 'dev', '--port', String(port), '--host', '127.0.0.1'], {
      env: { ...cleanEnv(), CONTENT_DIR: dir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    dev.stdout!.on('data', (chunk) => (output += chunk));
    dev.stderr!.on('data', (chunk) => (output += chunk));
    const started = Date.now();
    while (!/ready in/.test(output)) {
      if (dev.exitCode !== null) throw new Error(`astro dev stopped:\n${output}`);
      if (Date.now() - started > 120_000) throw new Error(`astro dev did not start in 2 minutes:\n${output}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    browser = await launchChromium();
    page = await browser.newPage();
    // The first load of each page compiles it: do it before anything is timed.
    for (const p of ['tin-tuc/hoi-nghi-cum-bien-gioi/', 'quyet-dinh/ha-giang/2022/qd-thu-nghiem-1/', 'cum-khoi-thi-dua/cum-thu-nghiem/', 'phong-trao/phong-trao-thu-nghiem/', 'tin-tuc/', 'khen-thuong/', 'khen-thuong/bang-khen-ubnd-tinh/']) {
      await page.goto(`${origin}/${p}`, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    }
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    dev?.kill();
    cleanup?.();
  });

  /**
   * Open a page. The server tells an open page to reload after each edit: a navigation of
   * ours that this reload cuts short is made again.
   */
  async function open(sitePath: string): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        await page.goto(`${origin}/${sitePath}`, { waitUntil: 'domcontentloaded' });
        return;
      } catch (error) {
        if (attempt > 5 || !/ERR_ABORTED|interrupted by another navigation/.test(String(error))) throw error;
      }
    }
  }

  /** Load `sitePath` until `text` is on it (or gone, with `absent`), at most WITHIN_MS after `since`. */
  async function shows(sitePath: string, text: string, since: number, { absent = false } = {}): Promise<number> {
    for (;;) {
      await open(sitePath);
      const body = await page.locator('body').innerText();
      const found = body.includes(text);
      if (found !== absent) return Date.now() - since;
      if (Date.now() - since > WITHIN_MS) {
        throw new Error(`${sitePath}: "${text}" ${absent ? 'still there' : 'not shown'} ${WITHIN_MS} ms after the edit. The page says:\n${body.slice(0, 1500)}`);
      }
      await new Promise((r) => setTimeout(r, 150));
    }
  }

  const edits: { name: string; edit: (dir: string) => void; pages: { path: string; text: string }[] }[] = [
    {
      name: 'a report’s title',
      edit: (d) => replaceIn(path.join(d, 'reports/hoi-nghi-cum-bien-gioi.mdx'), 'title: "Cụm biên giới', 'title: "Cụm các tỉnh biên giới'),
      pages: [
        { path: 'tin-tuc/hoi-nghi-cum-bien-gioi/', text: 'Cụm các tỉnh biên giới phía Bắc' },
        { path: 'tin-tuc/', text: 'Cụm các tỉnh biên giới phía Bắc' },
      ],
    },
    {
      name: 'a profile’s position',
      edit: (d) => replaceIn(path.join(d, 'honorees/nguoi-thu-nghiem.mdx'), 'position: "Trưởng thôn"', 'position: "Bí thư chi bộ thôn"'),
      pages: [{ path: 'tin-tuc/hoi-nghi-cum-bien-gioi/', text: 'Bí thư chi bộ thôn' }],
    },
    {
      name: 'a movement’s name',
      edit: (d) => replaceIn(path.join(d, 'movements/phong-trao-thu-nghiem.mdx'), 'name: "', 'name: "Mới: '),
      pages: [
        { path: 'phong-trao/phong-trao-thu-nghiem/', text: 'Mới: ' },
        { path: 'tin-tuc/hoi-nghi-cum-bien-gioi/', text: 'Mới: ' },
      ],
    },
    {
      name: 'a record’s name in a decision',
      edit: (d) =>
        editJson(path.join(d, 'decisions/ha-giang/2022/qd-thu-nghiem-1.json'), (x) => {
          x.records[4].name = 'Bùi Văn Ánh';
        }),
      pages: [
        { path: 'quyet-dinh/ha-giang/2022/qd-thu-nghiem-1/', text: 'Bùi Văn Ánh' },
        { path: 'khen-thuong/bang-khen-ubnd-tinh/', text: 'Bùi Văn Ánh' },
      ],
    },
    {
      name: 'a cluster’s leader',
      edit: (d) =>
        editJson(path.join(d, 'clusters/cum-thu-nghiem.json'), (c) => {
          c.years[0].leader = 'tuyen-quang-truoc-2025';
          c.years[0].deputy = 'ha-giang';
        }),
      pages: [{ path: 'cum-khoi-thi-dua/cum-thu-nghiem/', text: 'Tuyên Quang\tCụm trưởng' }],
    },
    {
      name: 'a figure’s value',
      edit: (d) =>
        editJson(path.join(d, 'figures/ha-giang-khen-thuong-2022.json'), (f) => {
          f.values[0].value = 4321;
        }),
      pages: [{ path: 'tin-tuc/hoi-nghi-cum-bien-gioi/', text: '4.321' }],
    },
    {
      name: 'a local award in the content folder',
      edit: (d) =>
        writeFileSync(
          path.join(d, 'awards.json'),
          JSON.stringify([{ id: 'ky-niem-chuong-bien-gioi', name: 'Kỷ niệm chương Vì biên giới', category: 'ky-niem-chuong', level: 'bo-nganh-tinh', conferredBy: 'Chủ tịch UBND tỉnh', recipients: ['ca-nhan'], precedence: 900 }]),
        ),
      pages: [{ path: 'khen-thuong/', text: 'Kỷ niệm chương Vì biên giới' }],
    },
  ];

  for (const { name, edit, pages } of edits) {
    it(`shows ${name} on the next load, within ${WITHIN_MS / 1000} s, on every page that shows it`, async () => {
      const saved = Date.now();
      edit(dir);
      for (const p of pages) await shows(p.path, p.text, saved);
    });
  }

  it('shows a bad edit’s message in the browser and the terminal, and the page again once fixed', async () => {
    const report = path.join(dir, 'reports/hoi-nghi-cum-bien-gioi.mdx');
    const message = 'provinces[0]: không có tỉnh, thành phố nào mã "ha-giag". Có phải "ha-giang"?';
    const before = output.length;
    let saved = Date.now();
    replaceIn(report, '"ha-giang", "tuyen', '"ha-giag", "tuyen');
    // Any page then lists the problems, this one and others alike.
    await shows('tin-tuc/hoi-nghi-cum-bien-gioi/', `hoi-nghi-cum-bien-gioi.mdx: ${message}`, saved);
    await shows('quyet-dinh/ha-giang/2022/qd-thu-nghiem-1/', 'Nội dung chưa hợp lệ', saved);
    expect(await page.title()).toBe('Nội dung chưa hợp lệ');
    expect(output.slice(before)).toContain(`hoi-nghi-cum-bien-gioi.mdx: ${message}`);
    // Fixed and saved: the page that was open comes back by itself.
    saved = Date.now();
    replaceIn(report, '"ha-giag", "tuyen', '"ha-giang", "tuyen');
    await page.waitForFunction(() => !document.querySelector('[data-content-problems]'), undefined, { timeout: WITHIN_MS * 2 });
    await shows('tin-tuc/hoi-nghi-cum-bien-gioi/', 'Cụm các tỉnh biên giới phía Bắc', saved);
  });
});

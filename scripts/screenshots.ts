/**
 * npm run screenshots — pictures of the site for a reviewer: the home page, a decision (whole,
 * and opened at one record's link), a search for a name, a province's page and a report, on a
 * phone (320 × 700) and a wide screen (1280 × 900), as PNG files in screenshots/ with an
 * index.html that shows them side by side.
 *
 * It builds the content folder (CONTENT_DIR, else the demo in src/content) into a temporary
 * folder, or takes a build made already (--site, with --content for the folder it was made
 * from). The pages are chosen from the content: its longest decision, a person of it, the
 * province of that decision as it is now, the latest report.
 *
 * Options: --out DIR (screenshots), --site DIR, --content DIR.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { validateContent } from '../src/lib/content/validate.ts';
import { contentDir } from '../src/lib/content/read.ts';
import { escapeHtml } from '../src/lib/html.ts';
import { siteDataFromContent } from '../src/lib/site-data.ts';
import { decisionPages } from '../src/lib/views/decision.ts';
import { launchChromium } from '../tests/browser/launch.ts';
import { serveStatic } from '../tests/browser/serve.ts';
import { buildSite } from '../tests/build-site.ts';
import { consoleIO, fail, readArguments, runIfEntry, type CliIO } from './lib/cli.ts';

const USAGE = `Cách dùng:
  npm run screenshots -- [--out screenshots] [--site THƯ_MỤC_ĐÃ_DỰNG --content THƯ_MỤC_NỘI_DUNG]`;

const OPTIONS = {
  out: { type: 'string' },
  site: { type: 'string' },
  content: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** A phone and a wide screen. */
const SIZES = [
  { width: 320, height: 700 },
  { width: 1280, height: 900 },
] as const;

interface Shot {
  /** File name without the size. */
  name: string;
  title: string;
  /** Address under the site's root. */
  path: string;
  /** The whole page, or only the first screen (a record opened by its link). */
  fullPage: boolean;
}

/** The pages to picture, chosen from the content. */
function shotsOf(dir: string): Shot[] {
  const { content, problems } = validateContent(dir);
  if (problems.length) fail(`Nội dung ở ${dir} có ${problems.length} lỗi: chạy npm run check:content.`, 1);
  const site = siteDataFromContent(content);
  const decisions = decisionPages(site);
  if (!decisions.length) fail(`Không có quyết định nào trong ${dir}.`, 1);
  const longest = decisions.reduce((a, b) => (b.view.table.rows.length > a.view.table.rows.length ? b : a));
  const decision = site.decisions.find((d) => d.id === longest.params.id)!;
  const rows = longest.view.table.rows;
  const person = rows.find((r) => r.kind === 'cá nhân') ?? rows[0]!;
  const opened = rows[Math.floor((rows.length * 3) / 4)]!;
  const province = site.provinces.current(decision.data.province) ?? site.provinces.get(decision.data.province)!;
  const shots: Shot[] = [
    { name: 'trang-chu', title: 'Trang chủ', path: '', fullPage: true },
    { name: 'quyet-dinh', title: `Quyết định ${decision.data.number}`, path: `quyet-dinh/${decision.id}/`, fullPage: true },
    { name: 'quyet-dinh-mo-mot-nguoi', title: `Quyết định ${decision.data.number}, mở ở #${opened.anchor}`, path: `quyet-dinh/${decision.id}/#${opened.anchor}`, fullPage: false },
    { name: 'tim-ten', title: `Tìm “${person.name}”`, path: `tim-kiem/?q=${encodeURIComponent(person.name)}`, fullPage: true },
    { name: 'tinh-thanh', title: province.name, path: `tinh-thanh/${province.id}/`, fullPage: true },
  ];
  const report = site.reports[0];
  if (report) shots.push({ name: 'tin', title: report.data.title, path: `tin-tuc/${report.id}/`, fullPage: true });
  return shots;
}

export async function main(argv: string[], io: CliIO = consoleIO): Promise<number> {
  const { values } = readArguments(argv, OPTIONS, USAGE);
  const out = path.resolve(values.out ?? 'screenshots');
  const dir = path.resolve(values.content ?? contentDir());
  if (values.site && !values.content) fail(`Với --site, cần --content: thư mục nội dung đã dựng ra trang đó.\n\n${USAGE}`, 2);
  const shots = shotsOf(dir);

  let built: ReturnType<typeof buildSite> | undefined;
  let siteDir = values.site ? path.resolve(values.site) : '';
  if (!siteDir) {
    io.err(`Dựng ${dir}…`);
    built = buildSite(dir);
    if (built.status !== 0) {
      const log = built.output;
      built.cleanup();
      fail(`Dựng trang không được:\n${log.slice(-3000)}`, 1);
    }
    siteDir = built.outDir;
  }
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const server = await serveStatic(siteDir, '/');
  const browser = await launchChromium();
  const files: { shot: Shot; size: (typeof SIZES)[number]; file: string }[] = [];
  try {
    for (const size of SIZES) {
      const context = await browser.newContext({ locale: 'vi-VN', viewport: size });
      const page = await context.newPage();
      for (const shot of shots) {
        await page.goto(server.url + shot.path, { waitUntil: 'networkidle' });
        if (shot.path.startsWith('tim-kiem/')) await page.waitForFunction(() => /\d/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
        const file = `${shot.name}-${size.width}x${size.height}.png`;
        await page.screenshot({ path: path.join(out, file), fullPage: shot.fullPage });
        files.push({ shot, size, file });
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
    built?.cleanup();
  }
  const rows = shots
    .map((shot) => {
      const cells = SIZES.map((size) => files.find((f) => f.shot === shot && f.size === size)!)
        .map((f) => `<td><a href="${f.file}"><img src="${f.file}" alt="${escapeHtml(`${shot.title}, ${f.size.width} × ${f.size.height}`)}" width="${f.size.width === 320 ? 320 : 640}"></a></td>`)
        .join('');
      return `<tr><th scope="row">${escapeHtml(shot.title)}<br><code>/${escapeHtml(shot.path)}</code></th>${cells}</tr>`;
    })
    .join('\n');
  writeFileSync(
    path.join(out, 'index.html'),
    `<!doctype html><html lang="vi"><meta charset="utf-8"><title>Ảnh chụp màn hình</title>
<style>body{font-family:system-ui,sans-serif;margin:1rem}td,th{vertical-align:top;text-align:left;padding:.5rem;border-bottom:1px solid #ccc}img{border:1px solid #999;height:auto}</style>
<h1>Ảnh chụp màn hình</h1><p>Điện thoại 320 × 700 và màn hình rộng 1280 × 900; bấm vào ảnh để xem cỡ thật. Nội dung: <code>${escapeHtml(dir)}</code>.</p>
<table><thead><tr><th scope="col">Trang</th><th scope="col">320 × 700</th><th scope="col">1280 × 900</th></tr></thead><tbody>
${rows}
</tbody></table></html>\n`,
  );
  io.out(`${files.length} ảnh trong ${path.relative(process.cwd(), out) || out}/ (mở index.html để xem cạnh nhau).`);
  return 0;
}

runIfEntry(import.meta.url, main);

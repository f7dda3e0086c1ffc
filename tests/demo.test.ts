/**
 * The demo site as the README's build makes it: the facts of the source articles are
 * where a citizen would look for them, and a decision of 2,000 names stays usable.
 */
import { readFileSync, readdirSync, writeFileSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from './build-site.ts';
import { copyFixture } from './helpers.ts';

/** Visible text of an HTML fragment, with tags removed and spaces collapsed. */
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('the demo site', () => {
  let site: BuiltSite;
  const page = (p: string) => readFileSync(path.join(site.outDir, p, 'index.html'), 'utf8');
  beforeAll(() => {
    site = buildSite(path.resolve('src/content'));
    if (site.status !== 0) throw new Error(`build failed:\n${site.output}`);
  });
  afterAll(() => site?.cleanup());

  it('shows the Bắc Trung Bộ cluster results of 2022 and its leadership for 2023', () => {
    const html = page('cum-khoi-thi-dua/bac-trung-bo');
    const year = (y: number) => {
      const start = html.indexOf(`id="nam-${y}"`);
      expect(start, `section for ${y}`).toBeGreaterThan(-1);
      return text(html.slice(start, html.indexOf('</section>', start)));
    };
    // Columns: member, role, Government's flag, PM's Bằng khen.
    expect(year(2022)).toMatch(/Nghệ An Cụm trưởng Có/);
    expect(year(2022)).toMatch(/Thừa Thiên Huế\s+Có/);
    expect(year(2022)).not.toMatch(/Thừa Thiên Huế Cụm/);
    expect(year(2023)).toContain('Quảng Trị Cụm trưởng');
    expect(year(2023)).toContain('Thừa Thiên Huế Cụm phó');
  });

  it("says Hà Giang merged into Tuyên Quang, and shows Hà Giang's decisions on Tuyên Quang's page as Hà Giang", () => {
    expect(text(page('tinh-thanh/ha-giang'))).toContain('Hà Giang đã hợp nhất vào Tuyên Quang từ 1/7/2025.');
    const tq = page('tinh-thanh/tuyen-quang');
    const haGiangDecisions = tq.match(/href="\/quyet-dinh\/ha-giang\/[^"]+"/g) ?? [];
    expect(haGiangDecisions.length).toBeGreaterThanOrEqual(2);
    expect(text(tq)).toMatch(/UBND tỉnh Hà Giang · Hà Giang ·/);
  });

  it('shows the Móng Cái figures for 1–9/2023 as a table and a chart, linked to their source, where a reader looks', () => {
    const source = 'tin-tuc/mong-cai-phong-trao-thi-dua-dac-biet-60-nam-quang-ninh/';
    for (const p of ['tin-tuc/mong-cai-phong-trao-thi-dua-dac-biet-60-nam-quang-ninh', 'tinh-thanh/quang-ninh', 'phong-trao/mong-cai-thi-dua-dac-biet-60-nam-quang-ninh']) {
      const html = page(p);
      const start = html.indexOf('Khen thưởng của UBND thành phố Móng Cái trong 9 tháng đầu năm 2023 (1–9/2023)');
      expect(start, p).toBeGreaterThan(-1);
      // The set runs from its heading to its source line.
      const end = html.indexOf('Nguồn:', start);
      const section = html.slice(start, html.indexOf('</p>', end));
      // The table…
      for (const cell of ['457 tập thể', '946 cá nhân', '131 tập thể', '245 cá nhân']) expect(section, `${p}: ${cell}`).toContain(`<td class="num">${cell}</td>`);
      // …the chart, an SVG image with a title and a text alternative…
      expect(section).toMatch(/<svg[^>]*role="img"[^>]*>\s*<title[^>]*>Khen thưởng của UBND thành phố Móng Cái/);
      expect(section).toContain('trong đó tập thể được khen đột xuất: 131 tập thể; trong đó cá nhân được khen đột xuất: 245 cá nhân</desc>');
      // …and the link to the report they come from.
      expect(section).toContain(`href="/${source}"`);
    }
  });

  it("counts a province's honours by year the same way as an independent count of the rolls", () => {
    // Count Quảng Ninh's records of 2023 straight from the JSON files.
    const files = readdirSync('src/content/decisions', { recursive: true }).filter((f) => String(f).endsWith('.json'));
    let decisions = 0;
    let records = 0;
    for (const f of files) {
      const d = JSON.parse(readFileSync(path.join('src/content/decisions', String(f)), 'utf8'));
      if (!String(d.date).startsWith('2023')) continue;
      const mine = d.records.filter((r: { province?: string }) => (r.province ?? d.province) === 'quang-ninh');
      if (mine.length) {
        decisions += 1;
        records += mine.length;
      }
    }
    expect(records).toBeGreaterThan(0);
    const html = page('tinh-thanh/quang-ninh');
    // Each number after its label, which a phone shows where it has no column headers.
    const label = (text: string) => `<span class="cell-label" aria-hidden="true">${text}</span>`;
    const row = new RegExp(
      `<th scope="row"><a href="/tinh-thanh/quang-ninh/2023/">2023</a></th><td class="num">${label('Quyết định')}${decisions}</td><td class="num">${label('Lượt khen')}${records}</td>`,
    );
    expect(html).toMatch(row);
    // The chart by year says the same.
    expect(html).toContain(`<desc id="bieu-do-nam-desc">2023: ${records}</desc>`);
  });

  it('is valid HTML on every page (html-validate, recommended rules)', async () => {
    const { HtmlValidate, FileSystemConfigLoader } = await import('html-validate');
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const pages = readdirSync(site.outDir, { recursive: true }).map(String).filter((f) => f.endsWith('.html'));
    const errors: string[] = [];
    for (const file of pages) {
      const report = await validator.validateFile(path.join(site.outDir, file));
      for (const result of report.results) {
        for (const m of result.messages) errors.push(`${file}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
      }
    }
    expect(pages.length).toBeGreaterThan(150);
    expect(errors).toEqual([]);
    console.log(`html-validate: ${pages.length} pages, 0 errors`);
  });

  it('carries a Content Security Policy without unsafe-inline on every page', () => {
    // The web editor's page (quan-tri/) has a policy of its own, tested in tests/editor-browser.test.ts.
    const pages = readdirSync(site.outDir, { recursive: true }).map(String).filter((f) => f.endsWith('.html') && !f.startsWith(`quan-tri${path.sep}`));
    for (const file of pages) {
      const html = readFileSync(path.join(site.outDir, file), 'utf8');
      const policy = /<meta http-equiv="content-security-policy" content="([^"]+)">/.exec(html)?.[1];
      expect(policy, file).toBeDefined();
      expect(policy).toContain("default-src 'self'");
      expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[^']+')*;/);
      expect(policy).not.toContain('unsafe-inline');
      // No inline style attribute that the policy would have to allow.
      expect(html.replace(/="[^"]*"/g, '=""'), file).not.toMatch(/<[a-z][^>]*\sstyle=/);
    }
  });

  it('marks the sample rolls as sample data', () => {
    for (const p of ['quyet-dinh/ha-giang/2022/mau-05-bang-khen-ubnd-tinh']) {
      expect(page(p)).toContain('Dữ liệu mẫu để trình diễn, không phải quyết định thật.');
    }
  });
});

describe('a decision of 2,000 records', () => {
  let site: BuiltSite;
  let cleanup: () => void;
  beforeAll(() => {
    const copy = copyFixture();
    cleanup = copy.cleanup;
    const records = Array.from({ length: 2000 }, (_, i) => ({
      stt: i + 1,
      name: `Nguyễn Văn Người ${i + 1}`,
      kind: 'cá nhân',
      title: 'Công chức',
      unit: `Xã số ${(i % 40) + 1}`,
    }));
    const dir = path.join(copy.dir, 'decisions/ha-giang/2023');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      path.join(dir, 'qd-lon.json'),
      JSON.stringify({
        number: 'T-99/QĐ-UBND', date: '2023-05-04', issuer: 'UBND tỉnh Hà Giang', subject: 'Danh sách dài (kiểm thử).',
        award: 'giay-khen', commendationType: 'chuyên đề', province: 'ha-giang', records,
      }),
    );
    site = buildSite(copy.dir);
    if (site.status !== 0) throw new Error(`build failed:\n${site.output}`);
  });
  afterAll(() => {
    site?.cleanup();
    cleanup?.();
  });

  it('is one page with a stable anchor on every record', () => {
    const file = path.join(site.outDir, 'quyet-dinh/ha-giang/2023/qd-lon/index.html');
    const html = readFileSync(file, 'utf8');
    const anchors = [...html.matchAll(/<tr id="stt-(\d+)"/g)].map((m) => Number(m[1]));
    expect(anchors).toEqual(Array.from({ length: 2000 }, (_, i) => i + 1));
    // About 200 bytes a row: light enough for a phone, and searchable with the browser's find.
    expect(statSync(file).size).toBeLessThan(2000 * 400);
  });
});

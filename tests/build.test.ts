/**
 * Builds the small fixture site for real and reads the HTML a citizen would get.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixture, FIXTURE } from './helpers.ts';
import { buildSite, cleanEnv, type BuiltSite } from './build-site.ts';
import { groupsBuiltTogether } from './bad-content.ts';
import { RECORDS_BUNDLE } from '../src/lib/search/model.ts';

describe('building the fixture site', () => {
  let site: BuiltSite;
  const page = (p: string) => readFileSync(path.join(site.outDir, p, 'index.html'), 'utf8');

  beforeAll(() => {
    site = buildSite(FIXTURE);
    if (site.status !== 0) throw new Error(`build failed:\n${site.output}`);
  });
  afterAll(() => site?.cleanup());

  it('renders a decision as a table with a stable anchor per record', () => {
    const html = page('quyet-dinh/ha-giang/2022/qd-thu-nghiem-1');
    expect(html).toMatch(/<table[\s\S]*<caption id="danh-sach-kem-quyet-dinh">Danh sách kèm Quyết định số T-01\/QĐ-UBND ngày 20\/12\/2022 của UBND tỉnh Hà Giang<\/caption>/);
    expect(html).toContain('<th scope="col" class="num">STT</th>');
    for (const n of [1, 2, 3, 4, 5]) expect(html).toContain(`id="stt-${n}"`);
    expect(html).toContain('Dữ liệu mẫu để trình diễn');
  });

  it('writes a name stored in NFD out in NFC', () => {
    const html = page('quyet-dinh/ha-giang/2022/qd-thu-nghiem-1');
    expect(html).toContain('Nguyễn Thị Hòa');
    expect(html).not.toContain('Nguye\u0302\u0303n');
    const report = page('tin-tuc/hoi-nghi-cum-bien-gioi');
    expect(report).toContain('Nguyễn Văn Tổ Hợp');
    expect(report).not.toContain('Nguye\u0302\u0303n');
  });

  it('shows a name containing <script> as visible text', () => {
    const html = page('quyet-dinh/ha-giang/2022/qd-thu-nghiem-1');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Đặng Văn Lỗi');
    // Inside a quoted attribute value (the row's sort key) "<" is inert text; anywhere
    // else the tag must not appear unescaped.
    const outsideAttributes = html.replace(/="[^"]*"/g, '=""');
    expect(outsideAttributes).not.toContain('<script>alert(1)</script>');
    // The record's citation, shown when its link is opened, holds the name as text too.
    expect(html).toContain('<p class="record-ref">&lt;script&gt;alert(1)&lt;/script&gt; Đặng Văn Lỗi — Bằng khen');
  });

  it('says Hà Giang merged into Tuyên Quang, and lists Hà Giang records under Tuyên Quang as Hà Giang', () => {
    expect(page('tinh-thanh/ha-giang')).toContain('Hà Giang đã hợp nhất vào Tuyên Quang từ 1/7/2025.');
    const tq = page('tinh-thanh/tuyen-quang');
    expect(tq).toContain('quyet-dinh/ha-giang/2022/qd-thu-nghiem-1/');
    expect(tq).toContain('quyet-dinh/tuyen-quang/2025/qd-thu-nghiem-2/');
    // Roll summary: 2022 has the Hà Giang decision's 5 records (4 from Hà Giang, 1 from old Tuyên Quang).
    // (Each number follows its label, which a phone shows where it has no column headers.)
    expect(tq).toMatch(/<th scope="row"><a href="\/tinh-thanh\/tuyen-quang\/2022\/">2022<\/a><\/th>\s*<td class="num"><span class="cell-label" aria-hidden="true">Quyết định<\/span>1<\/td>\s*<td class="num"><span class="cell-label" aria-hidden="true">Lượt khen<\/span>5<\/td>/);
    // The year's roll groups the decision under its award, with the counts.
    expect(page('tinh-thanh/tuyen-quang/2022')).toContain('Bằng khen của Chủ tịch UBND tỉnh: 1 quyết định, 5 lượt khen');
    const decision = page('quyet-dinh/ha-giang/2022/qd-thu-nghiem-1');
    expect(decision).toMatch(/Bùi Văn An[\s\S]{0,80}Tuyên Quang/);
  });

  it('gives each row its place in the alphabetical order by given name', () => {
    const html = page('quyet-dinh/ha-giang/2022/qd-thu-nghiem-1');
    expect(html).toContain('<tr id="stt-5" data-rank="1">');
    expect(html).toContain('<tr id="stt-1" data-rank="5">');
  });

  it('lets news be browsed by year, by current province and by kind of event', () => {
    for (const p of ['tin-tuc/nam/2023', 'tin-tuc/tinh/tuyen-quang', 'tin-tuc/loai/tong-ket']) {
      expect(page(p), p).toContain('tin-tuc/hoi-nghi-cum-bien-gioi/');
    }
  });

  it('shows a cluster year with leader, deputy, scores and nominations', () => {
    const html = page('cum-khoi-thi-dua/cum-thu-nghiem');
    expect(html).toContain('Thành viên và kết quả năm 2022');
    expect(html).toMatch(/Hà Giang<\/a><\/th><td>Cụm trưởng<\/td><td class="num">95,5<\/td><td class="num">1<\/td><td>Có<\/td>/);
    expect(html).toContain('10/3/2022');
  });

  it('has a list and a detail page for every collection, and a 404 page', () => {
    for (const p of ['', 'tin-tuc', 'phong-trao', 'phong-trao/phong-trao-thu-nghiem', 'tinh-thanh', 'quyet-dinh', 'khen-thuong', 'khen-thuong/bang-khen-ubnd-tinh', 'guong-dien-hinh', 'guong-dien-hinh/nguoi-thu-nghiem', 'cum-khoi-thi-dua']) {
      expect(existsSync(path.join(site.outDir, p, 'index.html')), p).toBe(true);
    }
    expect(existsSync(path.join(site.outDir, '404.html'))).toBe(true);
    expect(page('guong-dien-hinh/nguoi-thu-nghiem')).toContain('quyet-dinh/ha-giang/2022/qd-thu-nghiem-1/#stt-4');
  });
});

describe('building bad content', () => {
  // Cases that do not hide one another are built together: a few builds for every case.
  groupsBuiltTogether().forEach((group, n) => {
    const what = group.length === 1 ? group[0]!.name : `${group.length} cases at once, from ${group[0]!.name} on`;
    it(`refuses ${what} (group ${n + 1}), with the same lines from build and check:content`, () => {
      const copy = copyFixture();
      try {
        for (const bad of group) bad.change(copy.dir);
        const site = buildSite(copy.dir);
        site.cleanup();
        expect(site.status).not.toBe(0);
        for (const bad of group) expect(site.output, bad.name).toContain(bad.expected);
        // The author reads the list of problems, not a stack trace.
        expect(site.output).not.toMatch(/\n\s+at .*\.(ts|js|mjs):\d+:\d+/);

        const check = spawnSync(process.execPath, ['scripts/check-content.ts'], {
          env: { ...cleanEnv(), CONTENT_DIR: copy.dir },
          encoding: 'utf8',
        });
        expect(check.status).toBe(1);
        for (const bad of group) expect(check.stderr, bad.name).toContain(bad.expected);
        expect(check.stderr).toContain(`\n${group.length} lỗi trong nội dung`);
      } finally {
        copy.cleanup();
      }
    });
  });
});

describe('a rebuild after adding a report', () => {
  it("takes the records' search bundle and the downloads from the cache, and indexes the new report", () => {
    const copy = copyFixture();
    mkdirSync(path.resolve('tests/.tmp'), { recursive: true });
    const work = mkdtempSync(path.resolve('tests/.tmp/rebuild-'));
    // One output and one cache folder for both builds, as on a host that keeps its cache.
    const env = { OUT_DIR: path.join(work, 'dist'), ASTRO_CACHE_DIR: path.join(work, 'cache') };
    const recordsBundle = () => {
      const dir = path.join(env.OUT_DIR, 'pagefind', RECORDS_BUNDLE);
      const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(path.join(dir, f)).isFile());
      return files.sort().map((f) => ({ file: f, inode: statSync(path.join(dir, f)).ino }));
    };
    /** Every result fragment of the site bundle, unpacked (Pagefind gzips them). */
    const fragments = () => {
      const dir = path.join(env.OUT_DIR, 'pagefind', 'fragment');
      return readdirSync(dir).map((f) => gunzipSync(readFileSync(path.join(dir, f))).toString('utf8')).join('\n');
    };
    try {
      const first = buildSite(copy.dir, env);
      if (first.status !== 0) throw new Error(`build failed:\n${first.output}`);
      expect(first.output).not.toContain('phần khen thưởng lấy lại từ bộ đệm');
      const before = recordsBundle();
      expect(fragments()).not.toContain('bai-them-sau');

      const report = readFileSync(path.join(copy.dir, 'reports', 'hoi-nghi-cum-bien-gioi.mdx'), 'utf8');
      writeFileSync(path.join(copy.dir, 'reports', 'bai-them-sau.mdx'), report.replace(/^title: .*$/m, 'title: "Bài thêm sau để thử dựng lại"'));
      const second = buildSite(copy.dir, env);
      if (second.status !== 0) throw new Error(`rebuild failed:\n${second.output}`);
      expect(second.output).toContain('(phần khen thưởng lấy lại từ bộ đệm vì không đổi)');
      expect(second.output).toContain('chép lại từ bộ đệm vì không đổi');
      // The very same files (same inodes: linked from the cache, not written again); the new report is in the site bundle.
      expect(recordsBundle()).toEqual(before);
      expect(fragments()).toContain('bai-them-sau');
    } finally {
      rmSync(work, { recursive: true, force: true });
      copy.cleanup();
    }
  });
});

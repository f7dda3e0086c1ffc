/**
 * The view models: what each page shows, made from the checked content without Astro, and
 * the cache keys derived from them. A key must change whenever a field the page shows
 * changes, wherever that field is kept, and stay put when the page does not show the change.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validateContent, type ValidatedContent } from '../src/lib/content/validate.ts';
import { siteDataFromContent, type SiteData } from '../src/lib/site-data.ts';
import { awardPages } from '../src/lib/views/award.ts';
import { clusterPages } from '../src/lib/views/cluster.ts';
import { alphabeticalRanks, decisionPages, decisionViewOf, eachDecisionPage, recordReference } from '../src/lib/views/decision.ts';
import { searchView } from '../src/lib/views/search.ts';
import { nameShardCount } from '../src/lib/search/names.ts';
import { sortRecords } from '../src/lib/rolls.ts';
import { generateDataset, writeDataset } from '../scripts/lib/dataset/index.ts';
import { homeView } from '../src/lib/views/home.ts';
import { honoreePages } from '../src/lib/views/honoree.ts';
import { bodyDigest, notPlainData, viewKey } from '../src/lib/views/key.ts';
import { movementPages } from '../src/lib/views/movement.ts';
import { allNewsPages, newsByKindPages, newsByProvincePages, newsByYearPages, provinceFeedPages } from '../src/lib/views/news.ts';
import { keyedPaths, staticPaths, type PageOf } from '../src/lib/views/pages.ts';
import { pagerView, siteNavigation } from '../src/lib/views/parts.ts';
import { provincePages, provinceYearPages } from '../src/lib/views/province.ts';
import { reportPages } from '../src/lib/views/report.ts';
import { copyFixture, editJson, replaceIn } from './helpers.ts';

const REPORT = 'reports/hoi-nghi-cum-bien-gioi.mdx';
const HONOREE = 'honorees/nguoi-thu-nghiem.mdx';
const MOVEMENT = 'movements/phong-trao-thu-nghiem.mdx';
const DECISION = 'decisions/ha-giang/2022/qd-thu-nghiem-1.json';
const CLUSTER = 'clusters/cum-thu-nghiem.json';
const FIGURE = 'figures/ha-giang-khen-thuong-2022.json';

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});

function siteOf(dir: string): SiteData {
  const { problems, content } = validateContent(dir);
  expect(problems, problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join('\n')).toEqual([]);
  return siteDataFromContent(content);
}

let generated: ValidatedContent | undefined;

/** A generated dataset of 4,000 records (names with the collisions and tones of real rolls), checked once. */
function generatedContent(): ValidatedContent {
  if (generated) return generated;
  const dir = mkdtempSync(path.join(tmpdir(), 'bang-vang-views-'));
  try {
    rmSync(dir, { recursive: true, force: true });
    writeDataset(dir, generateDataset({ records: 4000, seed: 7 }), { records: 4000, seed: 7 });
    const { problems, content } = validateContent(dir);
    expect(problems).toEqual([]);
    return (generated = content);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The fixture, as a folder of its own to edit. */
function fixture(): string {
  const { dir, cleanup } = copyFixture();
  cleanups.push(cleanup);
  return dir;
}

type Pages = (site: SiteData) => PageOf<unknown, unknown>[];

/** Every page's key, by the page's params. */
function keys(pages: Pages, site: SiteData): Map<string, string> {
  return new Map(staticPaths(pages(site)).map((p) => [JSON.stringify(p.params), p.cacheKey]));
}

/** The pages of a route whose key changed after an edit of the content folder. */
function changedBy(pages: Pages, edit: (dir: string) => void): string[] {
  const dir = fixture();
  const before = keys(pages, siteOf(dir));
  edit(dir);
  const after = keys(pages, siteOf(dir));
  return [...after].filter(([params, key]) => before.get(params) !== key).map(([params]) => params);
}

describe('view models', () => {
  it('give a report everything its page shows, profiles with their positions included', () => {
    const site = siteOf(fixture());
    const [page] = reportPages(site);
    const view = page!.view;
    expect(view.title).toBe('Cụm biên giới phía Bắc tổng kết năm thi đua thử nghiệm');
    expect(view.date).toEqual({ text: '15/1/2023', iso: '2023-01-15' });
    expect(view.provinces.map((p) => p.text)).toEqual(['Hà Giang', 'Tuyên Quang']);
    expect(view.honorees).toEqual([{ href: '/guong-dien-hinh/nguoi-thu-nghiem/', name: 'Lò Văn Thử', position: 'Trưởng thôn' }]);
    expect(view.honours[0]).toMatchObject({ award: { href: '/khen-thuong/bang-khen-ubnd-tinh/', text: 'Bằng khen của Chủ tịch UBND tỉnh' }, recipients: 'Tổ xung kích thôn Lũng Cú' });
    expect(view.officials[0]).toEqual({ name: 'Hoàng Thị Thử', titles: 'Phó Chủ tịch UBND tỉnh, Chủ tịch Hội đồng TĐKT tỉnh' });
    expect(view.body).toBe(bodyDigest(site.reports[0]!));
    // No photo: the report's own card is its preview.
    expect(view.card?.src).toMatch(/^\/anh-chia-se\/tin-tuc\/hoi-nghi-cum-bien-gioi\.png\?v=/);
  });

  it('give a decision its list in STT order, each row with its anchor, sort key and the province of its time', () => {
    const site = siteOf(fixture());
    const view = decisionPages(site).find((p) => p.params.id === 'ha-giang/2022/qd-thu-nghiem-1')!.view;
    expect(view.title).toBe('Quyết định số T-01/QĐ-UBND');
    expect(view.table.caption).toBe('Danh sách kèm Quyết định số T-01/QĐ-UBND ngày 20/12/2022 của UBND tỉnh Hà Giang');
    expect(view.table.rows.map((r) => r.stt)).toEqual([1, 2, 3, 4, 5]);
    const row5 = view.table.rows[4]!;
    expect(row5).toMatchObject({ anchor: 'stt-5', name: 'Bùi Văn An', nameRank: 1, kind: 'cá nhân', otherProvince: 'Tuyên Quang' });
    expect(view.ld).toMatchObject({ '@type': 'ItemList', numberOfItems: 5 });
  });

  it('make a decision page’s view again at render exactly as its key was made, one page at a time', () => {
    const site = siteOf(fixture());
    const all = decisionPages(site);
    const keyed = keyedPaths(eachDecisionPage(site));
    expect(keyed.map((p) => p.cacheKey)).toEqual(staticPaths(all).map((p) => p.cacheKey));
    expect(keyed.every((p) => Object.keys(p.props).length === 0)).toBe(true);
    for (const page of all) expect(decisionViewOf(site, page.params.id)).toEqual(page.view);
    expect(() => decisionViewOf(site, 'khong-co')).toThrow(/khong-co/);
  });

  it('give each record of a decision its citation, ready to copy, and the decision page’s public address for its link', () => {
    const site = siteOf(fixture());
    const { table } = decisionPages(site).find((p) => p.params.id === 'ha-giang/2022/qd-thu-nghiem-1')!.view;
    expect(recordReference(table, table.rows[4]!)).toBe(
      'Bùi Văn An — Bằng khen của Chủ tịch UBND tỉnh, Quyết định số T-01/QĐ-UBND ngày 20/12/2022 của UBND tỉnh Hà Giang',
    );
    // One citation for the whole decision, around each name.
    expect(table.references).toHaveLength(1);
    expect(table.link).toBe('http://localhost/quyet-dinh/ha-giang/2022/qd-thu-nghiem-1/');
  });

  it('cite a posthumous record as such, and a record of its own award with that award', () => {
    const dir = fixture();
    editJson(path.join(dir, DECISION), (d) => {
      d.records[1].posthumous = true;
      d.records[1].award = 'huan-chuong-lao-dong';
      d.records[1].awardClass = 'ba';
    });
    const { table } = decisionPages(siteOf(dir)).find((p) => p.params.id === 'ha-giang/2022/qd-thu-nghiem-1')!.view;
    expect(recordReference(table, table.rows[1]!)).toBe(
      'Nguyễn Thị Hòa (truy tặng) — Huân chương Lao động hạng Ba, Quyết định số T-01/QĐ-UBND ngày 20/12/2022 của UBND tỉnh Hà Giang',
    );
    expect(recordReference(table, table.rows[2]!)).toBe(
      '<script>alert(1)</script> Đặng Văn Lỗi — Bằng khen của Chủ tịch UBND tỉnh, Quyết định số T-01/QĐ-UBND ngày 20/12/2022 của UBND tỉnh Hà Giang',
    );
    expect(table.references).toHaveLength(2);
  });

  it('rank a decision’s records in the alphabetical order of the rolls, as sortRecords orders them', () => {
    const site = siteOf(fixture());
    const decision = site.decisions.find((d) => d.id === 'ha-giang/2022/qd-thu-nghiem-1')!;
    const { table } = decisionPages(site).find((p) => p.params.id === decision.id)!.view;
    const byRank = [...table.rows].sort((a, b) => a.nameRank - b.nameRank).map((r) => r.stt);
    expect(byRank).toEqual(sortRecords(decision.data.records, 'ten').map((r) => r.stt));
    expect(byRank).toEqual([5, 4, 2, 3, 1]);
    // A generated roll of thousands of names, with the collisions and tones a real one has.
    const generated = generatedContent();
    for (const d of generated.decisions.slice(0, 20)) {
      const ranks = alphabeticalRanks(d.data.records);
      expect(sortRecords(d.data.records, 'ten').map((r) => ranks.get(r))).toEqual(d.data.records.map((_, i) => i + 1));
    }
  });

  it('open the home page and a province’s page with a name search, a province’s kept to it as it is now', () => {
    const site = siteOf(fixture());
    const home = homeView(site, undefined);
    expect(home).toMatchObject({ kind: 'site', nameSearch: { heading: 'Tìm tên trong bảng vàng', action: '/tim-kiem/' } });
    expect(home.kind === 'site' && home.nameSearch.province).toBeUndefined();
    const provinces = provincePages(site);
    expect(provinces.find((p) => p.params.id === 'tuyen-quang')!.view.overview.nameSearch).toEqual({
      heading: 'Tìm tên trong bảng vàng Tuyên Quang',
      action: '/tim-kiem/',
      province: { value: 'tuyen-quang', label: 'Chỉ tìm trong Tuyên Quang' },
    });
    expect(provinces.find((p) => p.params.id === 'ha-giang')!.view.overview.nameSearch.province).toEqual({
      value: 'tuyen-quang',
      label: 'Chỉ tìm trong Tuyên Quang hiện nay, gồm cả Hà Giang',
    });
  });

  it('tell the search page where the whole-name index is, how many shards it has, and which units merged', () => {
    const { content } = validateContent(fixture());
    const view = searchView(content, []);
    const names = JSON.parse(view.names);
    expect(names).toMatchObject({ base: '/tim-ten/', site: '/', shards: 1 });
    expect(names.currentNames['Hà Giang']).toBe('Tuyên Quang');
    expect(names.currentNames['Quảng Ninh']).toBeUndefined();
    const big = searchView(generatedContent(), []);
    expect(JSON.parse(big.names).shards).toBe(nameShardCount(4000));
  });

  it('count a province’s rolls with its predecessors’ (Hà Giang under Tuyên Quang)', () => {
    const site = siteOf(fixture());
    const tq = provincePages(site).find((p) => p.params.id === 'tuyen-quang')!.view;
    expect(tq.overview.heading).toBe('Tỉnh Tuyên Quang');
    expect(tq.overview.counts.find((c) => c.year === 2022)).toMatchObject({ decisions: '1', records: '5' });
    expect(tq.overview.decisions.map((d) => d.province)).toContain('Hà Giang');
    const years = provinceYearPages(site).filter((p) => p.params.id === 'tuyen-quang').map((p) => p.params.year);
    expect(years.sort()).toEqual(['2022', '2025']);
  });

  it('make a pager with gaps and the first and last page always shown', () => {
    const pager = pagerView(6, 10, (n) => `/p/${n}/`);
    expect(pager.links.map((l) => (l.gapBefore ? `…${l.n}` : String(l.n)))).toEqual(['1', '…4', '5', '6', '7', '8', '…10']);
    expect(pager).toMatchObject({ previous: '/p/5/', next: '/p/7/', label: 'Trang 6/10' });
  });

  it('are plain data, which their cache key holds whole: every page of every route', () => {
    expect(notPlainData({ href: () => '/x/' })).toBe('view.href');
    expect(notPlainData({ rows: [{ a: 1 }, { a: new Map() }] })).toBe('view.rows[1].a');
    expect(notPlainData({ a: [1, undefined] })).toBe('view.a[1]');
    expect(notPlainData({ a: new Set([1]) })).toBe('view.a');
    expect(notPlainData({ a: new Date(Number.NaN) })).toBe('view.a');
    expect(notPlainData({ a: new Date(0) })).toBeUndefined();
    expect(notPlainData({ a: [1, 'x', null, { b: undefined, c: true }] })).toBeUndefined();
    const dir = fixture();
    const site = siteOf(dir);
    const routes: Pages[] = [
      allNewsPages, newsByYearPages, newsByKindPages, newsByProvincePages, provinceFeedPages, reportPages, awardPages,
      clusterPages, decisionPages, honoreePages, movementPages, provincePages, provinceYearPages,
    ];
    for (const pages of routes) {
      const all = pages(site);
      expect(all.length, pages.name).toBeGreaterThan(0);
      for (const page of all) expect(notPlainData(page.view), `${pages.name} ${JSON.stringify(page.params)}`).toBeUndefined();
    }
    for (const view of [homeView(site, undefined), homeView(site, 'tuyen-quang'), searchView(validateContent(dir).content, [])]) {
      expect(notPlainData(view)).toBeUndefined();
    }
    expect(viewKey({ a: [1, 2] })).toBe(viewKey({ a: [1, 2] }));
    expect(viewKey({ a: [1, 2] })).not.toBe(viewKey({ a: [2, 1] }));
  });

  it('name a single-province site’s own province on its home page, and refuse an unknown one', () => {
    const site = siteOf(fixture());
    expect(homeView(site, 'tuyen-quang')).toMatchObject({ kind: 'province', overview: { heading: 'Tỉnh Tuyên Quang' } });
    expect(() => homeView(site, 'tuyen-quag')).toThrow('không có tỉnh, thành phố nào mã "tuyen-quag"');
    expect(homeView(site, undefined).kind).toBe('site');
  });
});

describe('cache keys follow what a page shows', () => {
  it('a profile’s position changes the report that lists it, and the profile', () => {
    const edit = (dir: string) => replaceIn(path.join(dir, HONOREE), 'position: "Trưởng thôn"', 'position: "Bí thư chi bộ"');
    expect(changedBy(reportPages, edit)).toEqual(['{"id":"hoi-nghi-cum-bien-gioi"}']);
    expect(changedBy(honoreePages, edit)).toEqual(['{"id":"nguoi-thu-nghiem"}']);
    // A decision's page shows nothing of the profile but its link.
    expect(changedBy(decisionPages, edit)).toEqual([]);
  });

  it('a movement’s name changes the report, the decision and the movement that show it', () => {
    const edit = (dir: string) => replaceIn(path.join(dir, MOVEMENT), 'name: "', 'name: "Đổi tên: ');
    expect(changedBy(reportPages, edit)).toHaveLength(1);
    expect(changedBy(movementPages, edit)).toHaveLength(1);
    expect(changedBy(decisionPages, edit).length).toBeGreaterThan(0);
  });

  it('a record’s name changes its decision and its award’s roll, not the other decisions', () => {
    const edit = (dir: string) =>
      editJson(path.join(dir, DECISION), (d) => {
        d.records[4].name = 'Bùi Văn Ân';
      });
    expect(changedBy(decisionPages, edit)).toEqual(['{"id":"ha-giang/2022/qd-thu-nghiem-1"}']);
    expect(changedBy(awardPages, edit)).toEqual(['{"id":"bang-khen-ubnd-tinh"}']);
  });

  it('a cluster’s leader changes the cluster’s page', () => {
    const edit = (dir: string) =>
      editJson(path.join(dir, CLUSTER), (c) => {
        const year = c.years[0];
        [year.leader, year.deputy] = [year.deputy ?? year.members[1], year.leader];
      });
    expect(changedBy(clusterPages, edit)).toEqual(['{"id":"cum-thu-nghiem"}']);
  });

  it('a local award’s name in the content folder changes every page that names it', () => {
    const awards = (dir: string) => path.join(dir, 'awards.json');
    const local = {
      id: 'ky-niem-chuong-thu-nghiem',
      name: 'Kỷ niệm chương Vì sự nghiệp thử nghiệm',
      category: 'ky-niem-chuong',
      level: 'bo-nganh-tinh',
      conferredBy: 'Chủ tịch UBND tỉnh',
      recipients: ['ca-nhan'],
      precedence: 900,
    };
    const withLocalAward = (dir: string) => {
      writeFileSync(awards(dir), JSON.stringify([local], null, 2));
      editJson(path.join(dir, DECISION), (d) => {
        d.records[4].award = local.id;
      });
    };
    const dir = fixture();
    withLocalAward(dir);
    const before = keys(decisionPages, siteOf(dir));
    editJson(awards(dir), (list) => {
      list[0].name = 'Kỷ niệm chương Vì sự nghiệp thử nghiệm mới';
    });
    const after = keys(decisionPages, siteOf(dir));
    expect(after.get('{"id":"ha-giang/2022/qd-thu-nghiem-1"}')).not.toBe(before.get('{"id":"ha-giang/2022/qd-thu-nghiem-1"}'));
  });

  it('a figure’s value changes the pages that show the figure', () => {
    const edit = (dir: string) =>
      editJson(path.join(dir, FIGURE), (f) => {
        f.values[0].value += 1;
      });
    expect(changedBy(reportPages, edit)).toHaveLength(1);
    expect(changedBy(provincePages, edit).length).toBeGreaterThan(0);
  });

  it('a report’s body changes its own page only; its title changes the lists and feeds too', () => {
    const body = (dir: string) => replaceIn(path.join(dir, REPORT), 'Các tỉnh thống nhất', 'Các tỉnh đã thống nhất');
    expect(changedBy(reportPages, body)).toHaveLength(1);
    expect(changedBy(allNewsPages, body)).toEqual([]);
    const title = (dir: string) => replaceIn(path.join(dir, REPORT), 'title: "Cụm biên giới', 'title: "Cụm các tỉnh biên giới');
    expect(changedBy(allNewsPages, title)).toHaveLength(1);
    expect(changedBy(newsByProvincePages, title).length).toBeGreaterThan(0);
    expect(changedBy(provinceFeedPages, title).length).toBeGreaterThan(0);
  });
});

describe('views in a folder of their own', () => {
  it('build from a content folder without any decision', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bang-vang-empty-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const site = siteOf(dir);
    expect(decisionPages(site)).toEqual([]);
    expect(homeView(site, undefined)).toMatchObject({ kind: 'site', reports: [], decisions: [] });
    // Every award still has its page, with nobody on it yet.
    expect(awardPages(site).every((p) => p.view.rows.length === 0)).toBe(true);
  });
});

describe('the site navigation', () => {
  it('links the portal last, only when the build is a portal', () => {
    const plain = siteNavigation(false);
    const portal = siteNavigation(true);
    expect(plain.map((l) => l.href)).not.toContain('/toan-quoc/');
    expect(portal.slice(0, -1)).toEqual(plain);
    expect(portal.at(-1)).toEqual({ href: '/toan-quoc/', text: 'Toàn quốc' });
  });
});

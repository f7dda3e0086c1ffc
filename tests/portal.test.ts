/**
 * The portal (docs/federation.md) without a browser: its list of members and the messages a
 * wrong one gets, the whole-name index's keys and shards, reading what a member publishes
 * (and nothing else), and the portal's view models. The browser test over built members is
 * tests/portal-browser.test.ts.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main as benchPortal } from '../scripts/bench-portal.ts';
import { memoryIO, run } from '../scripts/lib/cli.ts';
import { validateContent, type ValidatedContent } from '../src/lib/content/validate.ts';
import { downloadFiles, textOf } from '../src/lib/open-data/files.ts';
import { isPortal, portalMembers, resolveMembers } from '../src/lib/portal/config.ts';
import { parseFeed } from '../src/lib/portal/feed.ts';
import { loadPortal, readContextOf, type PortalData } from '../src/lib/portal/load.ts';
import { MEMBER_FILES, readMember, yearsFromIndex } from '../src/lib/portal/read.ts';
import {
  bundlesOf,
  isNameLookup,
  memberOfUrl,
  nameResults,
  portalParams,
  portalStateFromParams,
  rankNameResults,
  shardAddress,
  type MemberSearch,
  type PortalSearchSetup,
} from '../src/lib/portal/search.ts';
import { addressSource, folderSource, type MemberSource } from '../src/lib/portal/source.ts';
import { memberSummary } from '../src/lib/portal/summary.ts';
import { countRolls } from '../src/lib/rolls.ts';
import { prepareQuery } from '../src/lib/search/results.ts';
import { siteDataFromContent, type SiteData } from '../src/lib/site-data.ts';
import { staticPaths } from '../src/lib/views/pages.ts';
import { portalClustersView, portalHomeView, portalMemberPages, portalSearchView } from '../src/lib/views/portal.ts';
import { writeNameManifest, writeNameShards } from '../src/lib/search/name-index.ts';
import { NAME_INDEX_FOLDER, nameKey, shardFile, shardOf, type NameShard } from '../src/lib/search/names.ts';

const FIXTURE = path.resolve('tests/fixtures/content-small');
let content: ValidatedContent;
let site: SiteData;
let work: string;
const provinces = () => ({ has: (id: string) => content.provinces.get(id) !== undefined, ids: () => content.provinces.all.map((p) => p.id) });

/** A feed as a member's build writes it (src/lib/open-data/feeds.ts), for `items` of title, link, date, kind. */
function feed(channel: string, items: { title: string; link: string; date: string; kind: string; summary: string }[]): string {
  const item = (i: (typeof items)[number]) =>
    `<item><title>${i.title}</title><link>${i.link}</link><guid isPermaLink="true">${i.link}</guid><description>${i.summary}</description><pubDate>${new Date(i.date).toUTCString()}</pubDate><category>${i.kind}</category><category>Hà Giang</category></item>`;
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>Tin tức</title><description>x</description><link>${channel}</link><atom:link href="${channel}tin-tuc/rss.xml" rel="self" type="application/rss+xml"/>${items.map(item).join('')}</channel></rss>`;
}

/** A site's whole-name index in `<dir>/tim-ten/`, as its build writes it; the shard count. */
function writeNameIndex(content: ValidatedContent, dir: string, site: { name: string; province: string | null }): number {
  const folder = path.join(dir, NAME_INDEX_FOLDER);
  const { shards, records } = writeNameShards(content, folder);
  writeNameManifest(folder, { shards, records, site: site.name, province: site.province });
  return shards;
}

/** A member's built site reduced to what a portal reads, written from the fixture content by the site's own writers. */
function publishedMember(dir: string, options: { summary?: boolean; names?: boolean; siteUrl?: string } = {}): string {
  const siteUrl = options.siteUrl ?? 'https://ha-giang.example.gov.vn/';
  mkdirSync(path.join(dir, 'du-lieu'), { recursive: true });
  for (const file of downloadFiles(content, { site: new URL(siteUrl).origin, base: new URL(siteUrl).pathname })) {
    if (file.path === MEMBER_FILES.index) writeFileSync(path.join(dir, file.path), textOf(file));
  }
  mkdirSync(path.join(dir, 'tin-tuc'), { recursive: true });
  writeFileSync(
    path.join(dir, MEMBER_FILES.feed),
    feed(siteUrl, [{ title: 'Cụm biên giới tổng kết', link: `${siteUrl}tin-tuc/hoi-nghi/`, date: '2023-01-15T12:00:00Z', kind: 'tổng kết', summary: 'Tóm tắt.' }]),
  );
  mkdirSync(path.join(dir, 'pagefind', 'khen-thuong'), { recursive: true });
  writeFileSync(path.join(dir, MEMBER_FILES.siteBundle), JSON.stringify({ version: '1.6.0', languages: { vi: { hash: 'vi_1', wasm: null, page_count: 10 } } }));
  writeFileSync(path.join(dir, MEMBER_FILES.recordsBundle), JSON.stringify({ version: '1.6.0', languages: {} }));
  if (options.summary !== false) writeFileSync(path.join(dir, MEMBER_FILES.summary), JSON.stringify(memberSummary(content, siteUrl)));
  if (options.names !== false) writeNameIndex(content, dir, { name: 'Hà Giang', province: 'ha-giang' });
  return dir;
}

beforeAll(() => {
  const checked = validateContent(FIXTURE);
  expect(checked.problems).toEqual([]);
  content = checked.content;
  site = siteDataFromContent(content);
  work = mkdtempSync(path.join(tmpdir(), 'bang-vang-portal-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the whole-name index a member publishes (keys and hashes: tests/search.test.ts)', () => {
  it('the site’s writer puts every record in the shard its key hashes to, and the manifest names the count', () => {
    const dir = path.join(work, 'names');
    const shards = writeNameIndex(content, dir, { name: 'Hà Giang', province: 'ha-giang' });
    const manifest = JSON.parse(readFileSync(path.join(dir, 'tim-ten', 'manifest.json'), 'utf8'));
    const records = content.decisions.reduce((n, d) => n + d.data.records.length, 0);
    expect(manifest).toEqual({ version: 1, shards, records, site: 'Hà Giang', province: 'ha-giang' });
    expect(readdirSync(path.join(dir, 'tim-ten')).length).toBe(shards + 1);
    for (const decision of content.decisions) {
      for (const record of decision.data.records) {
        const key = nameKey(record.name);
        const shard = JSON.parse(readFileSync(path.join(dir, 'tim-ten', shardFile(shardOf(key, shards), shards)), 'utf8')) as NameShard;
        expect(shard.names[key]).toContainEqual(expect.arrayContaining([record.name, `quyet-dinh/${decision.id}/`, `stt-${record.stt}`]));
      }
    }
  });
});

describe('the list of members', () => {
  it('takes the province as id and resolves a folder from the file that lists it', () => {
    const { members, problems } = resolveMembers(
      [{ name: 'Hà Giang', province: 'ha-giang', address: '/ha-giang/', folder: 'built/ha-giang' }],
      'portal.json',
      '/srv/portal',
      provinces(),
    );
    expect(problems).toEqual([]);
    expect(members).toEqual([{ id: 'ha-giang', name: 'Hà Giang', province: 'ha-giang', address: '/ha-giang/', folder: '/srv/portal/built/ha-giang' }]);
  });

  it('names the file, the member and the field of every problem, in Vietnamese', () => {
    const { members, problems } = resolveMembers(
      [
        { name: 'Tuyên Quang', province: 'tuyen-quan', address: 'https://tq.example.gov.vn/' },
        { name: 'Hà Giang', province: 'ha-giang', address: 'ha-giang' },
        { name: 'Hà Giang', province: 'ha-giang', address: '/ha-giang/' },
        { name: 'Hà Giang 2', province: 'ha-giang', address: '/hg2/' },
        { name: 'Tìm', id: 'tim-kiem', province: 'ha-giang', address: '/tim/' },
        { province: 'ha-giang', address: '/x/', extra: 1 },
      ],
      'portal.json',
      '/srv',
      provinces(),
    );
    expect(problems.map((p) => `${p.file}: ${p.field}: ${p.message}`)).toEqual([
      'portal.json: members[0].province: không có tỉnh, thành phố nào mã "tuyen-quan". Có phải "tuyen-quang"?',
      'portal.json: members[1].address: phải là địa chỉ đầy đủ kết thúc bằng "/", như "https://thiduakhenthuong.tuyenquang.gov.vn/", hoặc một thư mục trên cùng máy chủ với cổng, như "/tuyen-quang/"',
      'portal.json: members[3].province: mã thành viên "ha-giang" đã dùng cho members[2]; đặt "id" khác nhau cho hai thành viên',
      'portal.json: members[4].id: "tim-kiem" là tên một trang của cổng (/toan-quoc/tim-kiem/), hãy đặt mã khác cho thành viên này',
      'portal.json: members[5].name: thiếu, cần điền',
      'portal.json: members[5]: có trường không thuộc mẫu: extra',
    ]);
    expect(members.map((m) => m.id)).toEqual(['ha-giang']);
  });

  it('reads PORTAL_MEMBERS, and says when the file is missing or is not JSON', () => {
    const file = path.join(work, 'members.json');
    writeFileSync(file, JSON.stringify({ members: [{ name: 'Hà Giang', province: 'ha-giang', address: '/ha-giang/', folder: 'hg' }] }));
    const read = portalMembers(provinces(), [], { PORTAL_MEMBERS: file });
    expect(read.problems).toEqual([]);
    expect(read.members[0]!.folder).toBe(path.join(work, 'hg'));
    const missing = portalMembers(provinces(), [], { PORTAL_MEMBERS: path.join(work, 'none.json') });
    expect(missing.problems[0]!.message).toBe(`không có tệp "${path.join(work, 'none.json')}" (đường dẫn tính từ thư mục ${process.cwd()})`);
    writeFileSync(file, '{ "members": [ ');
    expect(portalMembers(provinces(), [], { PORTAL_MEMBERS: file }).problems[0]!.message).toMatch(/^không đọc được JSON: /);
    writeFileSync(file, JSON.stringify([{ name: 'x' }]));
    expect(portalMembers(provinces(), [], { PORTAL_MEMBERS: file }).problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      '(cả tệp): phải là một nhóm trường { … }, đang là một danh sách',
    ]);
  });

  it('is a portal only with members or PORTAL_MEMBERS: a province site has no portal pages', () => {
    expect(isPortal([], {})).toBe(false);
    expect(isPortal(undefined, { PORTAL_MEMBERS: '' })).toBe(false);
    expect(isPortal([{}], {})).toBe(true);
    expect(isPortal([], { PORTAL_MEMBERS: 'members.json' })).toBe(true);
  });
});

describe('reading a member', () => {
  it('reads only the files a member publishes for portals, never its pages or its rolls', async () => {
    const dir = publishedMember(path.join(work, 'member-full'));
    const asked: string[] = [];
    const spy: MemberSource = { where: (f) => f, read: (f) => (asked.push(f), folderSource(dir).read(f)) };
    const data = await readMember({ id: 'ha-giang', name: 'Hà Giang', province: 'ha-giang', address: '/ha-giang/' }, spy, readContextOf(content));
    expect(asked.sort()).toEqual(Object.values(MEMBER_FILES).sort());
    expect(data.problems).toEqual([]);
    expect(data.missing).toEqual([]);
    expect(data.available).toBe(true);
    expect(data.decisionCount).toBe(content.decisions.length);
    expect(data.recordCount).toBe(content.decisions.reduce((n, d) => n + d.data.records.length, 0));
    expect(data.hasKinds).toBe(true);
    expect(data.search).toEqual({ site: true, records: false });
    expect(data.nameIndex?.records).toBe(data.recordCount);
    // The feed's links move onto the member's configured address.
    expect(data.news).toEqual([{ title: 'Cụm biên giới tổng kết', link: '/ha-giang/tin-tuc/hoi-nghi/', date: '2023-01-15', kind: 'tổng kết', summary: 'Tóm tắt.' }]);
    // The counts are those of the member's own province pages.
    const rolls = content.decisions.map((decision) => ({ decision, records: decision.data.records }));
    expect(data.years).toEqual(countRolls(rolls, (id) => content.awards.get(id)?.level).map(({ year, decisions, records, byLevel, byKind }) => ({ year, decisions, records, byLevel, byKind })));
  });

  it('without a summary, counts by year and level from the index, and says what is not published', async () => {
    const dir = publishedMember(path.join(work, 'member-bare'), { summary: false, names: false });
    const data = await readMember({ id: 'hg', name: 'Hà Giang', province: 'ha-giang', address: '/hg/' }, folderSource(dir), readContextOf(content));
    expect(data.missing).toEqual(['du-lieu/tong-hop.json', 'tim-ten/manifest.json']);
    expect(data.hasKinds).toBe(false);
    expect(data.nameIndex).toBeUndefined();
    const total = data.years.reduce((n, y) => n + y.records, 0);
    expect(total).toBe(data.recordCount);
    expect(data.years.every((y) => Object.keys(y.byKind).length === 0)).toBe(true);
  });

  it('a member whose index is wrong or unreachable is listed with the reason, not summarised', async () => {
    const dir = path.join(work, 'member-bad');
    mkdirSync(path.join(dir, 'du-lieu'), { recursive: true });
    writeFileSync(path.join(dir, MEMBER_FILES.index), JSON.stringify({ version: 2, decisionCount: 0, recordCount: 0, decisions: [] }));
    const bad = await readMember({ id: 'x', name: 'X', province: 'ha-giang', address: '/x/' }, folderSource(dir), readContextOf(content));
    expect(bad.available).toBe(false);
    expect(bad.problems).toEqual([`${path.join(dir, MEMBER_FILES.index)}: version: phiên bản dữ liệu mở phải là 1`]);
    const down = addressSource('https://down.example.gov.vn/thi-dua/', async () => new Response('', { status: 503 }));
    const unreachable = await readMember({ id: 'y', name: 'Y', province: 'ha-giang', address: 'https://down.example.gov.vn/thi-dua/' }, down, readContextOf(content));
    expect(unreachable.available).toBe(false);
    expect(unreachable.problems).toContain('https://down.example.gov.vn/thi-dua/du-lieu/quyet-dinh.json: máy chủ trả lời 503');
  });

  it('reads a member over the network from its address, and one member down leaves the others read', async () => {
    const dir = publishedMember(path.join(work, 'member-remote'));
    const fetcher = (async (input: RequestInfo | URL) => {
      const url = new URL(String(input));
      if (url.hostname === 'down.example.gov.vn') throw new TypeError('fetch failed');
      const local = await folderSource(dir).read(url.pathname.replace(/^\/thi-dua\//, ''));
      return local.ok ? new Response(local.text) : new Response('', { status: 404 });
    }) as typeof fetch;
    const portal = await loadPortal(
      [
        { id: 'ha-giang', name: 'Hà Giang', province: 'ha-giang', address: 'https://hg.example.gov.vn/thi-dua/' },
        { id: 'tuyen-quang', name: 'Tuyên Quang', province: 'tuyen-quang', address: 'https://down.example.gov.vn/' },
      ],
      readContextOf(content),
      { site: 'https://portal.example.gov.vn/', fetcher },
    );
    expect(portal.members.map((m) => m.available)).toEqual([true, false]);
    expect(portal.members[1]!.problems[0]).toBe('https://down.example.gov.vn/du-lieu/quyet-dinh.json: không kết nối được (fetch failed)');
  });

  it('counts from the index alone go by the decision’s award level', () => {
    const years = yearsFromIndex(
      [
        { id: 'a', number: '1', date: '2024-01-02', issuer: 'x', award: 'bang-khen-ubnd-tinh', awardName: 'x', province: 'ha-giang', provinceName: 'Hà Giang', sample: false, recordCount: 5 },
        { id: 'b', number: '2', date: '2024-03-02', issuer: 'x', award: 'giay-khen', awardName: 'x', province: 'ha-giang', provinceName: 'Hà Giang', sample: false, recordCount: 2 },
        { id: 'c', number: '3', date: '2023-03-02', issuer: 'x', award: 'khong-co', awardName: 'x', province: 'ha-giang', provinceName: 'Hà Giang', sample: false, recordCount: 1 },
      ],
      readContextOf(content).levelOf,
    );
    expect(years).toEqual([
      { year: 2024, decisions: 2, records: 7, byLevel: { 'bo-nganh-tinh': 5, 'co-so': 2 }, byKind: {} },
      { year: 2023, decisions: 1, records: 1, byLevel: {}, byKind: {} },
    ]);
  });

  it('reads a feed’s items, and leaves out one without a title or a web link', () => {
    const xml = feed('https://x.gov.vn/', [{ title: 'Tin', link: 'https://x.gov.vn/tin-tuc/a/', date: '2024-12-31T20:00:00Z', kind: 'tổng kết', summary: 'S' }]).replace(
      '</channel>',
      '<item><title>Không link</title><link>javascript:alert(1)</link></item></channel>',
    );
    const { channel, items, skipped } = parseFeed(xml);
    expect(channel).toBe('https://x.gov.vn/');
    // 20:00 UTC on 31/12 is already 1/1 in Vietnam.
    expect(items).toEqual([{ title: 'Tin', link: 'https://x.gov.vn/tin-tuc/a/', date: '2025-01-01', kind: 'tổng kết', summary: 'S' }]);
    expect(skipped).toBe(1);
  });
});

describe('the portal’s pages', () => {
  let portal: PortalData;
  beforeAll(async () => {
    const full = publishedMember(path.join(work, 'view-full'));
    const bare = publishedMember(path.join(work, 'view-bare'), { summary: false, names: false });
    portal = await loadPortal(
      [
        { id: 'ha-giang', name: 'Hà Giang', province: 'ha-giang', address: '/ha-giang/', folder: full },
        { id: 'tuyen-quang', name: 'Tuyên Quang', province: 'tuyen-quang', address: 'https://tq.example.gov.vn/thi-dua/', folder: bare },
        { id: 'cao-bang', name: 'Cao Bằng', province: 'cao-bang', address: '/cao-bang/', folder: path.join(work, 'nothing') },
      ],
      readContextOf(content),
      { site: 'https://portal.example.gov.vn/' },
    );
  });

  it('the home lists every member, with the ones that could not be read, and adds up their counts', () => {
    const view = portalHomeView(portal, site);
    const records = content.decisions.reduce((n, d) => n + d.data.records.length, 0);
    expect(view.members.map((m) => [m.link.href, m.site.href, m.records, m.unavailable])).toEqual([
      ['/toan-quoc/ha-giang/', '/ha-giang/', String(records), undefined],
      ['/toan-quoc/tuyen-quang/', 'https://tq.example.gov.vn/thi-dua/', String(records), undefined],
      ['/toan-quoc/cao-bang/', '/cao-bang/', '', 'Chưa đọc được dữ liệu của trang này.'],
    ]);
    expect(view.totals.records).toBe(String(2 * records));
    expect(view.totals.members).toBe('2/3 trang thành viên đọc được dữ liệu.');
    expect(view.counts.rows.reduce((n, r) => n + Number(r.records.replace(/\./g, '')), 0)).toBe(2 * records);
    // Tuyên Quang publishes no summary: its records are in the counts by kind of no one.
    expect(view.counts.kindsNote).toBe('Số theo đối tượng chưa tính Tuyên Quang: các trang này chưa công bố tệp tổng hợp (du-lieu/tong-hop.json).');
    expect(view.counts.charts.map((c) => c.id)).toEqual(['bieu-do-nam', 'bieu-do-cap', 'bieu-do-doi-tuong']);
  });

  it('a member’s page links to its own decisions and news, and keys change with what it shows', () => {
    const pages = portalMemberPages(portal, site);
    const hg = pages[0]!.view;
    expect(pages.map((p) => p.params.member)).toEqual(['ha-giang', 'tuyen-quang', 'cao-bang']);
    // Newest first, as on the member's own pages.
    expect(hg.decisions.map((d) => d.href)).toEqual(site.decisions.map((d) => `/ha-giang/quyet-dinh/${d.id}/`));
    expect(hg.news[0]!.href).toBe('/ha-giang/tin-tuc/hoi-nghi/');
    expect(pages[1]!.view.decisions[0]!.href.startsWith('https://tq.example.gov.vn/thi-dua/quyet-dinh/')).toBe(true);
    expect(pages[1]!.view.counts.kindsNote).toBe('Số theo đối tượng (cá nhân, tập thể, hộ gia đình) chưa có: các trang thành viên chưa công bố tệp tổng hợp (du-lieu/tong-hop.json).');
    expect(pages[2]!.view.problems).toEqual([`${path.join(work, 'nothing', 'du-lieu/quyet-dinh.json')}: không có tệp này`]);
    const [a, b] = staticPaths(pages);
    expect(a!.cacheKey).not.toBe(b!.cacheKey);
  });

  it('the clusters’ table has each cluster of provinces once per year, with every member that publishes it', () => {
    const view = portalClustersView(portal);
    const clusters = content.clusters.filter((c) => c.data.memberKind === 'tinh');
    expect(view.rows.length).toBe(clusters.reduce((n, c) => n + c.data.years.length, 0));
    expect(view.rows.every((r) => r.publishedBy === 'Hà Giang' && !r.differs)).toBe(true);
    expect(view.notPublishing).toEqual(['Tuyên Quang']);
  });

  it('the clusters’ table flags a year two members publish differently', async () => {
    const other = path.join(work, 'view-other');
    publishedMember(other);
    const summary = JSON.parse(readFileSync(path.join(other, MEMBER_FILES.summary), 'utf8'));
    const year = summary.clusters.find((c: { memberKind: string }) => c.memberKind === 'tinh').years[0];
    year.rows[0].governmentFlag = !year.rows[0].governmentFlag;
    writeFileSync(path.join(other, MEMBER_FILES.summary), JSON.stringify(summary));
    const two = await loadPortal(
      [portal.members[0]!.member, { id: 'b', name: 'B', province: 'ha-giang', address: '/b/', folder: other }],
      readContextOf(content),
      { site: 'https://portal.example.gov.vn/' },
    );
    const rows = portalClustersView(two).rows;
    expect(rows.filter((r) => r.differs).length).toBe(1);
    expect(rows.every((r) => r.publishedBy === 'Hà Giang, B')).toBe(true);
  });

  it('the search page knows each member’s shards and bundles, and lets the page fetch from members on other hosts', () => {
    const view = portalSearchView(portal, site, 'https://portal.example.gov.vn/');
    const setup = JSON.parse(view.setup) as PortalSearchSetup;
    expect(setup.members.map((m) => [m.id, m.shards, m.pagefind])).toEqual([
      ['ha-giang', portal.members[0]!.nameIndex!.shards, { site: true, records: false }],
      ['tuyen-quang', undefined, { site: true, records: false }],
    ]);
    expect(view.connectOrigins).toEqual(['https://tq.example.gov.vn']);
    expect(view.withoutNames).toEqual(['Tuyên Quang']);
    expect(view.members).toEqual([
      { value: 'ha-giang', label: 'Hà Giang' },
      { value: 'tuyen-quang', label: 'Tuyên Quang' },
    ]);
    expect(view.filters.find((f) => f.key === 'nam')!.options.map((o) => o.value)).toEqual([...new Set(content.decisions.map((d) => String(d.data.date.year)))].sort().reverse());
  });
});

describe('the portal’s search, without the browser', () => {
  const members: MemberSearch[] = [
    { id: 'ha-giang', name: 'Hà Giang', address: '/ha-giang/', shards: 4, pagefind: { site: true, records: true } },
    { id: 'tq', name: 'Tuyên Quang', address: 'https://tq.example.gov.vn/thi-dua/', pagefind: { site: true, records: false } },
  ];
  const base = 'https://portal.example.gov.vn/toan-quoc/tim-kiem/';

  it('keeps the member and the search by words in the address', () => {
    const state = portalStateFromParams(new URLSearchParams('q=Đặng%20Văn&thanh-vien=tq&theo=tu&nam=2024'));
    expect(state).toEqual({ q: 'Đặng Văn', nam: '2024', member: 'tq', words: true });
    expect(portalParams(state).toString()).toBe('q=%C4%90%E1%BA%B7ng+V%C4%83n&nam=2024&thanh-vien=tq&theo=tu');
  });

  it('looks up a whole name only without filters other than the member', () => {
    expect(isNameLookup({ q: 'Đặng Văn Đức' }, prepareQuery('Đặng Văn Đức'))).toBe(true);
    expect(isNameLookup({ q: 'Đặng Văn Đức', member: 'tq' }, prepareQuery('Đặng Văn Đức'))).toBe(true);
    expect(isNameLookup({ q: 'Đặng Văn Đức', nam: '2024' }, prepareQuery('Đặng Văn Đức'))).toBe(false);
    expect(isNameLookup({ q: 'Đặng Văn Đức', words: true }, prepareQuery('Đặng Văn Đức'))).toBe(false);
    expect(isNameLookup({ q: 'Đặng' }, prepareQuery('Đặng'))).toBe(false);
  });

  it('fetches the one shard of the name from each member that has a name index', () => {
    const key = nameKey('Đặng Văn Đức');
    expect(shardAddress(members[0]!, key, base)).toBe(`https://portal.example.gov.vn/ha-giang/tim-ten/${shardOf(key, 4)}.json`);
    expect(shardAddress(members[1]!, key, base)).toBeUndefined();
  });

  it('turns a shard’s entries into results linking to the member’s record, spelt as typed first', () => {
    const shard: NameShard = {
      version: 1,
      names: {
        'dang van duc': [
          ['Đặng Văn Dức', 'quyet-dinh/ha-giang/2022/qd-1/', 'stt-3', 'Bằng khen', '1/QĐ-UBND', '5/1/2022', 'Hà Giang'],
          ['Đặng Văn Đức', 'quyet-dinh/ha-giang/2023/qd-2/', 'stt-7', 'Giấy khen', '2/QĐ-UBND', '6/1/2023', 'Hà Giang'],
        ],
      },
    };
    const results = rankNameResults(nameResults(members[0]!, shard, prepareQuery('Đặng Văn Đức'), 'Khen thưởng', base, 0));
    expect(results.map((r) => [r.title, r.url, r.member, r.decision])).toEqual([
      ['Đặng Văn Đức', 'https://portal.example.gov.vn/ha-giang/quyet-dinh/ha-giang/2023/qd-2/#stt-7', 'Hà Giang', '2/QĐ-UBND'],
      ['Đặng Văn Dức', 'https://portal.example.gov.vn/ha-giang/quyet-dinh/ha-giang/2022/qd-1/#stt-3', 'Hà Giang', '1/QĐ-UBND'],
    ]);
    expect(nameResults(members[0]!, shard, prepareQuery('dang van duc'), 'Khen thưởng', base, 0).length).toBe(2);
    expect(nameResults(members[0]!, shard, prepareQuery('Đặng Văn'), 'Khen thưởng', base, 0)).toEqual([]);
    // A key that is a property of every object, and a shard of another version, hold no one.
    expect(nameResults(members[0]!, shard, prepareQuery('constructor'), 'Khen thưởng', base, 0)).toEqual([]);
    expect(nameResults(members[0]!, { ...shard, version: 2 } as unknown as NameShard, prepareQuery('Đặng Văn Đức'), 'Khen thưởng', base, 0)).toEqual([]);
  });

  it('merges each member’s bundles with its name as a filter, and tells results’ members by address', () => {
    expect(bundlesOf(members, base)).toEqual([
      { path: 'https://portal.example.gov.vn/ha-giang/pagefind/', options: { baseUrl: '/ha-giang/', mergeFilter: { thanh_vien: 'Hà Giang' } } },
      { path: 'https://portal.example.gov.vn/ha-giang/pagefind/khen-thuong/', options: { baseUrl: '/ha-giang/', mergeFilter: { thanh_vien: 'Hà Giang' } } },
      { path: 'https://tq.example.gov.vn/thi-dua/pagefind/', options: { baseUrl: 'https://tq.example.gov.vn/thi-dua/', mergeFilter: { thanh_vien: 'Tuyên Quang' } } },
    ]);
    expect(memberOfUrl(members, '/ha-giang/quyet-dinh/x/#stt-1', base)?.id).toBe('ha-giang');
    expect(memberOfUrl(members, 'https://tq.example.gov.vn/thi-dua/tin-tuc/a/', base)?.id).toBe('tq');
    expect(memberOfUrl(members, '/tin-tuc/a/', base)).toBeUndefined();
  });
});

describe('the summary a member publishes', () => {
  it('counts every record by year, level and kind, and carries its clusters’ results', () => {
    const summary = memberSummary(content, 'https://x.gov.vn/');
    expect(summary.recordCount).toBe(content.decisions.reduce((n, d) => n + d.data.records.length, 0));
    const byKind = summary.years.reduce((n, y) => n + Object.values(y.byKind).reduce((a, b) => a + b!, 0), 0);
    expect(byKind).toBe(summary.recordCount);
    expect(summary.clusters.map((c) => c.id)).toEqual(content.clusters.map((c) => c.id));
    const cluster = content.clusters[0]!.data;
    const published = summary.clusters[0]!;
    expect(published.years.map((y) => y.year)).toEqual(cluster.years.map((y) => y.year).sort((a, b) => b - a));
    const leader = cluster.years[0]!.leader;
    if (leader) expect(published.years.find((y) => y.year === cluster.years[0]!.year)!.rows.find((r) => r.role === 'leader')!.member).toBe(leader);
  });
});

describe('what a member and the templates must carry for a portal', () => {
  it('the example list of members of the CI templates is a valid list', () => {
    const read = portalMembers(provinces(), [], { PORTAL_MEMBERS: 'deploy/federation/members.json' });
    expect(read.problems).toEqual([]);
    expect(read.members.map((m) => m.id)).toEqual(['tuyen-quang', 'nghe-an', 'quang-ninh']);
  });

  it('a member’s headers let a portal on another host read its search and name indexes (_headers and nginx)', () => {
    const headers = readFileSync('public/_headers', 'utf8');
    for (const folder of ['pagefind', 'tim-ten']) {
      expect(headers).toMatch(new RegExp(`^/${folder}/\\*\\n  Access-Control-Allow-Origin: \\*$`, 'm'));
    }
    const nginx = readFileSync('docs/deploy/nginx.conf', 'utf8');
    const block = /location ~ \^\/\(pagefind\|tim-ten\)\/ \{([^}]*)\}/.exec(nginx)?.[1] ?? '';
    expect(block).toContain('add_header Access-Control-Allow-Origin "*" always;');
  });
});

describe('npm run bench:portal', () => {
  it('refuses wrong options before building anything, with the usage', async () => {
    const io = memoryIO();
    expect(await run(benchPortal, ['--records', 'nhiều'], io)).toBe(2);
    expect(io.stderr.join('\n')).toBe('--records phải là các số nguyên từ 5 trở lên, cách nhau bằng dấu phẩy, đang là "nhiều".');
    const many = memoryIO();
    expect(await run(benchPortal, ['--members', '3,40'], many)).toBe(2);
    expect(many.stderr.join('\n')).toBe('--members: cổng mô phỏng có nhiều nhất 34 trang thành viên (các tỉnh, thành phố hiện nay).');
    const help = memoryIO();
    expect(await run(benchPortal, ['--help'], help)).toBe(0);
    expect(help.stdout.join('\n')).toMatch(/^Cách dùng: npm run bench:portal/);
  });
});


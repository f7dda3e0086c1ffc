/**
 * Search without Pagefind: what the index is built from (src/lib/search/documents.ts), the
 * folding of đ, the filter values, and the search page's logic (src/lib/search/results.ts).
 * The browser tests (search-browser.test.ts) run the real index.
 */
import { linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../src/lib/content/validate.ts';
import { escapeHtml } from '../src/lib/html.ts';
import { buildSearchDocuments, mdxPlainText, rebase, searchFilterOptions, type SearchDocuments } from '../src/lib/search/documents.ts';
import { FILTER_KEYS, META, RECORD_SEPARATOR, RECORDS_BUNDLE } from '../src/lib/search/model.ts';
import { metadataAddresses } from '../src/lib/search/preload.ts';
import {
  entriesOf,
  fill,
  hasExactName,
  looksLikeName,
  nameIndexAnswers,
  nameResults,
  pagefindFilters,
  paramsFromState,
  prepareQuery,
  rankEntries,
  stateFromParams,
  type NameLookupSetup,
  type PagefindData,
  type ResultEntry,
} from '../src/lib/search/results.ts';
import { buildNameIndex, writeNameManifest, writeNameShards } from '../src/lib/search/name-index.ts';
import {
  entriesFor,
  fnv1a,
  nameKey,
  plainNameKey,
  nameShardCount,
  RECORDS_PER_SHARD,
  shardAddress,
  shardFile,
  shardOf,
  type NameEntry,
} from '../src/lib/search/names.ts';
import { recordAnchor } from '../src/lib/rolls.ts';
import { generateDataset } from '../scripts/lib/dataset/index.ts';
import { dFoldedWords, everyTermIn, foldedTerms, foldQuery, markedTerms, nameToken, nameWord, withFoldedWords } from '../src/lib/search/text.ts';
import { foldDiacritics } from '../src/lib/text.ts';

const demo = validateContent(path.resolve('src/content'));
/** Addresses in the index start at the site's root: Pagefind adds the base path it is served from. */
const BASE = '/';

describe('folding đ for the index', () => {
  it('folds the words that hold đ or Đ, once each, keeping their punctuation for Pagefind to strip', () => {
    expect(dFoldedWords('Đặng Văn Đức, xã Đông Hưng, ĐỨC')).toEqual(['Dang', 'Duc,', 'Dong']);
    expect(dFoldedWords('Quảng Ninh thi đua')).toEqual(['dua']);
    expect(dFoldedWords('Nguyễn Thị Lan')).toEqual([]);
  });

  it('reads combining marks (NFD) and the look-alike Ð the same as composed text', () => {
    expect(dFoldedWords('Đặng'.normalize('NFD'))).toEqual(['Dang']);
    expect(dFoldedWords('\u00D0\u1EB7ng')).toEqual(['Dang']);
  });

  it('appends the folded words to the original text, and those of extra fields', () => {
    expect(withFoldedWords('Đà Nẵng')).toBe('Đà Nẵng Da');
    expect(withFoldedWords('Tin', ['Điện Biên'])).toBe('Tin Dien');
    expect(withFoldedWords('Hà Nội')).toBe('Hà Nội');
  });

  it('makes a name one word, and reads queries folded', () => {
    expect(nameToken('Đặng Văn Đức')).toBe('dangvanduc');
    expect(nameToken('  đặng  văn đức ')).toBe('dangvanduc');
    expect(nameToken('Hộ ông Giàng Mí Đa')).toBe('hoonggiangmida');
    // In the index, after "_": apart from every real word, out of reach of ordinary queries.
    expect(nameWord('Đặng Văn Đức')).toBe('_dangvanduc');
    expect(foldQuery('  Đà   Nẵng ')).toBe('da nang');
    expect(foldedTerms('12/QĐ-UBND Điện Biên')).toEqual(['12', 'qd', 'ubnd', 'dien', 'bien']);
    expect(markedTerms('Đặng Văn')).toEqual(['đặng', 'văn']);
    expect(everyTermIn(['dang', 'v'], ['dang', 'van'])).toBe(true);
    expect(everyTermIn(['dang', 'x'], ['dang', 'van'])).toBe(false);
  });
});

describe('the documents of the index', () => {
  const docs: SearchDocuments = buildSearchDocuments(demo.content, { recordsPerPage: 4 });
  const { content } = demo;

  /** Every record page as {url, meta, filters, records: [{id, name, line, extra}]}. */
  const pages = docs.recordPages.map((page) => {
    const attr = (re: RegExp) => [...page.content.matchAll(re)].map((m) => [m[1]!, m[2]!.replace(/&quot;/g, '"').replace(/&amp;/g, '&')] as const);
    const records = [...page.content.matchAll(/<p id="([^"]+)" data-pagefind-title="([^"]*)">([^<]*)<\/p><p>([^<]*)<\/p>/g)].map((m) => ({
      id: m[1]!,
      name: m[2]!,
      line: m[3]!,
      extra: m[4]!,
    }));
    const filters: Record<string, string[]> = {};
    for (const [k, v] of attr(/<meta data-pagefind-filter="([^"[]+)\[content\]" content="([^"]*)">/g)) (filters[k] ??= []).push(v);
    return { url: page.url, meta: Object.fromEntries(attr(/<meta data-pagefind-meta="([^"[]+)\[content\]" content="([^"]*)">/g)), filters, records };
  });

  it('holds every record once, in pages of at most recordsPerPage, at its decision page anchor', () => {
    const total = content.decisions.reduce((n, d) => n + d.data.records.length, 0);
    expect(docs.records).toBe(total);
    const seen = new Set<string>();
    for (const page of pages) {
      expect(page.records.length).toBeGreaterThan(0);
      expect(page.records.length).toBeLessThanOrEqual(4);
      expect(page.url).toMatch(new RegExp(`^${BASE}quyet-dinh/.+/#stt-\\d+$`));
      const decisionUrl = page.url.replace(/#.*$/, '');
      for (const r of page.records) {
        expect(r.id).toMatch(/^stt-\d+$/);
        const key = `${decisionUrl}#${r.id}`;
        expect(seen.has(key), key).toBe(false);
        seen.add(key);
      }
    }
    expect(seen.size).toBe(total);
  });

  it("shows a record as its name, position and unit; the name is the anchor's title", () => {
    const record = pages.flatMap((p) => p.records).find((r) => r.name === 'Đặng Thị Hường');
    expect(record).toBeDefined();
    expect(record!.line.startsWith(`Đặng Thị Hường${RECORD_SEPARATOR}`)).toBe(true);
    // The folded đ-words, and the name as one word, follow the record.
    expect(record!.extra.split(' ')).toEqual(expect.arrayContaining(['Dang', 'Dong', '_dangthihuong']));
    expect(record!.extra.split(' ')).not.toContain('Huong');
  });

  it('gives a record of Hà Giang the filter "Tuyên Quang" (the unit now) and shows "Hà Giang"', () => {
    const haGiang = pages.filter((p) => p.url.includes('/quyet-dinh/ha-giang/'));
    expect(haGiang.length).toBeGreaterThan(0);
    for (const page of haGiang) {
      expect(page.filters.tinh).toEqual(['Tuyên Quang']);
      expect(page.meta[META.province]).toBe('Hà Giang');
      expect(page.filters.loai).toEqual(['Khen thưởng']);
    }
    const province = docs.items.find((i) => i.url === `${BASE}tinh-thanh/ha-giang/`)!;
    expect(province.filters.tinh).toEqual(['Tuyên Quang']);
    expect(province.meta.title).toMatch(/^Hà Giang \(đến /);
  });

  it('puts in one page only records that share the decision, province, award and class', () => {
    for (const page of pages) {
      const decisionId = page.url.replace(`${BASE}quyet-dinh/`, '').replace(/\/#.*$/, '');
      const decision = content.decisions.find((d) => d.id === decisionId)!;
      expect(decision, decisionId).toBeDefined();
      expect(page.meta[META.decision]).toBe(decision.data.number);
      expect(page.filters.nam).toEqual([String(decision.data.date.year)]);
      expect(page.filters['khen-thuong']).toHaveLength(1);
      expect(page.filters.cap).toHaveLength(1);
      expect(page.meta[META.award]?.startsWith(page.filters['khen-thuong']![0]!)).toBe(true);
    }
  });

  it('indexes one entry per published report, movement, decision, cluster, province and profile', () => {
    const count = (prefix: string) => docs.items.filter((i) => i.url.startsWith(`${BASE}${prefix}`)).length;
    expect(count('tin-tuc/')).toBe(content.reports.filter((r) => !r.data.draft).length);
    expect(count('phong-trao/')).toBe(content.movements.length);
    expect(count('quyet-dinh/')).toBe(content.decisions.length);
    expect(count('cum-khoi-thi-dua/')).toBe(content.clusters.length);
    expect(count('tinh-thanh/')).toBe(content.provinces.all.length);
    expect(count('guong-dien-hinh/')).toBe(content.honorees.length);
    for (const item of docs.items) {
      expect(item.meta.title, item.url).toBeTruthy();
      expect(item.meta.loai, item.url).toBe(item.filters.loai![0]);
      expect(item.language).toBe('vi');
    }
  });

  it('leaves drafts out', () => {
    const report = content.reports[0]!;
    const draft = { ...report, id: 'ban-nhap', data: { ...report.data, draft: true, title: 'Bản nháp chưa đăng' } };
    const withDraft = buildSearchDocuments({ ...content, reports: [...content.reports, draft] });
    expect(withDraft.items.some((i) => i.url.includes('ban-nhap'))).toBe(false);
  });

  it('holds, for every word with đ anywhere in a page (text or metadata), its folded form', () => {
    // Pagefind ignores case and the punctuation around a word.
    const bare = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
    const check = (where: string, text: string, indexed: string) => {
      const words = new Set(indexed.split(/\s+/).map(bare));
      for (const word of text.split(/\s+/).filter((w) => /[đĐ]/.test(w))) {
        expect(words.has(bare(foldDiacritics(word))), `${where}: "${word}"`).toBe(true);
      }
    };
    for (const item of docs.items) check(item.url, `${item.content} ${Object.values(item.meta).join(' ')}`, item.content);
    for (const page of docs.recordPages) {
      const text = page.content.replace(/<[^>]*content="([^"]*)"[^>]*>/g, ' $1 ').replace(/<[^>]+>/g, ' ');
      check(page.url, text, text);
    }
  });

  it('gives a title with đ a folded twin, so "da nang" ranks Đà Nẵng first', () => {
    const daNang = docs.items.find((i) => i.url === `${BASE}tinh-thanh/da-nang/`)!;
    expect(daNang.meta[META.foldedTitle]).toBe('Da Nang');
    const haNoi = docs.items.find((i) => i.url === `${BASE}tinh-thanh/ha-noi/`)!;
    expect(haNoi.meta[META.foldedTitle]).toBeUndefined();
  });

  it('lists the values of each filter that the index holds, in order; the page computes the same without the index', () => {
    expect(searchFilterOptions(content)).toEqual(docs.filterOptions);
    const o = docs.filterOptions;
    expect(o.loai.map((x) => x.value)).toEqual(['tin-tuc', 'phong-trao', 'quyet-dinh', 'khen-thuong', 'cum-khoi', 'tinh-thanh', 'guong-dien-hinh']);
    // Current units only: Hà Giang is under Tuyên Quang.
    expect(o.tinh.map((x) => x.label)).toContain('Tuyên Quang');
    expect(o.tinh.map((x) => x.label)).not.toContain('Hà Giang');
    expect(o.tinh).toHaveLength(34);
    const years = o.nam.map((x) => Number(x.value));
    expect(years).toEqual([...years].sort((a, b) => b - a));
    expect(o.cap.map((x) => x.value)).toEqual(expect.arrayContaining(['nha-nuoc', 'bo-nganh-tinh']));
    expect(o['khen-thuong'].map((x) => x.value)).toContain('huan-chuong-lao-dong');
    // Every value used by a page is offered, and every offered value is used.
    const used = new Map(FILTER_KEYS.map((k) => [k, new Set<string>()]));
    for (const item of docs.items) for (const [k, values] of Object.entries(item.filters)) for (const v of values) used.get(k as never)!.add(v);
    for (const page of pages) for (const [k, values] of Object.entries(page.filters)) for (const v of values) used.get(k as never)!.add(v);
    for (const key of FILTER_KEYS) expect(new Set(o[key].map((x) => x.label))).toEqual(used.get(key));
  });

  it('builds addresses from the root, and escapes HTML', () => {
    expect(rebase('/tin-tuc/a/')).toBe('/tin-tuc/a/');
    expect(rebase('/tin-tuc/a/', '/thi-dua/')).toBe('/thi-dua/tin-tuc/a/');
    expect(rebase('/quyet-dinh/a/#stt-3', '/x/')).toBe('/x/quyet-dinh/a/#stt-3');
    expect(escapeHtml('<a href="x">&</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
    expect(mdxPlainText("import X from './x';\n# Tiêu đề\n<Hinh src={a} />\nMột [liên kết](https://x) và **đậm**.")).toBe(
      'Tiêu đề Một liên kết và đậm .',
    );
  });
});

describe("the search page's logic", () => {
  const options = {
    loai: [{ value: 'khen-thuong', label: 'Khen thưởng' }],
    tinh: [{ value: 'tuyen-quang', label: 'Tuyên Quang' }],
    nam: [{ value: '2023', label: '2023' }],
    cap: [],
    'khen-thuong': [{ value: 'huan-chuong-lao-dong', label: 'Huân chương Lao động' }],
  };

  it('fills the messages the page hands its script', () => {
    expect(fill('Tìm thấy {count} kết quả cho “{query}”.', { count: 3, query: 'dang' })).toBe('Tìm thấy 3 kết quả cho “dang”.');
    expect(fill('{x} còn nguyên')).toBe('{x} còn nguyên');
  });

  it('reads and writes the address: query first, filters that are set, unknown values ignored', () => {
    const state = stateFromParams(new URLSearchParams('tinh=tuyen-quang&q=%20dang%20&x=1&nam='));
    expect(state).toEqual({ q: 'dang', tinh: 'tuyen-quang' });
    expect(paramsFromState(state).toString()).toBe('q=dang&tinh=tuyen-quang');
    expect(paramsFromState({ q: '', loai: 'khen-thuong', 'khen-thuong': 'huan-chuong-lao-dong' }).toString()).toBe(
      'loai=khen-thuong&khen-thuong=huan-chuong-lao-dong',
    );
    expect(pagefindFilters({ q: '', tinh: 'tuyen-quang', nam: '1999', loai: 'khen-thuong' }, options)).toEqual({ tinh: 'Tuyên Quang', loai: 'Khen thưởng' });
  });

  it('looks a query of several words up as a name first', () => {
    expect(looksLikeName(prepareQuery('Đặng Văn Đức'))).toBe(true);
    expect(looksLikeName(prepareQuery('dang'))).toBe(false);
    expect(looksLikeName(prepareQuery('a b'))).toBe(false);
    const q = prepareQuery(' Đặng  Văn Đức ');
    expect(q).toMatchObject({ text: 'Đặng  Văn Đức', folded: 'dang van duc', terms: ['dang', 'van', 'duc'], name: 'dangvanduc' });
  });

  const recordPage: PagefindData = {
    url: '/quyet-dinh/a/#stt-1',
    meta: { title: 'Danh sách…', loai: 'Khen thưởng', ngay: '5/1/2023', tinh: 'Hà Giang', khen_thuong: 'Bằng khen của Chủ tịch UBND tỉnh', so_qd: '12/QĐ-UBND' },
    anchors: [
      { id: 'stt-1', title: 'Đặng Văn Đức', text: `Đặng Văn Đức${RECORD_SEPARATOR}Giáo viên, Trường Tiểu học Hoa Lam`, location: 0 },
      { id: 'stt-2', title: 'Đặng Văn Đức Anh', text: 'Đặng Văn Đức Anh', location: 12 },
      { id: 'stt-3', title: 'Lê Thị Đào', text: `Lê Thị Đào${RECORD_SEPARATOR}Kế toán`, location: 20 },
    ],
    sub_results: [],
  };
  recordPage.sub_results = recordPage.anchors!.map((a) => ({ title: a.title, url: `/quyet-dinh/a/#${a.id}`, anchor: a, locations: [a.location] }));

  it("turns a group's sub-results into records with their award, unit and decision", () => {
    const entries = entriesOf(recordPage, prepareQuery('dang duc'), 'words', 0);
    expect(entries.map((e) => e.title)).toEqual(['Đặng Văn Đức', 'Đặng Văn Đức Anh']);
    expect(entries[0]).toMatchObject({
      url: '/quyet-dinh/a/#stt-1',
      type: 'Khen thưởng',
      detail: 'Giáo viên, Trường Tiểu học Hoa Lam',
      award: 'Bằng khen của Chủ tịch UBND tỉnh',
      decision: '12/QĐ-UBND',
      date: '5/1/2023',
      province: 'Hà Giang',
      tier: 2,
    });
    // A word of the query may be in what the group shares (here the province).
    expect(entriesOf(recordPage, prepareQuery('Đào Hà Giang'), 'words', 0).map((e) => e.title)).toEqual(['Lê Thị Đào']);
  });

  it('keeps, for a whole-name lookup, the names that start with the query, the exact one marked', () => {
    const entries = entriesOf(recordPage, prepareQuery('Đặng Văn Đức'), 'name', 0);
    expect(entries.map((e) => [e.title, e.tier])).toEqual([
      ['Đặng Văn Đức', 3],
      ['Đặng Văn Đức Anh', 2],
    ]);
    expect(hasExactName(entries)).toBe(true);
    expect(hasExactName(entriesOf(recordPage, prepareQuery('Đặng Văn'), 'name', 0))).toBe(false);
    // A profile of that name counts too.
    const profile: PagefindData = { url: '/guong-dien-hinh/dang-van-duc/', meta: { title: 'Đặng Văn Đức', loai: 'Gương điển hình' } };
    const profiles = entriesOf(profile, prepareQuery('dang van duc'), 'name', 0);
    expect(hasExactName(profiles)).toBe(false);
    expect(hasExactName(profiles, ['Gương điển hình'])).toBe(true);
    // A province bearing the name is a result, but not a person's name: the search by words still runs.
    const province: PagefindData = { url: '/tinh-thanh/dien-bien/', meta: { title: 'Điện Biên', loai: 'Tỉnh, thành phố' } };
    const found = entriesOf(province, prepareQuery('dien bien'), 'name', 0);
    expect(found).toHaveLength(1);
    expect(hasExactName(found, ['Gương điển hình'])).toBe(false);
    expect(entriesOf(province, prepareQuery('dien bienx'), 'name', 0)).toEqual([]);
  });

  it('lists every record of a group when only filters are set', () => {
    const entries = entriesOf({ ...recordPage, sub_results: [] }, prepareQuery(''), 'words', 0);
    expect(entries.map((e) => e.url)).toEqual(['/quyet-dinh/a/#stt-1', '/quyet-dinh/a/#stt-2', '/quyet-dinh/a/#stt-3']);
  });

  it('ranks exact names, then titles holding every word, then spellings as typed, then Pagefind order', () => {
    const e = (title: string, tier: number, accents: number, order: number): ResultEntry => ({ url: title, type: '', title, tier, accents, order });
    const ranked = rankEntries([e('a', 1, 0, 0), e('b', 2, 0, 1), e('c', 2, 1, 2), e('d', 3, 0, 3), e('f', 2, 1, 1.5)]);
    expect(ranked.map((x) => x.title)).toEqual(['d', 'f', 'c', 'b', 'a']);
    // Accents count the words typed with their marks.
    const [typed] = entriesOf(recordPage, prepareQuery('Đặng'), 'words', 0);
    expect(typed!.accents).toBe(1);
    const [bare] = entriesOf(recordPage, prepareQuery('dang'), 'words', 0);
    expect(bare!.accents).toBe(0);
  });
});

describe('naming the metadata files in the search page', () => {
  const entry = (languages: Record<string, string>) =>
    JSON.stringify({ version: '1.6.0', languages: Object.fromEntries(Object.entries(languages).map(([lang, hash], i) => [lang, { hash, wasm: 'unknown', page_count: 10 - i }])) });

  it('reads each bundle’s entry file and picks the language as Pagefind does', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bang-vang-preload-'));
    mkdirSync(path.join(dir, RECORDS_BUNDLE));
    writeFileSync(path.join(dir, 'pagefind-entry.json'), entry({ vi: 'vi_aaa', en: 'en_bbb' }));
    writeFileSync(path.join(dir, RECORDS_BUNDLE, 'pagefind-entry.json'), entry({ 'vi-VN': 'vi_ccc' }));
    expect(metadataAddresses(dir, '/thi-dua/', 'vi')).toEqual([
      '/thi-dua/pagefind/pagefind.vi_aaa.pf_meta',
      `/thi-dua/pagefind/${RECORDS_BUNDLE}/pagefind.vi_ccc.pf_meta`,
    ]);
    // No such language: the largest, as Pagefind falls back to.
    expect(metadataAddresses(dir, '/', 'fr')[0]).toBe('/pagefind/pagefind.vi_aaa.pf_meta');
    rmSync(path.join(dir, RECORDS_BUNDLE), { recursive: true });
    expect(metadataAddresses(dir, '/', 'vi')).toEqual(['/pagefind/pagefind.vi_aaa.pf_meta']);
  });
});

describe('the whole-name index (docs/search.md: shared with other tools)', () => {
  it('folds a name to its key: NFC, lower case, no marks, đ → d, other characters one space', () => {
    expect(nameKey('Nguyễn Thị Hòa')).toBe('nguyen thi hoa');
    expect(nameKey('nguyen thi hoa')).toBe('nguyen thi hoa');
    expect(nameKey('NGUYỄN  THỊ HOÀ')).toBe('nguyen thi hoa');
    // Combining marks (a Windows keyboard) and the look-alike Ð read as the composed letters.
    expect(nameKey('Nguyễn Thị Hòa'.normalize('NFD'))).toBe('nguyen thi hoa');
    expect(nameKey('\u00D0ặng Văn Đức')).toBe('dang van duc');
    expect(nameKey(' Hộ ông Giàng Mí Đa – (mẫu) ')).toBe('ho ong giang mi da mau');
    expect(nameKey('Phòng Kế toán - Tài vụ, Sở Y tế')).toBe('phong ke toan tai vu so y te');
    expect(nameKey('—')).toBe('');
  });

  it('gives, word by word, the key of the plain definition, for every name of a generated dataset and odd spellings', () => {
    const names = generateDataset({ records: 3000, seed: 7 })
      .files.filter((f) => f.path.startsWith('decisions/'))
      .flatMap((f) => (JSON.parse(f.content) as { records: { name: string }[] }).records.map((r) => r.name));
    const odd = ['Nguyễn Thị Hòa'.normalize('NFD'), ' -\u0301a  Lê ̀ Mai ', 'Ð\u00D0đ', 'Hộ ông A.B/C', '1/2 Tổ  3', '\u0300', '', 'ǅemal', 'İnci'];
    expect(names.length).toBeGreaterThan(2500);
    // Twice: the second time every word comes from the cache of folded words.
    for (const round of [1, 2]) {
      for (const name of [...names, ...odd]) expect(nameKey(name), `${name} (${round})`).toBe(plainNameKey(name));
    }
  });

  it('hashes the key’s UTF-8 bytes with FNV-1a (32 bits)', () => {
    // The reference values of the FNV test suite.
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
    // Beyond ASCII, the bytes are UTF-8's: "é" is C3 A9.
    let byBytes = 0x811c9dc5;
    for (const byte of [0xc3, 0xa9]) byBytes = Math.imul(byBytes ^ byte, 0x01000193) >>> 0;
    expect(fnv1a('é')).toBe(byBytes);
  });

  it('chooses a power of two of shards from the record count, each 160–320 records, and names them in hex as wide as the last', () => {
    expect(nameShardCount(0)).toBe(1);
    expect(nameShardCount(319)).toBe(1);
    expect(nameShardCount(320)).toBe(2);
    expect(nameShardCount(200_000)).toBe(1024);
    for (const records of [500, 3000, 20_000, 200_000, 1_000_000]) {
      const shards = nameShardCount(records);
      expect(Number.isInteger(Math.log2(shards))).toBe(true);
      expect(records / shards).toBeGreaterThanOrEqual(RECORDS_PER_SHARD);
      expect(records / shards).toBeLessThan(2 * RECORDS_PER_SHARD);
    }
    expect(shardFile(163, 1024)).toBe('0a3.json');
    expect(shardFile(0, 1)).toBe('0.json');
    expect(shardFile(15, 16)).toBe('f.json');
    expect(shardFile(16, 32)).toBe('10.json');
    expect(shardOf('nguyen thi hoa', 1024)).toBe(fnv1a('nguyen thi hoa') % 1024);
    expect(shardAddress({ base: '/thi-dua/tim-ten/', shards: 1024 }, 'nguyen thi hoa')).toBe(`/thi-dua/tim-ten/${shardFile(fnv1a('nguyen thi hoa') % 1024, 1024)}`);
  });

  it('files every record of the demo under its folded name, in the shard its hash names, with what a result shows', () => {
    const index = buildNameIndex(demo.content);
    const records = demo.content.decisions.reduce((n, d) => n + d.data.records.length, 0);
    expect(index).toMatchObject({ records, shards: nameShardCount(records) });
    expect(index.files).toHaveLength(index.shards);
    let filed = 0;
    for (const decision of demo.content.decisions) {
      for (const record of decision.data.records) {
        const key = nameKey(record.name);
        const entries = entriesFor(index.files[shardOf(key, index.shards)], key);
        const found = entries.find(([, path, anchor]) => path === `quyet-dinh/${decision.id}/` && anchor === recordAnchor(record));
        expect(found?.[0], `${decision.id} ${record.stt}`).toBe(record.name);
        filed += 1;
      }
    }
    expect(filed).toBe(records);
    expect(index.files.reduce((n, shard) => n + Object.values(shard.names).flat().length, 0)).toBe(records);

    // A record of Hà Giang, filed under Tuyên Quang by the search filters, shows the unit of its time.
    const hg = demo.content.decisions.find((d) => d.id === 'ha-giang/2022/mau-05-bang-khen-ubnd-tinh')!;
    const record = hg.data.records[0]!;
    const key = nameKey(record.name);
    expect(entriesFor(index.files[shardOf(key, index.shards)], key)).toContainEqual([
      record.name,
      'quyet-dinh/ha-giang/2022/mau-05-bang-khen-ubnd-tinh/',
      recordAnchor(record),
      'Bằng khen của Chủ tịch UBND tỉnh',
      hg.data.number,
      '28/12/2022',
      'Hà Giang',
    ]);
    // The same content writes the same bytes.
    expect(JSON.stringify(buildNameIndex(demo.content).files)).toBe(JSON.stringify(index.files));
  });

  it('writes the shards and a manifest, and reads nothing from a shard of another version', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bang-vang-names-'));
    try {
      const written = writeNameShards(demo.content, dir);
      writeNameManifest(dir, { shards: written.shards, records: written.records, site: 'Bảng Vàng', province: null });
      expect(JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'))).toEqual({ version: 1, shards: written.shards, records: written.records, site: 'Bảng Vàng', province: null });
      const shard = JSON.parse(readFileSync(path.join(dir, shardFile(0, written.shards)), 'utf8'));
      expect(shard.version).toBe(1);
      const [key, entries] = Object.entries(shard.names)[0]!;
      expect(entriesFor(shard, key)).toEqual(entries);
      expect(entriesFor({ ...shard, version: 2 }, key)).toEqual([]);
      expect(entriesFor(shard, 'toString')).toEqual([]);
      expect(entriesFor(null, key)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  const setup: NameLookupSetup = { base: '/thi-dua/tim-ten/', site: '/thi-dua/', shards: 1, currentNames: { 'Hà Giang': 'Tuyên Quang' } };
  const pageOptions = {
    loai: [{ value: 'khen-thuong', label: 'Khen thưởng' }],
    tinh: [
      { value: 'tuyen-quang', label: 'Tuyên Quang' },
      { value: 'quang-ninh', label: 'Quảng Ninh' },
    ],
    nam: [
      { value: '2023', label: '2023' },
      { value: '2022', label: '2022' },
    ],
    cap: [],
    'khen-thuong': [],
  };
  const entries: NameEntry[] = [
    ['Đặng Văn Đức', 'quyet-dinh/ha-giang/2022/qd-1/', 'stt-4', 'Bằng khen của Chủ tịch UBND tỉnh', '1/QĐ-UBND', '28/12/2022', 'Hà Giang'],
    ['Dang Van Duc', 'quyet-dinh/quang-ninh/2023/qd-2/', 'stt-9', 'Huân chương Lao động hạng Ba', '2/QĐ-CTN', '5/1/2023', 'Quảng Ninh'],
  ];

  it('answers a full name first unless a filter asks what it does not know', () => {
    const query = prepareQuery('Đặng Văn Đức');
    expect(query.key).toBe('dang van duc');
    expect(nameIndexAnswers(query, { q: query.text })).toBe(true);
    expect(nameIndexAnswers(query, { q: query.text, loai: 'khen-thuong', tinh: 'tuyen-quang', nam: '2022' })).toBe(true);
    expect(nameIndexAnswers(query, { q: query.text, loai: 'tin-tuc' })).toBe(false);
    expect(nameIndexAnswers(query, { q: query.text, cap: 'nha-nuoc' })).toBe(false);
    expect(nameIndexAnswers(query, { q: query.text, 'khen-thuong': 'huan-chuong-lao-dong' })).toBe(false);
    expect(nameIndexAnswers(prepareQuery('dang'), { q: 'dang' })).toBe(false);
  });

  it('makes results of its records, at their anchors under the base path, in the province as it is now and the year asked', () => {
    const query = prepareQuery('Đặng Văn Đức');
    const all = nameResults(entries, query, { q: query.text }, pageOptions, setup, 'Khen thưởng');
    expect(all.map((e) => e.url)).toEqual(['/thi-dua/quyet-dinh/ha-giang/2022/qd-1/#stt-4', '/thi-dua/quyet-dinh/quang-ninh/2023/qd-2/#stt-9']);
    expect(all[0]).toMatchObject({
      type: 'Khen thưởng',
      title: 'Đặng Văn Đức',
      award: 'Bằng khen của Chủ tịch UBND tỉnh',
      decision: '1/QĐ-UBND',
      date: '28/12/2022',
      province: 'Hà Giang',
      record: true,
      tier: 3,
    });
    // Spelt with the marks typed first.
    expect(rankEntries(nameResults([...entries].reverse(), query, { q: query.text }, pageOptions, setup, 'Khen thưởng')).map((e) => e.title)).toEqual(['Đặng Văn Đức', 'Dang Van Duc']);
    // Hà Giang's record is Tuyên Quang's now; a year keeps that year's.
    const inTq = nameResults(entries, query, { q: query.text, tinh: 'tuyen-quang' }, pageOptions, setup, 'Khen thưởng');
    expect(inTq.map((e) => e.province)).toEqual(['Hà Giang']);
    expect(nameResults(entries, query, { q: query.text, tinh: 'quang-ninh' }, pageOptions, setup, 'Khen thưởng').map((e) => e.province)).toEqual(['Quảng Ninh']);
    expect(nameResults(entries, query, { q: query.text, nam: '2023' }, pageOptions, setup, 'Khen thưởng').map((e) => e.date)).toEqual(['5/1/2023']);
    // A value the page does not offer is ignored, as Pagefind's filters ignore it.
    expect(nameResults(entries, query, { q: query.text, tinh: 'khong-co' }, pageOptions, setup, 'Khen thưởng')).toHaveLength(2);
  });
});

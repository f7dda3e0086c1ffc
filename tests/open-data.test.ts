/**
 * The open data of the demo site, built from a subfolder (BASE_PATH) as a province would
 * host it: every CSV and JSON download read back and compared with what the pages show;
 * the feeds, sitemaps and robots.txt; canonical and preview tags; structured data.
 * The demo content gets one more report, without a photo and with markup in its
 * headline, so the generated card and the escaping of structured data are checked too.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseCsvText } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { Ajv2020 } from 'ajv/dist/2020.js';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from './build-site.ts';
import { unguardCell } from '../src/lib/open-data/csv.ts';
import { RECIPIENT_KIND_LABELS, type RecipientKind } from '../src/schemas/common.ts';
import { CSV_COLUMNS, DOWNLOAD_SCHEMAS, type RecordDownload } from '../src/schemas/open-data.ts';

const SITE = 'https://example.gov.vn';
const BASE = '/some/sub/path/';
const ROOT = `${SITE}${BASE}`;
const HOSTILE = 'Tin thử nghiệm </script><script>alert(1)</script> & Đắk Lắk';
const EXTRA_REPORT = 'tin-thu-nghiem-khong-anh';

type Row = Record<string, string>;
interface PageRecord {
  stt: string;
  name: string;
  posthumous: boolean;
  province?: string;
  kind: string;
  titleUnit: string;
  citation: string;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Every file under a folder, as paths relative to it with "/" separators. */
function walk(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

function readCsv(file: string): Row[] {
  const text = readFileSync(file, 'utf8');
  const [header, ...rows] = parseCsvText(text, { bom: true }) as string[][];
  expect(header).toEqual(CSV_COLUMNS.map(([name]) => name));
  return rows.map((r) => Object.fromEntries(r.map((v, i) => [header![i]!, unguardCell(v)])));
}

/** The records a decision page shows, from its table. */
function pageRecords(html: string): PageRecord[] {
  const doc = parseDocument(html);
  const rows = DomUtils.findAll((e) => e.name === 'tr' && /^stt-\d+$/.test(e.attribs.id ?? ''), doc.children);
  return rows.map((tr) => {
    const cells = tr.children.filter((c): c is Element => c.type === 'tag');
    const nameCell = cells[1]!;
    const spans = nameCell.children.filter((c): c is Element => c.type === 'tag' && c.name === 'span').map((s) => squash(DomUtils.textContent(s)));
    const name = squash(nameCell.children.filter((c) => !(c.type === 'tag' && (c as Element).name === 'span')).map((c) => DomUtils.textContent(c)).join(''));
    const province = spans.find((s) => s.startsWith('– '))?.slice(2);
    return {
      stt: squash(DomUtils.textContent(cells[0]!)),
      name,
      posthumous: spans.some((s) => s.includes('truy tặng')),
      province,
      kind: squash(DomUtils.textContent(cells[2]!)),
      titleUnit: squash(DomUtils.textContent(cells[3]!)),
      // The record's ready citation (p.record-ref, shown when its link is opened) is not its achievement.
      citation: squash(DomUtils.textContent(cells[cells.length - 1]!.children.filter((c) => !(c.type === 'tag' && (c as Element).attribs.class === 'record-ref')))),
    };
  });
}

/** A download row as the decision page would show it. */
function asShown(row: Row, decisionProvince: string): PageRecord {
  return {
    stt: row.stt!,
    name: row.name!,
    posthumous: row.posthumous === 'true',
    province: row.province_id === decisionProvince ? undefined : row.province_name,
    kind: RECIPIENT_KIND_LABELS[row.kind as RecipientKind],
    titleUnit: squash([row.title, row.unit].filter(Boolean).join(', ')),
    citation: squash(row.citation!),
  };
}

/** A JSON record as a CSV row would hold it (the same columns). */
function jsonAsRow(decision: { id: string }, r: RecordDownload, names: { provinces: Record<string, string> }): Row {
  return {
    decision_id: decision.id,
    stt: String(r.stt),
    name: r.name,
    kind: r.kind,
    title: r.title ?? '',
    unit: r.unit ?? '',
    province_id: r.province,
    province_name: names.provinces[r.province]!,
    award_id: r.award,
    award_class: r.awardClass ?? '',
    posthumous: String(r.posthumous),
    citation: r.citation ?? '',
    honoree_id: r.honoree ?? '',
  };
}
const pick = (row: Row, keys: string[]) => Object.fromEntries(keys.map((k) => [k, row[k]]));
const RECORD_KEYS = ['decision_id', 'stt', 'name', 'kind', 'title', 'unit', 'province_id', 'province_name', 'award_id', 'award_class', 'posthumous', 'citation', 'honoree_id'];

describe('open data of the demo site, served from a subfolder', () => {
  let site: BuiltSite;
  let content: string;
  let out: string;
  let files: string[];
  const file = (p: string) => path.join(out, p);
  const read = (p: string) => readFileSync(file(p), 'utf8');
  /** A site path ("/some/sub/path/x/") or absolute address of this site, as a file of the output. */
  const fileOf = (address: string) => {
    const pathname = new URL(address, SITE).pathname;
    expect(pathname.startsWith(BASE), address).toBe(true);
    const rel = decodeURI(pathname.slice(BASE.length));
    return rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
  };
  // The web editor (quan-tri/) is not a public page: no sitemap entry, no preview tags (docs/editor.md).
  const htmlPages = () => files.filter((f) => f.endsWith('.html') && f !== '404.html' && !f.startsWith('quan-tri/'));
  const decisionIds = () => htmlPages().filter((f) => /^quyet-dinh\/.+\/index\.html$/.test(f)).map((f) => f.slice('quyet-dinh/'.length, -'/index.html'.length));
  const meta = (html: string, key: string) => new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1];
  const ldOf = (html: string) => [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));
  const decisionRecords = new Map<string, PageRecord[]>();
  const decisionProvince = new Map<string, string>();

  beforeAll(() => {
    content = mkdtempSync(path.join(tmpdir(), 'bang-vang-open-data-'));
    cpSync(path.resolve('src/content'), content, { recursive: true });
    writeFileSync(
      path.join(content, 'reports', `${EXTRA_REPORT}.md`),
      ['---', `title: ${JSON.stringify(HOSTILE)}`, 'date: "2024-05-06"', 'eventKind: "tin tức"', 'summary: "Bài thêm cho kiểm thử: không có ảnh."', 'provinces: ["ha-giang"]', '---', '', 'Nội dung.', ''].join('\n'),
    );
    site = buildSite(content, { BASE_PATH: BASE, SITE_URL: SITE, SITEMAP_ENTRY_LIMIT: '25' });
    if (site.status !== 0) throw new Error(`build failed:\n${site.output}`);
    out = site.outDir;
    files = walk(out);
    for (const id of decisionIds()) {
      decisionRecords.set(id, pageRecords(read(`quyet-dinh/${id}/index.html`)));
      decisionProvince.set(id, JSON.parse(read(`du-lieu/quyet-dinh/${id}.json`)).decision.province);
    }
  });
  afterAll(() => {
    site?.cleanup();
    if (content) rmSync(content, { recursive: true, force: true });
  });

  it('offers every decision as CSV and JSON with the very records its page shows', () => {
    expect(decisionIds().length).toBeGreaterThanOrEqual(9);
    for (const id of decisionIds()) {
      const shown = decisionRecords.get(id)!;
      expect(shown.length, id).toBeGreaterThan(0);
      const rows = readCsv(file(`du-lieu/quyet-dinh/${id}.csv`));
      expect(rows.map((r) => asShown(r, decisionProvince.get(id)!)), id).toEqual(shown);
      expect(new Set(rows.map((r) => r.decision_id))).toEqual(new Set([id]));
      const json = JSON.parse(read(`du-lieu/quyet-dinh/${id}.json`));
      expect(json.decision.id).toBe(id);
      expect(json.decision.recordCount).toBe(shown.length);
      expect(json.records.map((r: RecordDownload) => jsonAsRow(json.decision, r, json))).toEqual(rows.map((r) => pick(r, RECORD_KEYS)));
      // The page links to both, with the base path.
      const html = read(`quyet-dinh/${id}/index.html`);
      expect(html).toContain(`href="${BASE}du-lieu/quyet-dinh/${id}.csv"`);
      expect(html).toContain(`href="${BASE}du-lieu/quyet-dinh/${id}.json"`);
    }
  });

  it('offers every province-year roll as CSV and JSON with the decisions and counts its page shows', () => {
    const pages = htmlPages().filter((f) => /^tinh-thanh\/[^/]+\/\d{4}\/index\.html$/.test(f));
    expect(pages.length).toBeGreaterThan(3);
    for (const page of pages) {
      const [, id, year] = /^tinh-thanh\/([^/]+)\/(\d{4})\//.exec(page)!;
      const html = read(page);
      expect(html).toContain(`href="${BASE}du-lieu/tinh-thanh/${id}/${year}.csv"`);
      // What the page lists: each decision with its number of records for this province.
      const listed = new Map<string, number>();
      for (const m of html.matchAll(/<li><h3><a href="[^"]*\/quyet-dinh\/([^"]+)\/">[\s\S]*?(\d+) lượt khen/g)) listed.set(m[1]!, Number(m[2]));
      expect(listed.size, page).toBeGreaterThan(0);
      const rows = readCsv(file(`du-lieu/tinh-thanh/${id}/${year}.csv`));
      const counted = new Map<string, number>();
      for (const r of rows) counted.set(r.decision_id!, (counted.get(r.decision_id!) ?? 0) + 1);
      expect(counted, page).toEqual(listed);
      for (const r of rows) {
        expect(r.decision_date!.slice(0, 4)).toBe(year);
        const shown = decisionRecords.get(r.decision_id!)!.find((x) => x.stt === r.stt);
        expect(asShown(r, decisionProvince.get(r.decision_id!)!)).toEqual(shown);
      }
      const json = JSON.parse(read(`du-lieu/tinh-thanh/${id}/${year}.json`));
      expect(json).toMatchObject({ province: id, year: Number(year), recordCount: rows.length, url: `${ROOT}tinh-thanh/${id}/${year}/` });
      const jsonRows = json.decisions.flatMap((d: { id: string; records: RecordDownload[] }) => d.records.map((r) => jsonAsRow(d, r, json)));
      expect(jsonRows).toEqual(rows.map((r) => pick(r, RECORD_KEYS)));
    }
    // Hà Giang's decisions are in Tuyên Quang's roll, as Hà Giang.
    const tq = readCsv(file('du-lieu/tinh-thanh/tuyen-quang/2022.csv'));
    expect(tq.some((r) => r.province_id === 'ha-giang' && r.province_name === 'Hà Giang')).toBe(true);
  });

  it("offers every award's recipients as CSV and JSON, in the order of the award's pages", () => {
    const firstPages = htmlPages().filter((f) => /^khen-thuong\/[^/]+\/index\.html$/.test(f));
    expect(firstPages.length).toBeGreaterThan(20);
    let withRecipients = 0;
    for (const page of firstPages) {
      const id = page.split('/')[1]!;
      const shown: { decision: string; stt: string; name: string; province: string; award: string }[] = [];
      for (const p of htmlPages().filter((f) => f === page || new RegExp(`^khen-thuong/${id}/\\d+/index\\.html$`).test(f)).sort((a, b) => a.length - b.length || a.localeCompare(b))) {
        const doc = parseDocument(read(p));
        for (const tr of DomUtils.findAll((e) => e.name === 'tr' && e.parent?.type === 'tag' && (e.parent as Element).name === 'tbody', doc.children)) {
          const cells = tr.children.filter((c): c is Element => c.type === 'tag');
          const link = DomUtils.findOne((e) => e.name === 'a', cells[0]!.children)!;
          const [, decision, stt] = /\/quyet-dinh\/(.+)\/#stt-(\d+)$/.exec(link.attribs.href!)!;
          shown.push({ decision: decision!, stt: stt!, name: squash(DomUtils.textContent(link)), province: squash(DomUtils.textContent(cells[1]!)), award: squash(DomUtils.textContent(cells[2]!)) });
        }
      }
      const rows = readCsv(file(`du-lieu/khen-thuong/${id}.csv`));
      expect(rows.map((r) => ({ decision: r.decision_id, stt: r.stt, name: r.name, province: r.province_name, award: r.award_name })), id).toEqual(shown);
      if (shown.length > 0) {
        withRecipients += 1;
        expect(read(page)).toContain(`href="${BASE}du-lieu/khen-thuong/${id}.csv"`);
      }
      const json = JSON.parse(read(`du-lieu/khen-thuong/${id}.json`));
      expect(json.recordCount).toBe(rows.length);
      const jsonRows = json.decisions.flatMap((d: { id: string; records: RecordDownload[] }) => d.records.map((r) => jsonAsRow(d, r, json)));
      expect(jsonRows).toEqual(rows.map((r) => pick(r, RECORD_KEYS)));
    }
    expect(withRecipients).toBeGreaterThan(3);
  });

  it('writes every CSV as UTF-8 with a BOM, CRLF line ends and correct diacritics', () => {
    const csvs = files.filter((f) => f.endsWith('.csv'));
    expect(csvs.length).toBeGreaterThan(50);
    for (const f of csvs) {
      const bytes = readFileSync(file(f));
      expect([...bytes.subarray(0, 3)], f).toEqual([0xef, 0xbb, 0xbf]);
      expect(bytes.subarray(3).toString('utf8').startsWith('decision_id,'), f).toBe(true);
      expect(bytes.toString('utf8').endsWith('\r\n'), f).toBe(true);
    }
    const text = read('du-lieu/quyet-dinh/nghe-an/2023/mau-08-chien-si-thi-dua-co-so.csv');
    expect(text).toContain('Nghệ An');
    expect(text).toContain('Chiến sĩ thi đua cơ sở');
    expect(text.normalize('NFC')).toBe(text);
  });

  it('publishes a JSON Schema for each download, and every JSON download and CSV row is valid against it', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    ajv.addFormat('uri', (value: string) => URL.canParse(value));
    const validators = new Map<string, ReturnType<typeof ajv.compile>>();
    for (const name of Object.keys(DOWNLOAD_SCHEMAS)) {
      const schema = JSON.parse(read(`du-lieu/schema/${name}.json`));
      expect(schema.$id).toBe(`${ROOT}du-lieu/schema/${name}.json`);
      validators.set(name, ajv.compile(schema));
    }
    const check = (name: string, value: unknown, where: string) => {
      const validate = validators.get(name)!;
      expect(validate(value), `${where}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    };
    for (const f of files.filter((x) => x.startsWith('du-lieu/') && !x.startsWith('du-lieu/schema/'))) {
      if (f.endsWith('.csv')) {
        for (const row of readCsv(file(f))) check('dong-csv', row, f);
        continue;
      }
      if (!f.endsWith('.json')) continue;
      const name = f === 'du-lieu/quyet-dinh.json' ? 'danh-muc-quyet-dinh' : f === 'du-lieu/tong-hop.json' ? 'tong-hop' : f.startsWith('du-lieu/quyet-dinh/') ? 'quyet-dinh' : f.startsWith('du-lieu/tinh-thanh/') ? 'tinh-thanh-nam' : 'khen-thuong';
      check(name, JSON.parse(read(f)), f);
    }
  });

  it('lists every decision in the site-wide index, with working download addresses', () => {
    const index = JSON.parse(read('du-lieu/quyet-dinh.json'));
    expect(index.site).toBe(ROOT);
    expect(index.decisions.map((d: { id: string }) => d.id).sort()).toEqual(decisionIds().sort());
    expect(index.recordCount).toBe([...decisionRecords.values()].reduce((n, r) => n + r.length, 0));
    for (const d of index.decisions) {
      expect(d.url).toBe(`${ROOT}quyet-dinh/${d.id}/`);
      for (const address of [d.url, d.csv, d.json]) expect(existsSync(file(fileOf(address))), address).toBe(true);
    }
  });

  it('publishes RSS 2.0 feeds of all news and of each province, its predecessors included', () => {
    const parser = new XMLParser({ ignoreAttributes: false });
    const feeds = files.filter((f) => f.endsWith('rss.xml'));
    expect(feeds).toContain('tin-tuc/rss.xml');
    expect(feeds.filter((f) => f.startsWith('tin-tuc/tinh/')).length).toBe(34);
    for (const f of feeds) {
      const xml = read(f);
      expect(XMLValidator.validate(xml), f).toBe(true);
      const { rss } = parser.parse(xml);
      expect(rss['@_version'], f).toBe('2.0');
      const channel = rss.channel;
      for (const key of ['title', 'link', 'description']) expect(String(channel[key] ?? ''), `${f} ${key}`).not.toBe('');
      expect(channel.link).toBe(ROOT);
      expect(channel['atom:link']['@_href']).toBe(`${ROOT}${f}`);
      const items = channel.item === undefined ? [] : Array.isArray(channel.item) ? channel.item : [channel.item];
      for (const item of items) {
        for (const key of ['title', 'link', 'guid', 'description', 'pubDate']) expect(item[key], `${f} item ${key}`).toBeDefined();
        expect(item.link.startsWith(ROOT)).toBe(true);
        expect(existsSync(file(fileOf(item.link))), item.link).toBe(true);
        expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false);
      }
    }
    const all = read('tin-tuc/rss.xml');
    expect(all).toContain(`<link>${ROOT}tin-tuc/${EXTRA_REPORT}/</link>`);
    // The Hà Giang report is in Tuyên Quang's feed (Hà Giang merged into it) and not in Quảng Ninh's.
    expect(read('tin-tuc/tinh/tuyen-quang/rss.xml')).toContain(`${ROOT}tin-tuc/${EXTRA_REPORT}/`);
    expect(read('tin-tuc/tinh/quang-ninh/rss.xml')).not.toContain(EXTRA_REPORT);
    expect(read('tin-tuc/tinh/quang-ninh/rss.xml')).toContain('<item>');
    // Pages point to the feeds.
    expect(read('index.html')).toContain(`<link rel="alternate" type="application/rss+xml" title="Tin tức – Bảng Vàng" href="${BASE}tin-tuc/rss.xml">`);
    expect(read('tin-tuc/tinh/tuyen-quang/index.html')).toContain(`href="${BASE}tin-tuc/tinh/tuyen-quang/rss.xml"`);
  });

  it('lists every public page exactly once across the sitemaps, split into several files, and names them in robots.txt', () => {
    const parser = new XMLParser({ isArray: (name) => name === 'url' || name === 'sitemap' });
    const index = read('sitemap-index.xml');
    expect(XMLValidator.validate(index)).toBe(true);
    const sitemaps: string[] = parser.parse(index).sitemapindex.sitemap.map((s: { loc: string }) => s.loc);
    expect(sitemaps.length).toBeGreaterThan(1);
    const listed: string[] = [];
    for (const loc of sitemaps) {
      expect(loc.startsWith(ROOT)).toBe(true);
      const xml = read(fileOf(loc));
      expect(XMLValidator.validate(xml), loc).toBe(true);
      const urls = parser.parse(xml).urlset.url.map((u: { loc: string }) => u.loc);
      expect(urls.length).toBeLessThanOrEqual(25);
      listed.push(...urls);
    }
    const pages = htmlPages().map((f) => `${ROOT}${f.replace(/index\.html$/, '')}`);
    expect(new Set(listed).size, 'no page twice').toBe(listed.length);
    expect([...listed].sort()).toEqual([...pages].sort());
    expect(listed).not.toContain(`${ROOT}404/`);
    expect(read('robots.txt')).toContain(`Sitemap: ${ROOT}sitemap-index.xml`);
  });

  it('gives every page a canonical address with the base path, and Open Graph and Twitter tags with an image that exists', () => {
    for (const f of [...htmlPages(), '404.html']) {
      const html = read(f);
      const address = `${ROOT}${f.replace(/index\.html$/, '')}`;
      if (f !== '404.html') {
        expect(html, f).toContain(`<link rel="canonical" href="${address}">`);
        expect(meta(html, 'og:url'), f).toBe(address);
      }
      for (const key of ['og:title', 'og:description', 'og:type', 'og:site_name', 'og:image', 'og:image:alt', 'twitter:card', 'twitter:title', 'twitter:image']) {
        expect(meta(html, key), `${f} ${key}`).toBeTruthy();
      }
      const image = meta(html, 'og:image')!.replace(/&amp;/g, '&');
      expect(image.startsWith(ROOT), `${f} ${image}`).toBe(true);
      expect(meta(html, 'twitter:image')).toBe(meta(html, 'og:image'));
      expect(existsSync(file(fileOf(image.split('?')[0]!))), `${f} ${image}`).toBe(true);
    }
  });

  it("uses a report's photo for its preview, and a card with its headline when it has none", async () => {
    const withPhoto = read('tin-tuc/quang-ninh-tong-ket-thi-dua-khen-thuong-2022/index.html');
    expect(meta(withPhoto, 'og:image')).toMatch(new RegExp(`^${ROOT}_astro/.+\\.jpe?g$`));
    expect(meta(withPhoto, 'og:type')).toBe('article');
    const without = read(`tin-tuc/${EXTRA_REPORT}/index.html`);
    const card = meta(without, 'og:image')!;
    expect(card).toMatch(new RegExp(`^${ROOT}anh-chia-se/tin-tuc/${EXTRA_REPORT}\\.png\\?v=`));
    const png = await sharp(file(fileOf(card.split('?')[0]!))).metadata();
    expect([png.format, png.width, png.height]).toEqual(['png', 1200, 630]);
    expect(meta(read('index.html'), 'og:image')).toMatch(new RegExp(`^${ROOT}anh-chia-se/bang-vang\\.png\\?v=`));
  });

  it('describes reports as NewsArticle and decisions by the awards they confer, in JSON-LD that markup cannot break', () => {
    const reports = htmlPages().filter((f) => /^tin-tuc\/[^/]+\/index\.html$/.test(f) && !/^tin-tuc\/(trang|nam|tinh|loai)\//.test(f));
    expect(reports.length).toBeGreaterThanOrEqual(4);
    for (const f of reports) {
      const [article] = ldOf(read(f));
      expect(article, f).toMatchObject({ '@context': 'https://schema.org', '@type': 'NewsArticle', url: `${ROOT}${f.replace(/index\.html$/, '')}` });
      for (const key of ['headline', 'datePublished', 'author', 'publisher', 'image']) expect(article[key], `${f} ${key}`).toBeTruthy();
      expect(article.image[0].startsWith(ROOT)).toBe(true);
    }
    const hostile = read(`tin-tuc/${EXTRA_REPORT}/index.html`);
    expect(ldOf(hostile)[0].headline).toBe(HOSTILE);
    // Outside attribute values, the headline's markup appears only escaped.
    expect(hostile.replace(/="[^"]*"/g, '=""')).not.toContain('<script>alert(1)</script>');

    for (const id of decisionIds()) {
      const [list] = ldOf(read(`quyet-dinh/${id}/index.html`));
      const shown = decisionRecords.get(id)!;
      expect(list).toMatchObject({ '@type': 'ItemList', numberOfItems: shown.length, url: `${ROOT}quyet-dinh/${id}/` });
      expect(list.itemListElement.length).toBe(Math.min(shown.length, 100));
      for (const [i, entry] of list.itemListElement.entries()) {
        expect(entry.item.name).toBe(shown[i]!.name);
        expect(['Person', 'Organization']).toContain(entry.item['@type']);
        expect(entry.item.award).toBeTruthy();
        expect(entry.item['@id']).toBe(`${ROOT}quyet-dinh/${id}/#stt-${shown[i]!.stt}`);
      }
    }
  });
});

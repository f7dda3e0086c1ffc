/**
 * The pure parts of the open data: CSV writing (quoting, BOM, CRLF, formula guard), the
 * download builders against their schemas, JSON-LD escaping, feed dates, and the preview
 * cards (Vietnamese letters drawn, cache planning).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { BOM, csvCell, guardCell, toCsv, unguardCell } from '../src/lib/open-data/csv.ts';
import {
  awardJson,
  awardJsonText,
  decisionJsonText,
  provinceYearJsonText,
  rollCsvReference,
  decisionCsv,
  decisionIndexJson,
  decisionJson,
  groupByDecision,
  provinceYearJson,
  rollCsv,
  type FullDecision,
  type OpenDataContext,
} from '../src/lib/open-data/downloads.ts';
import { downloadJsonSchema } from '../src/lib/open-data/json-schema.ts';
import { decisionLd, jsonLdText, LD_RECORD_LIMIT, newsArticleLd } from '../src/lib/open-data/json-ld.ts';
import { feedItems, pubDateOf, FEED_ITEMS } from '../src/lib/open-data/feeds.ts';
import { cardDigest, reportCard, shorten, siteCard, CARD_HEIGHT, CARD_WIDTH } from '../src/lib/open-data/cards.ts';
import { layoutCard, loadFonts, paintCard, renderCard, setLine, wrapText } from '../src/lib/open-data/card-render.ts';
import { encodeIndexedPng } from '../src/lib/open-data/png.ts';
import { planCards } from '../src/lib/build-cache.ts';
import { decisionSchema } from '../src/schemas/decision.ts';
import {
  awardDownloadSchema,
  CSV_COLUMNS,
  csvRowSchema,
  decisionDownloadSchema,
  decisionIndexSchema,
  DOWNLOAD_SCHEMAS,
  provinceYearDownloadSchema,
  type DownloadSchemaName,
} from '../src/schemas/open-data.ts';
import sharp from 'sharp';

const parseCsv = (text: string): string[][] => parse(text, { bom: true, relax_column_count: false });

describe('CSV cells', () => {
  it('quotes only what RFC 4180 needs, doubling quotes', () => {
    expect(csvCell('Nguyễn Văn A')).toBe('Nguyễn Văn A');
    expect(csvCell('Giáo viên, Tổ trưởng')).toBe('"Giáo viên, Tổ trưởng"');
    expect(csvCell('Trường "Hoa Sen"')).toBe('"Trường ""Hoa Sen"""');
    expect(csvCell('dòng 1\ndòng 2')).toBe('"dòng 1\ndòng 2"');
    expect(csvCell('a\r\nb')).toBe('"a\r\nb"');
  });

  it('puts an apostrophe before a cell a spreadsheet would run as a formula, and takes it off again', () => {
    for (const cell of ['=HYPERLINK("http://x","y")', '+84 912', '-1', '@SUM(A1)', '\t=1', '\r=1']) {
      expect(guardCell(cell)).toBe(`'${cell}`);
      expect(unguardCell(guardCell(cell))).toBe(cell);
    }
    for (const cell of ['Nguyễn Thị Hòa', '12/QĐ-UBND', "'quoted", '2023-01-09', '']) {
      expect(guardCell(cell)).toBe(cell);
      expect(unguardCell(cell)).toBe(cell);
    }
  });

  it('writes a BOM, a header row and CRLF line ends, and reads back to the same values', () => {
    const rows = [
      { a: 'Đặng Thị Hường', b: 'Giáo viên, "giỏi"' },
      { a: '=1+1', b: 'dòng 1\ndòng 2' },
      { a: undefined, b: 3 },
    ];
    const text = toCsv(['a', 'b'], rows);
    expect(text.startsWith(BOM)).toBe(true);
    expect(Buffer.from(text, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(text.endsWith('\r\n')).toBe(true);
    // Every line break outside quotes is CRLF.
    expect(text.replace(/"[^"]*"/g, '').match(/(?<!\r)\n/g)).toBeNull();
    const back = parseCsv(text);
    expect(back[0]).toEqual(['a', 'b']);
    expect(back.slice(1).map((r) => r.map(unguardCell))).toEqual([
      ['Đặng Thị Hường', 'Giáo viên, "giỏi"'],
      ['=1+1', 'dòng 1\ndòng 2'],
      ['', '3'],
    ]);
    expect(back[2]![0]).toBe("'=1+1");
  });
});

// A decision as the checked content holds it, through the real schema.
const decision = (id: string, raw: Record<string, unknown>): FullDecision => ({ id, data: decisionSchema.parse(raw) });
const hg = decision('ha-giang/2022/qd-1', {
  number: '1/QĐ-UBND',
  date: '20/12/2022',
  issuer: 'UBND tỉnh Hà Giang',
  subject: 'Tặng Bằng khen',
  award: 'bang-khen-ubnd-tinh',
  commendationType: 'thường xuyên',
  province: 'ha-giang',
  records: [
    { stt: 2, name: 'Bùi Văn An', kind: 'cá nhân', title: 'Trưởng thôn', unit: 'Xã Lũng Cú', province: 'tuyen-quang-truoc-2025' },
    { stt: 1, name: 'Tổ xung kích, thôn "Lũng Cú"', kind: 'tập thể', citation: '=cmd|calc\ndòng hai' },
    { stt: 3, name: 'Lò Thị Mai', kind: 'cá nhân', posthumous: true, award: 'huan-chuong-lao-dong', awardClass: 'ba', honoree: 'lo-thi-mai' },
  ],
});
const tq = decision('tuyen-quang/2025/qd-2', {
  number: '2/QĐ-UBND',
  date: '2025-08-01',
  issuer: 'UBND tỉnh Tuyên Quang',
  signer: { name: 'Nguyễn Văn B', title: 'Chủ tịch' },
  subject: 'Tặng Bằng khen',
  award: 'bang-khen-ubnd-tinh',
  commendationType: 'đột xuất',
  province: 'tuyen-quang',
  sample: true,
  records: [{ stt: 1, name: 'Hoàng Văn Cường', kind: 'cá nhân' }],
});
const ctx: OpenDataContext = {
  siteUrl: 'https://example.gov.vn/thi-dua/',
  absolute: (p) => new URL(p, 'https://example.gov.vn').href,
  awardName: (id) => ({ 'bang-khen-ubnd-tinh': 'Bằng khen của Chủ tịch UBND tỉnh', 'huan-chuong-lao-dong': 'Huân chương Lao động' })[id],
  provinceName: (id) => ({ 'ha-giang': 'Hà Giang', 'tuyen-quang': 'Tuyên Quang', 'tuyen-quang-truoc-2025': 'Tuyên Quang' })[id],
  decisionPath: (id) => `/thi-dua/quyet-dinh/${id}/`,
  decisionCsvPath: (id) => `/thi-dua/du-lieu/quyet-dinh/${id}.csv`,
  decisionJsonPath: (id) => `/thi-dua/du-lieu/quyet-dinh/${id}.json`,
};

describe('the downloads', () => {
  it('write one CSV row per record in STT order, with the documented columns and inherited award and province', () => {
    const rows = parseCsv(decisionCsv(hg, ctx));
    expect(rows[0]).toEqual(CSV_COLUMNS.map(([name]) => name));
    const records = rows.slice(1).map((r) => Object.fromEntries(r.map((v, i) => [rows[0]![i], unguardCell(v)])));
    expect(records.map((r) => r.stt)).toEqual(['1', '2', '3']);
    expect(records[0]).toMatchObject({
      decision_id: 'ha-giang/2022/qd-1',
      decision_number: '1/QĐ-UBND',
      decision_date: '2022-12-20',
      name: 'Tổ xung kích, thôn "Lũng Cú"',
      kind: 'tap-the',
      province_id: 'ha-giang',
      award_id: 'bang-khen-ubnd-tinh',
      award_name: 'Bằng khen của Chủ tịch UBND tỉnh',
      citation: '=cmd|calc\ndòng hai',
      posthumous: 'false',
    });
    expect(records[1]).toMatchObject({ province_id: 'tuyen-quang-truoc-2025', title: 'Trưởng thôn', unit: 'Xã Lũng Cú' });
    expect(records[2]).toMatchObject({ award_id: 'huan-chuong-lao-dong', award_class: 'ba', award_name: 'Huân chương Lao động hạng Ba', posthumous: 'true', honoree_id: 'lo-thi-mai' });
    for (const r of records) expect(csvRowSchema.safeParse(r).success).toBe(true);
  });

  it('match their schemas', () => {
    const one = decisionJson(hg, ctx);
    expect(decisionDownloadSchema.parse(one)).toEqual(one);
    expect(one.records.map((r) => r.stt)).toEqual([1, 2, 3]);
    expect(one.decision).toMatchObject({ date: '2022-12-20', recordCount: 3, url: 'https://example.gov.vn/thi-dua/quyet-dinh/ha-giang/2022/qd-1/', csv: 'https://example.gov.vn/thi-dua/du-lieu/quyet-dinh/ha-giang/2022/qd-1.csv' });
    expect(one.provinces).toEqual({ 'ha-giang': 'Hà Giang', 'tuyen-quang-truoc-2025': 'Tuyên Quang' });
    expect(Object.keys(one.awards).sort()).toEqual(['bang-khen-ubnd-tinh', 'huan-chuong-lao-dong']);

    const roll = provinceYearJson({ id: 'tuyen-quang', name: 'Tuyên Quang' }, ['tuyen-quang', 'ha-giang'], 2022, [{ decision: hg, records: hg.data.records }], '/thi-dua/tinh-thanh/tuyen-quang/2022/', ctx);
    expect(provinceYearDownloadSchema.parse(roll)).toEqual(roll);
    expect(roll.recordCount).toBe(3);

    const parts = groupByDecision([
      { decision: tq, record: tq.data.records[0]! },
      { decision: hg, record: hg.data.records[0]! },
      { decision: hg, record: hg.data.records[1]! },
    ]);
    expect(parts.map((p) => [p.decision.id, p.records.length])).toEqual([['tuyen-quang/2025/qd-2', 1], ['ha-giang/2022/qd-1', 2]]);
    const award = awardJson({ id: 'bang-khen-ubnd-tinh', name: 'Bằng khen của Chủ tịch UBND tỉnh' }, parts, '/thi-dua/khen-thuong/bang-khen-ubnd-tinh/', ctx);
    expect(awardDownloadSchema.parse(award)).toEqual(award);
    expect(award.decisions[0]!.signer).toEqual({ name: 'Nguyễn Văn B', title: 'Chủ tịch' });
    expect(parseCsv(rollCsv(parts, ctx)).slice(1).map((r) => r[0])).toEqual(['tuyen-quang/2025/qd-2', 'ha-giang/2022/qd-1', 'ha-giang/2022/qd-1']);

    const index = decisionIndexJson([tq, hg], ctx);
    expect(decisionIndexSchema.parse(index)).toEqual(index);
    expect(index).toMatchObject({ decisionCount: 2, recordCount: 4 });
  });

  it('are built from memoised pieces into exactly the text of the plain builders', () => {
    const parts = [{ decision: tq, records: tq.data.records }, { decision: hg, records: [hg.data.records[2]!, hg.data.records[0]!] }];
    // Twice: the second time from the memoised lines.
    for (let i = 0; i < 2; i++) {
      expect(rollCsv(parts, ctx)).toBe(rollCsvReference(parts, ctx));
      expect(JSON.parse(decisionJsonText(hg, ctx))).toEqual(decisionJson(hg, ctx));
      expect(JSON.parse(provinceYearJsonText({ id: 'tuyen-quang', name: 'Tuyên Quang' }, ['tuyen-quang', 'ha-giang'], 2022, parts, '/p/', ctx))).toEqual(
        provinceYearJson({ id: 'tuyen-quang', name: 'Tuyên Quang' }, ['tuyen-quang', 'ha-giang'], 2022, parts, '/p/', ctx),
      );
      expect(JSON.parse(awardJsonText({ id: 'bang-khen-ubnd-tinh', name: 'B' }, parts, '/a/', ctx))).toEqual(awardJson({ id: 'bang-khen-ubnd-tinh', name: 'B' }, parts, '/a/', ctx));
    }
    expect(decisionJsonText(hg, ctx).endsWith('}\n')).toBe(true);
  });

  it('have their CSV columns documented in docs/open-data.md, in order, with the same descriptions', () => {
    const doc = readFileSync('docs/open-data.md', 'utf8');
    const table = doc.slice(doc.indexOf('<!-- columns:start -->'), doc.indexOf('<!-- columns:end -->'));
    const documented = [...table.matchAll(/^\| `([a-z_]+)` \| (.+) \|$/gm)].map((m) => [m[1], m[2]]);
    expect(documented).toEqual(CSV_COLUMNS.map(([name, meaning]) => [name, meaning]));
  });

  it('have JSON Schemas generated from the zod schemas, with Vietnamese descriptions', () => {
    for (const name of Object.keys(DOWNLOAD_SCHEMAS) as DownloadSchemaName[]) {
      const schema = downloadJsonSchema(name, `https://example.gov.vn/du-lieu/schema/${name}.json`);
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id).toBe(`https://example.gov.vn/du-lieu/schema/${name}.json`);
      expect(schema.type).toBe('object');
      expect(JSON.stringify(schema)).toMatch(/"description":"[^"]*(ế|ă|đ|ư)/);
    }
    const row = downloadJsonSchema('dong-csv', 'x') as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(row.properties)).toEqual(CSV_COLUMNS.map(([name]) => name));
    expect(z.toJSONSchema(decisionDownloadSchema)).toBeTruthy();
  });
});

describe('structured data', () => {
  it('cannot close its script element', () => {
    const text = jsonLdText({ name: '</script><script>alert(1)</script> & <!--' });
    expect(text).not.toMatch(/[<>&]/);
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script> & <!--' });
  });

  it('describes a report as a NewsArticle and a decision as a capped list of Person and Organization with their award', () => {
    const article = newsArticleLd({
      url: 'https://x/tin-tuc/a/',
      headline: 'Tổng kết',
      description: 'Tóm tắt',
      date: { precision: 'day', year: 2023, month: 1, day: 9 },
      authors: ['Phóng viên'],
      publisher: { name: 'Ban Thi đua', url: 'https://x/' },
      images: ['https://x/a.png'],
    });
    expect(article).toMatchObject({ '@type': 'NewsArticle', headline: 'Tổng kết', datePublished: '2023-01-09', author: [{ '@type': 'Person', name: 'Phóng viên' }], publisher: { '@type': 'Organization', name: 'Ban Thi đua' }, image: ['https://x/a.png'] });
    const records = Array.from({ length: 150 }, (_, i) => ({ stt: i + 1, name: `Người ${i + 1}`, kind: i % 2 ? 'tap-the' : 'ca-nhan', award: 'Giấy khen', url: `https://x/#stt-${i + 1}` }));
    const ld = decisionLd({ url: 'https://x/', name: 'QĐ', description: 'd', date: { precision: 'day', year: 2023, month: 1, day: 9 }, issuer: 'UBND', records: records.slice(0, LD_RECORD_LIMIT), count: 150, downloads: { csv: 'c', json: 'j' } }) as {
      numberOfItems: number;
      itemListElement: { item: { '@type': string; award: string } }[];
    };
    expect(ld.numberOfItems).toBe(150);
    expect(ld.itemListElement).toHaveLength(LD_RECORD_LIMIT);
    expect(ld.itemListElement[0]!.item).toMatchObject({ '@type': 'Person', award: 'Giấy khen' });
    expect(ld.itemListElement[1]!.item['@type']).toBe('Organization');
  });
});

describe('feeds', () => {
  it('date items by their day, or the first day of a month or year, and leave unknown dates out', () => {
    expect(pubDateOf({ precision: 'day', year: 2023, month: 1, day: 9 })?.toISOString()).toBe('2023-01-09T12:00:00.000Z');
    expect(pubDateOf({ precision: 'month', year: 2023, month: 3 })?.toISOString()).toBe('2023-03-01T12:00:00.000Z');
    expect(pubDateOf({ precision: 'unknown' })).toBeUndefined();
  });
  it('keep the newest items with absolute links', () => {
    const reports = Array.from({ length: FEED_ITEMS + 5 }, (_, i) => ({
      id: `bai-${i}`,
      data: { title: `Bài ${i}`, summary: 's', date: { precision: 'unknown' as const }, eventKind: 'tong-ket' as const, provinces: ['ha-giang'] },
    }));
    const items = feedItems(reports, { absolute: ctx.absolute, reportPath: (id) => `/thi-dua/tin-tuc/${id}/`, provinceName: ctx.provinceName });
    expect(items).toHaveLength(FEED_ITEMS);
    expect(items[0]).toMatchObject({ link: 'https://example.gov.vn/thi-dua/tin-tuc/bai-0/', categories: ['tổng kết', 'Hà Giang'] });
  });
});

describe('preview cards', () => {
  const fonts = loadFonts();
  /** The pixels (palette indices) of a card whose only text is `title`. */
  const drawn = async (title: string, f = fonts) => Buffer.from((await paintCard({ ...siteCard(), kicker: '', footer: '', title }, f)).indices);
  const bold = { size: 68, weight: 700 } as const;

  it('draw every Vietnamese letter, marks included, with the site font', async () => {
    const bases: Record<string, string> = { a: 'aàáảãạăằắẳẵặâầấẩẫậ', e: 'eèéẻẽẹêềếểễệ', i: 'iìíỉĩị', o: 'oòóỏõọôồốổỗộơờớởỡợ', u: 'uùúủũụưừứửữự', y: 'yỳýỷỹỵ', d: 'dđ' };
    const blank = await drawn('');
    for (const [base, letters] of Object.entries(bases)) {
      for (const letter of [...letters.slice(1), ...letters.slice(1).toUpperCase()]) {
        const [placed] = setLine(letter, bold, fonts).glyphs;
        expect(placed!.glyph.index, `${letter} has a glyph of its own`).toBeGreaterThan(0);
        const plain = await drawn(letter === letter.toUpperCase() ? base.toUpperCase() : base);
        const card = await drawn(letter);
        expect(card.equals(blank), `${letter} is drawn`).toBe(false);
        expect(card.equals(plain), `${letter} is drawn with its marks, not as ${base}`).toBe(false);
      }
    }
    // Without the Vietnamese subset there is no "đ": it would come out as the missing-letter box.
    expect(setLine('đ', bold, loadFonts(undefined, ['latin'])).glyphs[0]!.glyph.index).toBe(0);
  });

  it('are PNG images of the size the networks ask for, in the site colours', async () => {
    const spec = reportCard({ id: 'a', data: { title: 'Đắk Lắk tổng kết thi đua năm 2024', date: { precision: 'day', year: 2025, month: 1, day: 9 }, eventKind: 'tong-ket' } });
    const png = await renderCard(spec, fonts);
    const meta = await sharp(png).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', CARD_WIDTH, CARD_HEIGHT]);
    const { data } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    const at = (x: number, y: number) => '#' + [...data.subarray((y * CARD_WIDTH + x) * 3, (y * CARD_WIDTH + x) * 3 + 3)].map((v) => v.toString(16).padStart(2, '0')).join('');
    expect(at(5, 5)).toBe(spec.colours.accent.toLowerCase());
    expect(at(CARD_WIDTH - 5, CARD_HEIGHT - 5)).toBe(spec.colours.background.toLowerCase());
    // The headline is there: solid white pixels in the middle band, none in the margins.
    const white = (y0: number, y1: number) => {
      let n = 0;
      for (let y = y0; y < y1; y += 1) for (let x = 0; x < CARD_WIDTH; x += 1) if (at(x, y) === '#ffffff') n += 1;
      return n;
    };
    expect(white(150, 480)).toBeGreaterThan(2000);
    expect(white(0, 40) + white(CARD_HEIGHT - 40, CARD_HEIGHT)).toBe(0);
  });

  it('set long headlines on lines that fit the card, in order, between the top and bottom lines', () => {
    const title = 'Tỉnh Thừa Thiên Huế tổng kết phong trào thi đua yêu nước, trao Cờ thi đua của Chính phủ và Bằng khen của Thủ tướng cho 24 tập thể';
    const lines = wrapText(title, 1032, bold, fonts);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(1032);
    const text = (line: (typeof lines)[number]) => line.glyphs.map((g) => String.fromCodePoint(...(g.glyph.unicodes ?? [])).slice(0, 1)).join('');
    expect(lines.map(text).join(' ')).toBe(title);
    const [kicker, headline, footer] = layoutCard(reportCard({ id: 'a', data: { title, date: { precision: 'year', year: 2024 }, eventKind: 'tong-ket' } }), fonts);
    const baselines = [...kicker!.baselines, ...headline!.baselines, ...footer!.baselines];
    expect(baselines).toEqual([...baselines].sort((a, b) => a - b));
    expect(baselines[0]).toBeGreaterThan(56);
    expect(baselines.at(-1)).toBeLessThan(CARD_HEIGHT - 56);
    // A single word wider than the card is cut rather than overflowing.
    const long = wrapText('Đ'.repeat(60), 1032, bold, fonts);
    expect(long.length).toBeGreaterThan(1);
    for (const line of long) expect(line.width).toBeLessThanOrEqual(1032);
  });

  it('write indexed-colour PNGs any decoder reads back exactly', async () => {
    const palette = [[123, 17, 19], [244, 197, 86], [255, 255, 255]] as const;
    const indices = Uint8Array.from([0, 1, 2, 2, 1, 0]);
    const png = encodeIndexedPng(3, 2, palette, indices);
    const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height]).toEqual([3, 2]);
    expect([...data]).toEqual([...indices].flatMap((i) => palette[i]!));
    expect(() => encodeIndexedPng(1, 1, Array.from({ length: 257 }, () => [0, 0, 0] as const), Uint8Array.of(0))).toThrow(/256/);
    expect(() => encodeIndexedPng(2, 2, palette, indices)).toThrow(/4 indices/);
  });

  it('shorten long headlines at a word', () => {
    expect(shorten('một hai ba bốn năm sáu', 12)).toBe('một hai ba…');
    expect(shorten('ngắn', 12)).toBe('ngắn');
  });

  it('are drawn again only when their text changes', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bang-vang-cards-'));
    try {
      const report = (title: string) => reportCard({ id: 'a', data: { title, date: { precision: 'unknown' }, eventKind: 'tin-tuc' } });
      const first = planCards(dir, [siteCard(), report('Tin một')], 'v1');
      expect(first.jobs).toHaveLength(2);
      for (const job of first.jobs) writeFileSync(job.cacheFile, 'png');
      expect(planCards(dir, [siteCard(), report('Tin một')], 'v1').jobs).toHaveLength(0);
      const changed = planCards(dir, [siteCard(), report('Tin một, sửa')], 'v1');
      expect(changed.jobs.map((j) => j.spec.title)).toEqual(['Tin một, sửa']);
      // The old card's file is gone; a new drawing code redraws everything.
      expect(existsSync(first.cards[1]!.cacheFile)).toBe(false);
      expect(planCards(dir, [siteCard()], 'v2').jobs).toHaveLength(1);
      expect(cardDigest(report('x'))).toBe(cardDigest({ ...report('x'), file: 'elsewhere.png' }));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

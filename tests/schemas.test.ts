/**
 * Each schema against a valid example and against the mistakes press officers make,
 * pinning the exact message they will read.
 */
import { describe, expect, it } from 'vitest';
import { decisionSchema } from '../src/schemas/decision.ts';
import { reportSchema } from '../src/schemas/report.ts';
import { clusterSchema } from '../src/schemas/cluster.ts';
import { movementSchema } from '../src/schemas/movement.ts';
import { honoreeSchema } from '../src/schemas/honoree.ts';
import { provinceSchema } from '../src/schemas/province.ts';
import { awardSchema } from '../src/schemas/award.ts';
import { parseWith, type Problem } from '../src/lib/content/problems.ts';
import type { z } from 'astro/zod';

function problemsOf(schema: z.ZodType, data: unknown): string[] {
  const problems: Problem[] = [];
  parseWith(schema, { file: 'f.json', data }, problems);
  return problems.map((p) => `${p.field}: ${p.message}`);
}
function parsed<S extends z.ZodType>(schema: S, data: unknown): z.output<S> {
  const problems: Problem[] = [];
  const out = parseWith(schema, { file: 'f.json', data }, problems);
  expect(problems).toEqual([]);
  return out!;
}

const decision = () => ({
  number: '12/QĐ-UBND',
  date: '2023-01-05',
  issuer: 'UBND tỉnh Quảng Ninh',
  subject: 'Tặng Bằng khen',
  award: 'bang-khen-ubnd-tinh',
  commendationType: 'thường xuyên',
  province: 'quang-ninh',
  records: [{ stt: 1, name: 'Trần Văn An', kind: 'cá nhân' }],
});

describe('decision schema', () => {
  it('accepts a decision and normalises text and choices', () => {
    const d = parsed(decisionSchema, {
      ...decision(),
      records: [{ stt: 1, name: '  Nguye\u0302\u0303n  Văn An ', kind: 'Cá nhân' }],
    });
    expect(d.records[0]!.name).toBe('Nguyễn Văn An');
    expect(d.records[0]!.kind).toBe('ca-nhan');
    expect(d.commendationType).toBe('thuong-xuyen');
    expect(d.date).toEqual({ precision: 'day', year: 2023, month: 1, day: 5 });
    expect(d.sample).toBe(false);
  });
  it('names the impossible date', () => {
    expect(problemsOf(decisionSchema, { ...decision(), date: '31/02/2023' })).toEqual([
      'date: ngày 31/2/2023 không có thật (tháng 2/2023 chỉ có 28 ngày)',
    ]);
  });
  it('wants a whole date for a decision', () => {
    expect(problemsOf(decisionSchema, { ...decision(), date: '2023-03' })).toEqual([
      'date: cần đủ ngày, tháng, năm, ví dụ "9/1/2023"',
    ]);
  });
  it('names a missing field, a wrong kind and a bad STT', () => {
    const { issuer: _issuer, ...rest } = decision();
    expect(
      problemsOf(decisionSchema, { ...rest, records: [{ stt: 0, name: 'A', kind: 'tổ chức' }] }),
    ).toEqual([
      'issuer: thiếu, cần điền',
      'records[0].stt: STT phải từ 1 trở lên',
      'records[0].kind: chỉ nhận một trong các giá trị: "cá nhân", "tập thể", "hộ gia đình"',
    ]);
  });
  it('refuses an unknown field, so a typo is not silently dropped', () => {
    expect(problemsOf(decisionSchema, { ...decision(), provnce: 'quang-ninh' })).toEqual([
      '(cả tệp): có trường không thuộc mẫu: provnce',
    ]);
  });
  it('refuses an empty list and an empty name', () => {
    expect(problemsOf(decisionSchema, { ...decision(), records: [] })).toEqual([
      'records: một quyết định cần ít nhất một người hoặc tập thể được khen',
    ]);
    expect(problemsOf(decisionSchema, { ...decision(), number: '   ' })).toEqual(['number: đang để trống, cần điền']);
  });
  it('refuses an id with capitals or marks', () => {
    expect(problemsOf(decisionSchema, { ...decision(), province: 'Quảng Ninh' })).toEqual([
      'province: phải là mã (id) viết thường, không dấu, nối bằng gạch ngang, ví dụ "quang-ninh"',
    ]);
  });
});

describe('report schema', () => {
  const report = () => ({
    title: 'Hội nghị tổng kết',
    date: '2023-03',
    eventKind: 'tong-ket',
    summary: 'Tóm tắt.',
  });
  it('accepts a month-only date and an unknown date', () => {
    expect(parsed(reportSchema(), report()).date).toEqual({ precision: 'month', year: 2023, month: 3 });
    expect(parsed(reportSchema(), { ...report(), date: 'không rõ' }).date).toEqual({ precision: 'unknown' });
  });
  it('accepts a Date object, as YAML gives for a bare date', () => {
    expect(parsed(reportSchema(), { ...report(), date: new Date(Date.UTC(2023, 0, 9)) }).date).toEqual({
      precision: 'day',
      year: 2023,
      month: 1,
      day: 9,
    });
  });
  it('names a wrong event kind and a bad source address', () => {
    expect(
      problemsOf(reportSchema(), { ...report(), eventKind: 'họp', source: { publisher: 'Cổng TTĐT', url: 'nghean.gov.vn' } }),
    ).toEqual([
      'eventKind: chỉ nhận một trong các giá trị: "tổng kết", "sơ kết", "phát động", "ký giao ước", "trao tặng", "gặp mặt, tri ân", "đại hội thi đua", "tin tức"',
      'source.url: phải là một địa chỉ web đầy đủ, bắt đầu bằng https://',
    ]);
  });
});

describe('cluster, movement, honoree, province and award schemas', () => {
  it('cluster: a year needs members', () => {
    expect(
      problemsOf(clusterSchema, {
        name: 'Cụm', kind: 'cụm', level: 'trung-uong', organiser: 'HĐTĐKT TW', memberKind: 'tỉnh',
        years: [{ year: '2022', members: [] }],
      }),
    ).toEqual(['years[0].year: năm phải là một số, ví dụ 2023', 'years[0].members: cần ít nhất một thành viên']);
  });
  it('movement: period.start is read as a partial date', () => {
    const m = parsed(movementSchema, {
      name: 'Phong trào', launchedBy: 'UBND tỉnh', level: 'tỉnh', scope: 'toàn tỉnh', period: { start: '26/10/2022' },
    });
    expect(m.period.start).toEqual({ precision: 'day', year: 2022, month: 10, day: 26 });
    expect(m.period.end).toBeUndefined();
  });
  it('honoree: kind is required', () => {
    expect(problemsOf(honoreeSchema(), { name: 'A', province: 'quang-ninh' })).toEqual(['kind: thiếu, cần điền']);
  });
  it('province: an ended unit needs its successor', () => {
    expect(problemsOf(provinceSchema, { name: 'Hà Giang', type: 'tỉnh', validUntil: '2025-06-30' })).toEqual([
      'successor: một đơn vị đã kết thúc ("validUntil") phải ghi đơn vị kế thừa ("successor"), và ngược lại',
    ]);
  });
  it('province: its end not before its start', () => {
    expect(
      problemsOf(provinceSchema, { name: 'Hà Giang', type: 'tỉnh', validFrom: '2025-07-01', validUntil: '2025-06-30', successor: 'tuyen-quang' }),
    ).toEqual(['validUntil: kết thúc (30/6/2025) trước khi bắt đầu (1/7/2025)']);
  });
  it('award: precedence must be greater than zero', () => {
    expect(
      problemsOf(awardSchema, {
        name: 'Giấy khen', category: 'giấy khen', level: 'cơ sở', precedence: 0, conferredBy: 'Thủ trưởng đơn vị',
      }),
    ).toEqual(['precedence: phải lớn hơn 0']);
  });
});

describe('what a press officer mistypes', () => {
  const report = () => ({ title: 'Hội nghị tổng kết', date: '2023-03', eventKind: 'tong-ket', summary: 'Tóm tắt.' });
  const withSource = (url: unknown) => problemsOf(reportSchema(), { ...report(), source: { publisher: 'Cổng TTĐT tỉnh Nghệ An', url } });

  it('takes only http: and https: addresses, written in full', () => {
    expect(withSource('https://nghean.gov.vn/tin-tuc/a?id=1')).toEqual([]);
    expect(withSource('http://nghean.gov.vn')).toEqual([]);
    const refused = (scheme: string) => `source.url: địa chỉ bắt đầu bằng "${scheme}" không được nhận: chỉ nhận địa chỉ trang web bắt đầu bằng https:// hoặc http://`;
    expect(withSource('javascript:alert(1)')).toEqual([refused('javascript:')]);
    // The URL parser lower-cases the scheme and drops tabs, as a browser would before running it.
    expect(withSource('  JavaScript:alert(1)')).toEqual([refused('javascript:')]);
    expect(withSource('java\tscript:alert(1)')).toEqual([refused('javascript:')]);
    expect(withSource('data:text/html,<script>alert(1)</script>')).toEqual([refused('data:')]);
    expect(withSource('ftp://nghean.gov.vn/qd.pdf')).toEqual([refused('ftp:')]);
    expect(withSource('htps://nghean.gov.vn')).toEqual([refused('htps:')]);
    for (const relative of ['/tin-tuc/a', '//nghean.gov.vn/a', 'nghean.gov.vn', 'https//nghean.gov.vn', '']) {
      expect(withSource(relative), relative).toEqual(['source.url: phải là một địa chỉ web đầy đủ, bắt đầu bằng https://']);
    }
    expect(withSource(42)).toEqual(['source.url: phải là một địa chỉ web đầy đủ, bắt đầu bằng https://']);
    expect(withSource('https://nghean')).toEqual(['source.url: địa chỉ "https://nghean" thiếu tên miền đầy đủ, ví dụ https://nghean.gov.vn/…']);
  });

  it('keeps the address as written, only trimmed', () => {
    expect(parsed(reportSchema(), { ...report(), source: { publisher: 'Báo Nghệ An', url: ' https://baonghean.vn/a ' } }).source?.url).toBe('https://baonghean.vn/a');
  });

  it('wants names with letters', () => {
    const named = (n: string) => problemsOf(honoreeSchema(), { name: n, kind: 'cá nhân', province: 'quang-ninh' });
    expect(named('...')).toEqual(['name: "..." không phải là tên: tên phải có chữ cái']);
    expect(named('— 12 —')).toEqual(['name: "— 12 —" không phải là tên: tên phải có chữ cái']);
    expect(named(' \t ')).toEqual(['name: đang để trống, cần điền']);
    expect(named('Tổ 5')).toEqual([]);
    expect(problemsOf(decisionSchema, { ...decision(), signer: { name: '0' }, issuer: '-' })).toEqual([
      'issuer: "-" không phải là tên: tên phải có chữ cái',
      'signer.name: "0" không phải là tên: tên phải có chữ cái',
    ]);
  });

  it('refuses an item listed twice, however it is written', () => {
    expect(
      problemsOf(reportSchema(), {
        ...report(),
        movements: ['dan-van-kheo', 'dan-van-kheo'],
        honours: [{ award: 'bang-khen-ubnd-tinh', recipients: 'Nhiều tập thể', recipientKinds: ['cá nhân', 'ca-nhan'] }],
        officials: [{ name: 'Nguyễn Văn A' }, { name: 'Nguyễn  Văn A', titles: ['Chủ tịch UBND tỉnh'] }],
        authors: ['Phóng viên', 'Phóng viên'],
      }),
    ).toEqual([
      'movements[1]: "dan-van-kheo" đã có ở trên trong danh sách này; mỗi mục chỉ ghi một lần',
      'honours[0].recipientKinds[1]: "ca-nhan" đã có ở trên trong danh sách này; mỗi mục chỉ ghi một lần',
      'officials[1]: "Nguyễn Văn A" đã có ở trên trong danh sách này; mỗi mục chỉ ghi một lần',
      'authors[1]: "Phóng viên" đã có ở trên trong danh sách này; mỗi mục chỉ ghi một lần',
    ]);
    expect(
      problemsOf(clusterSchema, {
        name: 'Cụm', kind: 'cụm', level: 'trung-uong', organiser: 'HĐTĐKT TW', memberKind: 'tỉnh',
        years: [{ year: 2022, members: ['nghe-an', 'ha-tinh', 'nghe-an'], governmentFlag: ['nghe-an', 'nghe-an'] }],
      }),
    ).toEqual([
      'years[0].members[2]: "nghe-an" đã có ở trên trong danh sách này; mỗi mục chỉ ghi một lần',
      'years[0].governmentFlag[1]: "nghe-an" đã có ở trên trong danh sách này; mỗi mục chỉ ghi một lần',
    ]);
  });

  it('reads a decision number in its number/sign form', () => {
    // "Chưa có số – …" is what npm run new writes until the number is known (the validator wants sample: true with it).
    for (const number of ['123/QĐ-UBND', '98/2023/NĐ-CP', '286-QĐ/TW', 'MẪU-01/QĐ-UBND', 'T-01/QĐ-UBND', '1234/QĐ-CTN', 'Chưa có số – Về việc tặng Bằng khen']) {
      expect(problemsOf(decisionSchema, { ...decision(), number }), number).toEqual([]);
    }
    for (const number of ['12 QĐ-UBND', 'QĐ-UBND', '12/', '12/2023', '123/QĐ-UBND ngày 5/1/2024', 'Số 12/QĐ-UBND']) {
      expect(problemsOf(decisionSchema, { ...decision(), number }), number).toEqual([
        `number: số quyết định viết liền theo dạng số/ký hiệu, ví dụ "12/QĐ-UBND" hoặc "98/2023/NĐ-CP" (không ghi chữ "Số:", không có dấu cách); đang là "${number}"`,
      ]);
    }
  });

  it('reads years as four-digit years from 1945', () => {
    const cluster = (year: unknown) =>
      problemsOf(clusterSchema, { name: 'Cụm', kind: 'cụm', level: 'trung-uong', organiser: 'HĐTĐKT TW', memberKind: 'tỉnh', years: [{ year, members: ['nghe-an'] }] });
    expect(cluster(1945)).toEqual([]);
    expect(cluster(1944)).toEqual([
      'years[0].year: năm 1944 là trước ngày 2/9/1945, ngày nước Việt Nam Dân chủ Cộng hòa ra đời; trước đó chưa có thi đua, khen thưởng của Nhà nước, nên hãy kiểm tra lại năm',
    ]);
    expect(cluster(2022.5)).toEqual(['years[0].year: năm phải là số nguyên, ví dụ 2023']);
    expect(problemsOf(decisionSchema, { ...decision(), achievementYear: 20222 })).toEqual(['achievementYear: năm 20222 không có thật: năm viết bằng 4 chữ số, ví dụ 2023']);
  });

  it('refuses every kind of date before 2/9/1945', () => {
    const early = (d: string) => `${d} là trước ngày 2/9/1945, ngày nước Việt Nam Dân chủ Cộng hòa ra đời; trước đó chưa có thi đua, khen thưởng của Nhà nước, nên hãy kiểm tra lại năm`;
    expect(problemsOf(reportSchema(), { ...report(), date: '1930' })).toEqual([`date: ${early('năm 1930')}`]);
    expect(
      problemsOf(movementSchema, { name: 'Phong trào', launchedBy: 'UBND tỉnh', level: 'tỉnh', scope: 'toàn tỉnh', period: { start: '8/1945' } }),
    ).toEqual([`period.start: ${early('tháng 8/1945')}`]);
    expect(problemsOf(provinceSchema, { name: 'Hà Giang', type: 'tỉnh', validFrom: '1900-01-01' })).toEqual([`validFrom: ${early('1/1/1900')}`]);
    expect(
      problemsOf(movementSchema, { name: 'Phong trào Thi đua ái quốc', launchedBy: 'Chủ tịch Hồ Chí Minh', level: 'trung-uong', scope: 'cả nước', period: { start: '11/6/1948' } }),
    ).toEqual([]);
  });
});

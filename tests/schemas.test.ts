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
  it('award: precedence must be greater than zero', () => {
    expect(
      problemsOf(awardSchema, {
        name: 'Giấy khen', category: 'giấy khen', level: 'cơ sở', precedence: 0, conferredBy: 'Thủ trưởng đơn vị',
      }),
    ).toEqual(['precedence: phải lớn hơn 0']);
  });
});

import { describe, expect, it } from 'vitest';
import {
  beforeEarliest,
  buildDay,
  BUILD_TIME_ZONE,
  dateRange,
  dayIn,
  formatViDate,
  isAfter,
  parsePartialDate,
  rangeOutOfOrder,
  toIso,
  UNKNOWN_DATE,
  type Day,
} from '../src/lib/dates.ts';

const ok = (input: unknown) => {
  const r = parsePartialDate(input);
  if (!r.ok) throw new Error(r.reason);
  return r.date;
};

describe('parsePartialDate', () => {
  it('reads ISO days, Vietnamese day/month/year, months and years', () => {
    expect(toIso(ok('2023-01-09'))).toBe('2023-01-09');
    expect(toIso(ok('9/1/2023'))).toBe('2023-01-09');
    expect(toIso(ok('09/01/2023'))).toBe('2023-01-09');
    expect(toIso(ok('2023-03'))).toBe('2023-03');
    expect(toIso(ok('3/2023'))).toBe('2023-03');
    expect(toIso(ok('2023'))).toBe('2023');
    expect(toIso(ok(new Date(Date.UTC(2023, 0, 9))))).toBe('2023-01-09');
  });
  it('accepts an explicitly unknown date', () => {
    expect(ok(null).precision).toBe('unknown');
    expect(ok('không rõ').precision).toBe('unknown');
    expect(ok('Không rõ').precision).toBe('unknown');
  });
  it('refuses impossible days with the reason', () => {
    expect(parsePartialDate('2023-02-31')).toEqual({
      ok: false,
      reason: 'ngày 31/2/2023 không có thật (tháng 2/2023 chỉ có 28 ngày)',
    });
    expect(parsePartialDate('31/02/2023')).toEqual({
      ok: false,
      reason: 'ngày 31/2/2023 không có thật (tháng 2/2023 chỉ có 28 ngày)',
    });
    expect(parsePartialDate('29/2/2024').ok).toBe(true);
    expect(parsePartialDate('2023-13').ok).toBe(false);
  });
  it('refuses unknown when a date is required', () => {
    expect(parsePartialDate(null, { allowUnknown: false })).toEqual({ ok: false, reason: 'thiếu ngày' });
  });
});

describe('formatting', () => {
  it('writes dates the Vietnamese way', () => {
    expect(formatViDate(ok('2023-01-09'))).toBe('9/1/2023');
    expect(formatViDate(ok('2023-03'))).toBe('tháng 3/2023');
    expect(formatViDate(ok(null))).toBe('không rõ ngày');
  });
  it('gives the span a month stands for', () => {
    expect(dateRange(ok('2024-02'))).toEqual({ first: '2024-02-01', last: '2024-02-29' });
  });
});

describe('dates that cannot be right', () => {
  const day = (y: number, m: number, d: number): Day => ({ precision: 'day', year: y, month: m, day: d });
  it('points out a day and month written the other way round', () => {
    expect(parsePartialDate('12/25/2023')).toEqual({ ok: false, reason: 'tháng 25 không có thật (tháng phải từ 1 đến 12); ngày viết trước tháng, có phải ngày 25/12/2023?' });
    expect(parsePartialDate('2023-25-12')).toEqual({ ok: false, reason: 'tháng 25 không có thật (tháng phải từ 1 đến 12); ngày viết trước tháng, có phải ngày 25/12/2023?' });
    // Neither way round is a day: no guess offered.
    expect(parsePartialDate('31/13/2023')).toEqual({ ok: false, reason: 'tháng 13 không có thật (tháng phải từ 1 đến 12)' });
    expect(parsePartialDate('2/31/2023')).toEqual({ ok: false, reason: 'tháng 31 không có thật (tháng phải từ 1 đến 12)' });
  });
  it('refuses anything before 2/9/1945, to the day', () => {
    const early = (input: string) => beforeEarliest(ok(input));
    expect(early('1/9/1945')).toBe('1/9/1945 là trước ngày 2/9/1945, ngày nước Việt Nam Dân chủ Cộng hòa ra đời; trước đó chưa có thi đua, khen thưởng của Nhà nước, nên hãy kiểm tra lại năm');
    expect(early('8/1945')).toBe('tháng 8/1945 là trước ngày 2/9/1945, ngày nước Việt Nam Dân chủ Cộng hòa ra đời; trước đó chưa có thi đua, khen thưởng của Nhà nước, nên hãy kiểm tra lại năm');
    expect(early('1944')).toMatch(/^năm 1944 là trước ngày 2\/9\/1945/);
    expect(early('2/9/1945')).toBeUndefined();
    expect(early('9/1945')).toBeUndefined();
    expect(early('1945')).toBeUndefined();
    expect(beforeEarliest(UNKNOWN_DATE)).toBeUndefined();
  });
  it('orders the two ends of a range, a month standing for all its days', () => {
    expect(rangeOutOfOrder(ok('3/2022'), ok('2/2022'))).toBe('kết thúc (tháng 2/2022) trước khi bắt đầu (tháng 3/2022)');
    expect(rangeOutOfOrder(ok('3/2022'), ok('3/2022'))).toBeUndefined();
    expect(rangeOutOfOrder(ok('15/3/2022'), ok('3/2022'))).toBeUndefined();
    expect(rangeOutOfOrder(ok('2022'), ok('1/2022'))).toBeUndefined();
    expect(rangeOutOfOrder(ok('1/4/2022'), ok('31/3/2022'))).toBe('kết thúc (31/3/2022) trước khi bắt đầu (1/4/2022)');
    expect(rangeOutOfOrder(ok('2022'), UNKNOWN_DATE)).toBeUndefined();
  });
  it('tells a date wholly after a day from one that only ends after it', () => {
    const today = day(2026, 12, 4);
    expect(isAfter(ok('5/12/2026'), today)).toBe(true);
    expect(isAfter(ok('4/12/2026'), today)).toBe(false);
    expect(isAfter(ok('12/2026'), today)).toBe(false);
    expect(isAfter(ok('1/2027'), today)).toBe(true);
    expect(isAfter(UNKNOWN_DATE, today)).toBe(false);
  });
});

describe('the day of the build', () => {
  it('is the day in Vietnam, not on the machine\'s clock', () => {
    // 17:30 UTC on 4 December is half past midnight on 5 December in Hà Nội.
    const now = new Date(Date.UTC(2026, 11, 4, 17, 30));
    expect(dayIn(BUILD_TIME_ZONE, now)).toEqual({ precision: 'day', year: 2026, month: 12, day: 5 });
    expect(buildDay({}, now)).toEqual({ ok: true, day: { precision: 'day', year: 2026, month: 12, day: 5 } });
  });
  it('is BUILD_DATE when set, written either way', () => {
    const now = new Date(Date.UTC(2026, 11, 4));
    expect(buildDay({ BUILD_DATE: '2023-01-09' }, now)).toEqual({ ok: true, day: { precision: 'day', year: 2023, month: 1, day: 9 } });
    expect(buildDay({ BUILD_DATE: ' 9/1/2023 ' }, now)).toEqual({ ok: true, day: { precision: 'day', year: 2023, month: 1, day: 9 } });
    expect(buildDay({ BUILD_DATE: '' }, now)).toEqual({ ok: true, day: { precision: 'day', year: 2026, month: 12, day: 4 } });
  });
  it('says why a BUILD_DATE cannot be used', () => {
    expect(buildDay({ BUILD_DATE: '2023-01' })).toEqual({ ok: false, reason: '"2023-01" không phải một ngày đủ ngày, tháng, năm; hãy viết "2026-12-04" hoặc "4/12/2026"' });
    expect(buildDay({ BUILD_DATE: 'hôm nay' })).toEqual({ ok: false, reason: '"hôm nay" không phải một ngày đủ ngày, tháng, năm; hãy viết "2026-12-04" hoặc "4/12/2026"' });
  });
});

import { describe, expect, it } from 'vitest';
import { dateRange, formatViDate, parsePartialDate, toIso } from '../src/lib/dates.ts';

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

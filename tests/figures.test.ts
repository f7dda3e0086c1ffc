import { describe, expect, it } from 'vitest';
import { chartableValues, formatFigureValue, formatPeriod } from '../src/lib/figures.ts';
import type { FigureValue } from '../src/schemas/figure.ts';

const day = (year: number, month: number, d: number) => ({ precision: 'day' as const, year, month, day: d });
const month = (year: number, m: number) => ({ precision: 'month' as const, year, month: m });
const year = (y: number) => ({ precision: 'year' as const, year: y });

describe('figures', () => {
  it('writes values the Vietnamese way', () => {
    expect(formatFigureValue({ kind: 'so-luong', value: 1283, unit: 'cá nhân' })).toBe('1.283 cá nhân');
    expect(formatFigureValue({ kind: 'ty-so', value: 22, total: 32 })).toBe('22/32');
    expect(formatFigureValue({ kind: 'phan-tram', value: 10.28 })).toBe('10,28%');
    expect(formatFigureValue({ kind: 'gia-tri', value: 55000, unit: 'tỷ đồng' })).toBe('55.000 tỷ đồng');
  });
  it('writes periods as a reader expects', () => {
    expect(formatPeriod({ from: month(2023, 1), to: month(2023, 9) })).toBe('1–9/2023');
    expect(formatPeriod({ from: year(2022), to: year(2022) })).toBe('năm 2022');
    expect(formatPeriod({ asOf: day(2023, 11, 2) })).toBe('tính đến 2/11/2023');
    expect(formatPeriod({ from: month(2022, 10), to: month(2023, 10) })).toBe('10/2022 – 10/2023');
  });
  it('charts counts together, or ratios together, but never a lone value', () => {
    const v = (key: string, kind: FigureValue['kind'], value: number, total?: number): FigureValue => ({ key, label: key, kind, value, total });
    expect(chartableValues([v('a', 'so-luong', 1), v('b', 'so-luong', 2), v('c', 'phan-tram', 3)]).map((x) => x.key)).toEqual(['a', 'b']);
    expect(chartableValues([v('a', 'ty-so', 5, 20), v('b', 'ty-so', 12, 20)]).map((x) => x.key)).toEqual(['a', 'b']);
    expect(chartableValues([v('a', 'phan-tram', 10)])).toEqual([]);
  });
});

/** How figures read in Vietnamese: values with their units, periods, and which to chart. */
import { formatViDate, sortKey, type PartialDate } from './dates.ts';
import { formatNumber } from './format.ts';
import type { FigureData, FigureValue } from '../schemas/figure.ts';

/** "457 tập thể", "5/20", "10,28%", "55.000 tỷ đồng". */
export function formatFigureValue(v: Pick<FigureValue, 'kind' | 'value' | 'total' | 'unit'>): string {
  switch (v.kind) {
    case 'ty-so':
      return `${formatNumber(v.value)}/${formatNumber(v.total ?? 0)}`;
    case 'phan-tram':
      return `${formatNumber(v.value)}%`;
    default:
      return v.unit ? `${formatNumber(v.value)} ${v.unit}` : formatNumber(v.value);
  }
}

const monthYear = (d: PartialDate) => (d.precision === 'day' ? formatViDate(d) : d.precision === 'month' ? `${d.month}/${d.year}` : String(d.precision === 'year' ? d.year : ''));

/** "1–9/2023", "năm 2022", "tính đến 2/11/2023", "3/2022 – 6/2023". */
export function formatPeriod(period: FigureData['period']): string {
  const { from, to, asOf } = period;
  if (asOf) return `tính đến ${formatViDate(asOf)}`;
  if (!from) return '';
  if (!to) return `từ ${monthYear(from)}`;
  if (from.precision === 'year' && to.precision === 'year') return from.year === to.year ? `năm ${from.year}` : `${from.year}–${to.year}`;
  if (from.precision === 'month' && to.precision === 'month' && from.year === to.year) return `${from.month}–${to.month}/${to.year}`;
  return `${monthYear(from)} – ${monthYear(to)}`;
}

/** When a set of figures begins, for ordering sets over time. */
export function periodSortKey(period: FigureData['period']): string {
  const start = period.asOf ?? period.from;
  return start ? sortKey(start) : '9999';
}

/** Values that can share one bar chart: counts and amounts of the same unit, or ratios as shares. */
export function chartableValues(values: readonly FigureValue[]): FigureValue[] {
  const counts = values.filter((v) => v.kind === 'so-luong' || v.kind === 'gia-tri');
  if (counts.length >= 2) return counts;
  const ratios = values.filter((v) => v.kind === 'ty-so');
  return ratios.length >= 2 ? ratios : [];
}

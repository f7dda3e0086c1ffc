/**
 * Days of the synthetic dataset, as whole numbers (days since 1970-01-01) so that they can
 * be drawn at random and compared; written out as the site writes dates.
 */
import { dateRange, formatViDate, type PartialDate } from '../../../src/lib/dates.ts';

const MS_PER_DAY = 86_400_000;
/** Day number (days since 1970-01-01) of an ISO day. */
export function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y!, m! - 1, d!) / MS_PER_DAY;
}
/** ISO day of a day number. */
export function isoDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}
export const yearOfDay = (day: number) => Number(isoDay(day).slice(0, 4));
export const monthOfDay = (day: number) => Number(isoDay(day).slice(5, 7));
/** 0 = Sunday … 6 = Saturday. */
export const weekday = (day: number) => (((day + 4) % 7) + 7) % 7;

/** The dataset covers ten years, 2016–2025. */
export const FIRST_DAY = dayNumber('2016-01-01');
export const LAST_DAY = dayNumber('2025-12-31');
export const FIRST_YEAR = 2016;
export const LAST_YEAR = 2025;
/** The 2025 merger of provinces, and the end of districts. */
export const MERGER_DAY = dayNumber('2025-07-01');

/** First day a (partial) date may stand for; -Infinity when there is none. */
export function firstDayOf(date: PartialDate | undefined): number {
  const r = date ? dateRange(date) : null;
  return r ? dayNumber(r.first) : -Infinity;
}
/** Last day a (partial) date may stand for; Infinity when there is none. */
export function lastDayOf(date: PartialDate | undefined): number {
  const r = date ? dateRange(date) : null;
  return r ? dayNumber(r.last) : Infinity;
}

/** "9/1/2023", as the site writes a day. */
export const viDate = (day: number) => formatViDate({ precision: 'day', year: yearOfDay(day), month: monthOfDay(day), day: Number(isoDay(day).slice(8, 10)) });
/** "tháng 1/2023", as the site writes a month. */
export const viMonth = (day: number) => formatViDate({ precision: 'month', year: yearOfDay(day), month: monthOfDay(day) });

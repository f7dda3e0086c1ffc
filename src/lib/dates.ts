/**
 * Dates as the news and the decisions give them: a full day, a month only
 * (one source says no more than "2023-03"), or not known at all.
 * Vietnamese writes day before month ("9/1/2023" is 9 January); never read it US-style.
 */

export type PartialDate =
  | { precision: 'day'; year: number; month: number; day: number }
  | { precision: 'month'; year: number; month: number }
  | { precision: 'year'; year: number }
  | { precision: 'unknown' };

export const UNKNOWN_DATE: PartialDate = { precision: 'unknown' };

const UNKNOWN_WORDS = new Set(['khong ro', 'khong-ro', 'chua ro', 'unknown']);

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Why a written date is not a real one, in words for a press officer; undefined when it is fine. */
function checkDay(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12) {
    // "12/25/2023" or "2023-25-12": day and month typed the other way round, as US software writes them.
    const swapped = month <= 31 && day >= 1 && day <= 12 && month <= daysInMonth(year, day);
    const hint = swapped ? `; ngày viết trước tháng, có phải ngày ${month}/${day}/${year}?` : '';
    return `tháng ${month} không có thật (tháng phải từ 1 đến 12)${hint}`;
  }
  const max = daysInMonth(year, month);
  if (day < 1 || day > max) return `ngày ${day}/${month}/${year} không có thật (tháng ${month}/${year} chỉ có ${max} ngày)`;
  return undefined;
}

export type DateParseResult = { ok: true; date: PartialDate } | { ok: false; reason: string };

/**
 * Read a date written as "2023-01-09", "2023-03", "2023", "9/1/2023", "09/01/2023",
 * "3/2023", a JavaScript Date (YAML turns bare dates into those), or null / "không rõ".
 */
export function parsePartialDate(input: unknown, { allowUnknown = true } = {}): DateParseResult {
  if (input === null || input === undefined || input === '') {
    return allowUnknown ? { ok: true, date: UNKNOWN_DATE } : { ok: false, reason: 'thiếu ngày' };
  }
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) return { ok: false, reason: 'ngày không đọc được' };
    return {
      ok: true,
      date: { precision: 'day', year: input.getUTCFullYear(), month: input.getUTCMonth() + 1, day: input.getUTCDate() },
    };
  }
  if (typeof input === 'number' && Number.isInteger(input) && input > 1900 && input < 2200) {
    return { ok: true, date: { precision: 'year', year: input } };
  }
  if (typeof input !== 'string') return { ok: false, reason: 'ngày phải viết dạng "2023-01-09", "9/1/2023" hoặc "2023-03"' };
  const text = input.normalize('NFC').trim();
  const folded = text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').toLowerCase();
  if (UNKNOWN_WORDS.has(folded)) {
    return allowUnknown ? { ok: true, date: UNKNOWN_DATE } : { ok: false, reason: 'ngày này không được để trống hay "không rõ"' };
  }
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (m) return day(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (m) return day(+m[3]!, +m[2]!, +m[1]!);
  m = /^(\d{4})-(\d{1,2})$/.exec(text) ;
  if (m) return month(+m[1]!, +m[2]!);
  m = /^(\d{1,2})\/(\d{4})$/.exec(text);
  if (m) return month(+m[2]!, +m[1]!);
  m = /^(\d{4})$/.exec(text);
  if (m) return { ok: true, date: { precision: 'year', year: +m[1]! } };
  return { ok: false, reason: `"${text}" không phải một ngày; hãy viết "2023-01-09", "9/1/2023" hoặc "2023-03"` };

  function day(y: number, mo: number, d: number): DateParseResult {
    const reason = checkDay(y, mo, d);
    return reason ? { ok: false, reason } : { ok: true, date: { precision: 'day', year: y, month: mo, day: d } };
  }
  function month(y: number, mo: number): DateParseResult {
    if (mo < 1 || mo > 12) return { ok: false, reason: `tháng ${mo} không có thật (tháng phải từ 1 đến 12)` };
    return { ok: true, date: { precision: 'month', year: y, month: mo } };
  }
}

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO form: "2023-01-09", "2023-03", "2023", or null when unknown. */
export function toIso(date: PartialDate): string | null {
  switch (date.precision) {
    case 'day':
      return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
    case 'month':
      return `${date.year}-${pad(date.month)}`;
    case 'year':
      return String(date.year);
    default:
      return null;
  }
}

/** The first and last day a partial date may stand for, as "YYYY-MM-DD"; null when unknown. */
export function dateRange(date: PartialDate): { first: string; last: string } | null {
  switch (date.precision) {
    case 'day': {
      const iso = toIso(date)!;
      return { first: iso, last: iso };
    }
    case 'month':
      return {
        first: `${date.year}-${pad(date.month)}-01`,
        last: `${date.year}-${pad(date.month)}-${pad(daysInMonth(date.year, date.month))}`,
      };
    case 'year':
      return { first: `${date.year}-01-01`, last: `${date.year}-12-31` };
    default:
      return null;
  }
}

/** The year of a date, or undefined when unknown. */
export function yearOf(date: PartialDate): number | undefined {
  return date.precision === 'unknown' ? undefined : date.year;
}

/** A key that sorts dates in time order, unknown dates last. */
export function sortKey(date: PartialDate): string {
  return dateRange(date)?.first ?? '9999-99-99';
}

/** Vietnamese display: "9/1/2023", "tháng 3/2023", "năm 2023", "không rõ ngày". */
export function formatViDate(date: PartialDate): string {
  switch (date.precision) {
    case 'day':
      return `${date.day}/${date.month}/${date.year}`;
    case 'month':
      return `tháng ${date.month}/${date.year}`;
    case 'year':
      return `năm ${date.year}`;
    default:
      return 'không rõ ngày';
  }
}

/** A date known to the day. */
export type Day = Extract<PartialDate, { precision: 'day' }>;

/**
 * The Democratic Republic of Vietnam was proclaimed on 2/9/1945; the State's emulation and
 * commendation work (its decisions, movements, titles) only exists from then on, so any
 * date of the model before it is a mistyped year.
 */
export const EARLIEST_DAY: Day = { precision: 'day', year: 1945, month: 9, day: 2 };

/** Why a date is too early for anything the site records; undefined when it is not. */
export function beforeEarliest(date: PartialDate): string | undefined {
  const range = dateRange(date);
  if (!range || range.last >= toIso(EARLIEST_DAY)!) return undefined;
  return (
    `${formatViDate(date)} là trước ngày ${formatViDate(EARLIEST_DAY)}, ngày nước Việt Nam Dân chủ Cộng hòa ra đời; ` +
    'trước đó chưa có thi đua, khen thưởng của Nhà nước, nên hãy kiểm tra lại năm'
  );
}

/** Whether a date lies wholly after a day (a month lies after it when its first day does). */
export function isAfter(date: PartialDate, day: Day): boolean {
  const range = dateRange(date);
  return range !== null && range.first > toIso(day)!;
}

/**
 * Why two dates of a range are out of order: the end lies wholly before the start.
 * Undefined when they are in order or either is unknown; "3/2022" to "3/2022" is in order.
 */
export function rangeOutOfOrder(start: PartialDate, end: PartialDate): string | undefined {
  const from = dateRange(start);
  const to = dateRange(end);
  if (!from || !to || from.first <= to.last) return undefined;
  return `kết thúc (${formatViDate(end)}) trước khi bắt đầu (${formatViDate(start)})`;
}

/** Sites are built for Vietnamese provinces: "today" is the day in Vietnam, not on the build machine's clock. */
export const BUILD_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** The day it is in a time zone at an instant. */
export function dayIn(timeZone: string, now: Date): Day {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(now);
  const part = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return { precision: 'day', year: part('year'), month: part('month'), day: part('day') };
}

/**
 * The day content is checked against ("today"): `BUILD_DATE` from the environment when set
 * (so that tests are deterministic and an old build can be reproduced exactly), otherwise
 * the current day in Vietnam.
 */
export function buildDay(env: Record<string, string | undefined> = process.env, now: Date = new Date()): { ok: true; day: Day } | { ok: false; reason: string } {
  const written = env.BUILD_DATE?.trim();
  if (!written) return { ok: true, day: dayIn(BUILD_TIME_ZONE, now) };
  const result = parsePartialDate(written, { allowUnknown: false });
  if (!result.ok || result.date.precision !== 'day') {
    return { ok: false, reason: `"${written}" không phải một ngày đủ ngày, tháng, năm; hãy viết "2026-12-04" hoặc "4/12/2026"` };
  }
  return { ok: true, day: result.date };
}

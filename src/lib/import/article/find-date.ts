/**
 * The date of an article: the event's day when the lead says it ("Ngày 9/1, …", "Sáng
 * 26/10/2022, …"), else the publication's ("02/11/2023 12:34", a page's metadata), else
 * a month ("date 2023-03"). A day without its year takes the year from the publication
 * date, or from the article itself — a January review of year Y is held in Y+1 — and
 * says so in a warning. What cannot be found is null, never today.
 */
import { dateRange, parsePartialDate, toIso, type PartialDate } from '../../dates.ts';
import type { Finding } from '../shared/report.ts';
import { looseKey } from '../shared/vi.ts';

export type DateFinding = Finding<PartialDate>;

interface DayMonth {
  day: number;
  month: number;
  year?: number;
  written: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const shown = (d: PartialDate) =>
  d.precision === 'day' ? `${d.day}/${d.month}/${d.year}` : d.precision === 'month' ? `tháng ${d.month}/${d.year}` : d.precision === 'year' ? `năm ${d.year}` : 'không rõ';

function valid(y: number, m: number, d: number): PartialDate | null {
  const r = parsePartialDate(`${y}-${pad(m)}-${pad(d)}`, { allowUnknown: false });
  return r.ok ? r.date : null;
}

function daysBetween(a: PartialDate, b: PartialDate): number {
  const ra = dateRange(a)!;
  const rb = dateRange(b)!;
  return (Date.parse(rb.first) - Date.parse(ra.first)) / 86_400_000;
}

/** A publication date from a page's metadata ("2023-01-09T10:30:00+07:00") as the day in Việt Nam. */
export function dayFromMeta(value: string): PartialDate | null {
  const plain = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (plain) return valid(+plain[1]!, +plain[2]!, +plain[3]!);
  const t = Date.parse(value);
  if (Number.isNaN(t)) {
    const vn = /(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/.exec(value);
    return vn ? valid(+vn[3]!, +vn[2]!, +vn[1]!) : null;
  }
  const local = new Date(t + 7 * 3_600_000);
  return valid(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate());
}

/** A date line: "date 2023-03", "date 2023-03-09", "02/11/2023 12:34", "Thứ Hai, 09/01/2023". */
export function parseDateline(text: string): PartialDate | null {
  const marker = /date\s*:?\s*(\d{4})-(\d{1,2})(?:-(\d{1,2}))?/i.exec(text);
  if (marker) {
    if (marker[3]) return valid(+marker[1]!, +marker[2]!, +marker[3]!);
    const r = parsePartialDate(`${marker[1]}-${pad(+marker[2]!)}`);
    return r.ok ? r.date : null;
  }
  const vn = /(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/.exec(text);
  return vn ? valid(+vn[3]!, +vn[2]!, +vn[1]!) : null;
}

/** "Ngày 9/1, …", "Sáng 9/1/2023, …", "Chiều ngày 26/10 …", "ngày 9 tháng 1 năm 2023" at the start of the lead. */
export function leadDate(lead: string): DayMonth | null {
  const head = lead.slice(0, 120);
  const prefix = String.raw`^(?:[^.]{0,40}?\s[–—-]\s|\([^)]{0,40}\)\s*[–—-]?\s*)?(?:(?:sáng|chiều|tối|trưa|đêm|chiều tối)\s+(?:nay\s+)?)?(?:\(?(?:ngày|hôm nay|hôm qua)\s*)?`;
  let m = new RegExp(prefix + String.raw`(\d{1,2})\s*[/-]\s*(\d{1,2})(?:\s*[/-]\s*(\d{4}))?(?!\d)`, 'iu').exec(head);
  if (m) return { day: +m[1]!, month: +m[2]!, year: m[3] ? +m[3] : undefined, written: m[0].trim() };
  m = new RegExp(prefix + String.raw`(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?`, 'iu').exec(head);
  if (m) return { day: +m[1]!, month: +m[2]!, year: m[3] ? +m[3] : undefined, written: m[0].trim() };
  return null;
}

/**
 * The year of a day written without one, from the article: "tổng kết … năm 2022" held in
 * the first months is in 2023; "sơ kết … năm 2023" is in 2023.
 */
export function inferYear(dm: DayMonth, text: string): { year: number; reason: string } | null {
  const loose = looseKey(text);
  const review = /tong ket[^.;]{0,120}?nam (\d{4})/.exec(loose);
  if (review) {
    const y = +review[1]!;
    if (dm.month <= 4) return { year: y + 1, reason: `bài là hội nghị tổng kết năm ${y}, họp vào tháng ${dm.month} nên là năm ${y + 1}` };
    return { year: y, reason: `bài là hội nghị tổng kết năm ${y}, họp vào tháng ${dm.month}` };
  }
  const midYear = /so ket[^.;]{0,120}?nam (\d{4})/.exec(loose);
  if (midYear) return { year: +midYear[1]!, reason: `bài là hội nghị sơ kết năm ${midYear[1]}` };
  return null;
}

export function findDate(input: { metaPublished?: string; datelines: string[]; lead?: string; text: string }): DateFinding {
  const warnings: string[] = [];
  let published: PartialDate | null = input.metaPublished ? dayFromMeta(input.metaPublished) : null;
  let publishedFrom = 'siêu dữ liệu của trang';
  if (!published) {
    for (const line of input.datelines) {
      const d = parseDateline(line);
      if (d) {
        published = d;
        publishedFrom = `dòng “${line}”`;
        break;
      }
    }
  }
  const lead = input.lead ? leadDate(input.lead) : null;

  if (lead) {
    let year = lead.year;
    let reason: string | undefined;
    if (year === undefined && published && published.precision !== 'unknown') {
      year = published.year;
      if (published.precision !== 'year' && lead.month > published.month) year -= 1;
      reason = `năm lấy theo ngày đăng (${shown(published)})`;
    }
    if (year === undefined) {
      const inferred = inferYear(lead, input.text);
      if (inferred) {
        year = inferred.year;
        reason = inferred.reason;
      }
    }
    if (year !== undefined) {
      const day = valid(year, lead.month, lead.day);
      if (day) {
        // The event's day is used when it fits the publication (the same month, or up to a month before it).
        const fits =
          !published ||
          published.precision === 'unknown' ||
          (published.precision === 'month' ? published.year === year && published.month === lead.month : daysBetween(day, published) >= 0 && daysBetween(day, published) <= 31);
        if (fits) {
          if (reason) warnings.push(`ngày: bài ghi “${lead.written}” không có năm; ${reason} — hãy kiểm tra`);
          if (published && published.precision === 'day' && toIso(day) !== toIso(published)) {
            warnings.push(`ngày: dùng ngày diễn ra sự kiện ${shown(day)}; bài đăng ngày ${shown(published)}`);
          }
          return { value: day, warnings };
        }
      } else warnings.push(`ngày: “${lead.written}” không phải một ngày có thật`);
    } else if (!published) {
      warnings.push(`ngày: bài ghi “${lead.written}” nhưng không có năm và không suy ra được năm; hãy điền ngày`);
      return { value: { precision: 'unknown' }, warnings };
    }
  }
  if (published) {
    if (published.precision === 'month') warnings.push(`ngày: bài chỉ ghi tháng (${shown(published)}, theo ${publishedFrom}); hãy điền ngày nếu biết`);
    return { value: published, warnings };
  }
  warnings.push('ngày: không tìm thấy ngày của bài; hãy điền ngày');
  return { value: { precision: 'unknown' }, warnings };
}

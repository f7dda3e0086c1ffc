/**
 * Building blocks shared by every content schema. Messages are written for the
 * press officer who edits the file, in Vietnamese.
 */
import { z } from 'astro/zod';
import { cleanText, nfc, slugify } from '../lib/text.ts';
import { beforeEarliest, EARLIEST_DAY, parsePartialDate, type PartialDate } from '../lib/dates.ts';

/** Text cleaned to NFC and trimmed, never empty; `problem` may refuse it for a reason of its own. */
function cleanedText(problem?: (value: string) => string | undefined) {
  // One transform rather than a transform piped into a second schema: records are
  // parsed by the hundred thousand, and their names and units are their most common fields.
  return z
    .string({ error: (i) => (i.input === undefined ? 'thiếu, cần điền' : 'phải là một đoạn chữ (đặt trong dấu ngoặc kép)') })
    .transform((s, ctx) => {
      const value = cleanText(s);
      const reason = value ? problem?.(value) : 'đang để trống, cần điền';
      if (reason) {
        ctx.addIssue({ code: 'custom', message: reason, input: s });
        return z.NEVER;
      }
      return value;
    });
}

/** A piece of text: NFC, trimmed, never empty. */
export const text = () => cleanedText();

/**
 * A name of a person, a collective, a body or a thing: text with at least one letter.
 * "123" or "..." is a slip of the keyboard or a cell pasted into the wrong column, not a name.
 */
export const name = () => cleanedText((value) => (/\p{L}/u.test(value) ? undefined : `"${value}" không phải là tên: tên phải có chữ cái`));

/** Longer text whose line breaks matter (a citation, a summary): NFC and trimmed, breaks kept. */
export const longText = () =>
  z
    .string({ error: (i) => (i.input === undefined ? 'thiếu, cần điền' : 'phải là một đoạn chữ (đặt trong dấu ngoặc kép)') })
    .transform((s) => nfc(s).replace(/[ \t\u00A0]+/g, ' ').trim())
    .pipe(z.string().min(1, 'đang để trống, cần điền'));

/** An id of another entry: lower-case letters, digits and hyphens, as in a web address ("quang-ninh"). */
export const ref = () =>
  z
    .string({ error: 'phải là mã (id) viết thường, không dấu, nối bằng gạch ngang, ví dụ "quang-ninh"' })
    .transform((s) => nfc(s).trim())
    .pipe(
      z
        .string()
        .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/, 'phải là mã (id) viết thường, không dấu, nối bằng gạch ngang, ví dụ "quang-ninh"'),
    );

/**
 * Marks every item of a list that repeats an earlier one (compared by `key`): a province
 * listed twice is a copy-and-paste slip, and would show twice on the page.
 */
export function noRepeats<T>(key: (item: T) => string = String) {
  return (list: readonly T[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    list.forEach((item, i) => {
      const k = key(item);
      if (!seen.has(k)) seen.add(k);
      else ctx.addIssue({ code: 'custom', path: [i], message: `"${k}" đã có ở trên trong danh sách này; mỗi mục chỉ ghi một lần`, input: item });
    });
  };
}

/** A list of ids, possibly empty, each at most once. */
export const refs = () => z.array(ref(), { error: 'phải là một danh sách mã, ví dụ ["quang-ninh"]' }).superRefine(noRepeats()).default([]);

/** A year of emulation or of achievement, written as a number. */
export const year = () =>
  // Bounds rather than a refinement, so the web editor's number field gets the same bounds
  // as the check (its configuration is generated from these schemas).
  z
    .number({ error: 'năm phải là một số, ví dụ 2023' })
    .int('năm phải là số nguyên, ví dụ 2023')
    .min(EARLIEST_DAY.year, { error: (issue) => beforeEarliest({ precision: 'year', year: Number(issue.input) }) })
    .max(9999, { error: (issue) => `năm ${String(issue.input)} không có thật: năm viết bằng 4 chữ số, ví dụ 2023` });

/**
 * A choice among fixed values. Authors may write the value as a slug ("ca-nhan") or in
 * plain Vietnamese ("cá nhân", "Cá nhân"); both are read as the same value.
 */
export function choice<const T extends readonly [string, ...string[]]>(values: T, labels: Record<T[number], string>) {
  const shown = values.map((v) => `"${labels[v as T[number]]}"`).join(', ');
  return z.preprocess(
    (v) => (typeof v === 'string' ? slugify(v) : v),
    z.enum(values, { error: (i) => (i.input === undefined ? 'thiếu, cần điền' : `chỉ nhận một trong các giá trị: ${shown}`) }),
  );
}

/** A date that may be a full day, a month only, a year only, or unknown (null / "không rõ"). */
export const partialDate = ({ allowUnknown = true } = {}) =>
  z.any().transform((value, ctx): PartialDate => {
    const result = parsePartialDate(value, { allowUnknown });
    if (!result.ok) {
      ctx.addIssue({ code: 'custom', message: result.reason, input: value });
      return z.NEVER;
    }
    const early = beforeEarliest(result.date);
    if (early) {
      ctx.addIssue({ code: 'custom', message: early, input: value });
      return z.NEVER;
    }
    return result.date;
  });

/** A full date (day, month and year), required. */
export const exactDate = () =>
  z.any().transform((value, ctx): PartialDate & { precision: 'day' } => {
    const result = parsePartialDate(value, { allowUnknown: false });
    if (!result.ok) {
      ctx.addIssue({ code: 'custom', message: result.reason, input: value });
      return z.NEVER;
    }
    if (result.date.precision !== 'day') {
      ctx.addIssue({ code: 'custom', message: 'cần đủ ngày, tháng, năm, ví dụ "9/1/2023"', input: value });
      return z.NEVER;
    }
    const early = beforeEarliest(result.date);
    if (early) {
      ctx.addIssue({ code: 'custom', message: early, input: value });
      return z.NEVER;
    }
    return result.date;
  });

const NOT_A_WEB_ADDRESS = 'phải là một địa chỉ web đầy đủ, bắt đầu bằng https://';

/**
 * A web address a reader may follow: http: or https: only, with a full host name. Any
 * other scheme is refused, because a link is shown as written: "javascript:" would run
 * code in the reader's browser when clicked, "data:" would open a page the site did not
 * publish.
 */
export const url = () =>
  z.string({ error: NOT_A_WEB_ADDRESS }).transform((written, ctx) => {
    const value = nfc(written).trim();
    let address: URL;
    try {
      address = new URL(value);
    } catch {
      ctx.addIssue({ code: 'custom', message: NOT_A_WEB_ADDRESS, input: written });
      return z.NEVER;
    }
    if (address.protocol !== 'https:' && address.protocol !== 'http:') {
      ctx.addIssue({
        code: 'custom',
        message: `địa chỉ bắt đầu bằng "${address.protocol}" không được nhận: chỉ nhận địa chỉ trang web bắt đầu bằng https:// hoặc http://`,
        input: written,
      });
      return z.NEVER;
    }
    // "https://nghean" (the ".gov.vn" forgotten) parses, but leads nowhere.
    if (!address.hostname.includes('.')) {
      ctx.addIssue({ code: 'custom', message: `địa chỉ "${value}" thiếu tên miền đầy đủ, ví dụ https://nghean.gov.vn/…`, input: written });
      return z.NEVER;
    }
    return value;
  });

/** Kinds of recipient the law knows: individuals, collectives, households. */
export const RECIPIENT_KINDS = ['ca-nhan', 'tap-the', 'ho-gia-dinh'] as const;
export type RecipientKind = (typeof RECIPIENT_KINDS)[number];
export const RECIPIENT_KIND_LABELS: Record<RecipientKind, string> = {
  'ca-nhan': 'cá nhân',
  'tap-the': 'tập thể',
  'ho-gia-dinh': 'hộ gia đình',
};
export const recipientKind = () => choice(RECIPIENT_KINDS, RECIPIENT_KIND_LABELS);

/** A person present at an event, with the titles the article gives them. */
export const official = () =>
  z.strictObject({
    /** Full name, as written in the source. */
    name: name(),
    /** Titles in the order the source gives them, e.g. ["Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"]. */
    titles: z.array(text()).default([]),
  });

/**
 * Building blocks shared by every content schema. Messages are written for the
 * press officer who edits the file, in Vietnamese.
 */
import { z } from 'astro/zod';
import { cleanText, nfc, slugify } from '../lib/text.ts';
import { parsePartialDate, type PartialDate } from '../lib/dates.ts';

/** A piece of text: NFC, trimmed, never empty. */
export const text = () =>
  // One transform rather than a transform piped into a second schema: records are
  // parsed by the hundred thousand, and this is their most common field.
  z
    .string({ error: (i) => (i.input === undefined ? 'thiếu, cần điền' : 'phải là một đoạn chữ (đặt trong dấu ngoặc kép)') })
    .transform((s, ctx) => {
      const value = cleanText(s);
      if (!value) {
        ctx.addIssue({ code: 'custom', message: 'đang để trống, cần điền', input: s });
        return z.NEVER;
      }
      return value;
    });

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

/** A list of ids, possibly empty. */
export const refs = () => z.array(ref(), { error: 'phải là một danh sách mã, ví dụ ["quang-ninh"]' }).default([]);

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
    return result.date;
  });

/** A web address. */
export const url = () => z.url({ error: 'phải là một địa chỉ web đầy đủ, bắt đầu bằng https://' });

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
    name: text(),
    /** Titles in the order the source gives them, e.g. ["Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"]. */
    titles: z.array(text()).default([]),
  });

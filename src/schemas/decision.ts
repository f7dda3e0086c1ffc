/**
 * Honour rolls, organised by decision (quyết định khen thưởng). One JSON file per
 * decision holds the decision's facts and its list of records, however long.
 */
import { z } from 'astro/zod';
import { awardClass } from './award.ts';
import { choice, exactDate, longText, name, recipientKind, ref, text, url, year } from './common.ts';

export const COMMENDATION_TYPES = ['thuong-xuyen', 'dot-xuat', 'chuyen-de', 'cong-hien', 'nien-han', 'doi-ngoai'] as const;
export type CommendationType = (typeof COMMENDATION_TYPES)[number];
export const COMMENDATION_TYPE_LABELS: Record<CommendationType, string> = {
  'thuong-xuyen': 'thường xuyên',
  'dot-xuat': 'đột xuất',
  'chuyen-de': 'theo đợt, chuyên đề',
  'cong-hien': 'quá trình cống hiến',
  'nien-han': 'theo niên hạn',
  'doi-ngoai': 'đối ngoại',
};

/**
 * A decision number as the document writes it after "Số:": the number, a slash and the
 * sign, without spaces — "123/QĐ-UBND", "98/2023/NĐ-CP", "286-QĐ/TW".
 */
const DECISION_NUMBER = /^[\p{L}\p{N}.\-–]*\p{N}[\p{L}\p{N}.\-–]*\/[\p{L}\p{N}.\-–/]*\p{L}[\p{L}\p{N}.\-–/]*$/u;

/** "Chưa có số – …": the number of a decision being entered before it is known, as `npm run new` writes it. */
export const hasNoNumberYet = (number: string) => number.toLocaleLowerCase('vi').startsWith('chưa có số');

export const decisionNumber = () =>
  text().superRefine((value, ctx) => {
    if (!DECISION_NUMBER.test(value) && !hasNoNumberYet(value)) {
      ctx.addIssue({
        code: 'custom',
        message: `số quyết định viết liền theo dạng số/ký hiệu, ví dụ "12/QĐ-UBND" hoặc "98/2023/NĐ-CP" (không ghi chữ "Số:", không có dấu cách); đang là "${value}"`,
        input: value,
      });
    }
  });

/** One line of the list attached to a decision. */
export const recordSchema = z.strictObject({
  /** Position in the decision's list (STT), from 1. */
  stt: z.number({ error: 'STT phải là một số' }).int('STT phải là số nguyên').positive('STT phải từ 1 trở lên'),
  /** Name of the person, collective or household, as the decision writes it. */
  name: name(),
  /** Person, collective or household. */
  kind: recipientKind(),
  /** Position held (chức vụ), for a person. */
  title: text().optional(),
  /** Unit (đơn vị) the person belongs to, or the collective's parent body. */
  unit: text().optional(),
  /** Province at the time of the award, when it differs from the decision's. */
  province: ref().optional(),
  /** Achievement or citation (thành tích). */
  citation: longText().optional(),
  /** Conferred posthumously (truy tặng). */
  posthumous: z.boolean().default(false),
  /** Award, when this record's differs from the decision's. */
  award: ref().optional(),
  /** Class, when this record's differs from the decision's. */
  awardClass: awardClass().optional(),
  /** Profile id linking the same person or collective across decisions. */
  honoree: ref().optional(),
  /** Given name, when it is not the last word of the name (e.g. "Bình Minh"); the name must end with it. */
  givenName: name().optional(),
});

export const decisionSchema = z.strictObject({
  /** Decision number as written: "123/QĐ-UBND"; a year in it ("98/2023/NĐ-CP") is the year of `date`; "Chưa có số …" only for sample data. */
  number: decisionNumber(),
  /** Date the decision was signed: from 2/9/1945, and not after today. */
  date: exactDate(),
  /** Issuing authority: "UBND tỉnh Quảng Ninh", "Thủ tướng Chính phủ". */
  issuer: name(),
  /** Who signed it. */
  signer: z
    .object({
      /** Full name. */
      name: name(),
      /** Title at signing: "Chủ tịch", "KT. Chủ tịch – Phó Chủ tịch". */
      title: text().optional(),
    })
    .optional(),
  /** What the decision is about (trích yếu). */
  subject: longText(),
  /** Award it confers, from the taxonomy. */
  award: ref(),
  /** Class of the award, for awards with classes. */
  awardClass: awardClass().optional(),
  /** Type of commendation. */
  commendationType: choice(COMMENDATION_TYPES, COMMENDATION_TYPE_LABELS),
  /** Province whose roll it belongs to, as the unit was on the decision's date. */
  province: ref(),
  /** The movement it rewards, if any; the decision cannot be dated before the movement started. */
  movement: ref().optional(),
  /** Year of the achievement it rewards, when it differs from the decision's year (never after it). */
  achievementYear: year().optional(),
  /** Where the decision was published. */
  source: z
    .object({
      /** Publisher of the decision. */
      publisher: name(),
      /** Address of the published decision: http:// or https:// only. */
      url: url().optional(),
    })
    .optional(),
  /** Sample data made up for the demonstration, shown as such on the site. */
  sample: z.boolean().default(false),
  /** The list of records, in the decision's order. */
  records: z.array(recordSchema).min(1, 'một quyết định cần ít nhất một người hoặc tập thể được khen'),
});

export type DecisionData = z.output<typeof decisionSchema>;
export type RecordData = z.output<typeof recordSchema>;

/**
 * A decision without its list: what the content layer keeps, so that listing decisions
 * does not serialise every record of every roll (the records are read from the checked
 * content, see src/lib/content/checked.ts).
 */
export const decisionSummarySchema = decisionSchema.omit({ records: true }).extend({
  /** Number of records in the decision's list. */
  recordCount: z.number().int().positive(),
});
export type DecisionSummary = z.output<typeof decisionSummarySchema>;

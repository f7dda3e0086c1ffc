/**
 * The award taxonomy of the Law on Emulation and Commendation (06/2022/QH15) and the
 * names used under the 2003 law, which old honour rolls still carry.
 */
import { z } from 'astro/zod';
import { RECIPIENT_KINDS, choice, exactDate, ref, recipientKind, text } from './common.ts';

export const AWARD_CATEGORIES = [
  'huan-chuong',
  'danh-hieu-vinh-du',
  'giai-thuong',
  'huy-chuong',
  'co-thi-dua',
  'danh-hieu-thi-dua',
  'bang-khen',
  'ky-niem-chuong',
  'giay-khen',
  'huy-hieu',
] as const;
export type AwardCategory = (typeof AWARD_CATEGORIES)[number];
export const AWARD_CATEGORY_LABELS: Record<AwardCategory, string> = {
  'huan-chuong': 'Huân chương',
  'danh-hieu-vinh-du': 'Danh hiệu vinh dự nhà nước',
  'giai-thuong': 'Giải thưởng',
  'huy-chuong': 'Huy chương',
  'co-thi-dua': 'Cờ thi đua',
  'danh-hieu-thi-dua': 'Danh hiệu thi đua',
  'bang-khen': 'Bằng khen',
  'ky-niem-chuong': 'Kỷ niệm chương',
  'giay-khen': 'Giấy khen',
  'huy-hieu': 'Huy hiệu',
};

/** Who decides: the tier used to group and order awards for display. */
export const AWARD_LEVELS = ['nha-nuoc', 'chinh-phu', 'bo-nganh-tinh', 'co-so'] as const;
export type AwardLevel = (typeof AWARD_LEVELS)[number];
export const AWARD_LEVEL_LABELS: Record<AwardLevel, string> = {
  'nha-nuoc': 'Cấp Nhà nước',
  'chinh-phu': 'Chính phủ, Thủ tướng Chính phủ',
  'bo-nganh-tinh': 'Bộ, ban, ngành, tỉnh',
  'co-so': 'Cơ sở',
};

/** Classes of an order or medal. */
export const AWARD_CLASSES = ['nhat', 'nhi', 'ba'] as const;
export type AwardClass = (typeof AWARD_CLASSES)[number];
export const AWARD_CLASS_LABELS: Record<AwardClass, string> = { nhat: 'hạng Nhất', nhi: 'hạng Nhì', ba: 'hạng Ba' };
export const awardClass = () => choice(AWARD_CLASSES, { nhat: 'nhất', nhi: 'nhì', ba: 'ba' });

export const awardSchema = z.strictObject({
  /** Official name, as the law or the decision writes it: "Huân chương Lao động". */
  name: text(),
  /** A shorter form for tables: "HC Lao động", "CSTĐ cơ sở". */
  shortName: text().optional(),
  /** Form of commendation or kind of title. */
  category: choice(AWARD_CATEGORIES, AWARD_CATEGORY_LABELS),
  /** The tier of the body that decides it. */
  level: choice(AWARD_LEVELS, AWARD_LEVEL_LABELS),
  /** Order of precedence for display: smaller comes first (Huân chương Sao vàng is 1). */
  precedence: z.number().int().positive(),
  /** Classes it comes in, highest first; a record of this award must name one. */
  classes: z.array(awardClass()).default([]),
  /** Who confers it, in words: "Chủ tịch nước", "Chủ tịch UBND tỉnh". */
  conferredBy: text(),
  /** Who may receive it. */
  recipients: z.array(recipientKind()).min(1, 'cần ít nhất một đối tượng được nhận').default([...RECIPIENT_KINDS]),
  /** Whether it may be conferred posthumously (truy tặng). */
  posthumous: z.boolean().default(false),
  /** The article of law that defines it. */
  legalBasis: text().optional(),
  /** What it recognises, in one or two sentences. */
  description: text().optional(),
  /** First day the name was in use (for names introduced by the 2022 law: 1/1/2024). */
  validFrom: exactDate().optional(),
  /** Last day the name was in use (names of the 2003 law: 31/12/2023). */
  validUntil: exactDate().optional(),
  /** The award that took over from this one under a later law. */
  replacedBy: ref().optional(),
  /** Other spellings found in decisions, to match imported lists. */
  aliases: z.array(text()).default([]),
});

export type AwardData = z.output<typeof awardSchema>;

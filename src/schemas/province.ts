/**
 * Provincial-level units: the 63 that existed before the 2025 merger and the 34 after it.
 * A unit that merged keeps its own entry, its dates and a pointer to its successor.
 */
import { z } from 'astro/zod';
import { rangeOutOfOrder } from '../lib/dates.ts';
import { choice, exactDate, ref, text } from './common.ts';

export const PROVINCE_TYPES = ['tinh', 'thanh-pho'] as const;

export const provinceSchema = z
  .strictObject({
    /** Short name as people say it: "Quảng Ninh", "Hà Nội", "Thừa Thiên Huế". */
    name: text(),
    /** Whether the unit is a province (tỉnh) or a centrally-run city (thành phố trực thuộc Trung ương). */
    type: choice(PROVINCE_TYPES, { tinh: 'tỉnh', 'thanh-pho': 'thành phố' }),
    /** ISO 3166-2:VN code of the pre-2025 unit, e.g. "VN-13"; none exists for the units created in 2025. */
    isoCode: z.string().regex(/^VN-[0-9A-Z]{2}$/, 'mã ISO có dạng "VN-13"').optional(),
    /** First day the unit existed in this form; omitted when it predates every record the site holds. */
    validFrom: exactDate().optional(),
    /** Last day the unit existed in this form, not before `validFrom`; omitted for a unit that still exists. */
    validUntil: exactDate().optional(),
    /** The unit that took this one over (merger or renaming); required when `validUntil` is set. */
    successor: ref().optional(),
    /** Where the administrative centre of the successor is, when it lies in this unit. */
    centreNote: text().optional(),
    /** The legal text that created, renamed or merged the unit. */
    legalBasis: text().optional(),
  })
  .refine((p) => (p.validUntil === undefined) === (p.successor === undefined), {
    message: 'một đơn vị đã kết thúc ("validUntil") phải ghi đơn vị kế thừa ("successor"), và ngược lại',
    path: ['successor'],
  })
  .superRefine((p, ctx) => {
    const problem = p.validFrom && p.validUntil ? rangeOutOfOrder(p.validFrom, p.validUntil) : undefined;
    if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['validUntil'] });
  });

export type ProvinceData = z.output<typeof provinceSchema>;

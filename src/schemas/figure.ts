/**
 * Figures (số liệu) that reports give in prose: how many were commended, how many
 * targets were met, a growth rate. One file holds a set of related values with the same
 * period, place and source, e.g. the commendations of Móng Cái in the first nine months
 * of 2023 and, of those, the prompt ones.
 */
import { z } from 'astro/zod';
import { choice, partialDate, ref, refs, text } from './common.ts';

export const FIGURE_VALUE_KINDS = ['so-luong', 'ty-so', 'phan-tram', 'gia-tri'] as const;
export type FigureValueKind = (typeof FIGURE_VALUE_KINDS)[number];
export const FIGURE_VALUE_KIND_LABELS: Record<FigureValueKind, string> = { 'so-luong': 'số lượng', 'ty-so': 'tỷ số', 'phan-tram': 'phần trăm', 'gia-tri': 'giá trị' };

/** One value of a set. */
export const figureValueSchema = z.strictObject({
  /** Short key, unique in the set, for `partOf`: "tap-the". */
  key: ref(),
  /** What is counted, in words: "Tập thể được khen thưởng". */
  label: text(),
  /** A count, a ratio (value out of total), a percentage, or an amount with its unit. */
  kind: choice(FIGURE_VALUE_KINDS, FIGURE_VALUE_KIND_LABELS),
  /** The number: 457 (a count is a whole number); for a ratio the part (22 of 22/32); for a percentage 10.28. */
  value: z.number({ error: 'phải là một số, ví dụ 457 hoặc 10.28' }).nonnegative('không được âm'),
  /** For a ratio, and only for a ratio, the whole (32 of 22/32). */
  total: z.number().positive().optional(),
  /** Unit, for counts and amounts only: "tập thể", "cá nhân", "tỷ đồng". */
  unit: text().optional(),
  /** Key of another value of the same kind and unit that this one is part of ("of which prompt awards"). */
  partOf: ref().optional(),
});

/** The span a figure covers, not after today nor after the report it comes from. */
export const figurePeriodSchema = z.strictObject({
  /** First month or day covered: "1/2023". */
  from: partialDate({ allowUnknown: false }).optional(),
  /** Last month or day covered, not before `from`: "9/2023". */
  to: partialDate({ allowUnknown: false }).optional(),
  /** A figure "as of" a date, instead of a span (never with `from` or `to`). */
  asOf: partialDate({ allowUnknown: false }).optional(),
});

export const figureSchema = z
  .strictObject({
    /** Title of the set, for the table caption and the chart: "Khen thưởng của UBND thành phố Móng Cái". */
    title: text(),
    /** The period: a span (from, to), a year (from and to the same year) or a date (asOf). */
    period: figurePeriodSchema,
    /** Province the figures are about, as the unit was during the period. */
    province: ref(),
    /** The place in words, when narrower than the province: "thành phố Móng Cái". */
    place: text().optional(),
    /** The report the figures come from. */
    source: ref(),
    /** Movements the figures belong to. */
    movements: refs(),
    /** Clusters or blocs the figures belong to. */
    clusters: refs(),
    /** The values, in the order they are shown. */
    values: z.array(figureValueSchema).min(1, 'cần ít nhất một giá trị'),
  })
  .refine((f) => f.period.asOf !== undefined || f.period.from !== undefined, {
    message: 'cần ghi thời gian: "from" (và "to") cho một khoảng, hoặc "asOf" cho một thời điểm',
    path: ['period'],
  });

export type FigureData = z.output<typeof figureSchema>;
export type FigureValue = z.output<typeof figureValueSchema>;

/**
 * Emulation movements (phong trào thi đua): launched by a body, for a scope and a period.
 * The description is the body of the MDX file.
 */
import { z } from 'astro/zod';
import { choice, name, partialDate, ref, refs, text } from './common.ts';

export const MOVEMENT_LEVELS = ['trung-uong', 'tinh', 'huyen', 'xa', 'nganh', 'co-quan'] as const;
export type MovementLevel = (typeof MOVEMENT_LEVELS)[number];
export const MOVEMENT_LEVEL_LABELS: Record<MovementLevel, string> = {
  'trung-uong': 'Trung ương',
  tinh: 'tỉnh, thành phố',
  huyen: 'huyện, thị xã, thành phố thuộc tỉnh',
  xa: 'xã, phường',
  nganh: 'ngành, đoàn thể',
  'co-quan': 'cơ quan, đơn vị',
};

export const movementSchema = z.strictObject({
  /** Name as launched, without quotation marks: "Cả nước chung sức xây dựng nông thôn mới". */
  name: name(),
  /** Theme or slogan (chủ đề, khẩu hiệu), when it has one. */
  slogan: text().optional(),
  /** The body that launched it: "Thủ tướng Chính phủ", "UBND thành phố Móng Cái". */
  launchedBy: name(),
  /** Level of the launching body. */
  level: choice(MOVEMENT_LEVELS, MOVEMENT_LEVEL_LABELS),
  /** Who it addresses, in words: "cả nước", "các cơ quan, đơn vị trên địa bàn thành phố". */
  scope: text(),
  /** Provinces it concerns (empty for a nationwide movement). */
  provinces: refs(),
  /** The movement this one is part of, if any (never itself, nor one of its own parts). */
  parent: ref().optional(),
  /** The period it runs over; `end` omitted while it is still going on, never before `start`. */
  period: z.strictObject({
    /** When it was launched; not after today. */
    start: partialDate(),
    /** When it ended or ends. */
    end: partialDate().optional(),
  }),
  /** One or two sentences for lists and search results. */
  summary: text().optional(),
});

export type MovementData = z.output<typeof movementSchema>;

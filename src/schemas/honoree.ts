/**
 * Profiles of the people and collectives that the rolls and the news single out
 * (gương điển hình tiên tiến). The story is the body of the MDX file.
 */
import { z } from 'astro/zod';
import { name, partialDate, recipientKind, ref, text } from './common.ts';

/** `image` is Astro's image() helper in the content config, a plain path check elsewhere. */
export const honoreeSchema = <I extends z.ZodType = z.ZodString>(image: I = z.string() as unknown as I) =>
  z.strictObject({
    /** Full name of the person or name of the collective. */
    name: name(),
    /** Person, collective or household. */
    kind: recipientKind(),
    /** Province the honoree belongs to (the unit of the time, e.g. "ha-giang"). */
    province: ref(),
    /** Position held, e.g. "Phó Đội trưởng Đội thủ tục hàng hóa xuất nhập khẩu". */
    position: text().optional(),
    /** Unit or place, e.g. "Chi cục Hải quan cửa khẩu Móng Cái". */
    unit: text().optional(),
    /** Featured as an exemplar (gương điển hình tiên tiến) on the exemplars page. */
    exemplar: z.boolean().default(false),
    /** When the profile was written or last checked; not after today. */
    updated: partialDate().optional(),
    /** One sentence for lists. */
    summary: text().optional(),
    /** Photo of the honoree. */
    photo: z
      .object({
        /** Image file, relative to this file. */
        src: image,
        /** What the photo shows, for people who cannot see it. */
        alt: text(),
        /** Who took it. */
        credit: text().optional(),
      })
      .optional(),
  });

export type HonoreeData = z.output<ReturnType<typeof honoreeSchema>>;

/**
 * Conference reports and news (MDX). The frontmatter carries the facts a citizen
 * looks for; the body is the article in the press officer's words.
 */
import { z } from 'astro/zod';
import { awardClass } from './award.ts';
import { choice, longText, name, noRepeats, official, partialDate, recipientKind, ref, refs, text, url } from './common.ts';

export const EVENT_KINDS = [
  'tong-ket',
  'so-ket',
  'phat-dong',
  'ky-giao-uoc',
  'trao-tang',
  'gap-mat',
  'dai-hoi',
  'tin-tuc',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];
export const EVENT_KIND_LABELS: Record<EventKind, string> = {
  'tong-ket': 'tổng kết',
  'so-ket': 'sơ kết',
  'phat-dong': 'phát động',
  'ky-giao-uoc': 'ký giao ước',
  'trao-tang': 'trao tặng',
  'gap-mat': 'gặp mặt, tri ân',
  'dai-hoi': 'đại hội thi đua',
  'tin-tuc': 'tin tức',
};

/** An honour conferred at the event the report covers. */
export const conferredHonourSchema = z.strictObject({
  /** Award id from the taxonomy, e.g. "huan-chuong-lao-dong". */
  award: ref(),
  /** Class, for awards that have classes. */
  awardClass: awardClass().optional(),
  /** Who received it, in words: "Tỉnh đoàn Quảng Ninh", "12 tập thể và 30 cá nhân". */
  recipients: text(),
  /** Kinds of recipient, when the report says, each once. */
  recipientKinds: z.array(recipientKind()).superRefine(noRepeats()).default([]),
  /** How many received it, when the report gives a number. */
  count: z.number().int().positive().optional(),
  /** Who handed it over at the event, in words. */
  presentedBy: text().optional(),
  /** The decision it was conferred by, when it is in the rolls. */
  decision: ref().optional(),
  /** A profile of the recipient, when there is one. */
  honoree: ref().optional(),
});

/**
 * Every field of a report but its photos, made once: Astro calls the collection's schema
 * function for each entry, and making every field's checks anew cost about a millisecond
 * a report.
 */
const reportFields = {
  /** Headline. */
  title: text(),
  /** Date of the event or publication: "2023-01-09", "9/1/2023", "2023-03" or "không rõ"; not after today unless a draft. */
  date: partialDate(),
  /** What kind of event it reports. */
  eventKind: choice(EVENT_KINDS, EVENT_KIND_LABELS),
  /** Where it took place, in words. */
  place: text().optional(),
  /** One or two sentences for lists, search results and previews. */
  summary: longText(),
  /** Provinces the report is about (units as they were on its date). */
  provinces: refs(),
  /** Emulation clusters or blocs it concerns. */
  clusters: refs(),
  /** Movements it reports on. */
  movements: refs(),
  /** Profiles of people or collectives it features. */
  honorees: refs(),
  /** Honours conferred at the event; a decision named here cannot be dated after the report. */
  honours: z.array(conferredHonourSchema).default([]),
  /** Officials present, with their titles, each once. */
  officials: z.array(official()).superRefine(noRepeats((o) => o.name)).default([]),
  /** Authors of the article, each once. */
  authors: z.array(name()).superRefine(noRepeats()).default([]),
  /** Photographers credited for the whole article, each once. */
  photoCredits: z.array(name()).superRefine(noRepeats()).default([]),
  /** Where the article was first published. */
  source: z
    .object({
      /** Publisher: "Cổng thông tin điện tử tỉnh Nghệ An". */
      publisher: name(),
      /** Address of the original: http:// or https:// only. */
      url: url().optional(),
    })
    .optional(),
};

/** A photo's fields but its file, made once like the report's. */
const photoFields = {
  /** What the photo shows, for people who cannot see it. */
  alt: text(),
  /** Caption printed under the photo. */
  caption: text().optional(),
  /** Who took it. */
  credit: text().optional(),
};

/** `image` is Astro's image() helper in the content config, a plain path check elsewhere. */
export const reportSchema = <I extends z.ZodType = z.ZodString>(image: I = z.string() as unknown as I) =>
  z.strictObject({
    ...reportFields,
    /** Photos with their captions and credits; the first is the lead image. */
    images: z
      .array(
        z.strictObject({
          /** Image file, relative to this file. */
          src: image,
          ...photoFields,
        }),
      )
      .default([]),
    /** A draft is checked but not published. */
    draft: z.boolean().default(false),
  });

export type ReportData = z.output<ReturnType<typeof reportSchema>>;
export type ConferredHonour = z.output<typeof conferredHonourSchema>;

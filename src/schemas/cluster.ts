/**
 * Emulation clusters (cụm thi đua, of provinces) and blocs (khối thi đua, of agencies
 * inside a province or city), with their members and results year by year.
 */
import { z } from 'astro/zod';
import { choice, exactDate, name, noRepeats, ref, text, year } from './common.ts';

export const CLUSTER_KINDS = ['cum', 'khoi'] as const;
export const CLUSTER_LEVELS = ['trung-uong', 'tinh', 'huyen'] as const;
export type ClusterLevel = (typeof CLUSTER_LEVELS)[number];
export const CLUSTER_LEVEL_LABELS: Record<ClusterLevel, string> = {
  'trung-uong': 'do Hội đồng Thi đua – Khen thưởng Trung ương tổ chức',
  tinh: 'cấp tỉnh',
  huyen: 'cấp huyện, thành phố thuộc tỉnh',
};

/** A member's result in one year. */
export const clusterResultSchema = z.strictObject({
  /** The member, as listed in `members`. */
  member: text(),
  /** Score, when published (never negative). */
  score: z.number().nonnegative('điểm không được âm').optional(),
  /** Rank within the cluster, 1 = first; not more than the number of members. */
  rank: z.number().int().positive().optional(),
  /** Classification in words, e.g. "xuất sắc". */
  classification: text().optional(),
});

/** One year of a cluster: who was in it, who led it, who was voted for which flag. */
export const clusterYearSchema = z.strictObject({
  /** The emulation year: from 1945, and not after next year. */
  year: year(),
  /** Members that year, each once: province ids for a cluster of provinces, agency names for a bloc. */
  members: z.array(name()).min(1, 'cần ít nhất một thành viên').superRefine(noRepeats()),
  /** Leader that year (cụm trưởng / khối trưởng). */
  leader: text().optional(),
  /** Deputy that year (cụm phó / khối phó), another member than the leader. */
  deputy: text().optional(),
  /** Scores or ranking, when known; one result per member. */
  results: z.array(clusterResultSchema).default([]),
  /** Members voted (suy tôn) to be proposed for the Government's emulation flag. */
  governmentFlag: z.array(text()).superRefine(noRepeats()).default([]),
  /** Members voted to be proposed for the Prime Minister's Bằng khen. */
  pmCommendation: z.array(text()).superRefine(noRepeats()).default([]),
  /** Members awarded the emulation flag of the province (for blocs inside a province). */
  provincialFlag: z.array(text()).superRefine(noRepeats()).default([]),
  /** Date the emulation pact (giao ước thi đua) for this year was signed: in that year or the year before, not after today. */
  pactDate: exactDate().optional(),
  /** A note on the year, in plain words. */
  note: text().optional(),
});

export const clusterSchema = z.strictObject({
  /** Name: "Cụm thi đua các tỉnh Bắc Trung Bộ". */
  name: name(),
  /** Cluster of provinces (cụm) or bloc of agencies (khối). */
  kind: choice(CLUSTER_KINDS, { cum: 'cụm', khoi: 'khối' }),
  /** Who organises it. */
  level: choice(CLUSTER_LEVELS, CLUSTER_LEVEL_LABELS),
  /** The organising body, in words. */
  organiser: name(),
  /** For a bloc inside a province, that province. */
  province: ref().optional(),
  /** Whether members are provinces (ids, checked year by year) or agencies (names). */
  memberKind: choice(['tinh', 'co-quan'] as const, { tinh: 'tỉnh', 'co-quan': 'cơ quan, đơn vị' }),
  /** Motto, e.g. "Đoàn kết – Hợp tác – Cùng phát triển". */
  motto: text().optional(),
  /** One or two sentences for lists. */
  summary: text().optional(),
  /** Year-by-year membership and results. */
  years: z.array(clusterYearSchema).default([]),
});

export type ClusterData = z.output<typeof clusterSchema>;
export type ClusterYear = z.output<typeof clusterYearSchema>;

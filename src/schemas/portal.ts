/**
 * A portal over member sites (docs/federation.md): the list of members a portal is built
 * from, and the shape of what it reads from each member. A portal reads only what members
 * publish: their index of decisions (du-lieu/quyet-dinh.json), their news feed, their summary
 * (du-lieu/tong-hop.json) and the manifests of their search files. The schemas of what is
 * read are lenient about fields they do not name, so a member on a newer version that adds
 * fields is still read.
 */
import { z } from 'astro/zod';
import { AWARD_CLASSES, AWARD_LEVELS } from './award.ts';
import { CLUSTER_KINDS, CLUSTER_LEVELS } from './cluster.ts';
import { RECIPIENT_KINDS } from './common.ts';

/** A field's description in the downloads' JSON Schemas, which data users read. */
const d = (description: string) => ({ description });

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** One member site of a portal, as the portal's configuration lists it. */
export const portalMemberSchema = z.strictObject({
  /**
   * The member's id in the portal's addresses (/toan-quoc/<id>/): lower case, digits and
   * hyphens. Defaults to the province's id.
   */
  id: z.string().regex(SLUG, 'phải viết thường, không dấu, nối bằng gạch ngang, ví dụ "tuyen-quang"').optional(),
  /** The name shown for the member: "Tuyên Quang". */
  name: z.string().trim().min(1, 'đang để trống, cần điền'),
  /** The member's province or city: an id of src/data/provinces.json ("tuyen-quang"). */
  province: z.string().trim().min(1, 'đang để trống, cần điền'),
  /**
   * The member site's public address with its base path, ending in "/":
   * "https://thiduakhenthuong.tuyenquang.gov.vn/" or, on the portal's own host, "/tuyen-quang/".
   */
  address: z
    .string()
    .trim()
    .refine((s) => /^https?:\/\/[^/]+\/(?:.*\/)?$/.test(s) || /^\/(?:[^/]+\/)*$/.test(s), {
      message: 'phải là địa chỉ đầy đủ kết thúc bằng "/", như "https://thiduakhenthuong.tuyenquang.gov.vn/", hoặc một thư mục trên cùng máy chủ với cổng, như "/tuyen-quang/"',
    }),
  /**
   * For tests and offline builds: the folder of the member's built site (its dist/), read
   * instead of its address. A relative path is read from the folder of the file that lists it.
   */
  folder: z.string().trim().min(1, 'đang để trống, cần điền').optional(),
  /**
   * Where the member's content is kept ("owner/repository"), for the CI templates that build
   * each member (deploy/federation/); the portal's build does not read it.
   */
  content: z.string().trim().min(1, 'đang để trống, cần điền').optional(),
});
export type PortalMember = z.output<typeof portalMemberSchema>;

/** The file named by PORTAL_MEMBERS: `{ "members": [ … ] }`. */
export const portalMembersFileSchema = z.strictObject({
  /** The member sites, in the order the portal lists them. */
  members: z.array(portalMemberSchema),
});

// ---------------------------------------------------------------------------
// What a portal reads from a member

/** A decision as the member's index (du-lieu/quyet-dinh.json) gives it: the fields the portal shows. */
export const memberDecisionSchema = z.object({
  /** Id on the member's site: its page is <address>quyet-dinh/<id>/. */
  id: z.string().min(1),
  /** "12/QĐ-UBND". */
  number: z.string(),
  /** YYYY-MM-DD. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'phải là ngày dạng YYYY-MM-DD'),
  /** Issuing body. */
  issuer: z.string(),
  /** Award id. */
  award: z.string(),
  /** Award name with its class. */
  awardName: z.string(),
  /** Class of the award. */
  awardClass: z.enum(AWARD_CLASSES).optional(),
  /** Province id of the time. */
  province: z.string(),
  /** Its name. */
  provinceName: z.string(),
  /** Sample data, not a real decision. */
  sample: z.boolean().default(false),
  /** Records on the decision's list. */
  recordCount: z.number().int().nonnegative(),
});
export type MemberDecision = z.output<typeof memberDecisionSchema>;

/** du-lieu/quyet-dinh.json as the portal reads it. */
export const memberDecisionIndexSchema = z.object({
  /** Version of the open data; the portal reads version 1. */
  version: z.literal(1, { error: 'phiên bản dữ liệu mở phải là 1' }),
  /** Number of decisions. */
  decisionCount: z.number().int().nonnegative(),
  /** Number of records across them. */
  recordCount: z.number().int().nonnegative(),
  /** Award names (without class) by id. */
  awards: z.record(z.string(), z.string()).default({}),
  /** Every decision, newest first. */
  decisions: z.array(memberDecisionSchema),
});

/** A year of a member's rolls, counted over every record. */
export const memberYearCountSchema = z.strictObject({
  /** Year the decisions were signed. */
  year: z.number().int().meta(d('Năm ký quyết định.')),
  /** Decisions signed that year. */
  decisions: z.number().int().nonnegative().meta(d('Số quyết định ký trong năm.')),
  /** Records on them. */
  records: z.number().int().nonnegative().meta(d('Số lượt khen trong các quyết định đó.')),
  /** Records by the level of the award each received. */
  byLevel: z
    .partialRecord(z.enum(AWARD_LEVELS), z.number().int().nonnegative())
    .meta(d('Số lượt khen theo cấp khen: nhà nước, Chính phủ, bộ ngành tỉnh, cơ sở.')),
  /** Records by kind: person, collective, household. */
  byKind: z
    .partialRecord(z.enum(RECIPIENT_KINDS), z.number().int().nonnegative())
    .meta(d('Số lượt khen theo đối tượng: cá nhân, tập thể, hộ gia đình.')),
});
export type MemberYearCount = z.output<typeof memberYearCountSchema>;

/** A member of a cluster in one year, with its result. */
export const memberClusterRowSchema = z.strictObject({
  /** The member as the cluster lists it: a province id, or an agency's name. */
  member: z.string().meta(d('Thành viên như cụm, khối ghi: mã tỉnh, hoặc tên cơ quan.')),
  /** Its name as shown. */
  name: z.string().meta(d('Tên thành viên để hiển thị.')),
  /** "leader" (cụm trưởng, khối trưởng) or "deputy" (cụm phó, khối phó). */
  role: z.enum(['leader', 'deputy']).optional().meta(d('"leader": cụm trưởng, khối trưởng; "deputy": cụm phó, khối phó.')),
  /** Rank in the cluster, 1 = first. */
  rank: z.number().int().positive().optional().meta(d('Thứ hạng trong cụm, khối; 1 là đứng đầu.')),
  /** Score, when published. */
  score: z.number().optional().meta(d('Điểm, nếu được công bố.')),
  /** Voted to be proposed for the Government's emulation flag. */
  governmentFlag: z.boolean().meta(d('Được suy tôn đề nghị tặng Cờ thi đua của Chính phủ.')),
  /** Voted to be proposed for the Prime Minister's Bằng khen. */
  pmCommendation: z.boolean().meta(d('Được suy tôn đề nghị tặng Bằng khen của Thủ tướng Chính phủ.')),
  /** Awarded the province's emulation flag (blocs inside a province). */
  provincialFlag: z.boolean().meta(d('Được tặng Cờ thi đua của tỉnh (khối thi đua trong tỉnh).')),
});

/** A cluster or bloc a member publishes, with its results year by year. */
export const memberClusterSchema = z.strictObject({
  /** Id on the member's site: its page is <address>cum-khoi-thi-dua/<id>/. */
  id: z.string().meta(d('Mã cụm, khối trên trang thành viên: trang <địa chỉ>cum-khoi-thi-dua/<mã>/.')),
  /** "Cụm thi đua các tỉnh Bắc Trung Bộ". */
  name: z.string().meta(d('Tên cụm, khối thi đua.')),
  /** Cluster of provinces ("cum") or bloc of agencies ("khoi"). */
  kind: z.enum(CLUSTER_KINDS).meta(d('"cum": cụm thi đua các tỉnh; "khoi": khối thi đua các cơ quan.')),
  /** Who organises it. */
  level: z.enum(CLUSTER_LEVELS).meta(d('Cấp tổ chức: trung ương, tỉnh hoặc huyện.')),
  /** The organising body. */
  organiser: z.string().meta(d('Cơ quan tổ chức cụm, khối.')),
  /** Whether members are provinces ("tinh") or agencies ("co-quan"). */
  memberKind: z.enum(['tinh', 'co-quan']).meta(d('Thành viên là tỉnh ("tinh") hay cơ quan ("co-quan").')),
  /** Years, newest first. */
  years: z
    .array(z.strictObject({ year: z.number().int(), rows: z.array(memberClusterRowSchema) }))
    .meta(d('Kết quả từng năm, năm mới nhất trước.')),
});
export type MemberCluster = z.output<typeof memberClusterSchema>;

/**
 * du-lieu/tong-hop.json: a member's rolls counted by year, award level and kind, and its
 * clusters' results. Its size grows with the years and clusters, never with the records, so a
 * portal reads it at any scale. Written by src/lib/portal/summary.ts.
 */
export const memberSummarySchema = z
  .strictObject({
  /** Version of this file's shape. */
  version: z.literal(1).meta(d('Phiên bản cấu trúc tệp.')),
  /** The site's address with its base path. */
  site: z.string().meta(d('Địa chỉ trang, kể cả thư mục con.')),
  /** Number of decisions. */
  decisionCount: z.number().int().nonnegative().meta(d('Tổng số quyết định khen thưởng.')),
  /** Number of records. */
  recordCount: z.number().int().nonnegative().meta(d('Tổng số lượt khen.')),
  /** Counts by year, newest first. */
  years: z.array(memberYearCountSchema).meta(d('Số quyết định, lượt khen theo từng năm, năm mới nhất trước.')),
  /** Clusters and blocs with their results. */
  clusters: z.array(memberClusterSchema).meta(d('Các cụm, khối thi đua và kết quả.')),
  })
  .meta({
    title: 'Tổng hợp của trang',
    description: 'Số quyết định, lượt khen theo năm, cấp và đối tượng, cùng kết quả các cụm, khối thi đua; để cổng toàn quốc đọc.',
  });
export type MemberSummary = z.output<typeof memberSummarySchema>;

/** tim-ten/manifest.json: the whole-name index of a member (docs/federation.md). */
export const nameIndexManifestSchema = z.object({
  /** Version of the name index's shape; the portal reads version 1. */
  version: z.literal(1, { error: 'phiên bản chỉ mục tên phải là 1' }),
  /** Number of shards: a power of two. */
  shards: z
    .number()
    .int()
    .positive()
    .refine((n) => (n & (n - 1)) === 0, { message: 'số phần (shards) phải là một lũy thừa của 2' }),
  /** Records in the index. */
  records: z.number().int().nonnegative(),
  /** The site's name. */
  site: z.string().optional(),
  /** The site's province id, or null. */
  province: z.string().nullable().optional(),
});
export type NameIndexManifest = z.output<typeof nameIndexManifestSchema>;

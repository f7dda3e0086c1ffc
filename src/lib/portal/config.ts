/**
 * Portal mode: the member sites a portal is built over, from `members` in src/site.config.ts
 * or, when the PORTAL_MEMBERS environment variable names a JSON file, from that file
 * (`{ "members": [ … ] }`), which replaces the list. No members: a province's own site,
 * built exactly as without this module.
 *
 * Every problem of the list is found at once and worded as content problems are
 * ("file: field: message", in Vietnamese), so a wrong list stops the build with all of them.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { portalMembersFileSchema, portalMemberSchema, type PortalMember } from '../../schemas/portal.ts';
import { fieldPath, type Problem } from '../content/problems.ts';
import { vietnameseErrorMap } from '../../schemas/messages.ts';
import { closest } from '../text.ts';

/** A member as the portal uses it: its id decided, its folder (if any) an absolute path. */
export interface ResolvedMember {
  /** Its id in the portal's addresses: /toan-quoc/<id>/. */
  id: string;
  name: string;
  /** Province id. */
  province: string;
  /** The member's address as configured, ending in "/": absolute or a path on the portal's host. */
  address: string;
  /** Its built site, read instead of its address. */
  folder?: string;
}

export interface PortalMembers {
  members: ResolvedMember[];
  problems: Problem[];
}

/** Ids the portal's own pages use under /toan-quoc/: a member cannot have them. */
export const RESERVED_MEMBER_IDS = ['tim-kiem', 'cum-khoi'] as const;

/** What checking the list needs to know of provinces: their ids. */
export interface ProvinceIds {
  has(id: string): boolean;
  ids(): Iterable<string>;
}

const SITE_CONFIG_FILE = 'src/site.config.ts';

/**
 * Check a list of members (as written in `file`, relative paths from `dir`) and resolve it.
 * Members with problems are left out of `members`; their problems say why.
 */
export function resolveMembers(raw: unknown, file: string, dir: string, provinces: ProvinceIds, listField = 'members'): PortalMembers {
  const problems: Problem[] = [];
  const members: ResolvedMember[] = [];
  if (!Array.isArray(raw)) {
    problems.push({ file, field: listField, message: 'phải là một danh sách [ … ] các trang thành viên' });
    return { members, problems };
  }
  const seen = new Map<string, number>();
  raw.forEach((item, i) => {
    const at = `${listField}[${i}]`;
    const parsed = portalMemberSchema.safeParse(item, { error: vietnameseErrorMap });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push({ file, field: fieldPath([listField, i, ...issue.path]), message: issue.message });
      return;
    }
    const m: PortalMember = parsed.data;
    let ok = true;
    if (!provinces.has(m.province)) {
      const near = closest(m.province, provinces.ids());
      problems.push({ file, field: `${at}.province`, message: `không có tỉnh, thành phố nào mã "${m.province}".${near ? ` Có phải "${near}"?` : ''}` });
      ok = false;
    }
    const id = m.id ?? m.province;
    if ((RESERVED_MEMBER_IDS as readonly string[]).includes(id)) {
      problems.push({ file, field: `${at}.id`, message: `"${id}" là tên một trang của cổng (/toan-quoc/${id}/), hãy đặt mã khác cho thành viên này` });
      ok = false;
    }
    const before = seen.get(id);
    if (before !== undefined) {
      problems.push({
        file,
        field: `${at}${m.id ? '.id' : '.province'}`,
        message: `mã thành viên "${id}" đã dùng cho ${listField}[${before}]; đặt "id" khác nhau cho hai thành viên`,
      });
      ok = false;
    } else seen.set(id, i);
    if (!ok) return;
    members.push({
      id,
      name: m.name,
      province: m.province,
      address: m.address,
      folder: m.folder ? path.resolve(dir, m.folder) : undefined,
    });
  });
  return { members, problems };
}

/**
 * The portal's members: from the file named by PORTAL_MEMBERS if set, else from `configured`
 * (the `members` of src/site.config.ts).
 */
export function portalMembers(
  provinces: ProvinceIds,
  configured: readonly unknown[] | undefined,
  env: Record<string, string | undefined> = process.env,
): PortalMembers {
  const named = env.PORTAL_MEMBERS?.trim();
  if (!named) return resolveMembers(configured ?? [], SITE_CONFIG_FILE, process.cwd(), provinces);
  const file = path.resolve(named);
  const shown = named;
  if (!existsSync(file)) {
    return { members: [], problems: [{ file: 'PORTAL_MEMBERS', field: '(biến môi trường)', message: `không có tệp "${shown}" (đường dẫn tính từ thư mục ${process.cwd()})` }] };
  }
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    return { members: [], problems: [{ file: shown, field: '(cả tệp)', message: `không đọc được JSON: ${(error as Error).message}` }] };
  }
  const parsed = portalMembersFileSchema.safeParse(data, { error: vietnameseErrorMap });
  if (!parsed.success) {
    // The members' own problems are worded by resolveMembers; here, only the file's shape.
    const shape = parsed.error.issues.filter((issue) => issue.path.length < 2);
    if (shape.length > 0 || !Array.isArray((data as { members?: unknown }).members)) {
      return {
        members: [],
        problems: (shape.length ? shape : parsed.error.issues).map((issue) => ({ file: shown, field: fieldPath(issue.path), message: issue.message })),
      };
    }
  }
  return resolveMembers((data as { members: unknown[] }).members, shown, path.dirname(file), provinces);
}

/** Whether this build is a portal: PORTAL_MEMBERS is set, or site.config.ts lists members. */
export function isPortal(configured: readonly unknown[] | undefined, env: Record<string, string | undefined> = process.env): boolean {
  return Boolean(env.PORTAL_MEMBERS?.trim()) || (configured?.length ?? 0) > 0;
}

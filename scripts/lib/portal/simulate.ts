/**
 * A federation on one machine, for the portal's browser test and `npm run bench:portal`:
 * members generated and built each under its own base path (/<id>/), a portal built over
 * them from their folders, and one folder to serve it all from as a single host would
 * (the portal at /, each member at /<id>/, by symbolic links).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import provincesJson from '../../../src/data/provinces.json' with { type: 'json' };
import { NAME_INDEX_FOLDER, NAME_INDEX_MANIFEST } from '../../../src/lib/search/names.ts';
import { astroBuild, generateMember, type BuildResult } from './members.ts';

/** A member to simulate: which province, which dataset. */
export interface MemberPlan {
  id: string;
  name: string;
  province: string;
  records: number;
  seed: number;
}

export interface BuiltMember extends MemberPlan {
  contentDir: string;
  outDir: string;
  shards: number;
  seconds: number;
}

/** The 34 provinces and cities after the 2025 merger, by name: the members of a national portal. */
export function currentProvinces(): { id: string; name: string }[] {
  return (provincesJson as { id: string; name: string; validUntil?: unknown }[])
    .filter((p) => p.validUntil === undefined)
    .map((p) => ({ id: p.id, name: p.name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}

/**
 * Generate and build each member into `dir` (data-<id>/, out-<id>/, cache-<id>/).
 * A member whose output exists is kept when `reuse` is set.
 */
export async function buildMembers(dir: string, plans: readonly MemberPlan[], options: { reuse?: boolean; log?: (line: string) => void } = {}): Promise<BuiltMember[]> {
  const built: BuiltMember[] = [];
  for (const plan of plans) {
    const contentDir = path.join(dir, `data-${plan.id}`);
    const outDir = path.join(dir, `out-${plan.id}`);
    let seconds = 0;
    if (!(options.reuse && existsSync(path.join(outDir, 'index.html')))) {
      rmSync(contentDir, { recursive: true, force: true });
      generateMember(contentDir, plan.records, plan.seed);
      const result = await astroBuild({
        CONTENT_DIR: contentDir,
        OUT_DIR: outDir,
        ASTRO_CACHE_DIR: path.join(dir, `cache-${plan.id}`),
        BASE_PATH: `/${plan.id}/`,
        SITE_URL: 'http://localhost/',
        SITE_PROVINCE: plan.province,
      });
      if (result.code !== 0) throw new Error(`building member ${plan.id} failed:\n${result.log.slice(-4000)}`);
      seconds = result.seconds;
      options.log?.(`member ${plan.id} (${plan.records} records, seed ${plan.seed}) built in ${seconds.toFixed(1)} s`);
    }
    // The member's own build wrote its name index; the portal reads the shard count there.
    const { shards } = JSON.parse(readFileSync(path.join(outDir, NAME_INDEX_FOLDER, NAME_INDEX_MANIFEST), 'utf8')) as { shards: number };
    built.push({ ...plan, contentDir, outDir, shards, seconds });
  }
  return built;
}

/** A member as the portal lists it: under `address`, read from `folder`. */
export interface ListedMember {
  id: string;
  name: string;
  province: string;
  address: string;
  folder: string;
}

export function writeMembersFile(file: string, members: readonly ListedMember[]): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify({ members }, null, 2)}\n`);
}

/** Build the portal over a members' file, with its own (empty) content, into `outDir`. */
export async function buildPortal(options: { dir: string; membersFile: string; outDir: string; cacheDir?: string; env?: Record<string, string> }): Promise<BuildResult> {
  const content = path.join(options.dir, 'portal-content');
  mkdirSync(content, { recursive: true });
  return astroBuild({
    CONTENT_DIR: content,
    OUT_DIR: options.outDir,
    ASTRO_CACHE_DIR: options.cacheDir ?? path.join(options.dir, 'cache-portal'),
    PORTAL_MEMBERS: options.membersFile,
    ...options.env,
  });
}

/** One folder serving the portal at / and each member at /<id>/ (symbolic links, nothing copied). */
export function hostFolder(dir: string, portalOut: string, members: readonly { id: string; folder: string }[]): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(portalOut)) symlinkSync(path.join(portalOut, name), path.join(dir, name));
  for (const m of members) {
    if (existsSync(path.join(dir, m.id))) throw new Error(`a member's id is a folder of the portal: ${m.id}`);
    symlinkSync(m.folder, path.join(dir, m.id));
  }
  return dir;
}

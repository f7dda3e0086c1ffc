/**
 * npm run check:lockfile — whether package-lock.json lets `npm ci` install the project on
 * every platform a press officer or a CI may use (Windows, macOS, Linux; x64 and arm64),
 * without npm rewriting it: every optional package is recorded (npm records each platform's
 * native builds as optional packages of the one that needs them), each family of native
 * builds has one for each platform, and so does the Node.js the project carries.
 * Exit codes: 0 complete, 1 something is missing (each problem on a line), 2 wrong use.
 */
import { readFileSync } from 'node:fs';
import { consoleIO, readArguments, runIfEntry, type CliIO } from './lib/cli.ts';

const USAGE = `Cách dùng: npm run check:lockfile [-- --lockfile package-lock.json]
Kiểm tra package-lock.json ghi đủ gói cho Windows, macOS và Linux để npm ci cài được ở mọi nơi.`;

const OPTIONS = {
  lockfile: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Platforms the project installs on, as npm names them (process.platform, process.arch). */
export const PLATFORMS = [
  { os: 'win32', cpu: 'x64' },
  { os: 'darwin', cpu: 'arm64' },
  { os: 'darwin', cpu: 'x64' },
  { os: 'linux', cpu: 'x64' },
  { os: 'linux', cpu: 'arm64' },
] as const;
export type Platform = (typeof PLATFORMS)[number];

interface LockEntry {
  version?: string;
  os?: string[] | string;
  cpu?: string[] | string;
  optional?: boolean;
  bin?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}
export interface Lockfile {
  lockfileVersion: number;
  packages: Record<string, LockEntry>;
}

const list = (value: string[] | string | undefined) => (value === undefined ? undefined : Array.isArray(value) ? value : [value]);

/** npm's rule for an `os` or `cpu` list: allowed names, or "!name" for every other. */
function allows(values: string[] | string | undefined, wanted: string): boolean {
  const all = list(values);
  if (!all || all.length === 0) return true;
  const refused = all.filter((v) => v.startsWith('!')).map((v) => v.slice(1));
  const allowed = all.filter((v) => !v.startsWith('!'));
  if (refused.includes(wanted)) return false;
  return allowed.length === 0 || allowed.includes(wanted);
}

export const runsOn = (entry: LockEntry, platform: Platform) => allows(entry.os, platform.os) && allows(entry.cpu, platform.cpu);
const isPlatformSpecific = (entry: LockEntry) => list(entry.os) !== undefined || list(entry.cpu) !== undefined;

/** Where npm would find `name` for the package at `from` ("" is the project): its own node_modules, then each parent's. */
function resolve(packages: Lockfile['packages'], from: string, name: string): string | undefined {
  for (let at = from; ; ) {
    const key = `${at ? `${at}/` : ''}node_modules/${name}`;
    if (packages[key]) return key;
    if (!at) return undefined;
    const cut = at.lastIndexOf('/node_modules/');
    at = cut < 0 ? '' : at.slice(0, cut);
  }
}

/** The Node.js runtime packages the project carries (the root's optional packages that install a `node` command). */
export function runtimePackages(lock: Lockfile): string[] {
  const root = lock.packages[''];
  return Object.keys(root?.optionalDependencies ?? {}).filter((name) => lock.packages[`node_modules/${name}`]?.bin?.node);
}

/** Every reason `npm ci` would fail or rewrite the lockfile on one of PLATFORMS; empty when none. */
export function lockfileProblems(lock: Lockfile): string[] {
  const problems: string[] = [];
  if (lock.lockfileVersion < 3) problems.push(`package-lock.json: lockfileVersion ${lock.lockfileVersion}; cần 3 (npm 9 trở lên)`);
  for (const [key, entry] of Object.entries(lock.packages)) {
    const optional = Object.keys(entry.optionalDependencies ?? {});
    const found = optional.map((name) => [name, resolve(lock.packages, key, name)] as const);
    for (const [name, at] of found) if (!at) problems.push(`${key || 'package.json'}: thiếu gói tùy chọn ${name}`);
    // A family of native builds (one package per platform): one for each platform, unless the package itself runs on one platform only.
    const builds = found.filter(([, at]) => at && isPlatformSpecific(lock.packages[at]!)).map(([name, at]) => [name, lock.packages[at!]!] as const);
    if (builds.length < 2 || isPlatformSpecific(entry)) continue;
    for (const platform of PLATFORMS) {
      if (!builds.some(([, build]) => runsOn(build, platform))) problems.push(`${key || 'package.json'}: không có bản cho ${platform.os}-${platform.cpu} (${builds.map(([n]) => n).join(', ')})`);
    }
  }
  const runtimes = runtimePackages(lock);
  for (const platform of PLATFORMS) {
    if (!runtimes.some((name) => runsOn(lock.packages[`node_modules/${name}`]!, platform))) {
      problems.push(`package.json: không có Node.js cho ${platform.os}-${platform.cpu} trong optionalDependencies`);
    }
  }
  return problems;
}

export async function main(argv: string[], io: CliIO = consoleIO): Promise<number> {
  const { values } = readArguments(argv, OPTIONS, USAGE);
  const file = values.lockfile ?? 'package-lock.json';
  const lock = JSON.parse(readFileSync(file, 'utf8')) as Lockfile;
  const problems = lockfileProblems(lock);
  for (const problem of problems) io.err(problem);
  if (problems.length > 0) {
    io.err(`\n${file}: ${problems.length} chỗ thiếu; chạy npm install rồi đưa ${file} vào kho.`);
    return 1;
  }
  io.out(`${file} ghi đủ gói cho ${PLATFORMS.map((p) => `${p.os}-${p.cpu}`).join(', ')}.`);
  return 0;
}

runIfEntry(import.meta.url, main);

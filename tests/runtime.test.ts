/**
 * The project carries its own Node.js (Astro 7 needs 22.19 or newer): npm scripts must
 * run on it even where the machine's own Node.js is older.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

describe('bundled Node.js', () => {
  it('is pinned to an exact 24.x release', () => {
    expect(pkg.devDependencies.node).toMatch(/^24\.\d+\.\d+$/);
  });
  it('is the Node.js that runs the test suite (and so every npm script)', () => {
    expect(process.version).toBe(`v${pkg.devDependencies.node}`);
  });
  it('is the one the astro command finds first on the PATH of an npm script', () => {
    const out = execFileSync('npm', ['exec', '--', 'node', '--version'], { encoding: 'utf8' }).trim();
    expect(out).toBe(`v${pkg.devDependencies.node}`);
  });
});

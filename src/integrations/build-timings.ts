/**
 * Records when each stage of a build begins and ends, for the benchmark: with
 * BUILD_TIMINGS=<file> set, writes {stage: seconds since the build started} to that file.
 * Does nothing otherwise.
 */
import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';

export default function buildTimings(): AstroIntegration {
  const file = process.env.BUILD_TIMINGS;
  const start = performance.now();
  const marks: Record<string, number> = {};
  const mark = (name: string) => {
    marks[name] = Math.round(performance.now() - start) / 1000;
  };
  if (!file) return { name: 'bang-vang:build-timings', hooks: {} };
  return {
    name: 'bang-vang:build-timings',
    hooks: {
      'astro:config:done': () => mark('configDone'),
      'astro:build:start': () => mark('buildStart'),
      'astro:build:setup': ({ target }) => mark(`setup:${target}`),
      'astro:build:ssr': () => mark('bundled'),
      'astro:build:generated': () => mark('generated'),
      'astro:build:done': () => {
        mark('done');
        writeFileSync(file, JSON.stringify({ ...marks, maxRssBytes: process.resourceUsage().maxRSS * 1024 }, null, 2));
      },
    },
  };
}

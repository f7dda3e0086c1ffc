/**
 * Incremental equals clean: after any ordinary edit, a build that kept the last build's cache
 * must give the very same site, byte for byte, as a build from an empty cache. A page whose
 * cache key misses something it shows would be served stale; this finds it, and prints the
 * files and lines that differ.
 *
 * Each edit (tests/incremental/edits.ts) starts from the fixture's first build; the property
 * test then applies random sequences of them, comparing after each step. To repeat a run of
 * the property test, give the seed it prints:
 *   INCREMENTAL_SEED=<seed> npx vitest run tests/incremental.test.ts -t 'random sequences'
 */
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareTrees } from './incremental/compare.ts';
import { EDITS, editNamed, type Edit } from './incremental/edits.ts';
import { IncrementalSite, OUTPUT_FOLDERS, type OutputFolder, type StepResult } from './incremental/harness.ts';

const FIXTURE = path.resolve('tests/fixtures/content-incremental');
/** Two builds side by side, on a busy two-core machine. */
const STEP_TIMEOUT = 180_000;

let site: IncrementalSite;

beforeAll(async () => {
  site = new IncrementalSite(FIXTURE);
  const first = await site.buildFirst();
  if (first.status !== 0) throw new Error(`the first build failed:\n${first.output}`);
}, STEP_TIMEOUT);

afterAll(() => {
  if (!site) return;
  console.log(`Incremental builds against clean builds (seconds; a step's two builds run side by side):\n${site.timings()}`);
  site.dispose();
});

/**
 * From the first build's state, apply `edits`, build with the cache kept and from an empty
 * cache, and require the same site; `changes` (the last edit's, by default) must show in it.
 */
async function expectSameSite(edits: Edit[], options: { output?: OutputFolder; changes?: string[] } = {}): Promise<StepResult> {
  site.reset();
  const result = await site.apply(edits, options);
  if (!result) throw new Error(`${edits.map((e) => e.name).join(', ')}: nothing to change in the fixture`);
  try {
    const failure = IncrementalSite.failure(result);
    if (failure) expect.fail(failure);
    // A rebuild that reused nothing would prove nothing about the cache.
    expect(result.reused, 'pages reused from the cache').toBeGreaterThan(0);
    // Nor would an edit that no page shows.
    const fromFirst = compareTrees(site.firstOutput, result.clean.outDir);
    const changed = [...fromFirst.differing, ...fromFirst.onlyInFirst, ...fromFirst.onlyInSecond];
    const expected = options.changes ?? edits.at(-1)?.changes ?? [];
    if (expected.length === 0) expect(changed, 'files changed from the first build').toEqual([]);
    else expect(changed, 'files changed from the first build').toEqual(expect.arrayContaining(expected));
    return result;
  } finally {
    IncrementalSite.discard(result);
  }
}

describe('an incremental build equals a clean build', () => {
  it('with no edit, into the same output folder', async () => {
    await expectSameSite([]);
  }, STEP_TIMEOUT);

  it('with no edit, into the same output folder removed first (every page restored from the cache)', async () => {
    const result = await expectSameSite([], { output: 'emptied' });
    expect(result.incremental.output).toContain('(restored)');
  }, STEP_TIMEOUT);

  it('with no edit, into an output folder at another path', async () => {
    await expectSameSite([], { output: 'elsewhere' });
  }, STEP_TIMEOUT);

  it("after an edit, into the same output folder removed first: a profile's position", async () => {
    await expectSameSite([editNamed("a profile's position")], { output: 'emptied' });
  }, STEP_TIMEOUT);

  for (const edit of EDITS) {
    it(`after an edit: ${edit.name}`, async () => {
      await expectSameSite([edit]);
    }, STEP_TIMEOUT);
  }

  it('after the content folder is copied to another path and the photo replaced in the copy', async () => {
    await expectSameSite([editNamed('the content folder copied to another path, the old one kept'), editNamed('an image replaced')]);
  }, STEP_TIMEOUT);
});

describe('an incremental build equals a clean build after every step of a random sequence of edits', () => {
  const seed = Number(process.env.INCREMENTAL_SEED ?? Math.floor(Math.random() * 2 ** 31));
  const runs = Number(process.env.INCREMENTAL_RUNS ?? 2);

  it(`random sequences (seed ${seed}, ${runs} runs)`, async () => {
    console.log(`Incremental property test: seed ${seed}, ${runs} runs; to repeat: INCREMENTAL_SEED=${seed} npx vitest run tests/incremental.test.ts -t 'random sequences'`);
    const step = fc.record({ edit: fc.constantFrom(...EDITS.map((e) => e.name)), output: fc.constantFrom(...OUTPUT_FOLDERS) });
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 2, maxLength: 3 }), async (steps) => {
        site.reset();
        const done: string[] = [];
        for (const { edit, output } of steps) {
          const result = await site.apply([editNamed(edit)], { output });
          if (!result) {
            done.push(`(${edit}: nothing to change, skipped)`);
            continue;
          }
          done.push(result.label);
          try {
            const failure = IncrementalSite.failure(result);
            if (failure) throw new Error(`after the steps ${done.join(' → ')}:\n${failure}`);
          } finally {
            IncrementalSite.discard(result);
          }
        }
      }),
      // A run costs two builds a step: no shrinking (it would take many more builds); the seed repeats a run.
      { numRuns: runs, seed, endOnFailure: true },
    );
  }, STEP_TIMEOUT * 4);
});

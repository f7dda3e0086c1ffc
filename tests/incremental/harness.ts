/**
 * A content folder built once, then edited and built again with the build's cache kept, each
 * time beside a build of the same content from an empty cache, so the two outputs can be
 * compared file by file.
 *
 * Paths stay put: the content folder, the kept cache and the kept output are always at the
 * same paths, and `reset()` copies the first build's state back into them. A cache records
 * where the content was (Astro's content layer stores each entry's path), so restoring it
 * anywhere else would be a different test: the content folder moved.
 *
 * The two builds of a step run side by side (two cores), but both write the project's
 * `.astro/` folder (its lists of content modules and images) while syncing the content,
 * through the same temporary file name: two writes at once can fail. For the same content
 * both write the same text, and Astro skips a write that would change nothing, so the
 * incremental build starts once the clean one has synced. After the content folder moved or
 * was copied, the incremental build may write lists naming the old folder while the clean
 * one reads them: then the two run one after the other.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { startBuild, type BuiltSite } from '../build-site.ts';
import { compareTrees, describeDifference, isSame, type TreeDifference } from './compare.ts';
import type { Edit, EditContext } from './edits.ts';

export type OutputFolder = 'kept' | 'emptied' | 'elsewhere';
export const OUTPUT_FOLDERS: OutputFolder[] = ['kept', 'emptied', 'elsewhere'];
const OUTPUT_LABELS: Record<OutputFolder, string> = { kept: 'into the kept folder', emptied: 'into the same folder emptied', elsewhere: 'into a new folder elsewhere' };

/** Astro prints this once the content layer has written `.astro/`. */
const SYNCED = 'Synced content';

export interface StepResult {
  /** What was done: the edits' names, or "no edit". */
  label: string;
  incremental: BuiltSite;
  clean: BuiltSite;
  difference?: TreeDifference;
  /** Pages Astro copied from its cache instead of rendering ("(restored)" or "(cached)"). */
  reused: number;
  /** Seconds: the incremental build, the clean build, and the step as a whole. */
  seconds: { incremental: number; clean: number; wall: number };
}

const since = (t: number) => Math.round((performance.now() - t) / 100) / 10;

/** How many pages a build took from the incremental cache. */
export function reusedPages(output: string): number {
  return (output.match(/\((restored|cached)\)/g) ?? []).length;
}

export class IncrementalSite {
  readonly root: string;
  /** Where the content is now (an edit may move it). */
  contentDir: string;
  private readonly home: string;
  private readonly kept: { out: string; cache: string };
  private readonly snapshot: { content: string; out: string; cache: string };
  private elsewhere = 0;
  private step = 0;
  /** Every step taken, for the timing table. */
  readonly log: { label: string; ok: boolean; reused: number; seconds: StepResult['seconds'] }[] = [];

  private readonly fixture: string;

  constructor(fixture: string) {
    this.fixture = fixture;
    mkdirSync(path.resolve('tests/.tmp'), { recursive: true });
    this.root = mkdtempSync(path.resolve('tests/.tmp/incremental-'));
    this.home = path.join(this.root, 'content');
    this.contentDir = this.home;
    this.kept = { out: path.join(this.root, 'kept', 'dist'), cache: path.join(this.root, 'kept', 'cache') };
    this.snapshot = {
      content: path.join(this.root, 'first', 'content'),
      out: path.join(this.root, 'first', 'dist'),
      cache: path.join(this.root, 'first', 'cache'),
    };
  }

  /** The first build, with an empty cache; its content, cache and output are kept to reset to. */
  async buildFirst(): Promise<BuiltSite> {
    cpSync(this.fixture, this.home, { recursive: true });
    const first = await startBuild(this.home, { OUT_DIR: this.kept.out, ASTRO_CACHE_DIR: this.kept.cache }).done;
    first.cleanup();
    if (first.status !== 0) return first;
    cpSync(this.home, this.snapshot.content, { recursive: true });
    cpSync(this.kept.out, this.snapshot.out, { recursive: true });
    cpSync(this.kept.cache, this.snapshot.cache, { recursive: true });
    return first;
  }

  /** The first build's output, as it was. */
  get firstOutput(): string {
    return this.snapshot.out;
  }

  /** Back to the state right after the first build: its content, its cache, its output. */
  reset(): void {
    // The content folder and any copy or move of it an edit made beside it.
    const contentFolders = readdirSync(this.root).filter((name) => name.startsWith('content')).map((name) => path.join(this.root, name));
    for (const dir of [...contentFolders, this.kept.out, this.kept.cache]) rmSync(dir, { recursive: true, force: true });
    this.contentDir = this.home;
    this.step = 0;
    cpSync(this.snapshot.content, this.home, { recursive: true });
    cpSync(this.snapshot.out, this.kept.out, { recursive: true });
    cpSync(this.snapshot.cache, this.kept.cache, { recursive: true });
  }

  /**
   * Apply `edits` (none: a rebuild of unchanged content), then build incrementally and from
   * scratch and compare. The incremental build goes, with the cache kept, to `output`:
   * - 'kept': the last build's output folder, as on a developer's machine;
   * - 'emptied': the same folder, removed first, as on a host that keeps only the cache (so
   *   every unchanged page is restored from the cache);
   * - 'elsewhere': a new folder at another path.
   * Returns undefined when an edit found nothing to change.
   */
  async apply(edits: Edit[], options: { output?: OutputFolder } = {}): Promise<StepResult | undefined> {
    const output = options.output ?? 'kept';
    const before = this.contentDir;
    for (const edit of edits) {
      this.step += 1;
      const ctx: EditContext = { dir: this.contentDir, step: this.step };
      if (!(await edit.apply(ctx))) return undefined;
      this.contentDir = ctx.dir;
    }
    const moved = this.contentDir !== before;
    const label = `${edits.length ? edits.map((e) => e.name).join(' → ') : 'no edit'}${output === 'kept' ? '' : ` (output ${OUTPUT_LABELS[output]})`}`;
    let out = this.kept.out;
    if (output === 'emptied') rmSync(out, { recursive: true, force: true });
    if (output === 'elsewhere') {
      this.elsewhere += 1;
      out = path.join(this.root, `elsewhere-${this.elsewhere}`, 'dist');
    }
    const started = performance.now();
    const times = { incremental: 0, clean: 0 };
    const timed = async (which: keyof typeof times, build: ReturnType<typeof startBuild>) => {
      const t = performance.now();
      const site = await build.done;
      times[which] = since(t);
      return site;
    };
    const startIncremental = () => startBuild(this.contentDir, { OUT_DIR: out, ASTRO_CACHE_DIR: this.kept.cache });
    let incremental: BuiltSite;
    let clean: BuiltSite;
    if (moved) {
      incremental = await timed('incremental', startIncremental());
      clean = await timed('clean', startBuild(this.contentDir));
    } else {
      const cleanRun = startBuild(this.contentDir);
      await cleanRun.printed(SYNCED);
      [clean, incremental] = await Promise.all([timed('clean', cleanRun), timed('incremental', startIncremental())]);
    }
    const seconds = { ...times, wall: since(started) };
    // Only the temporary folder startBuild made beside the kept ones.
    incremental.cleanup();
    incremental = { ...incremental, cleanup: () => undefined };
    const result: StepResult = { label, incremental, clean, reused: reusedPages(incremental.output), seconds };
    if (incremental.status === 0 && clean.status === 0) result.difference = compareTrees(incremental.outDir, clean.outDir);
    this.log.push({ label, ok: Boolean(result.difference && isSame(result.difference)), reused: result.reused, seconds });
    if (output === 'elsewhere') {
      // The next step builds into the usual output folder again, which now holds this output.
      rmSync(this.kept.out, { recursive: true, force: true });
      cpSync(out, this.kept.out, { recursive: true });
      result.incremental = { ...incremental, cleanup: () => rmSync(path.dirname(out), { recursive: true, force: true }) };
    }
    return result;
  }

  /** Why a step's two builds are not the same site, or undefined when they are. */
  static failure(result: StepResult): string | undefined {
    const tail = (output: string) => output.trim().split('\n').slice(-25).join('\n');
    if (result.incremental.status !== 0) return `the incremental build failed (${result.label}):\n${tail(result.incremental.output)}`;
    if (result.clean.status !== 0) return `the clean build failed (${result.label}):\n${tail(result.clean.output)}`;
    const d = result.difference!;
    if (isSame(d)) return undefined;
    return `after ${result.label}, the incremental build differs from the clean one:\n${describeDifference(result.incremental.outDir, result.clean.outDir, d)}`;
  }

  /** Remove a step's clean build, and its incremental output when that went to a new folder. */
  static discard(result: StepResult | undefined): void {
    result?.clean.cleanup();
    result?.incremental.cleanup();
  }

  /** A table of the steps taken: result, pages reused, seconds. */
  timings(): string {
    const rows = this.log.map((s) => `| ${s.label} | ${s.ok ? 'same' : 'DIFFERENT'} | ${s.reused} | ${s.seconds.incremental} | ${s.seconds.clean} | ${s.seconds.wall} |`);
    return ['| step | output | pages reused | incremental s | clean s | step s |', '| --- | --- | ---: | ---: | ---: | ---: |', ...rows].join('\n');
  }

  dispose(): void {
    if (existsSync(this.root)) rmSync(this.root, { recursive: true, force: true });
  }
}

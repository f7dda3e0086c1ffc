/**
 * The content of a build, read and checked once per process. The build's check stage, the
 * collection loaders and the pages all use this one result, so a site of 200,000 records is
 * parsed and validated once, not three times.
 *
 * Under `astro dev` the result is forgotten whenever a file of the content folder changes
 * (src/integrations/build.ts watches it), so the next page load reads the files again.
 */
import { contentDir } from './read.ts';
import { formatProblems } from './problems.ts';
import { validateContent, type Problem, type ValidatedContent } from './validate.ts';

/** Astro's process and Vite's module runner each load this module: the result lives on globalThis. */
const KEY = Symbol.for('bang-vang.checked-content');

interface Cached {
  dir: string;
  result: { problems: Problem[]; content: ValidatedContent };
}

type Holder = { [KEY]?: Cached };

/** Content that cannot be published, with every problem as "file: field: message". */
export class ContentError extends Error {
  readonly problems: string;
  constructor(problems: string) {
    super(`Nội dung chưa hợp lệ, chưa thể dựng trang:\n${problems}`);
    this.problems = problems;
    this.name = 'ContentError';
    // The list is the message; a stack trace would only bury it.
    this.stack = this.message;
  }
}

/** Checked content of `dir`; computed on first use, then shared by everything in this process. */
export function checkedContent(dir: string = contentDir()): { problems: Problem[]; content: ValidatedContent } {
  const holder = globalThis as Holder;
  const cached = holder[KEY];
  if (cached && cached.dir === dir) return cached.result;
  const result = validateContent(dir);
  holder[KEY] = { dir, result };
  return result;
}

/** The checked content, or a ContentError listing every problem. */
export function checkedContentOrThrow(dir: string = contentDir()): ValidatedContent {
  const { problems, content } = checkedContent(dir);
  if (problems.length > 0) throw new ContentError(formatProblems(problems));
  return content;
}

/** Use content checked elsewhere (by the build's check stage), so it is not checked again. */
export function useCheckedContent(dir: string, result: { problems: Problem[]; content: ValidatedContent }): void {
  (globalThis as Holder)[KEY] = { dir, result };
}

/** Forget the checked content, so the next use reads the files again (after an edit, in dev). */
export function forgetCheckedContent(): void {
  delete (globalThis as Holder)[KEY];
}

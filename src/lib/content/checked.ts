/**
 * The content of a build, read and checked once per process. The build step that
 * refuses bad content, the collection loaders and the pages all use this one result,
 * so a site of 200,000 records is parsed and validated once, not three times.
 */
import { contentDir } from './read.ts';
import { validateContent, type Problem, type ValidatedContent } from './validate.ts';

const KEY = Symbol.for('bang-vang.checked-content');

interface Cached {
  dir: string;
  result: { problems: Problem[]; content: ValidatedContent };
}

type Holder = { [KEY]?: Cached };

/** Checked content of `dir`; computed on first use, then shared by everything in this process. */
export function checkedContent(dir: string = contentDir()): { problems: Problem[]; content: ValidatedContent } {
  const holder = globalThis as Holder;
  const cached = holder[KEY];
  if (cached && cached.dir === dir) return cached.result;
  const result = validateContent(dir);
  holder[KEY] = { dir, result };
  return result;
}

/** Forget the checked content, so the next use reads the files again (after an edit, in dev). */
export function forgetCheckedContent(): void {
  delete (globalThis as Holder)[KEY];
}

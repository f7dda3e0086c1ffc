/**
 * Problems found in content, and how they are worded: "file: field: message".
 */
import type { z } from 'astro/zod';
import { vietnameseErrorMap } from '../../schemas/messages.ts';

export interface Problem {
  /** File as the author knows it, relative to the working directory. */
  file: string;
  /** Field inside the file, e.g. records[3].award, or "(cả tệp)" for the whole file. */
  field: string;
  /** What is wrong, in Vietnamese. */
  message: string;
}

/** Render a zod path as authors see it in their file: records[3].award. */
export function fieldPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else out += out ? `.${String(s)}` : String(s);
  }
  return out || '(cả tệp)';
}

/** Parse raw data with a schema; turn each issue into a problem naming the file and the field. */
export function parseWith<S extends z.ZodType>(
  schema: S,
  raw: { file: string; data: unknown },
  problems: Problem[],
): z.output<S> | undefined {
  const result = schema.safeParse(raw.data, { error: vietnameseErrorMap });
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    problems.push({ file: raw.file, field: fieldPath(issue.path), message: issue.message });
  }
  return undefined;
}

/** One line per problem: "file: field: message". */
export function formatProblems(problems: readonly Problem[]): string {
  return problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join('\n');
}

/**
 * Where an imported decision goes in the content folder, and the check it must pass
 * before it is written: the same as `npm run check:content`, plus a decision of the same
 * number and issuer already in the folder.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { displayPath } from '../../content/read.ts';
import type { Problem } from '../../content/validate.ts';
import { slugify } from '../../text.ts';
import { checkBeforeWriting, findSameDecision } from './context.ts';
import { formatDecisionJson } from './decision-json.ts';

export interface DecisionToWrite extends Record<string, unknown> {
  number: string;
  date: string;
  issuer: string;
  province: string;
  records: readonly object[];
}

/** decisions/<province>/<year>/<slug of the number>.json, or where --out says (a file, or a folder ending in "/"). */
export function decisionTarget(dir: string, decision: DecisionToWrite, out?: string): string {
  const name = `${slugify(decision.number) || 'quyet-dinh'}.json`;
  const year = decision.date.slice(0, 4);
  if (!out) return path.join(dir, 'decisions', decision.province, year, name);
  const target = path.resolve(out);
  if (out.endsWith('/') || out.endsWith(path.sep) || (existsSync(target) && statSync(target).isDirectory())) return path.join(target, name);
  return target;
}

/** The decision as JSON, and every problem the content check would find in it. */
export function checkDecision(dir: string, decision: DecisionToWrite, target: string): { json: string; problems: Problem[] } {
  const json = formatDecisionJson(decision);
  const relative = path.relative(dir, target).startsWith('..')
    ? path.join('decisions', decision.province, decision.date.slice(0, 4), path.basename(target))
    : path.relative(dir, target);
  const problems = checkBeforeWriting(dir, [{ relative, content: json }]);
  const same = findSameDecision(dir, decision.number, decision.issuer, target);
  if (same) problems.push({ file: displayPath(target), field: 'number', message: `quyết định số ${decision.number} của ${decision.issuer} đã có ở tệp ${displayPath(same)}` });
  return { json, problems };
}

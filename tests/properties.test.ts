/**
 * Bad input never crashes: random and malformed content reaches the validator, which
 * answers with problems naming the file and the field, never a stack trace, and never
 * drops a file silently.
 */
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../src/lib/dates.ts';
import { parseWith, type Problem } from '../src/lib/content/problems.ts';
import { decisionSchema } from '../src/schemas/decision.ts';
import { reportSchema } from '../src/schemas/report.ts';
import { validateContent } from '../src/lib/content/validate.ts';
import { cleanText, slugify } from '../src/lib/text.ts';

const RUNS = 300;
/** Vietnamese letters, marks, markup and YAML/JSON punctuation: the characters that break things. */
const nasty = fc.string({ unit: fc.constantFrom(...'aăâđeêoôơuưyÀÁẠẢÃĐđ\u0300\u0301\u0303<>{}[]"\':,-#|\n\t 0123456789/') });
const anyJson = fc.jsonValue({ maxDepth: 4 });

describe('properties of the validator', () => {
  it('reads any value as a date or says why not, without throwing', () => {
    fc.assert(
      fc.property(fc.oneof(nasty, anyJson, fc.date({ noInvalidDate: false })), (value) => {
        const result = parsePartialDate(value);
        if (!result.ok) expect(result.reason.length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS },
    );
  });

  it('answers any object given as a decision with problems that name a field, in Vietnamese', () => {
    const decisionish = fc.record(
      {
        number: fc.oneof(nasty, anyJson),
        date: fc.oneof(nasty, anyJson),
        issuer: fc.oneof(nasty, anyJson),
        subject: nasty,
        award: fc.oneof(nasty, fc.constant('bang-khen-ubnd-tinh')),
        commendationType: fc.oneof(nasty, fc.constant('đột xuất')),
        province: nasty,
        records: fc.array(fc.record({ stt: fc.oneof(fc.integer(), nasty), name: nasty, kind: fc.oneof(nasty, fc.constant('cá nhân')) }, { requiredKeys: [] }), { maxLength: 5 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(decisionish, anyJson), (data) => {
        const problems: Problem[] = [];
        const parsed = parseWith(decisionSchema, { file: 'd.json', data }, problems);
        if (parsed === undefined) expect(problems.length).toBeGreaterThan(0);
        for (const p of problems) {
          expect(p.file).toBe('d.json');
          expect(p.field.length).toBeGreaterThan(0);
          expect(p.message).not.toMatch(/^(Invalid|Expected|Required)/);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('never lets text through unnormalised', () => {
    fc.assert(
      fc.property(nasty, (text) => {
        const problems: Problem[] = [];
        const parsed = parseWith(reportSchema(), { file: 'r.mdx', data: { title: text, date: 'không rõ', eventKind: 'tin tức', summary: text } }, problems);
        if (parsed) {
          expect(parsed.title).toBe(parsed.title.normalize('NFC'));
          expect(parsed.title).toBe(cleanText(parsed.title));
        }
        expect(slugify(text)).toMatch(/^[a-z0-9-]*$/);
      }),
      { numRuns: RUNS },
    );
  });

  it('reports every malformed file of a content folder by name, and drops none', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('decisions', 'clusters', 'reports'), fc.oneof(nasty, anyJson.map((v) => JSON.stringify(v)))), { minLength: 1, maxLength: 4 }),
        (files) => {
          mkdirSync(path.resolve('tests/.tmp'), { recursive: true });
          const dir = mkdtempSync(path.resolve('tests/.tmp', 'prop-'));
          try {
            files.forEach(([folder, body], i) => {
              mkdirSync(path.join(dir, folder), { recursive: true });
              const name = folder === 'reports' ? `bai-${i}.md` : `tep-${i}.json`;
              writeFileSync(path.join(dir, folder, name), folder === 'reports' ? `---\n${body}\n---\n${body}\n` : body);
            });
            const { problems, content } = validateContent(dir);
            // Every file is either read into the content or named in a problem.
            files.forEach(([folder], i) => {
              const name = folder === 'reports' ? `bai-${i}` : `tep-${i}`;
              const read = [...content.reports, ...content.decisions, ...content.clusters].some((e) => e.id === name);
              const reported = problems.some((p) => p.file.endsWith(`${folder}/${name}${folder === 'reports' ? '.md' : '.json'}`));
              expect(read || reported, `${folder}/${name}`).toBe(true);
            });
            for (const p of problems) expect(p.message).not.toMatch(/\n\s+at /);
          } finally {
            rmSync(dir, { recursive: true, force: true });
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

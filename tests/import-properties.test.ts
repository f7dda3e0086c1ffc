/**
 * Properties of the importers, on random and malformed input (fast-check): the honour-list
 * importer never throws and accounts for every row it read (a record, an error with the row
 * number and a reason, or a row set aside with its reason); the article importer never throws,
 * and its MDX draft, whatever the article says, parses and holds no code, component or
 * expression other than the importer's own comments.
 */
import path from 'node:path';
import fc from 'fast-check';
import { mdxToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/lib/import/article/article.ts';
import { loadContext, loadReference } from '../src/lib/import/shared/context.ts';
import { readList, type ListResult } from '../src/lib/import/honours/read-list.ts';
import { renderDraft } from '../src/lib/import/article/mdx.ts';
import { ImportError } from '../src/lib/import/shared/report.ts';

const CONTENT = path.resolve('tests/fixtures/import/content');
const ctx = loadContext(CONTENT);
const ref = loadReference(CONTENT);
const award = ref.awards.get('bang-khen-ubnd-tinh')!;

/** Text as spreadsheets and web pages hold it: Vietnamese, marks alone, markup, MDX, blanks. */
const cellText = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'aăâđeêoôơuưyÀÁẠẢÃĐđ\u0300\u0301\u0303\uFFFD<>{}[]()"\'`:;,.-#*_|!\\/=&$ \t0123456789') }),
  fc.constantFrom('', ' ', 'Nguyễn Văn An', 'Trường THCS Đông Hà', 'Cá nhân', 'Tập thể', 'Hộ gia đình', '12', 'STT', 'import x from "y"', '<script>alert(1)</script>', '{process.exit(1)}', '=1+2', 'I. Cá nhân'),
);

const HEADERS = [
  ['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị'],
  ['stt', 'ho va ten', 'chuc vu, don vi', 'loai'],
  ['Số TT', 'Tên tập thể', 'Ghi chú'],
];

describe('the honour-list importer, on random tables', () => {
  it('never throws, and accounts for every row after the header', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...HEADERS),
        fc.array(fc.array(cellText, { maxLength: 6 }), { maxLength: 30 }),
        fc.array(fc.array(cellText, { maxLength: 4 }), { maxLength: 3 }),
        (header, body, before) => {
          const rows = [...before, header, ...body];
          const rowNumbers = rows.map((_, i) => i + 1);
          let r: ListResult;
          try {
            r = readList(rows, rowNumbers, { award, awards: ref.awards });
          } catch (error) {
            // Only when no header row is found (random rows before it may look like one).
            expect(error).toBeInstanceOf(ImportError);
            expect((error as Error).message).toMatch(/tiêu đề cột/);
            return;
          }
          expect(r.records.length + r.errors.length + r.skipped.length).toBe(r.rowsRead);
          for (const issue of [...r.errors, ...r.skipped, ...r.warnings]) {
            expect(rowNumbers).toContain(issue.row);
            expect(issue.message.trim()).not.toBe('');
          }
          for (const record of r.records) {
            expect(record.name.trim()).not.toBe('');
            expect(record.name).toBe(record.name.normalize('NFC'));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
}

function nodeTypes(tree: MdNode): { types: Set<string>; expressions: string[] } {
  const types = new Set<string>();
  const expressions: string[] = [];
  const walk = (n: MdNode) => {
    types.add(n.type);
    if (n.type === 'mdxFlowExpression' || n.type === 'mdxTextExpression') expressions.push(n.value ?? '');
    n.children?.forEach(walk);
  };
  walk(tree);
  return { types, expressions };
}

const paragraph = fc.array(cellText, { minLength: 1, maxLength: 8 }).map((words) => words.join(' '));
const article = fc.array(fc.oneof(paragraph, fc.constantFrom('Ngày 9/1/2023, UBND tỉnh tổ chức hội nghị.', 'Ảnh: Minh Anh', 'Nguồn: Báo Nghệ An', '## Mục', 'export const a = 1', '</div>', '{/* x */}')), { maxLength: 12 });

describe('the article importer, on random articles', () => {
  it('never throws, and its draft parses as MDX with no code, component or expression from the text', async () => {
    await fc.assert(
      fc.asyncProperty(article, fc.boolean(), async (blocks, html) => {
        const text = html ? blocks.map((b) => `<p>${b}</p>`).join('\n') : blocks.join('\n\n');
        const draft = extractArticle({ text, html: html || undefined }, ctx);
        const mdx = renderDraft(draft, { from: 'bai.txt', today: '2024-05-01', awards: ctx.awards });
        const tree = (await mdxToMdast(mdx)) as unknown as MdNode;
        const { types, expressions } = nodeTypes(tree);
        for (const t of ['mdxjsEsm', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'html']) expect(types.has(t), t).toBe(false);
        // The importer's own notes are MDX comments; any other expression would run.
        for (const e of expressions) expect(e).toMatch(/^\s*\/\*[^]*\*\/\s*$/);
      }),
      { numRuns: 200 },
    );
  });
});

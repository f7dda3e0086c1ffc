/**
 * npm run docs:formats — writes docs/content-formats.md from the schemas themselves:
 * every field with the JSDoc line written beside it, so the reference cannot drift
 * from what the validator accepts. `--check` exits 1 when the file is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import ts from 'typescript';
import { consoleIO, fail, readArguments, runIfEntry, type CliIO } from './lib/cli.ts';

interface Field {
  name: string;
  doc: string;
  optional: boolean;
  depth: number;
}

const SCHEMAS: { file: string; exportName: string; title: string; where: string }[] = [
  { file: 'src/schemas/report.ts', exportName: 'reportSchema', title: 'Reports (tin bài)', where: '`reports/*.mdx` — frontmatter; the body is the article' },
  { file: 'src/schemas/report.ts', exportName: 'conferredHonourSchema', title: 'An honour conferred at an event (`honours[]` of a report)', where: 'inside a report' },
  { file: 'src/schemas/movement.ts', exportName: 'movementSchema', title: 'Movements (phong trào thi đua)', where: '`movements/*.mdx` — frontmatter; the body is the description' },
  { file: 'src/schemas/honoree.ts', exportName: 'honoreeSchema', title: 'Profiles (gương điển hình)', where: '`honorees/*.mdx` — frontmatter; the body is the story' },
  { file: 'src/schemas/cluster.ts', exportName: 'clusterSchema', title: 'Clusters and blocs (cụm, khối thi đua)', where: '`clusters/**/*.json`' },
  { file: 'src/schemas/cluster.ts', exportName: 'clusterYearSchema', title: 'A year of a cluster (`years[]`)', where: 'inside a cluster' },
  { file: 'src/schemas/cluster.ts', exportName: 'clusterResultSchema', title: 'A result (`years[].results[]`)', where: 'inside a cluster year' },
  { file: 'src/schemas/decision.ts', exportName: 'decisionSchema', title: 'Decisions (quyết định khen thưởng)', where: '`decisions/**/*.json`' },
  { file: 'src/schemas/decision.ts', exportName: 'recordSchema', title: 'A record of a decision (`records[]`)', where: 'inside a decision' },
  { file: 'src/schemas/figure.ts', exportName: 'figureSchema', title: 'Figures (số liệu)', where: '`figures/**/*.json`' },
  { file: 'src/schemas/figure.ts', exportName: 'figureValueSchema', title: 'A value of a figure set (`values[]`)', where: 'inside a figure set' },
  { file: 'src/schemas/figure.ts', exportName: 'figurePeriodSchema', title: 'The period of a figure set (`period`)', where: 'inside a figure set' },
  { file: 'src/schemas/province.ts', exportName: 'provinceSchema', title: 'Provinces', where: '`src/data/provinces.json` (each entry also has its `id`)' },
  { file: 'src/schemas/award.ts', exportName: 'awardSchema', title: 'Awards', where: '`src/data/awards.json` and an optional `awards.json` in the content folder (each entry also has its `id`)' },
];

/** The JSDoc text written right before a node, on one line. */
function jsDocOf(node: ts.Node, source: ts.SourceFile): string {
  const ranges = ts.getLeadingCommentRanges(source.text, node.pos) ?? [];
  const doc = ranges
    .map((r) => source.text.slice(r.pos, r.end))
    .filter((c) => c.startsWith('/**'))
    .pop();
  return doc ? doc.replace(/^\/\*\*|\*\/$/g, '').replace(/^\s*\* ?/gm, '').replace(/\s+/g, ' ').trim() : '';
}

/** The first object literal passed to z.strictObject(…) inside an expression. */
function findObject(node: ts.Node): ts.ObjectLiteralExpression | undefined {
  if (ts.isCallExpression(node) && /strictObject$/.test(node.expression.getText()) && node.arguments[0] && ts.isObjectLiteralExpression(node.arguments[0])) {
    return node.arguments[0];
  }
  return ts.forEachChild(node, findObject);
}

/** The object literal a top-level `const name = {…}` of the file holds. */
function objectNamed(name: string, source: ts.SourceFile): ts.ObjectLiteralExpression | undefined {
  for (const node of source.statements) {
    if (!ts.isVariableStatement(node)) continue;
    for (const decl of node.declarationList.declarations) {
      if (decl.name.getText(source) === name && decl.initializer && ts.isObjectLiteralExpression(decl.initializer)) return decl.initializer;
    }
  }
  return undefined;
}

function fieldsOf(object: ts.ObjectLiteralExpression, source: ts.SourceFile, depth: number): Field[] {
  const out: Field[] = [];
  for (const prop of object.properties) {
    // `...fields`: the fields of an object literal declared in the same file.
    if (ts.isSpreadAssignment(prop) && ts.isIdentifier(prop.expression)) {
      const spread = objectNamed(prop.expression.text, source);
      if (!spread) throw new Error(`${prop.expression.text} is not an object literal in ${source.fileName}`);
      out.push(...fieldsOf(spread, source, depth));
      continue;
    }
    if (!ts.isPropertyAssignment(prop)) continue;
    const text = prop.initializer.getText(source);
    const optional = /\.optional\(\)\s*$/.test(text) || /\.default\(/.test(text) || /^refs\(\)$/.test(text);
    out.push({ name: prop.name.getText(source), doc: jsDocOf(prop, source), optional, depth });
    // Nested objects that are not schemas of their own (source, period, photo, images…).
    if (!/(Schema|official\(\))/.test(text)) {
      const inner = findObject(prop.initializer);
      if (inner) out.push(...fieldsOf(inner, source, depth + 1));
    }
  }
  return out;
}

export function renderContentFormats(): string {
  const lines = [
    '# Content formats',
    '',
    'Generated from `src/schemas/` by `npm run docs:formats`; do not edit by hand.',
    'Text fields are normalised to Unicode NFC. Choices can be written as ids (`ca-nhan`) or in',
    'plain Vietnamese (`cá nhân`). Dates can be written `"2023-01-09"` or `"9/1/2023"`; where a',
    'field allows it, a month (`"2023-03"`), a year (`"2023"`) or `"không rõ"`. Fields marked',
    '"no" under *required* may be left out. Unknown fields are refused, so a misspelt field name',
    'is reported instead of being silently ignored.',
    '',
  ];
  for (const schema of SCHEMAS) {
    const source = ts.createSourceFile(schema.file, readFileSync(schema.file, 'utf8'), ts.ScriptTarget.Latest, true);
    let object: ts.ObjectLiteralExpression | undefined;
    source.forEachChild((node) => {
      if (ts.isVariableStatement(node)) {
        for (const decl of node.declarationList.declarations) {
          if (decl.name.getText(source) === schema.exportName && decl.initializer) object = findObject(decl.initializer);
        }
      }
    });
    if (!object) throw new Error(`${schema.exportName} not found in ${schema.file}`);
    lines.push(`## ${schema.title}`, '', `Where: ${schema.where}. Schema: [\`${schema.file}\`](../${schema.file}).`, '');
    lines.push('| field | required | meaning |', '| --- | --- | --- |');
    for (const f of fieldsOf(object, source, 0)) {
      const name = `${'&nbsp;&nbsp;'.repeat(f.depth)}${f.depth ? '↳ ' : ''}\`${f.name}\``;
      lines.push(`| ${name} | ${f.optional ? 'no' : 'yes'} | ${f.doc.replace(/\|/g, '\\|')} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

const TARGET = 'docs/content-formats.md';

const USAGE = `Cách dùng: npm run docs:formats [-- --check]
Viết lại ${TARGET} từ các schema; --check chỉ so sánh, không ghi, và báo lỗi khi tệp đã cũ.`;

const OPTIONS = {
  check: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export function main(argv: string[], io: CliIO = consoleIO): number {
  const { values } = readArguments(argv, OPTIONS, USAGE, { positionals: false });
  const text = renderContentFormats();
  if (values.check) {
    if (readFileSync(TARGET, 'utf8') !== text) fail(`${TARGET} không khớp với các schema; chạy: npm run docs:formats`, 1);
    io.out(`${TARGET} khớp với các schema.`);
  } else {
    writeFileSync(TARGET, text);
    io.out(`Đã viết ${TARGET}.`);
  }
  return 0;
}

runIfEntry(import.meta.url, main);

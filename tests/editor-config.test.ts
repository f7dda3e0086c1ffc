/**
 * The web editor's configuration is generated from the zod schemas: every field of every
 * collection is there, with its Vietnamese label, the JSDoc line of its schema as help, and
 * the schema's idea of required; every reference is a choice over the real ids. A field added
 * to a schema (in a copy) appears without any change to the generator.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import vi from '../src/i18n/vi.json' with { type: 'json' };
import { main } from '../scripts/editor-config.ts';
import { memoryIO } from '../scripts/lib/cli.ts';
import { backendConfig, backendOrigins } from '../src/lib/editor/backend.ts';
import { EDITOR_COLLECTIONS } from '../src/lib/editor/config.ts';
import { editorCsp } from '../src/lib/editor/page.ts';
import { loadSchemaModules, projectEditorConfig, repositoryPath } from '../src/lib/editor/project.ts';
import { schemaFields, type SchemaField } from '../src/lib/editor/schema-fields.ts';
import { indexSchemaDocs } from '../src/lib/editor/jsdoc.ts';
import { FIXTURE } from './helpers.ts';

type Field = Record<string, any>;
const labels = vi as Record<string, string>;

/** A collection's fields by dotted path ("honours.award"), lists and objects opened. */
function fieldsByPath(fields: Field[], prefix = ''): Map<string, Field> {
  const out = new Map<string, Field>();
  for (const field of fields) {
    const key = prefix + field.name;
    out.set(key, field);
    if (field.fields) for (const [k, v] of fieldsByPath(field.fields, `${key}.`)) out.set(k, v);
  }
  return out;
}

function schemaByPath(fields: SchemaField[], out = new Map<string, SchemaField>()): Map<string, SchemaField> {
  for (const field of fields) {
    out.set(field.path.join('.'), field);
    const type = field.type.kind === 'list' ? field.type.item : field.type;
    if (type.kind === 'object') schemaByPath(type.fields, out);
  }
  return out;
}

describe('the generated configuration, from the project schemas and the small fixture', () => {
  let generated: ReturnType<typeof projectEditorConfig>;
  let modules: Record<string, Record<string, unknown>>;
  const collection = (name: string) => generated.config.collections.find((c) => c.name === name) as Field;

  beforeAll(async () => {
    modules = await loadSchemaModules('src/schemas');
    generated = projectEditorConfig({ modules, labels, base: '/', siteUrl: 'https://bang-vang.example.org', content: FIXTURE, env: {} });
  });

  it('has the six collections, plain Markdown for the articles and JSON for the data, in the content folder (a repository of its own here)', () => {
    expect(generated.config.collections.map((c) => [c.name, c.folder, c.extension, c.format])).toEqual([
      ['reports', 'reports', 'md', 'yaml-frontmatter'],
      ['movements', 'movements', 'md', 'yaml-frontmatter'],
      ['honorees', 'honorees', 'md', 'yaml-frontmatter'],
      ['clusters', 'clusters', 'json', 'json'],
      ['figures', 'figures', 'json', 'json'],
      ['decisions', 'decisions', 'json', 'json'],
    ]);
    expect(collection('reports').label).toBe('Tin bài');
    expect(collection('decisions').path).toBe('{{fields.province}}/{{slug}}');
  });

  it('every field of every schema is there, with a Vietnamese label, its JSDoc line as help, and required as the schema says', async () => {
    const docs = indexSchemaDocs(Object.fromEntries(['report.ts', 'movement.ts', 'honoree.ts', 'cluster.ts', 'figure.ts', 'decision.ts', 'common.ts', 'award.ts'].map((f) => [f, readFileSync(`src/schemas/${f}`, 'utf8')])));
    let checked = 0;
    for (const c of EDITOR_COLLECTIONS) {
      const schema = schemaByPath(schemaFields(modules[c.module]![c.schema], { docs, file: c.module, labelMaps: [], warnings: [] }));
      const cms = fieldsByPath(collection(c.name).fields);
      for (const [key, field] of schema) {
        const shown = cms.get(key);
        expect(shown, `${c.name}.${key}`).toBeDefined();
        expect(shown!.hint, `${c.name}.${key}`).toBe(field.doc);
        expect(field.doc, `${c.name}.${key} has no JSDoc line`).not.toBe('');
        expect(shown!.label, `${c.name}.${key}`).toBe(labels[`editor.field.${c.name}.${key}`] ?? labels[`editor.field.${key}`]);
        expect(shown!.required !== false, `${c.name}.${key} required`).toBe(field.required);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(120);
    expect(generated.missingLabels).toEqual([]);
    expect(generated.warnings).toEqual([]);
  });

  it('pins a few fields exactly: label, help, widget', () => {
    const reports = fieldsByPath(collection('reports').fields);
    expect(reports.get('title')).toEqual({ name: 'title', label: 'Tiêu đề', hint: 'Headline.', widget: 'string' });
    expect(reports.get('summary')).toMatchObject({ label: 'Tóm tắt', widget: 'text' });
    expect(reports.get('date')).toMatchObject({ label: 'Ngày', widget: 'string', pattern: [expect.any(String), 'viết ngày dạng "9/1/2023" hoặc "2023-01-09"; chỉ biết tháng: "3/2023"; chỉ biết năm: "2023"'] });
    expect(reports.get('images.src')).toMatchObject({ widget: 'image', label: 'Tệp ảnh' });
    expect(reports.get('images.alt')).toMatchObject({ widget: 'string', label: 'Mô tả ảnh (cho người không xem được ảnh)' });
    expect(reports.get('body')).toMatchObject({ widget: 'richtext', label: 'Nội dung bài viết' });
    expect(collection('reports')).toMatchObject({ media_folder: 'images', public_folder: './images' });
    const decisions = fieldsByPath(collection('decisions').fields);
    expect(decisions.get('date')).toMatchObject({ label: 'Ngày ký', widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' });
    expect(decisions.get('records')).toMatchObject({ widget: 'list', label: 'Danh sách khen thưởng', min: 1 });
    expect(decisions.get('records.stt')).toMatchObject({ widget: 'number', value_type: 'int', min: 1 });
    expect(fieldsByPath(collection('clusters').fields).get('years.year')).toMatchObject({ widget: 'number', value_type: 'int', min: 1945, max: 9999 });
  });

  it('choices show their Vietnamese labels and store the id', () => {
    const reports = fieldsByPath(collection('reports').fields);
    expect(reports.get('eventKind')!.options).toContainEqual({ value: 'gap-mat', label: 'gặp mặt, tri ân' });
    expect(reports.get('honours.awardClass')!.options).toEqual([
      { value: 'nhat', label: 'hạng Nhất' },
      { value: 'nhi', label: 'hạng Nhì' },
      { value: 'ba', label: 'hạng Ba' },
    ]);
    // A label map written inline in the schema (not exported) comes from the schema's own message.
    expect(fieldsByPath(collection('clusters').fields).get('kind')!.options).toEqual([
      { value: 'cum', label: 'cụm' },
      { value: 'khoi', label: 'khối' },
    ]);
    expect(reports.get('honours.recipientKinds')).toMatchObject({ widget: 'select', multiple: true });
  });

  it('every reference is a choice over the real ids, provinces with the period each unit existed', () => {
    const reports = fieldsByPath(collection('reports').fields);
    const provinces = reports.get('provinces')!;
    expect(provinces).toMatchObject({ widget: 'select', multiple: true, required: false });
    expect(provinces.options).toContainEqual({ value: 'ha-giang', label: 'Hà Giang (đến 30/6/2025)' });
    expect(provinces.options).toContainEqual({ value: 'tuyen-quang', label: 'Tuyên Quang (từ 1/7/2025)' });
    expect(provinces.options).toContainEqual({ value: 'tuyen-quang-truoc-2025', label: 'Tuyên Quang (đến 30/6/2025)' });
    expect(provinces.options).toContainEqual({ value: 'quang-ninh', label: 'Quảng Ninh' });
    // Every unit of src/data/provinces.json, before and after the 2025 merger.
    expect(provinces.options).toHaveLength((JSON.parse(readFileSync('src/data/provinces.json', 'utf8')) as unknown[]).length);
    expect(reports.get('movements')!.options).toEqual([{ value: 'phong-trao-thu-nghiem', label: 'Thi đua thử nghiệm vì bản làng sạch đẹp' }]);
    expect(reports.get('clusters')!.options).toEqual([{ value: 'cum-thu-nghiem', label: 'Cụm thi đua thử nghiệm các tỉnh biên giới' }]);
    expect(reports.get('honorees')!.options).toEqual([{ value: 'nguoi-thu-nghiem', label: 'Lò Văn Thử (Thôn Lũng Cú)' }]);
    expect(reports.get('honours.award')).toMatchObject({ widget: 'select', label: 'Hình thức khen thưởng' });
    expect(reports.get('honours.award')!.options[0]).toEqual({ value: 'huan-chuong-sao-vang', label: 'Huân chương Sao vàng' });
    expect(reports.get('honours.decision')!.options.map((o: Field) => o.value).sort()).toEqual(['ha-giang/2022/qd-thu-nghiem-1', 'tuyen-quang/2025/qd-thu-nghiem-2']);
    expect(fieldsByPath(collection('figures').fields).get('source')!.options.map((o: Field) => o.value)).toEqual(['hoi-nghi-cum-bien-gioi']);
    expect(fieldsByPath(collection('movements').fields).get('parent')).toMatchObject({ widget: 'select', required: false });
    // A figure value's key is an id of its own, not a reference.
    expect(fieldsByPath(collection('figures').fields).get('values.key')).toMatchObject({ widget: 'string', pattern: [expect.any(String), 'chỉ dùng chữ thường không dấu, số và gạch ngang, ví dụ "quang-ninh"'] });
  });

  it('writes plain ASCII file names, double-quoted YAML, and leaves out empty optional fields', () => {
    expect(generated.config.slug).toMatchObject({ encoding: 'ascii', clean_accents: true });
    expect(generated.config.output).toMatchObject({ omit_empty_optional_fields: true, yaml: { quote: 'double' } });
  });
});

describe('a field added to a schema, in a copy of the schemas', () => {
  let work: string;
  beforeAll(() => {
    mkdirSync('tests/.tmp', { recursive: true });
    work = mkdtempSync(path.resolve('tests/.tmp/schemas-'));
    // The schemas import ../lib/: copy both, side by side, as in src/.
    cpSync('src/schemas', path.join(work, 'schemas'), { recursive: true });
    cpSync('src/lib', path.join(work, 'lib'), { recursive: true });
    const file = path.join(work, 'schemas', 'report.ts');
    const source = readFileSync(file, 'utf8');
    const anchor = '  /** Headline. */\n  title: text(),\n';
    if (!source.includes(anchor)) throw new Error('report.ts no longer starts its fields with the headline');
    writeFileSync(
      file,
      source.replace(
        anchor,
        `${anchor}  /** A second, shorter headline for the home page. */\n  shortTitle: text().optional(),\n  /** The movement the report is mainly about. */\n  mainMovement: ref().optional(),\n`,
      ),
    );
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('appears in the configuration with its JSDoc line as help, and is reported until it has a Vietnamese label', async () => {
    const io = memoryIO();
    const out = path.join(work, 'config.json');
    const code = await main(['--schemas', path.join(work, 'schemas'), '--content', FIXTURE, '--out', out], io);
    expect(code).toBe(1);
    expect(io.stderr).toEqual([
      'Chưa có nhãn tiếng Việt: thêm "editor.field.shortTitle" vào src/i18n/vi.json (đang hiện dòng chú thích của schema).',
      'Chưa có nhãn tiếng Việt: thêm "editor.field.mainMovement" vào src/i18n/vi.json (đang hiện dòng chú thích của schema).',
      'Cảnh báo: reports.mainMovement: mã này trỏ tới đâu chưa rõ; biên tập như chữ',
    ]);
    const config = JSON.parse(readFileSync(out, 'utf8'));
    const reports = config.collections.find((c: Field) => c.name === 'reports');
    const names = reports.fields.map((f: Field) => f.name);
    expect(names.slice(0, 3)).toEqual(['title', 'shortTitle', 'mainMovement']);
    expect(reports.fields[1]).toEqual({ name: 'shortTitle', label: 'A second, shorter headline for the home page', hint: 'A second, shorter headline for the home page.', required: false, widget: 'string' });
  });

  it('takes the Vietnamese label once vi.json has it', async () => {
    const io = memoryIO();
    const out = path.join(work, 'config-labelled.json');
    const withLabels = { ...labels, 'editor.field.shortTitle': 'Tiêu đề ngắn', 'editor.field.mainMovement': 'Phong trào chính' };
    await main(['--schemas', path.join(work, 'schemas'), '--content', FIXTURE, '--out', out], io, withLabels);
    const reports = JSON.parse(readFileSync(out, 'utf8')).collections.find((c: Field) => c.name === 'reports');
    expect(reports.fields[1]).toMatchObject({ name: 'shortTitle', label: 'Tiêu đề ngắn', hint: 'A second, shorter headline for the home page.' });
    expect(reports.fields[2]).toMatchObject({ name: 'mainMovement', label: 'Phong trào chính', widget: 'string' });
    expect(io.stderr).toEqual(['Cảnh báo: reports.mainMovement: mã này trỏ tới đâu chưa rõ; biên tập như chữ']);
  });
});

describe('backends and the editor policy', () => {
  it('defaults to GitHub for a local clone, and reads a hosted repository from the environment', () => {
    expect(backendConfig({})).toEqual({ name: 'github', repo: 'bang-vang/noi-dung', branch: 'main' });
    expect(backendConfig({ EDITOR_BACKEND: 'gitlab', EDITOR_REPO: 'so-noi-vu/bang-vang', EDITOR_APP_ID: 'abc' })).toEqual({
      name: 'gitlab', repo: 'so-noi-vu/bang-vang', branch: 'main', app_id: 'abc', auth_type: 'pkce',
    });
    expect(backendConfig({ EDITOR_BACKEND: 'forgejo', EDITOR_REPO: 'a/b', EDITOR_API_ROOT: 'https://git.tinh.gov.vn/api/v1' })).toMatchObject({ name: 'gitea', api_root: 'https://git.tinh.gov.vn/api/v1' });
    expect(backendConfig({ EDITOR_BACKEND: 'test-repo' })).toEqual({ name: 'test-repo' });
    expect(() => backendConfig({ EDITOR_BACKEND: 'svn' })).toThrow('EDITOR_BACKEND="svn": chỉ nhận github, gitlab, gitea, test-repo (hoặc forgejo)');
    expect(() => backendConfig({ EDITOR_REPO: 'khong-co-chu' })).toThrow('EDITOR_REPO="khong-co-chu": cần dạng "chủ/kho", ví dụ "so-noi-vu/bang-vang"');
  });

  it('lets the editor reach only its own Git service', () => {
    expect(backendOrigins({ EDITOR_BACKEND: 'gitea', EDITOR_API_ROOT: 'https://git.tinh.gov.vn/api/v1' }).connect).toEqual(['https://git.tinh.gov.vn']);
    const csp = editorCsp({ EDITOR_BACKEND: 'test-repo' });
    expect(csp).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self' blob: data:; " +
        "media-src 'self' blob:; frame-src 'self' blob:; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'",
    );
    expect(editorCsp({})).toContain("connect-src 'self' blob: data: https://api.github.com https://www.githubstatus.com;");
  });

  it('sends, from _headers and nginx, a policy that lets the editor reach GitHub and gitlab.com, and no more than the page asks', () => {
    /** A policy as its directives' sources, by directive. */
    const parse = (policy: string) => new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...sources]) => [name!, new Set(sources)]));
    const headers = readFileSync('public/_headers', 'utf8');
    const rule = /\n\/quan-tri\/\*\n(?:  .*\n)*?  Content-Security-Policy: (.*)\n/.exec(headers)?.[1];
    const nginx = /location \/quan-tri\/ \{[\s\S]*?add_header Content-Security-Policy "([^"]*)" always;/.exec(readFileSync('docs/deploy/nginx.conf', 'utf8'))?.[1];
    expect(rule).toBeDefined();
    expect(nginx).toBe(rule);
    const sent = parse(rule!);
    for (const env of [{ EDITOR_BACKEND: 'github' }, { EDITOR_BACKEND: 'gitlab' }, { EDITOR_BACKEND: 'test-repo' }]) {
      const page = parse(editorCsp(env, { header: true }));
      for (const [directive, sources] of page) {
        for (const source of sources) expect(sent.get(directive)?.has(source), `${env.EDITOR_BACKEND}: ${directive} ${source}`).toBe(true);
      }
    }
    expect([...sent.keys()]).toEqual([...parse(editorCsp({}, { header: true })).keys()]);
  });

  it('places the content folder in its repository: src/content of the project, else the root of a content repository', () => {
    expect(repositoryPath('src/content', {})).toBe('src/content');
    expect(repositoryPath(path.resolve('src/content'), {})).toBe('src/content');
    expect(repositoryPath(FIXTURE, {})).toBe('');
    expect(repositoryPath(FIXTURE, { EDITOR_CONTENT_PATH: '/noi-dung/' })).toBe('noi-dung');
  });
});

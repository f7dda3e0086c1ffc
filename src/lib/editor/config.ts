/**
 * The configuration of the web editor (Sveltia CMS, docs/editor.md), generated from the zod
 * schemas of src/schemas/ when the site is built: one source of truth for what a report, a
 * movement, a profile, a cluster, a figure set or a decision holds. Each field gets its
 * Vietnamese label from src/i18n/vi.json and, as help text, the JSDoc line written beside it
 * in the schema; each id of another entry is a choice among the real ids, labelled in
 * Vietnamese.
 *
 * What the editor writes must pass `npm run check:content` unchanged: plain Markdown (`.md`,
 * never MDX, which compiles to code) with YAML frontmatter for the articles, JSON for the data.
 */
import { indexSchemaDocs } from './jsdoc.ts';
import { referenceOptions, referenceTarget, type ReferenceContent } from './references.ts';
import { schemaFields, type FieldType, type SchemaField, type WalkContext } from './schema-fields.ts';
import { backendConfig, type EditorEnvironment } from './backend.ts';

/** One collection of the editor: where its files are and which schema they follow. */
export interface EditorCollection {
  name: string;
  /** Folder inside the content folder. */
  folder: string;
  /** Schema module (file name in src/schemas/) and the export holding the schema. */
  module: string;
  schema: string;
  format: 'md' | 'json';
  /** Field that names an entry; the file name is made from it. */
  identifier: string;
  /** Sub-folders of the file name, for collections kept in folders ("decisions/quang-ninh/2023/…"). */
  path?: string;
  /** Fields holding an image file, by path. */
  images?: string[];
  /** The entry's page on the site, for the editor's link to it. */
  page?: string;
}

export const EDITOR_COLLECTIONS: readonly EditorCollection[] = [
  { name: 'reports', folder: 'reports', module: 'report.ts', schema: 'reportSchema', format: 'md', identifier: 'title', images: ['images.src'], page: 'tin-tuc/{{slug}}/' },
  { name: 'movements', folder: 'movements', module: 'movement.ts', schema: 'movementSchema', format: 'md', identifier: 'name', page: 'phong-trao/{{slug}}/' },
  { name: 'honorees', folder: 'honorees', module: 'honoree.ts', schema: 'honoreeSchema', format: 'md', identifier: 'name', images: ['photo.src'], page: 'guong-dien-hinh/{{slug}}/' },
  { name: 'clusters', folder: 'clusters', module: 'cluster.ts', schema: 'clusterSchema', format: 'json', identifier: 'name', page: 'cum-khoi-thi-dua/{{slug}}/' },
  { name: 'figures', folder: 'figures', module: 'figure.ts', schema: 'figureSchema', format: 'json', identifier: 'title' },
  // Decisions of modest size: a roll of thousands of names keeps coming through import:honours.
  { name: 'decisions', folder: 'decisions', module: 'decision.ts', schema: 'decisionSchema', format: 'json', identifier: 'number', path: '{{fields.province}}/{{slug}}' },
];

/** Pattern of an id, with the content check's own wording. */
const ID_MESSAGE = 'chỉ dùng chữ thường không dấu, số và gạch ngang, ví dụ "quang-ninh"';
/** The forms parsePartialDate reads (src/lib/dates.ts). */
const PARTIAL_DATE = '^(\\d{4}(-\\d{1,2}){0,2}|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4}|\\d{1,2}/\\d{4}|[Kk]hông rõ|[Cc]hưa rõ)$';
const PARTIAL_DATE_EXACT = '^(\\d{4}(-\\d{1,2}){0,2}|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4}|\\d{1,2}/\\d{4})$';
const PARTIAL_DATE_MESSAGE = 'viết ngày dạng "9/1/2023" hoặc "2023-01-09"; chỉ biết tháng: "3/2023"; chỉ biết năm: "2023"';
const URL_PATTERN = '^https?://\\S+$';
const URL_MESSAGE = 'phải là một địa chỉ web đầy đủ, bắt đầu bằng https://';

export type CmsField = Record<string, unknown> & { name: string; widget: string };
export type CmsConfig = Record<string, unknown> & { collections: Record<string, unknown>[] };

export interface EditorInputs {
  /** Schema modules by file name ("report.ts" → its exports). */
  modules: Record<string, Record<string, unknown>>;
  /** Source text of the schema files by file name, for their JSDoc lines. */
  sources: Record<string, string>;
  /** Interface text (src/i18n/vi.json). */
  labels: Record<string, string>;
  /** The checked content, for the ids a reference may take. */
  content: ReferenceContent;
  /** The content folder as a path from the repository's root, with "/": "src/content". */
  contentPath: string;
  /** The site's base path ("/" or "/thi-dua/") and public address, for preview links and styles. */
  base: string;
  siteUrl?: string;
  env?: EditorEnvironment;
}

export interface GeneratedConfig {
  config: CmsConfig;
  /** Fields whose Vietnamese label is missing from vi.json (shown with their JSDoc line instead). */
  missingLabels: string[];
  /** Id fields whose target is unknown, and kinds of value without an input of their own. */
  warnings: string[];
}

/** The first clause of a JSDoc line, as a stand-in label: "Headline." → "Headline". */
function shortDoc(doc: string): string {
  return doc.split(/[.:;(]/)[0]!.trim();
}

export function generateEditorConfig(inputs: EditorInputs): GeneratedConfig {
  const { labels } = inputs;
  const docs = indexSchemaDocs(inputs.sources);
  const labelMaps = Object.values(inputs.modules).flatMap((m) =>
    Object.entries(m)
      .filter(([name, value]) => name.endsWith('_LABELS') && value && typeof value === 'object')
      .map(([, value]) => value as Record<string, string>),
  );
  const options = referenceOptions(inputs.content);
  const missingLabels: string[] = [];
  const warnings: string[] = [];
  const label = (key: string, fallback: string): string => {
    const found = labels[key];
    if (found) return found;
    missingLabels.push(key);
    return fallback;
  };

  const collections = EDITOR_COLLECTIONS.map((collection) => {
    const module = inputs.modules[collection.module];
    if (!module || !(collection.schema in module)) throw new Error(`src/schemas/${collection.module}: không có ${collection.schema}`);
    const context: WalkContext = { docs, file: collection.module, labelMaps, warnings };
    const fields = schemaFields(module[collection.schema], context);

    const fieldLabel = (field: SchemaField) =>
      labels[`editor.field.${collection.name}.${field.path.join('.')}`] ?? label(`editor.field.${field.path.join('.')}`, shortDoc(field.doc) || field.name);

    const toCms = (field: SchemaField): CmsField => {
      const base: Record<string, unknown> = { name: field.name, label: fieldLabel(field) };
      if (field.doc) base.hint = field.doc;
      if (!field.required) base.required = false;
      const widget = widgetOf(field.type, field);
      return { ...base, ...widget } as CmsField;
    };

    const widgetOf = (type: FieldType, field: SchemaField, inList = false): Record<string, unknown> & { widget: string } => {
      const pathKey = field.path.join('.');
      switch (type.kind) {
        case 'text':
          if (collection.images?.includes(pathKey)) return { widget: 'image', choose_url: false };
          return { widget: type.multiline ? 'text' : 'string' };
        case 'id': {
          const target = referenceTarget(collection.name, field.path);
          if (target === undefined) warnings.push(`${collection.name}.${pathKey}: mã này trỏ tới đâu chưa rõ; biên tập như chữ`);
          const choices = target ? options[target] : [];
          if (target && choices.length > 0) return { widget: 'select', options: choices, ...(inList ? { multiple: true } : {}) };
          return { widget: 'string', pattern: [type.pattern.source, ID_MESSAGE] };
        }
        case 'choice':
          return { widget: 'select', options: type.options, ...(inList ? { multiple: true } : {}) };
        case 'date':
          if (type.precision === 'day') return { widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' };
          return { widget: 'string', pattern: [type.allowUnknown ? PARTIAL_DATE : PARTIAL_DATE_EXACT, PARTIAL_DATE_MESSAGE] };
        case 'boolean':
          return { widget: 'boolean', default: field.default ?? false };
        case 'number':
          return {
            widget: 'number',
            value_type: type.integer ? 'int' : 'float',
            ...(type.min !== undefined ? { min: type.min } : {}),
            ...(type.max !== undefined ? { max: type.max } : {}),
          };
        case 'url':
          return { widget: 'string', pattern: [URL_PATTERN, URL_MESSAGE] };
        case 'object':
          return { widget: 'object', fields: type.fields.map(toCms), ...(field.required ? {} : { collapsed: true }) };
        case 'list': {
          const item = type.item;
          const min = type.min ? { min: type.min } : {};
          // A list of ids or of choices is one select that takes several values.
          if (item.kind === 'choice' || (item.kind === 'id' && referenceTarget(collection.name, field.path))) {
            const select = widgetOf(item, field, true);
            if (select.widget === 'select') return { ...select, ...min };
          }
          if (item.kind === 'object') {
            const first = item.fields.find((f) => f.type.kind === 'text' || f.type.kind === 'id');
            return { widget: 'list', fields: item.fields.map(toCms), collapsed: 'auto', ...(first ? { summary: `{{fields.${first.name}}}` } : {}), ...min };
          }
          return { widget: 'list', field: { name: field.name, label: fieldLabel(field), ...widgetOf(item, field) }, ...min };
        }
        case 'unknown':
          return { widget: 'string' };
      }
    };

    const cmsFields = fields.map(toCms);
    const isMarkdown = collection.format === 'md';
    if (isMarkdown) {
      cmsFields.push({
        name: 'body',
        label: label(`editor.body.${collection.name}`, 'Nội dung'),
        hint: label('editor.body.hint', 'Markdown'),
        widget: 'richtext',
        // No code blocks: their highlighter is fetched from another origin; news has no code.
        buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'quote', 'bulleted-list', 'numbered-list'],
        editor_components: collection.images ? ['image'] : [],
        linked_images: false,
      });
    }
    const folder = `${inputs.contentPath}/${collection.folder}`.replace(/^\/+/, '');
    return {
      name: collection.name,
      label: label(`editor.collection.${collection.name}`, collection.name),
      label_singular: label(`editor.collection.${collection.name}.one`, collection.name),
      description: label(`editor.collection.${collection.name}.description`, ''),
      folder,
      ...(collection.path ? { path: collection.path } : {}),
      extension: isMarkdown ? 'md' : 'json',
      format: isMarkdown ? 'yaml-frontmatter' : 'json',
      identifier_field: collection.identifier,
      summary: `{{fields.${collection.identifier}}}`,
      create: true,
      // Names starting with "_" are set aside by the content check; MDX files are not the editor's.
      ...(collection.images ? { media_folder: 'images', public_folder: './images' } : {}),
      ...(collection.page && inputs.siteUrl ? { preview_path: collection.page, aliases_field: false } : {}),
      fields: cmsFields,
    };
  });

  const env = inputs.env ?? {};
  const config: CmsConfig = {
    backend: backendConfig(env),
    ...(env.EDITOR_WORKFLOW === '1' ? { publish_mode: 'editorial_workflow' } : {}),
    app_title: label('editor.title', 'Biên tập'),
    ...(inputs.siteUrl ? { site_url: new URL(inputs.base, inputs.siteUrl).href, show_preview_links: true } : {}),
    media_folder: `${inputs.contentPath}/reports/images`.replace(/^\/+/, ''),
    public_folder: '/images',
    // File names from titles in plain letters: "Hội nghị Đắk Lắk" → "hoi-nghi-dak-lak".
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-', lowercase: true, trim: true },
    output: { omit_empty_optional_fields: true, json: { indent_style: 'space', indent_size: 2 }, yaml: { quote: 'double' } },
    collections,
  };
  return { config, missingLabels: [...new Set(missingLabels)], warnings };
}

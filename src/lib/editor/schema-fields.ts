/**
 * Reads a zod schema object (zod 4, through `astro/zod`) into the fields an editor shows:
 * each field's name, whether it is required, its default, and what kind of value it holds.
 *
 * The schemas' building blocks (src/schemas/common.ts) are recognised by what they do, not
 * by their names: a date field is an input that parses "2023-01-09"; a field that keeps line
 * breaks is one whose output still has them; an id is a string checked against a pattern of
 * lower-case words. So a field added to a schema with those blocks is read without any change
 * here, and a kind of value this module does not know becomes a plain text field with a
 * warning instead of an error.
 */
import type { z } from 'astro/zod';
import { docOf, type SchemaDocs } from './jsdoc.ts';

export interface ChoiceOption {
  value: string;
  label: string;
}

export type FieldType =
  | { kind: 'text'; multiline: boolean }
  | { kind: 'id'; pattern: RegExp }
  | { kind: 'choice'; options: ChoiceOption[] }
  /** `precision: 'day'` needs a full date; 'partial' also takes a month, a year (and "không rõ" when allowUnknown). */
  | { kind: 'date'; precision: 'day' | 'partial'; allowUnknown: boolean }
  | { kind: 'boolean' }
  | { kind: 'number'; integer: boolean; min?: number; max?: number }
  | { kind: 'url' }
  | { kind: 'object'; fields: SchemaField[] }
  | { kind: 'list'; item: FieldType; min?: number }
  | { kind: 'unknown'; zodType: string };

export interface SchemaField {
  name: string;
  /** Names from the collection's root: ["honours", "award"]; list items add no step. */
  path: string[];
  required: boolean;
  default?: unknown;
  /** The JSDoc line written beside the field in its schema. */
  doc: string;
  type: FieldType;
}

export interface WalkContext {
  docs: SchemaDocs;
  /** Schema file of the collection, to prefer its own literals when several have the same keys. */
  file?: string;
  /** Vietnamese labels of choices, from the schema modules' exported `…_LABELS` maps. */
  labelMaps: Record<string, string>[];
  /** Problems met on the way (a kind of value not understood), for the generator to report. */
  warnings: string[];
}

// Zod's definitions are internal; this module reads only `_zod.def`, which zod 4 documents
// for library authors ("zod/v4/core"), and probes schemas by parsing sample values.
type Def = { type: string; [key: string]: any };
const defOf = (schema: z.ZodType): Def => (schema as any)._zod.def as Def;

/** Optional, default, nullable and readonly wrappers, taken off. */
function unwrap(schema: z.ZodType): { inner: z.ZodType; optional: boolean; default?: unknown } {
  let inner = schema;
  let optional = false;
  let value: unknown;
  for (;;) {
    const def = defOf(inner);
    if (def.type === 'optional' || def.type === 'nullable' || def.type === 'readonly') {
      optional ||= def.type !== 'readonly';
      inner = def.innerType;
    } else if (def.type === 'default' || def.type === 'prefault') {
      optional = true;
      value = typeof def.defaultValue === 'function' ? def.defaultValue() : def.defaultValue;
      inner = def.innerType;
    } else {
      return { inner, optional, default: value };
    }
  }
}

/** The schemas a pipe runs through, in order: pipe(pipe(string, transform), string) → [string, transform, string]. */
function stages(schema: z.ZodType): z.ZodType[] {
  const def = defOf(schema);
  return def.type === 'pipe' ? [...stages(def.in), ...stages(def.out)] : [schema];
}

function checksOf(schema: z.ZodType): Def[] {
  return ((defOf(schema).checks ?? []) as any[]).map((c) => c._zod.def as Def);
}

const parses = (schema: z.ZodType, value: unknown) => (schema as any).safeParse(value).success as boolean;

/** Vietnamese labels of an enum's values: an exported label map with exactly these keys, else the schema's own message. */
function choiceOptions(schema: z.ZodType, values: string[], context: WalkContext): ChoiceOption[] {
  const map = context.labelMaps.find((m) => Object.keys(m).length === values.length && values.every((v) => typeof m[v] === 'string'));
  if (map) return values.map((value) => ({ value, label: map[value]! }));
  // choice() lists the labels, quoted and in the values' order, in its message for a wrong value.
  const result = (schema as any).safeParse('\u0000');
  const message: string = result.success ? '' : (result.error.issues[0]?.message ?? '');
  const quoted = [...message.matchAll(/"([^"]*)"/g)].map((m) => m[1]!);
  if (quoted.length === values.length) return values.map((value, i) => ({ value, label: quoted[i]! }));
  return values.map((value) => ({ value, label: value }));
}

/** What kind of value a (unwrapped) schema holds. */
function typeOf(schema: z.ZodType, path: string[], context: WalkContext): FieldType {
  const parts = stages(schema);
  const first = defOf(parts[0]!);
  const last = parts[parts.length - 1]!;
  const lastDef = defOf(last);

  if (lastDef.type === 'enum') return { kind: 'choice', options: choiceOptions(schema, Object.values(lastDef.entries as Record<string, string>), context) };
  if (first.type === 'boolean') return { kind: 'boolean' };
  if (first.type === 'number') {
    const checks = parts.flatMap(checksOf);
    const integer = checks.some((c) => c.check === 'number_format' && /int/.test(c.format));
    const min = checks.filter((c) => c.check === 'greater_than').map((c) => Number(c.value) + (c.inclusive || !integer ? 0 : 1))[0];
    const max = checks.filter((c) => c.check === 'less_than').map((c) => Number(c.value) - (c.inclusive || !integer ? 0 : 1))[0];
    return { kind: 'number', integer, ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
  }
  if (first.type === 'object') return { kind: 'object', fields: walkObject(parts[0]!, path, context) };
  if (first.type === 'array') {
    const min = checksOf(parts[0]!).find((c) => c.check === 'min_length')?.minimum as number | undefined;
    const element = unwrap(first.element as z.ZodType).inner;
    return { kind: 'list', item: typeOf(element, path, context), ...(min ? { min } : {}) };
  }
  if (first.type === 'string') {
    if (parts.some((p) => defOf(p).format === 'url')) return { kind: 'url' };
    const pattern = parts.flatMap(checksOf).find((c) => c.check === 'string_format' && c.format === 'regex')?.pattern as RegExp | undefined;
    if (pattern && !pattern.test('Chữ Hoa') && pattern.test('quang-ninh')) return { kind: 'id', pattern };
    // text() folds line breaks into spaces, longText() keeps them; a bare z.string() is one line.
    const output = (schema as any).safeParse('dòng một\ndòng hai');
    return { kind: 'text', multiline: parts.length > 1 && output.success && typeof output.data === 'string' && output.data.includes('\n') };
  }
  if (first.type === 'any' || first.type === 'unknown') {
    // partialDate() and exactDate(): any input, turned into a date by a transform.
    if (parses(schema, '2023-01-09') && !parses(schema, 'không phải ngày')) {
      return { kind: 'date', precision: parses(schema, '2023-03') ? 'partial' : 'day', allowUnknown: parses(schema, 'không rõ') };
    }
  }
  context.warnings.push(`${path.join('.')}: kiểu "${parts.map((p) => defOf(p).type).join(' → ')}" chưa có ô nhập riêng; biên tập như một đoạn chữ`);
  return { kind: 'unknown', zodType: first.type };
}

/** The fields of a zod object, in the order the schema declares them. */
export function walkObject(schema: z.ZodType, path: string[], context: WalkContext): SchemaField[] {
  const shape = (defOf(schema).shape ?? {}) as Record<string, z.ZodType>;
  const keys = Object.keys(shape);
  return keys.map((name) => {
    const { inner, optional, default: value } = unwrap(shape[name]!);
    const fieldPath = [...path, name];
    const type = typeOf(inner, fieldPath, context);
    // An empty list is what a list's default means: the field may be left out.
    const required = !optional && !(type.kind === 'list' && !type.min && value !== undefined);
    return {
      name,
      path: fieldPath,
      required,
      ...(value !== undefined ? { default: value } : {}),
      doc: docOf(context.docs, keys, name, { file: context.file, owner: path[path.length - 1] }),
      type,
    };
  });
}

/** A schema as a list of fields; `schema` may be a zod object or a function returning one (reportSchema). */
export function schemaFields(schema: unknown, context: WalkContext): SchemaField[] {
  const object = typeof schema === 'function' && !('_zod' in (schema as object)) ? (schema as () => z.ZodType)() : (schema as z.ZodType);
  const { inner } = unwrap(object);
  if (defOf(inner).type !== 'object') throw new Error(`not an object schema: ${defOf(inner).type}`);
  return walkObject(inner, [], context);
}

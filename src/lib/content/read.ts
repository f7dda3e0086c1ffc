/**
 * Reads content files from disk as they are, before any schema: JSON files whole,
 * MDX files as YAML frontmatter plus body. Used by the validator and by the
 * content collections' loaders, so both see the same ids and the same data.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { nfc, slugify } from '../text.ts';

/** The collections an author edits, each in its own folder of the content directory. */
export const AUTHORED_COLLECTIONS = {
  reports: { folder: 'reports', extensions: ['.mdx', '.md'] },
  movements: { folder: 'movements', extensions: ['.mdx', '.md'] },
  honorees: { folder: 'honorees', extensions: ['.mdx', '.md'] },
  clusters: { folder: 'clusters', extensions: ['.json'] },
  decisions: { folder: 'decisions', extensions: ['.json'] },
  figures: { folder: 'figures', extensions: ['.json'] },
} as const;
export type AuthoredCollection = keyof typeof AUTHORED_COLLECTIONS;

export interface RawEntry {
  /** Stable id, from the path inside the collection folder: "quang-ninh/2023/qd-12". */
  id: string;
  /** Path shown in messages, relative to the working directory. */
  file: string;
  /** Absolute path. */
  absPath: string;
  /** Parsed JSON or frontmatter, untouched. */
  data: unknown;
  /** MDX body, for Markdown collections. */
  body?: string;
}

export interface ReadProblem {
  file: string;
  field: string;
  message: string;
}

/** Where content lives: `CONTENT_DIR` from the environment, else src/content of the project. */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  return path.resolve(env.CONTENT_DIR || 'src/content');
}

/** The id of an entry from its path inside the collection folder; each folder level is slugged. */
export function entryId(relativePath: string): string {
  const withoutExt = relativePath.replace(/\.[^./\\]+$/, '');
  return withoutExt
    .split(/[\\/]/)
    .map((part) => slugify(part))
    .filter(Boolean)
    .join('/');
}

export function displayPath(absPath: string): string {
  const rel = path.relative(process.cwd(), absPath);
  return rel.startsWith('..') ? absPath : rel.split(path.sep).join('/');
}

function walk(dir: string, extensions: readonly string[]): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    // Hidden files and folders are never content; a file named "_…" is set aside by its author.
    if (name.startsWith('.')) continue;
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...walk(full, extensions));
    else if (!name.startsWith('_') && extensions.some((ext) => name.endsWith(ext))) out.push(full);
  }
  return out;
}

/** Line and column of a character offset, for pointing at a syntax error. */
function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/**
 * Split an MDX file into frontmatter and body. YAML is read with the core schema, so
 * "2023-02-31" stays the text the author wrote instead of silently becoming 3 March.
 */
export function parseMdx(source: string): { data: unknown; body: string } {
  const text = nfc(source.replace(/^\uFEFF/, ''));
  const match = FRONTMATTER.exec(text);
  if (!match) throw new Error('thiếu phần thông tin đầu tệp (frontmatter) nằm giữa hai dòng ---');
  const data = yaml.load(match[1]!, { schema: yaml.CORE_SCHEMA }) ?? {};
  return { data, body: text.slice(match[0].length) };
}

/** Parse JSON with a message that says where the mistake is. */
export function parseJson(source: string): unknown {
  const text = nfc(source.replace(/^\uFEFF/, ''));
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const pos = /position (\d+)/.exec(message);
    const where = pos ? ` (dòng ${lineOf(text, Number(pos[1]))})` : '';
    throw new Error(`tệp JSON viết sai cú pháp${where}: kiểm tra dấu phẩy, ngoặc và dấu ngoặc kép`);
  }
}

/** Read every file of one authored collection. Files that cannot be parsed become problems. */
export function readCollection(
  dir: string,
  collection: AuthoredCollection,
): { entries: RawEntry[]; problems: ReadProblem[] } {
  const { folder, extensions } = AUTHORED_COLLECTIONS[collection];
  const root = path.join(dir, folder);
  const entries: RawEntry[] = [];
  const problems: ReadProblem[] = [];
  const seen = new Map<string, string>();
  for (const absPath of walk(root, extensions)) {
    const file = displayPath(absPath);
    const id = entryId(path.relative(root, absPath));
    const clash = seen.get(id);
    if (clash) {
      problems.push({ file, field: '(tên tệp)', message: `trùng mã "${id}" với tệp ${clash}; hãy đổi tên một trong hai tệp` });
      continue;
    }
    seen.set(id, file);
    const source = readFileSync(absPath, 'utf8');
    try {
      if (absPath.endsWith('.json')) {
        entries.push({ id, file, absPath, data: parseJson(source) });
      } else {
        const { data, body } = parseMdx(source);
        entries.push({ id, file, absPath, data, body });
      }
    } catch (error) {
      const reason = error instanceof yaml.YAMLException ? `phần frontmatter viết sai cú pháp YAML (dòng ${(error.mark?.line ?? 0) + 2})` : (error as Error).message;
      problems.push({ file, field: '(cả tệp)', message: reason });
    }
  }
  return { entries, problems };
}

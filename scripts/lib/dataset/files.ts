/**
 * The files of the dataset as text: Markdown with YAML frontmatter for articles, and the
 * slugs their names are made of.
 */
import { slugify } from '../../../src/lib/text.ts';

/** One file of the dataset. */
export interface GeneratedFile {
  /** Path inside the output folder, with "/" separators. */
  path: string;
  content: string;
}

/** YAML frontmatter from simple values: strings are written JSON-quoted (valid YAML). */
function yamlValue(value: unknown, indent: string): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return ' []';
    if (value.every((v) => typeof v !== 'object' || v === null)) return ` [${value.map((v) => JSON.stringify(v)).join(', ')}]`;
    return value
      .map((v) => {
        const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined);
        return entries
          .map(([k, x], i) => `\n${indent}${i === 0 ? '- ' : '  '}${k}:${yamlValue(x, `${indent}    `)}`)
          .join('');
      })
      .join('');
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value as Record<string, unknown>)
      .filter(([, x]) => x !== undefined)
      .map(([k, x]) => `\n${indent}${k}:${yamlValue(x, `${indent}  `)}`)
      .join('');
  }
  return ` ${JSON.stringify(value)}`;
}

/**
 * A Markdown file with YAML frontmatter. Generated articles need no components, so they
 * are plain Markdown (.md), which Astro renders natively without compiling a module per file.
 */
export function markdownFile(frontmatter: Record<string, unknown>, paragraphs: readonly string[]): string {
  const head = Object.entries(frontmatter)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}:${yamlValue(v, '  ')}`)
    .join('\n');
  return `---\n${head}\n---\n\n${paragraphs.join('\n\n')}\n`;
}

/** A slug no longer than `max`, cut at a hyphen. */
export function shortSlug(text: string, max = 70): string {
  const s = slugify(text);
  if (s.length <= max) return s;
  const cut = s.slice(0, max);
  const at = cut.lastIndexOf('-');
  return at > 20 ? cut.slice(0, at) : cut;
}

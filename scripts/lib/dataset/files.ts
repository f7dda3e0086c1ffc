/**
 * The files of the dataset as text: Markdown with YAML frontmatter for articles, and the
 * slugs their names are made of.
 */
import yaml from 'js-yaml';
import { slugify } from '../../../src/lib/text.ts';

/** One file of the dataset. */
export interface GeneratedFile {
  /** Path inside the output folder, with "/" separators. */
  path: string;
  content: string;
}

/**
 * How the frontmatter is written: every string double-quoted (as `npm run new` writes them,
 * so that a date such as "2023-03-01" stays text in any YAML reader), each on one line.
 */
const FRONTMATTER_STYLE: yaml.DumpOptions = { forceQuotes: true, quotingType: '"', lineWidth: -1, noRefs: true };

/**
 * A Markdown file with YAML frontmatter. Generated articles need no components, so they
 * are plain Markdown (.md), which Astro renders natively without compiling a module per file.
 * Fields left undefined are left out.
 */
export function markdownFile(frontmatter: Record<string, unknown>, paragraphs: readonly string[]): string {
  return `---\n${yaml.dump(frontmatter, FRONTMATTER_STYLE)}---\n\n${paragraphs.join('\n\n')}\n`;
}

/** A slug no longer than `max`, cut at a hyphen. */
export function shortSlug(text: string, max = 70): string {
  const s = slugify(text);
  if (s.length <= max) return s;
  const cut = s.slice(0, max);
  const at = cut.lastIndexOf('-');
  return at > 20 ? cut.slice(0, at) : cut;
}

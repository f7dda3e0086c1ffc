/**
 * All interface text lives in one file per language (vi.json); pages and components
 * read it through t(), so wording is changed in one place.
 */
import vi from './vi.json' with { type: 'json' };

export type MessageKey = keyof typeof vi;

/** The text for a key, with {name} placeholders filled in. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  const template: string = vi[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

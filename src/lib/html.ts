/**
 * Escaping text for HTML written by hand, outside Astro's templates (which escape by
 * themselves): search documents, feeds, the live server's problem page. The one place it is
 * done, so every such writer escapes the same characters.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text safe in an element's content or in a double-quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ENTITIES[c]!);
}

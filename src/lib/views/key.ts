/**
 * A page's cache key is a digest of its view model: everything the page shows comes from
 * the view, so a key made of the view cannot miss a field the page shows, whichever page or
 * component reads it. (Astro reuses a page from the last build when its key and its code
 * are unchanged: src/lib/views/pages.ts.)
 */
import { createHash } from 'node:crypto';

/** JSON for hashing: Maps and Sets as lists; functions are a mistake (a view is data). */
function replacer(_key: string, value: unknown): unknown {
  if (value instanceof Map) return { map: [...value] };
  if (value instanceof Set) return { set: [...value] };
  if (typeof value === 'function') throw new TypeError('a view model holds data only, not functions');
  return value;
}

/** A short, stable digest of a view model. */
export function viewKey(view: unknown): string {
  return createHash('sha1').update(JSON.stringify(view, replacer) ?? 'undefined').digest('base64url');
}

const bodyDigests = new WeakMap<object, string>();

/** A digest of an entry's Markdown source, for views whose page renders the entry's body. */
export function bodyDigest(entry: { body?: string }): string {
  let digest = bodyDigests.get(entry);
  if (digest === undefined) {
    digest = createHash('sha1').update(entry.body ?? '').digest('base64url');
    bodyDigests.set(entry, digest);
  }
  return digest;
}

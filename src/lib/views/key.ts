/**
 * A page's cache key is a digest of its view model: everything the page shows comes from
 * the view, so a key made of the view cannot miss a field the page shows, whichever page or
 * component reads it. (Astro reuses a page from the last build when its key and its code
 * are unchanged: src/lib/views/pages.ts.)
 */
import { createHash } from 'node:crypto';

/**
 * A short, stable digest of a view model. A view is plain data (tests/views.test.ts checks
 * every route's with `notPlainData`), so JSON holds all of it; JSON.stringify without a
 * replacer keeps V8's fast path, which matters at 200,000 records (a replacer doubled the
 * time of the decision pages' keys).
 */
export function viewKey(view: unknown): string {
  return createHash('sha1').update(JSON.stringify(view) ?? 'undefined').digest('base64url');
}

/**
 * Where a value stops being plain data that JSON holds whole (a Map, a Set, a function, a
 * class instance other than a date, undefined in a list, a number JSON cannot write), as a path such as
 * "rows[3].href"; undefined when it is plain data.
 */
export function notPlainData(value: unknown, at = 'view'): string | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : at;
  // A date is written as its ISO text, which says all of it.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? at : undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = value[i] === undefined ? `${at}[${i}]` : notPlainData(value[i], `${at}[${i}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [key, item] of Object.entries(value)) {
      const found = item === undefined ? undefined : notPlainData(item, `${at}.${key}`);
      if (found) return found;
    }
    return undefined;
  }
  return at;
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

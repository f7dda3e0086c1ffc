/**
 * Keys for Astro's incremental builds: a page whose key and template are unchanged since
 * the last build is copied from the cache instead of rendered again. A key must cover
 * every piece of data the page shows.
 */
import { createHash } from 'node:crypto';

/** A short, stable digest of any JSON-serialisable value. */
export function cacheKeyOf(...parts: unknown[]): string {
  return createHash('sha1').update(JSON.stringify(parts)).digest('base64url');
}

const digests = new WeakMap<object, string>();

/**
 * cacheKeyOf(value), worked out once per object: a decision's list (up to 2,000 records)
 * goes into the key of its own page and of every award page listing one of its records,
 * and a record is then named by its decision's digest and its STT instead of in full.
 */
export function digestOf(value: object): string {
  let digest = digests.get(value);
  if (digest === undefined) {
    digest = cacheKeyOf(value);
    digests.set(value, digest);
  }
  return digest;
}

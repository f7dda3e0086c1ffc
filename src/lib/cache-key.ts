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

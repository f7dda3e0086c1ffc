/**
 * The one place pages read the content: the checked content of the build (src/lib/content/),
 * with the Markdown collections taken from Astro's content layer, which renders their
 * bodies and resolves their images. Views (src/lib/views/) turn it into what a page shows.
 *
 * In a build the result is made once. Under `astro dev` it is made for each page load, so
 * an edited file shows on the next load; bad content then stops the page with the same
 * "file: field: message" lines as the build (src/lib/content/dev-check.ts).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { checkedContentOrThrow } from './content/checked.ts';
import { siteDataFromContent, type SiteData } from './site-data.ts';

export type { SiteData } from './site-data.ts';
export type Report = CollectionEntry<'reports'>;
export type Movement = CollectionEntry<'movements'>;
export type Honoree = CollectionEntry<'honorees'>;

let cache: Promise<SiteData> | undefined;

const imageDigests = new Map<string, string>();

/**
 * A digest of an image file's path and bytes. Astro's metadata (`fsPath`, not enumerable)
 * names the file but says nothing of what is in it: a photo replaced under the same name
 * must change the page. The path counts too: a page kept from an earlier build replays its
 * image transforms from the paths it had then, so content moved to another folder must render
 * its pages with photos again.
 */
function imageDigest(src: unknown): string {
  const meta = src as { fsPath?: string; src?: string } | undefined;
  const file = meta?.fsPath;
  if (!file) return '';
  let digest = imageDigests.get(file);
  if (digest === undefined) {
    try {
      digest = createHash('sha1').update(file).update(readFileSync(file)).digest('base64url');
    } catch {
      digest = '';
    }
    imageDigests.set(file, digest);
  }
  return digest;
}

async function load(): Promise<SiteData> {
  // JSON collections come straight from the checked content: the content layer holds the
  // same data, and reading it back would copy 200,000 records once more.
  const content = checkedContentOrThrow();
  const [reports, movements, honorees] = await Promise.all([
    getCollection('reports'),
    getCollection('movements'),
    getCollection('honorees'),
  ]);
  return siteDataFromContent(content, { markdown: { reports, movements, honorees }, imageDigest });
}

/** All content, loaded once per build (once per page load under `astro dev`). */
export function siteData(): Promise<SiteData> {
  if (import.meta.env.DEV) {
    imageDigests.clear();
    return load();
  }
  cache ??= load();
  return cache;
}

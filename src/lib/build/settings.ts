/**
 * The environment variables that change what the built pages show, outside the content and
 * the code: the site's province, the portal's members, whether downloads and the search index
 * are made, the web editor's backend. Astro reuses a page from the last build when its
 * configuration's hash, its code and its view's key are unchanged; these variables are in none
 * of them, so astro.config.mjs puts their digest into the configuration (a `define`), and a
 * build with other values renders every page anew instead of keeping the old header or menu.
 */
import { createHash } from 'node:crypto';

export const SETTINGS_VARIABLES = [
  'SITE_PROVINCE',
  'PORTAL_MEMBERS',
  'OPEN_DATA',
  'SEARCH_INDEX',
  'SITEMAP_ENTRY_LIMIT',
  'EDITOR_BACKEND',
  'EDITOR_REPO',
  'EDITOR_BRANCH',
  'EDITOR_API_ROOT',
  'EDITOR_APP_ID',
  'EDITOR_AUTH_URL',
  'EDITOR_WORKFLOW',
  'EDITOR_CONTENT_PATH',
] as const;

/** A digest of those variables' values (unset and empty are the same). */
export function settingsDigest(env: Record<string, string | undefined>): string {
  const values = SETTINGS_VARIABLES.map((name) => [name, env[name]?.trim() || '']);
  return createHash('sha1').update(JSON.stringify(values)).digest('base64url');
}

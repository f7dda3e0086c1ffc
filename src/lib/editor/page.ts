/**
 * The editor's page at <base>/quan-tri/ and its Content Security Policy.
 *
 * The page is not an Astro page: those carry the site's policy, which (rightly) refuses the
 * styles the CMS inserts as it runs. The editor's policy lets in only what the CMS needs:
 * scripts from the site alone (no eval), inline styles, images and files the browser makes
 * itself (blob:, data:), and the API of the one Git service it is set up for. The same policy
 * is in public/_headers and docs/deploy/nginx.conf for hosts that send headers; the <meta>
 * here covers hosts that cannot (GitHub Pages).
 */
import { backendOrigins, type EditorEnvironment } from './backend.ts';

/** The editor's Content Security Policy, for the Git service in `env`. */
export function editorCsp(env: EditorEnvironment, { header = false } = {}): string {
  const { connect, img } = backendOrigins(env);
  const directives = [
    "default-src 'self'",
    "script-src 'self'",
    // Svelte inserts each component's styles in a <style> element as it mounts.
    "style-src 'self' 'unsafe-inline'",
    ['img-src', "'self'", 'data:', 'blob:', ...img].join(' '),
    "font-src 'self'",
    ['connect-src', "'self'", 'blob:', 'data:', ...connect].join(' '),
    "media-src 'self' blob:",
    "frame-src 'self' blob:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // Header-only: a <meta> cannot say who may frame the page.
    ...(header ? ["frame-ancestors 'none'"] : []),
  ];
  return directives.join('; ');
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export interface EditorPageOptions {
  base: string;
  title: string;
  env: EditorEnvironment;
}

/** The HTML of <base>/quan-tri/: the policy, the configuration's address, the CMS and its preview styles. */
export function editorPage({ base, title, env }: EditorPageOptions): string {
  const here = `${base}quan-tri/`;
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta http-equiv="content-security-policy" content="${escapeAttribute(editorCsp(env))}">
<title>${escapeAttribute(title)}</title>
<link rel="icon" href="${base}favicon.svg" type="image/svg+xml">
<link rel="cms-config-url" type="application/json" href="${here}config.json">
<link rel="stylesheet" href="${here}bien-tap.css">
</head>
<body>
<script src="${here}sveltia-cms.js"></script>
<script src="${here}bien-tap.js"></script>
</body>
</html>
`;
}

/** Run after the CMS: the preview pane gets the site's own stylesheet. */
export function editorScript(base: string): string {
  return `// The editor's preview shows an entry with the site's own styles.\nwindow.CMS.registerPreviewStyle(${JSON.stringify(`${base}quan-tri/xem-truoc.css`)});\n`;
}

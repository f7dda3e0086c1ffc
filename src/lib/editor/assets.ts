/**
 * The files of the editor at <base>/quan-tri/, served from the site itself: the CMS as
 * installed from npm, its Vietnamese interface, its fonts, and the page that loads them.
 *
 * Sveltia CMS fetches a few files from CDNs by default (its fonts, its translations, a
 * check for a newer version). Those addresses are rewritten to files of the site, copied
 * from the npm packages, so the editor makes no request to another origin. Each rewrite
 * must find what it rewrites: a new CMS version that moves an address fails the build here
 * instead of quietly loading it from elsewhere.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Folder of an installed package, looked up from the working directory as Node would. */
export function packageDir(name: string, from = process.cwd()): string {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (path.dirname(dir) === dir) throw new Error(`không tìm thấy gói ${name}: chạy npm install`);
  }
}

/** The fonts the CMS's stylesheet names, and the npm package (fontsource) holding each. */
const FONT_PACKAGES: Record<string, string> = {
  'material-symbols-outlined': '@fontsource-variable/material-symbols-outlined',
  'source-sans-3': '@fontsource-variable/source-sans-3',
  'noto-mono': '@fontsource/noto-mono',
};
/** The CMS's interface font has no Vietnamese in its latin file: these add the letters it lacks. */
const EXTRA_FONT_FILES = ['source-sans-3-vietnamese-wght-normal.woff2', 'source-sans-3-latin-ext-wght-normal.woff2'];

const CDN_FONT = /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(?::vf)?@[0-9.]+\/([a-z0-9-]+\.woff2)/g;
const CMS_HOME = 'https://unpkg.com/@sveltia/cms';

export interface EditorAsset {
  /** Path under <base>/quan-tri/: "sveltia-cms.js", "fonts/noto-mono-latin-400-normal.woff2". */
  path: string;
  type: string;
  body: () => string | Uint8Array;
}

export interface CmsBundle {
  version: string;
  /** The CMS script with its CDN addresses pointing at the site. */
  script: string;
  /** Font files the script now loads from <base>/quan-tri/fonts/: file name → absolute path. */
  fonts: Map<string, string>;
}

/** Read the installed CMS and point its CDN addresses at `<base>quan-tri/`. */
export function cmsBundle(base: string): CmsBundle {
  const dir = packageDir('@sveltia/cms');
  const version = (JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version;
  let script = readFileSync(path.join(dir, 'dist/sveltia-cms.js'), 'utf8');
  const here = `${base}quan-tri/`;
  const fonts = new Map<string, string>();

  let found = 0;
  script = script.replace(CDN_FONT, (_whole, family: string, file: string) => {
    const pkg = FONT_PACKAGES[family];
    if (!pkg) throw new Error(`Sveltia CMS ${version} tải phông "${family}" từ CDN; thêm gói fontsource của nó vào FONT_PACKAGES (src/lib/editor/assets.ts)`);
    const name = `${family}-${file}`;
    fonts.set(name, path.join(packageDir(pkg), 'files', name));
    found++;
    return `${here}fonts/${name}`;
  });
  if (found !== Object.keys(FONT_PACKAGES).length) {
    throw new Error(`Sveltia CMS ${version}: tìm thấy ${found} địa chỉ phông trên CDN, cần ${Object.keys(FONT_PACKAGES).length}; xem lại src/lib/editor/assets.ts`);
  }
  if (!script.includes(CMS_HOME)) throw new Error(`Sveltia CMS ${version}: không còn địa chỉ ${CMS_HOME} (bản dịch, phiên bản); xem lại src/lib/editor/assets.ts`);
  // Translations (<home>@<version>/locales/vi.json) and the newer-version check (<home>/package.json).
  script = script.replaceAll(CMS_HOME, `${here}sveltia`);
  for (const file of EXTRA_FONT_FILES) fonts.set(file, path.join(packageDir(FONT_PACKAGES['source-sans-3']!), 'files', file));
  for (const [name, file] of fonts) if (!existsSync(file)) throw new Error(`thiếu tệp phông ${file}: chạy npm install`);
  return { version, script, fonts };
}

/** The editor's own stylesheet: Vietnamese letters in the CMS's interface font. */
export function editorStylesheet(base: string): string {
  const font = (file: string, range: string) =>
    `@font-face{font-family:'Source Sans 3';font-style:normal;font-display:swap;font-weight:200 900;` +
    `src:url(${base}quan-tri/fonts/${file}) format('woff2-variations');unicode-range:${range}}`;
  return [
    '/* The CMS declares only the latin file of its font; Vietnamese letters come from these. */',
    font('source-sans-3-vietnamese-wght-normal.woff2', 'U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB'),
    font('source-sans-3-latin-ext-wght-normal.woff2', 'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF'),
    '',
  ].join('\n');
}

/** The files of the CMS under <base>/quan-tri/: script, chunks, fonts, translations, version. */
export function cmsAssets(base: string): EditorAsset[] {
  const bundle = cmsBundle(base);
  const dir = packageDir('@sveltia/cms');
  const assets: EditorAsset[] = [{ path: 'sveltia-cms.js', type: 'text/javascript; charset=utf-8', body: () => bundle.script }];
  // Chunks load relative to the script (React, for custom previews only).
  for (const file of readdirSync(path.join(dir, 'dist/chunks')).filter((f) => f.endsWith('.js'))) {
    assets.push({ path: `chunks/${file}`, type: 'text/javascript; charset=utf-8', body: () => readFileSync(path.join(dir, 'dist/chunks', file), 'utf8') });
  }
  for (const [name, file] of bundle.fonts) assets.push({ path: `fonts/${name}`, type: 'font/woff2', body: () => readFileSync(file) });
  for (const file of readdirSync(path.join(dir, 'locales')).filter((f) => f.endsWith('.json'))) {
    assets.push({ path: `sveltia@${bundle.version}/locales/${file}`, type: 'application/json; charset=utf-8', body: () => readFileSync(path.join(dir, 'locales', file), 'utf8') });
  }
  // The CMS compares its version with this file's to offer an update: the installed one, so it never does.
  assets.push({ path: 'sveltia/package.json', type: 'application/json; charset=utf-8', body: () => JSON.stringify({ name: '@sveltia/cms', version: bundle.version }) });
  return assets;
}

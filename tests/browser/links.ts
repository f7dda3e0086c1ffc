/**
 * Checks every URL the built HTML and CSS point at, straight from the files in the output
 * folder: internal ones must stay under the base path and reach a file that exists,
 * external ones may only be plain <a href> links (sources cited by reports).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Every file under `dir`, as "/"-separated paths relative to it, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const entry of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      else out.push(child);
    }
  };
  walk('');
  return out.sort();
}

/** The attributes whose values are URLs (srcset holds several). */
const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'action', 'poster']);

function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|amp|quot|apos|lt|gt);/gi, (all, code: string) => {
    const c = code.toLowerCase();
    if (c.startsWith('#x')) return String.fromCodePoint(parseInt(c.slice(2), 16));
    if (c.startsWith('#')) return String.fromCodePoint(parseInt(c.slice(1), 10));
    return { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' }[c] ?? all;
  });
}

export interface FoundUrl {
  tag: string;
  attr: string;
  url: string;
}

/** The URLs in an HTML document's tags, leaving out what sits inside scripts, styles and comments. */
export function urlsInHtml(html: string): { urls: FoundUrl[]; ids: Set<string> } {
  const cleaned = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style)\b([^>]*)>[\s\S]*?<\/\1>/gi, '<$1$2></$1>');
  const urls: FoundUrl[] = [];
  const ids = new Set<string>();
  for (const tagMatch of cleaned.matchAll(/<([a-z][\w-]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi)) {
    const tag = tagMatch[1]!.toLowerCase();
    for (const a of (tagMatch[2] ?? '').matchAll(/([^\s"'=<>/]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)) {
      const attr = a[1]!.toLowerCase();
      const value = decodeEntities(a[2] ?? a[3] ?? a[4] ?? '');
      if (attr === 'id' || (attr === 'name' && tag === 'a')) ids.add(value);
      if (!URL_ATTRIBUTES.has(attr)) continue;
      if (attr === 'srcset') {
        for (const candidate of value.split(',')) {
          const url = candidate.trim().split(/\s+/)[0];
          if (url) urls.push({ tag, attr, url });
        }
      } else {
        urls.push({ tag, attr, url: value.trim() });
      }
    }
  }
  return { urls, ids };
}

/** The url(...) references in a stylesheet. */
export function urlsInCss(css: string): string[] {
  return [...css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/g)].map((m) => (m[1] ?? m[2] ?? m[3] ?? '').trim());
}

export interface LinkCheckOptions {
  /** The built site. */
  outDir: string;
  /** "/some/sub/path/" */
  base: string;
  /** The site's public address without the base, as given to the build: absolute links to it are internal. */
  siteUrl: string;
}

export interface LinkCheckResult {
  checked: number;
  external: number;
  files: number;
  problems: string[];
}

/**
 * Walk every .html and .css file of the build and check each URL in it.
 * Fragments are checked too: "#x" must name an id in the target page.
 */
export function checkLinks({ outDir, base, siteUrl }: LinkCheckOptions): LinkCheckResult {
  const files = listFiles(outDir);
  const siteOrigin = new URL(siteUrl).origin;
  // A made-up origin to resolve relative URLs against; only the path matters.
  const local = 'http://site.invalid';
  const idsCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idsCache.get(file);
    if (!ids) {
      ids = urlsInHtml(readFileSync(path.join(outDir, file), 'utf8')).ids;
      idsCache.set(file, ids);
    }
    return ids;
  };

  const problems: string[] = [];
  let checked = 0;
  let external = 0;

  /** Check one URL found in `file` (where it is served at `pagePath`); return a problem or undefined. */
  const check = (file: string, pagePath: string, where: string, url: string, externalAllowed: boolean): string | undefined => {
    checked += 1;
    if (url === '') return `${file}: ${where} is empty`;
    if (/^(mailto|tel):/i.test(url)) return externalAllowed ? undefined : `${file}: ${where}="${url}" is not a link`;
    if (/^data:/i.test(url)) return externalAllowed ? `${file}: ${where} is a data: URL` : undefined;
    if (/^javascript:/i.test(url)) return `${file}: ${where}="${url}" uses javascript:`;
    const isRelative = !/^([a-z][a-z0-9+.-]*:|\/\/|\/|#|\?)/i.test(url);
    // 404.html is served for every missing address, at any depth: a relative link in it points somewhere different each time.
    if (isRelative && file === '404.html') return `${file}: ${where}="${url}" is relative, but 404.html is served at any path`;

    const pageUrl = new URL(pagePath, local);
    let target: URL;
    try {
      target = new URL(url, pageUrl);
    } catch {
      return `${file}: ${where}="${url}" is not a valid URL`;
    }
    if (target.origin === siteOrigin) {
      // An absolute link to the site itself (canonical address): check it as internal.
      target = new URL(target.pathname + target.search + target.hash, local);
    } else if (target.origin !== local) {
      if (!/^https?:$/.test(target.protocol)) return `${file}: ${where}="${url}" has an unexpected scheme`;
      external += 1;
      return externalAllowed ? undefined : `${file}: ${where}="${url}" loads from another site (only <a href> may leave the site)`;
    }

    let pathname: string;
    try {
      pathname = decodeURIComponent(target.pathname);
    } catch {
      return `${file}: ${where}="${url}" has a malformed escape`;
    }
    if (!pathname.startsWith(base)) return `${file}: ${where}="${url}" resolves to ${pathname}, outside the base path ${base}`;
    let rel = pathname.slice(base.length);
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const abs = path.join(outDir, rel);
    if (!existsSync(abs)) return `${file}: ${where}="${url}" → ${pathname}: no such file in the build (${rel})`;
    if (statSync(abs).isDirectory()) return `${file}: ${where}="${url}" → ${pathname} is a folder; the link needs a trailing "/"`;
    const fragment = target.hash ? decodeURIComponent(target.hash.slice(1)) : '';
    if (fragment && rel.endsWith('.html') && !idsOf(rel).has(fragment)) {
      return `${file}: ${where}="${url}" → no id="${fragment}" in ${rel}`;
    }
    return undefined;
  };

  let pages = 0;
  for (const file of files) {
    // Where the file is served: "a/b/index.html" at "<base>a/b/", "404.html" at some missing address.
    const served = base + file.replace(/(^|\/)index\.html$/, '$1');
    if (file.endsWith('.html')) {
      pages += 1;
      for (const { tag, attr, url } of urlsInHtml(readFileSync(path.join(outDir, file), 'utf8')).urls) {
        const problem = check(file, served, `<${tag} ${attr}>`, url, tag === 'a' && attr === 'href');
        if (problem) problems.push(problem);
      }
    } else if (file.endsWith('.css')) {
      for (const url of urlsInCss(readFileSync(path.join(outDir, file), 'utf8'))) {
        // Fragment-only url(#id) in CSS refers to SVG filters and the like, not files.
        if (url.startsWith('#')) continue;
        const problem = check(file, served, 'url()', url, false);
        if (problem) problems.push(problem);
      }
    }
  }
  return { checked, external, files: pages, problems };
}

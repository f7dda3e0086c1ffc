/**
 * A tiny static file server for the built site, so browser tests see it the way a citizen
 * would: under its base path, with "dir/" served as dir/index.html and 404.html for misses.
 *
 * It is deliberately strict: no directory listings, no redirect from "dir" to "dir/", nothing
 * outside the base path. A link that only works thanks to a forgiving host should fail here.
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.webp': 'image/webp',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.avif': 'image/avif',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
};

export function contentType(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export interface StaticServer {
  /** Origin and base path, ending in "/": "http://127.0.0.1:41234/some/sub/path/". */
  url: string;
  /** "http://127.0.0.1:41234". */
  origin: string;
  close: () => Promise<void>;
}

/** The file a URL path maps to, or undefined when there is none (or it escapes the root). */
function resolveFile(root: string, base: string, urlPath: string): string | undefined {
  if (!urlPath.startsWith(base)) return undefined;
  let rel: string;
  try {
    rel = decodeURIComponent(urlPath.slice(base.length));
  } catch {
    return undefined;
  }
  if (rel === '' || rel.endsWith('/')) rel += 'index.html';
  const file = path.resolve(root, rel);
  if (file !== root && !file.startsWith(root + path.sep)) return undefined;
  try {
    return statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

/** Types a static host compresses on the way out (Pagefind's index files are gzip already). */
const COMPRESSED_TYPES = /^(text\/|application\/(json|xml)|image\/svg)/;

export interface ServeOptions {
  /**
   * Send text gzip-compressed to a browser that accepts it, as GitHub Pages, Netlify,
   * Cloudflare Pages and nginx with `gzip on` do; for measuring what a visit transfers.
   */
  compress?: boolean;
}

/**
 * Serve `root` at `base` ("/" or "/some/sub/path/") on 127.0.0.1, on a free port.
 */
export async function serveStatic(root: string, base = '/', options: ServeOptions = {}): Promise<StaticServer> {
  if (!base.startsWith('/') || !base.endsWith('/')) throw new Error(`base must start and end with "/": ${base}`);
  const absRoot = path.resolve(root);
  const notFound = path.join(absRoot, '404.html');

  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const urlPath = new URL(req.url ?? '/', 'http://localhost').pathname;
    const found = resolveFile(absRoot, base, urlPath);
    let file = found;
    let status = 200;
    if (!found) {
      status = 404;
      try {
        file = statSync(notFound).isFile() ? notFound : undefined;
      } catch {
        file = undefined;
      }
    }
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const type = contentType(file);
    if (options.compress && COMPRESSED_TYPES.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      const body = gzipSync(readFileSync(file));
      res.writeHead(status, { 'content-type': type, 'content-encoding': 'gzip', 'content-length': body.length, 'cache-control': 'no-store', vary: 'accept-encoding' });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    res.writeHead(status, {
      'content-type': type,
      'content-length': statSync(file).size,
      'cache-control': 'no-store',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: origin + base,
    origin,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // Keep-alive sockets from the browser would otherwise hold close() open.
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

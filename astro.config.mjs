// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import build from './src/integrations/build.ts';
import { siteConfig } from './src/site.config.ts';
import sitemap from '@astrojs/sitemap';
import { openDataEnabled, sitemapOptions } from './src/lib/open-data/enabled.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { untrustedMarkdown } from './src/lib/markdown/untrusted.ts';
import { settingsDigest } from './src/lib/build/settings.ts';

/**
 * A base path always starts and ends with "/" so links join cleanly.
 * @param {string | undefined} value
 */
function normaliseBase(value) {
  const trimmed = String(value || '/').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

export default defineConfig({
  site: process.env.SITE_URL || siteConfig.url,
  base: normaliseBase(process.env.BASE_PATH || siteConfig.base),
  trailingSlash: 'always',
  // Tests and benchmarks build other content into other folders, side by side.
  outDir: process.env.OUT_DIR || './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  // Several pages at once: while one page's file is written (libuv's threads, the other
  // core) the next renders. Measured at 200,000 records: 44.6 s of rendering with 1, 21 s with 16.
  build: { format: 'directory', concurrency: 16 },
  // News has no code to highlight, and Shiki's inline styles would need 'unsafe-inline'.
  // Plain .md (what the web editor writes) is untrusted: raw HTML and javascript: links become text.
  markdown: { syntaxHighlight: false, processor: satteri({ mdastPlugins: [untrustedMarkdown] }) },
  security: {
    // A Content Security Policy in every page: Astro hashes the scripts and styles it
    // emits; nothing else runs. Pagefind compiles WebAssembly ('wasm-unsafe-eval').
    // frame-ancestors and the other header-only directives are in public/_headers.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  experimental: {
    // Pages whose view model is unchanged since the last build are copied from the cache
    // (src/lib/views/pages.ts), so adding one report does not render every honour roll again.
    incrementalBuild: true,
  },
  integrations: [
    // The build's stages, in order (check, content layer, pages beside the search index,
    // downloads and preview cards, then the output put together): src/integrations/build.ts.
    build(),
    mdx(),
    // Sitemaps split at SITEMAP_ENTRY_LIMIT addresses each; OPEN_DATA=0 leaves them out (benchmarks only).
    ...(openDataEnabled() ? [sitemap(sitemapOptions())] : []),
  ],
  vite: {
    // Part of the configuration's hash, so a build with another province, portal or editor
    // setting does not reuse pages rendered with the old one (src/lib/build/settings.ts).
    define: { 'import.meta.env.SITE_SETTINGS_DIGEST': JSON.stringify(settingsDigest(process.env)) },
    // The live server watches the project: not the benchmarks' and tests' generated sites,
    // which hold hundreds of thousands of files and would keep it from starting.
    server: { watch: { ignored: ['**/.bench/**', '**/tests/.tmp/**', '**/dist/**'] } },
    build: {
      rollupOptions: {
        onwarn(warning, warn) {
          // MDX modules carry Astro's own "use astro:head-inject" directive; the bundler's
          // note that it may drop it is noise that hides real warnings.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});

/**
 * The web editor's page, <base>/quan-tri/ (docs/editor.md). An endpoint rather than an Astro
 * page, so that it carries the editor's Content Security Policy instead of the site's.
 */
import type { APIRoute } from 'astro';
import vi from '../../i18n/vi.json' with { type: 'json' };
import { editorEnvironment } from '../../lib/editor/backend.ts';
import { editorPage } from '../../lib/editor/page.ts';
import { siteConfig } from '../../site.config.ts';

export const GET: APIRoute = () =>
  new Response(editorPage({ base: import.meta.env.BASE_URL, title: `${vi['editor.title']} – ${siteConfig.name}`, env: editorEnvironment() }), {
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });

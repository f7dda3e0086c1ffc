/**
 * The files of the web editor at <base>/quan-tri/ (docs/editor.md): the configuration generated
 * from the schemas, and the CMS with its fonts and translations, all served by the site.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import vi from '../../i18n/vi.json' with { type: 'json' };
import { editorFiles } from '../../lib/editor/project.ts';
import { siteConfig } from '../../site.config.ts';

const modules = Object.fromEntries(
  Object.entries(import.meta.glob<Record<string, unknown>>('../../schemas/*.ts', { eager: true })).map(([file, module]) => [file.split('/').pop()!, module]),
);

const files = () =>
  editorFiles({ modules, labels: vi, base: import.meta.env.BASE_URL, siteUrl: import.meta.env.SITE, colours: siteConfig.colours });

// The page itself is index.html.ts: an endpoint's path must name a file.
export const getStaticPaths = (() => files().filter((f) => f.path).map((f) => ({ params: { file: f.path } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const file = files().find((f) => f.path === params.file);
  if (!file) return new Response(null, { status: 404 });
  return new Response(file.body() as BodyInit, { headers: { 'Content-Type': file.type } });
};

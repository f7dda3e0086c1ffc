/**
 * What the endpoints under src/pages/quan-tri/ share: the editor's files of this site (one
 * list, made once per process), and a response for the one a route names. The files are
 * split across endpoints whose names end in their extension (config.json.ts,
 * fonts/[font].woff2.ts…) so the dev server serves them as files, without a trailing slash.
 */
import vi from '../../i18n/vi.json' with { type: 'json' };
import { siteConfig } from '../../site.config.ts';
import { editorFiles, type ServedFile } from './project.ts';

const schemaModules = Object.fromEntries(
  Object.entries(import.meta.glob<Record<string, unknown>>('../../schemas/*.ts', { eager: true })).map(([file, module]) => [file.split('/').pop()!, module]),
);

let cached: ServedFile[] | undefined;

/** Every file of the editor for this build (or, under `npm run dev`, this process). */
export function siteEditorFiles(): ServedFile[] {
  cached ??= editorFiles({ modules: schemaModules, labels: vi, base: import.meta.env.BASE_URL, siteUrl: import.meta.env.SITE, colours: siteConfig.colours });
  return cached;
}

/** The editor's file at `path` under <base>/quan-tri/, as a response. */
export function editorFileResponse(path: string): Response {
  const file = siteEditorFiles().find((f) => f.path === path);
  if (!file) return new Response(null, { status: 404 });
  return new Response(file.body() as BodyInit, { headers: { 'Content-Type': file.type } });
}

/** getStaticPaths of a route for the files under `folder` ending in `extension`: `param` is the name without it. */
export function editorPaths(folder: string, extension: string, param: string) {
  return siteEditorFiles()
    .filter((f) => f.path.startsWith(folder) && f.path.endsWith(extension) && !f.path.slice(folder.length).includes('/'))
    .map((f) => ({ params: { [param]: f.path.slice(folder.length, -extension.length) } }));
}

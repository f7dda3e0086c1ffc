/**
 * The editor's files as this project serves them under <base>/quan-tri/: the
 * configuration generated from the schemas and the content, the CMS and its assets, and the
 * site's stylesheet for the preview. Used by the route src/pages/quan-tri/[...file].ts and by
 * `npm run editor:config`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkedContent } from '../content/checked.ts';
import { contentDir } from '../content/read.ts';
import { cmsAssets, editorStylesheet, type EditorAsset } from './assets.ts';
import { editorEnvironment, type EditorEnvironment } from './backend.ts';
import { generateEditorConfig, type GeneratedConfig } from './config.ts';
import { editorScript } from './page.ts';

/** Source text of every schema file of `dir`, by file name. */
export function schemaSources(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .sort()
      .map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]),
  );
}

/** Every schema module of `dir`, by file name (for a copy of the schemas; the site imports its own). */
export async function loadSchemaModules(dir: string): Promise<Record<string, Record<string, unknown>>> {
  const modules: Record<string, Record<string, unknown>> = {};
  for (const file of Object.keys(schemaSources(dir))) modules[file] = await import(pathToFileURL(path.resolve(dir, file)).href);
  return modules;
}

/**
 * The content folder as the CMS sees it, a path from the root of the repository it edits:
 * "src/content" for the project's own content; the repository's root ("") when CONTENT_DIR
 * names a folder of its own, as a province's content repository is. EDITOR_CONTENT_PATH says
 * otherwise. It depends on nothing but these, so the same content builds the same site
 * wherever its folder is.
 */
export function repositoryPath(dir: string, env: Record<string, string | undefined> = process.env): string {
  if (env.EDITOR_CONTENT_PATH !== undefined) return env.EDITOR_CONTENT_PATH.replace(/^\/+|\/+$/g, '');
  return path.resolve(dir) === path.resolve('src/content') ? 'src/content' : '';
}

const normaliseBase = (base: string) => (base.endsWith('/') ? base : `${base}/`);

export interface ProjectEditorOptions {
  /** Schema modules by file name, as imported by the site. */
  modules: Record<string, Record<string, unknown>>;
  schemaDir?: string;
  labels: Record<string, string>;
  base: string;
  siteUrl?: string;
  content?: string;
  env?: Record<string, string | undefined>;
}

/** The configuration for this project's schemas and content. */
export function projectEditorConfig(options: ProjectEditorOptions): GeneratedConfig & { env: EditorEnvironment } {
  const env = options.env ?? process.env;
  const dir = options.content ?? contentDir(env);
  const editorEnv = editorEnvironment(env);
  const generated = generateEditorConfig({
    modules: options.modules,
    sources: schemaSources(options.schemaDir ?? 'src/schemas'),
    labels: options.labels,
    content: checkedContent(dir).content,
    contentPath: repositoryPath(dir, env),
    base: normaliseBase(options.base),
    siteUrl: options.siteUrl,
    env: editorEnv,
  });
  return { ...generated, env: editorEnv };
}

/** The site's own stylesheet and colours, for the preview pane. */
function previewStylesheet(colours: { primary: string; primaryDark: string; accent: string }): string {
  const global = readFileSync(path.join('src', 'styles', 'global.css'), 'utf8');
  return `${global}\n:root{--colour-primary:${colours.primary};--colour-primary-dark:${colours.primaryDark};--colour-accent:${colours.accent}}\n`;
}

export interface ServedFile {
  /** Path under <base>/quan-tri/. */
  path: string;
  type: string;
  body: () => string | Uint8Array;
}

/** Every file under <base>/quan-tri/ but the page (src/pages/quan-tri/index.html.ts). */
export function editorFiles(options: ProjectEditorOptions & { colours: { primary: string; primaryDark: string; accent: string } }): ServedFile[] {
  const base = normaliseBase(options.base);
  const text = (type: string) => `${type}; charset=utf-8`;
  const files: ServedFile[] = [
    { path: 'config.json', type: text('application/json'), body: () => `${JSON.stringify(projectEditorConfig(options).config, null, 1)}\n` },
    { path: 'bien-tap.js', type: text('text/javascript'), body: () => editorScript(base) },
    { path: 'bien-tap.css', type: text('text/css'), body: () => editorStylesheet(base) },
    { path: 'xem-truoc.css', type: text('text/css'), body: () => previewStylesheet(options.colours) },
  ];
  return [...files, ...cmsAssets(base).map((a: EditorAsset) => ({ path: a.path, type: a.type, body: a.body }))];
}

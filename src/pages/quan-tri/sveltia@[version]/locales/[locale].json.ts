/** <base>/quan-tri/sveltia@<version>/locales/<code>.json: the CMS's interface in each language, Vietnamese included (src/lib/editor/assets.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { editorFileResponse, siteEditorFiles } from '../../../../lib/editor/route.ts';

export const getStaticPaths = (() =>
  siteEditorFiles()
    .map((f) => /^sveltia@([^/]+)\/locales\/([^/]+)\.json$/.exec(f.path))
    .filter((m) => m !== null)
    .map((m) => ({ params: { version: m[1]!, locale: m[2]! } }))) satisfies GetStaticPaths;
export const GET: APIRoute = ({ params }) => editorFileResponse(`sveltia@${params.version}/locales/${params.locale}.json`);

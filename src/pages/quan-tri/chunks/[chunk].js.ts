/** <base>/quan-tri/chunks/<name>.js: parts of the CMS it loads when needed (src/lib/editor/assets.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { editorFileResponse, editorPaths } from '../../../lib/editor/route.ts';

export const getStaticPaths = (() => editorPaths('chunks/', '.js', 'chunk')) satisfies GetStaticPaths;
export const GET: APIRoute = ({ params }) => editorFileResponse(`chunks/${params.chunk}.js`);

/** <base>/quan-tri/fonts/<name>.woff2: the CMS's fonts, from their npm packages (src/lib/editor/assets.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { editorFileResponse, editorPaths } from '../../../lib/editor/route.ts';

export const getStaticPaths = (() => editorPaths('fonts/', '.woff2', 'font')) satisfies GetStaticPaths;
export const GET: APIRoute = ({ params }) => editorFileResponse(`fonts/${params.font}.woff2`);

/** <base>/quan-tri/sveltia/package.json: the installed CMS's version, for its check for a newer one (src/lib/editor/assets.ts). */
import type { APIRoute } from 'astro';
import { editorFileResponse } from '../../../lib/editor/route.ts';

export const GET: APIRoute = () => editorFileResponse('sveltia/package.json');

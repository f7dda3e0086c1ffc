/** <base>/quan-tri/sveltia-cms.js: one of the web editor's files (src/lib/editor/route.ts, docs/editor.md). */
import type { APIRoute } from 'astro';
import { editorFileResponse } from '../../lib/editor/route.ts';

export const GET: APIRoute = () => editorFileResponse('sveltia-cms.js');

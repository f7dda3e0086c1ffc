/** /du-lieu/schema/<name>.json: the JSON Schema of each download, generated from src/schemas/open-data.ts. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { DOWNLOAD_SCHEMAS, type DownloadSchemaName } from '../../../schemas/open-data.ts';
import { downloadJsonSchema } from '../../../lib/open-data/json-schema.ts';
import { jsonText } from '../../../lib/open-data/downloads.ts';
import { openDataPaths } from '../../../lib/open-data/paths.ts';
import { siteUrl } from '../../../lib/open-data/site.ts';
import { staticPaths } from '../../../lib/views/pages.ts';

export const getStaticPaths = (() =>
  staticPaths(
    (Object.keys(DOWNLOAD_SCHEMAS) as DownloadSchemaName[]).map((name) => ({
      params: { name },
      view: downloadJsonSchema(name, new URL(openDataPaths.schema(name), siteUrl()).href),
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ view: object }> = ({ props }) =>
  new Response(jsonText(props.view), { headers: { 'Content-Type': 'application/schema+json' } });

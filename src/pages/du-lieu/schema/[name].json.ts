/** /du-lieu/schema/<name>.json: the JSON Schema of each download, generated from src/schemas/open-data.ts. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { DOWNLOAD_SCHEMAS, type DownloadSchemaName } from '../../../schemas/open-data.ts';
import { downloadJsonSchema } from '../../../lib/open-data/json-schema.ts';
import { jsonText } from '../../../lib/open-data/downloads.ts';
import { openDataPaths } from '../../../lib/open-data/paths.ts';
import { siteUrl } from '../../../lib/open-data/site.ts';
import { cacheKeyOf } from '../../../lib/cache-key.ts';

export const getStaticPaths = (() =>
  (Object.keys(DOWNLOAD_SCHEMAS) as DownloadSchemaName[]).map((name) => {
    const schema = downloadJsonSchema(name, new URL(openDataPaths.schema(name), siteUrl()).href);
    return { params: { name }, props: { schema }, cacheKey: cacheKeyOf(schema) };
  })) satisfies GetStaticPaths;

export const GET: APIRoute<{ schema: object }> = ({ props }) =>
  new Response(jsonText(props.schema), { headers: { 'Content-Type': 'application/schema+json' } });

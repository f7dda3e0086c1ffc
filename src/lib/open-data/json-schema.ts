/** JSON Schemas of the downloads, generated from the zod schemas in src/schemas/open-data.ts. */
import { z } from 'astro/zod';
import { DOWNLOAD_SCHEMAS, type DownloadSchemaName } from '../../schemas/open-data.ts';

/** The JSON Schema (draft 2020-12) of one download, with `$id` set to where it is published. */
export function downloadJsonSchema(name: DownloadSchemaName, id: string): Record<string, unknown> {
  const generated = z.toJSONSchema(DOWNLOAD_SCHEMAS[name], { target: 'draft-2020-12' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return { $schema, $id: id, ...rest };
}

/**
 * Content collections. Reference data (provinces, awards) ships with the project;
 * everything else is read from the content directory (`CONTENT_DIR`, default src/content).
 * The same schemas and the same ids serve the validator (`npm run check:content`).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import path from 'node:path';
import { awardSchema } from './schemas/award.ts';
import { clusterSchema } from './schemas/cluster.ts';
import { decisionSchema } from './schemas/decision.ts';
import { honoreeSchema } from './schemas/honoree.ts';
import { movementSchema } from './schemas/movement.ts';
import { provinceSchema } from './schemas/province.ts';
import { reportSchema } from './schemas/report.ts';
import { AUTHORED_COLLECTIONS, contentDir, entryId } from './lib/content/read.ts';
import { loadReferenceData } from './lib/content/reference.ts';

const dir = contentDir();

/** Reference data keyed by id, with the id taken out of the data the schema sees. */
function byId(items: { data: unknown }[]): Record<string, Record<string, unknown>> {
  return Object.fromEntries(
    items.map((item) => {
      const { id, ...rest } = item.data as { id: string };
      return [id, rest];
    }),
  );
}

function authored(name: keyof typeof AUTHORED_COLLECTIONS) {
  const { folder, extensions } = AUTHORED_COLLECTIONS[name];
  const exts = extensions.map((e) => e.slice(1));
  // Files whose name starts with "_" are set aside, as the validator does.
  const ext = exts.length > 1 ? `{${exts.join(',')}}` : exts[0];
  return glob({
    pattern: `**/[!_]*.${ext}`,
    base: path.join(dir, folder),
    generateId: ({ entry }) => entryId(entry),
  });
}

export const collections = {
  provinces: defineCollection({
    loader: async () => byId(loadReferenceData(dir).provinces),
    schema: provinceSchema,
  }),
  awards: defineCollection({
    loader: async () => byId(loadReferenceData(dir).awards),
    schema: awardSchema,
  }),
  reports: defineCollection({ loader: authored('reports'), schema: ({ image }) => reportSchema(image()) }),
  movements: defineCollection({ loader: authored('movements'), schema: movementSchema }),
  honorees: defineCollection({ loader: authored('honorees'), schema: ({ image }) => honoreeSchema(image()) }),
  clusters: defineCollection({ loader: authored('clusters'), schema: clusterSchema }),
  decisions: defineCollection({ loader: authored('decisions'), schema: decisionSchema }),
};

/**
 * Content collections. Reference data (provinces, awards) ships with the project;
 * everything else is read from the content directory (`CONTENT_DIR`, default src/content).
 * JSON data (provinces, awards, clusters, decisions) comes from the validator, already
 * parsed and cross-checked; Markdown collections use Astro's glob loader with the same
 * schemas and the same ids, since Astro renders their bodies.
 */
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import path from 'node:path';
import { awardSchema } from './schemas/award.ts';
import { clusterSchema } from './schemas/cluster.ts';
import { decisionSummarySchema } from './schemas/decision.ts';
import { figureSchema } from './schemas/figure.ts';
import { honoreeSchema } from './schemas/honoree.ts';
import { movementSchema } from './schemas/movement.ts';
import { provinceSchema } from './schemas/province.ts';
import { reportSchema } from './schemas/report.ts';
import { AUTHORED_COLLECTIONS, contentDir, entryId } from './lib/content/read.ts';
import { checkedLoader } from './lib/content/loaders.ts';

const dir = contentDir();

/**
 * Astro keeps the collections between builds with each entry's file path, and reuses an entry
 * whose text is unchanged without looking at where the file now lies. Content moved or copied to
 * another folder (a CI runner that checks out elsewhere and restores the cache) would then be
 * read from the old paths: photos missing, or the old folder's photos published. The
 * collection is emptied when the content folder is not the one it was last read from.
 */
function fromThisFolder(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      if (context.meta.get('content-dir') !== dir) {
        context.store.clear();
        context.meta.set('content-dir', dir);
      }
      return loader.load(context);
    },
  };
}

function authored(name: keyof typeof AUTHORED_COLLECTIONS) {
  const { folder, extensions } = AUTHORED_COLLECTIONS[name];
  const exts = extensions.map((e) => e.slice(1));
  // Files whose name starts with "_" are set aside, as the validator does. A negated pattern
  // rather than "[!_]*": the dev server's watcher reads "[!_]" otherwise than the first listing
  // does, and would miss every edit.
  const ext = exts.length > 1 ? `{${exts.join(',')}}` : exts[0];
  return fromThisFolder(
    glob({
      pattern: [`**/*.${ext}`, `!**/_*.${ext}`],
      base: path.join(dir, folder),
      generateId: ({ entry }) => entryId(entry),
    }),
  );
}

export const collections = {
  provinces: defineCollection({
    loader: checkedLoader('provinces', (c) => c.provinces.all.map(({ id, ...data }) => ({ id, data }))),
    schema: provinceSchema,
  }),
  awards: defineCollection({
    loader: checkedLoader('awards', (c) => [...c.awards.values()].map(({ id, ...data }) => ({ id, data }))),
    schema: awardSchema,
  }),
  reports: defineCollection({ loader: authored('reports'), schema: ({ image }) => reportSchema(image()) }),
  movements: defineCollection({ loader: authored('movements'), schema: movementSchema }),
  honorees: defineCollection({ loader: authored('honorees'), schema: ({ image }) => honoreeSchema(image()) }),
  clusters: defineCollection({ loader: checkedLoader('clusters', (c) => c.clusters), schema: clusterSchema }),
  figures: defineCollection({ loader: checkedLoader('figures', (c) => c.figures), schema: figureSchema }),
  decisions: defineCollection({
    loader: checkedLoader('decisions', (c) =>
      c.decisions.map(({ id, data: { records, ...facts } }) => ({ id, data: { ...facts, recordCount: records.length } })),
    ),
    schema: decisionSummarySchema,
  }),
};

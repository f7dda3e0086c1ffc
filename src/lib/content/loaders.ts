/**
 * Collection loaders for the data kept as JSON (provinces, awards, clusters,
 * decisions). They hand Astro entries that the validator has already parsed and
 * cross-checked, instead of having Astro parse 200,000 records a second time.
 */
import type { Loader } from 'astro/loaders';
import { checkedContent, forgetCheckedContent } from './checked.ts';
import type { ValidatedContent } from './validate.ts';
import { contentDir } from './read.ts';

export function checkedLoader(name: string, entriesOf: (content: ValidatedContent) => Iterable<{ id: string; data: object }>): Loader {
  return {
    name: `bang-vang:${name}`,
    load: async ({ store, generateDigest, watcher }) => {
      const sync = () => {
        // Bad content stops a build at its check stage, before this runs; under `astro dev` the
        // collection keeps its last good entries and the pages show the check's messages.
        const { problems, content } = checkedContent();
        if (problems.length > 0) return;
        const seen = new Set<string>();
        for (const { id, data } of entriesOf(content)) {
          seen.add(id);
          const digest = generateDigest(data as Record<string, unknown>);
          // Unchanged entries keep their stored copy, so a rebuild rewrites only what changed.
          if (store.get(id)?.digest === digest) continue;
          store.set({ id, data: data as Record<string, unknown>, digest });
        }
        for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      };
      sync();
      // Under `astro dev`, an edited file is read again (src/integrations/build.ts forgets the
      // checked content) and the collection follows; bad content is reported there.
      watcher?.on('all', (_event, file) => {
        if (!file.startsWith(contentDir())) return;
        forgetCheckedContent();
        sync();
      });
    },
  };
}

/**
 * Collection loaders for the data kept as JSON (provinces, awards, clusters,
 * decisions). They hand Astro entries that the validator has already parsed and
 * cross-checked, instead of having Astro parse 200,000 records a second time.
 */
import type { Loader } from 'astro/loaders';
import { checkedContent, forgetCheckedContent } from './checked.ts';
import { formatProblems, type ValidatedContent } from './validate.ts';
import { contentDir } from './read.ts';

export function checkedLoader(name: string, entriesOf: (content: ValidatedContent) => Iterable<{ id: string; data: object }>): Loader {
  return {
    name: `bang-vang:${name}`,
    load: async ({ store, generateDigest, watcher }) => {
      const { problems, content } = checkedContent();
      if (problems.length > 0) throw new Error(`Nội dung chưa hợp lệ:\n${formatProblems(problems)}`);
      const seen = new Set<string>();
      for (const { id, data } of entriesOf(content)) {
        seen.add(id);
        const digest = generateDigest(data as Record<string, unknown>);
        // Unchanged entries keep their stored copy, so a rebuild rewrites only what changed.
        if (store.get(id)?.digest === digest) continue;
        store.set({ id, data: data as Record<string, unknown>, digest });
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      // In `astro dev`, an edited file must be read and checked again.
      watcher?.on('all', (_event, file) => {
        if (file.startsWith(contentDir())) forgetCheckedContent();
      });
    },
  };
}

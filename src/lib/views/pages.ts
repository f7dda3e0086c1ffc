/**
 * getStaticPaths for a route from its view models: each page's props are its view, and its
 * cache key is the view's digest, derived in this one place so no route can key its pages
 * on less than they show.
 */
import { viewKey } from './key.ts';

export interface PageOf<V, E = undefined> {
  params: Record<string, string | undefined>;
  view: V;
  /**
   * A content entry whose body the page renders (`render(entry)`): Astro tracks the rendered
   * module itself; the view carries the body's digest for the key.
   */
  entry?: E;
}

export function staticPaths<V, E>(pages: readonly PageOf<V, E>[]) {
  return pages.map(({ params, view, entry }) => ({ params, props: { view, entry: entry as E }, cacheKey: viewKey(view) }));
}

/**
 * getStaticPaths for a route whose views are large (a decision's whole list): each page's
 * view is made for its key and let go, and the page makes the same view again when it renders,
 * so a build holds one such view at a time rather than every page's. The props are empty.
 */
export function keyedPaths<V>(pages: Iterable<PageOf<V>>) {
  const paths: { params: PageOf<V>['params']; props: Record<string, never>; cacheKey: string }[] = [];
  for (const { params, view } of pages) paths.push({ params, props: {}, cacheKey: viewKey(view) });
  return paths;
}

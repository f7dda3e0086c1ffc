/**
 * What the build's stages share with the pages while the pages render. The orchestrating
 * integration (src/integrations/build.ts) runs in Astro's own process; the pages run in
 * Vite's module runner, where the same module is a second instance: the handle lives on
 * globalThis under a registered symbol, as the checked content does.
 */
const KEY = Symbol.for('bang-vang.build-run');

export interface BuildRun {
  /**
   * The site paths of the search bundles' metadata files, once the index is written (their
   * names carry a hash Pagefind gives them): the search page names them so the browser
   * fetches them while it reads the page.
   */
  searchMetadata(): Promise<string[]>;
}

type Holder = { [KEY]?: BuildRun };

/** The build under way, if any (none under `astro dev` or in tests). */
export function currentBuild(): BuildRun | undefined {
  return (globalThis as Holder)[KEY];
}

export function setCurrentBuild(run: BuildRun | undefined): void {
  if (run) (globalThis as Holder)[KEY] = run;
  else delete (globalThis as Holder)[KEY];
}

/**
 * The search page: its form with the values each filter takes, the script's messages and
 * setup, and the addresses of the index's metadata files to preload (known once the index is
 * written: src/lib/build/search-manifest.ts).
 */
import { t } from '../../i18n/t.ts';
import type { ValidatedContent } from '../content/validate.ts';
import { searchFilterOptions } from '../search/documents.ts';
import { FILTER_KEYS, META_WEIGHTS, RECORDS_BUNDLE, SEARCH_MESSAGES, type FilterKey, type FilterOptions } from '../search/model.ts';
import { NAME_INDEX_FOLDER, nameShardCount } from '../search/names.ts';
import type { NameLookupSetup } from '../search/results.ts';
import { paths, withBase } from '../urls.ts';
import type { LinkView, PageHead } from './parts.ts';

export interface SearchView {
  head: PageHead;
  action: string;
  /** The filters in display order, each with its label and choices. */
  filters: { key: FilterKey; label: string; options: FilterOptions[FilterKey] }[];
  /** The script's messages with their {placeholders}, as JSON: it does not carry the whole vi.json. */
  messages: string;
  /**
   * The whole-name index, as JSON (NameLookupSetup): its address and shard count, worked out
   * from the record count as the build's writer does, so a visit fetches one shard and nothing
   * before it; and the current unit of each province name of the time that differs from it.
   */
  names: string;
  /** What the Pagefind loader needs, as JSON, so that it imports nothing (src/scripts/pagefind-loader.ts). */
  pagefindSetup: string;
  /** Files fetched while the page loads: Pagefind's script, its WebAssembly and the bundles' metadata. */
  preload: { script: string; wasm: string; metadata: readonly string[] };
  /** Where to look without the search. */
  browse: LinkView[];
}

export function searchView(content: ValidatedContent, metadata: readonly string[]): SearchView {
  const options = searchFilterOptions(content);
  const records = content.decisions.reduce((n, d) => n + d.data.records.length, 0);
  const currentNames: Record<string, string> = {};
  for (const province of content.provinces.all) {
    const current = content.provinces.current(province.id);
    if (current && current.name !== province.name) currentNames[province.name] = current.name;
  }
  const names: NameLookupSetup = { base: withBase(`${NAME_INDEX_FOLDER}/`), site: withBase(''), shards: nameShardCount(records), currentNames };
  return {
    head: { title: t('search.title'), description: t('search.intro') },
    action: withBase('tim-kiem/'),
    filters: FILTER_KEYS.map((key) => ({ key, label: t(`search.filter.${key}`), options: options[key] })),
    names: JSON.stringify(names),
    messages: JSON.stringify(Object.fromEntries(SEARCH_MESSAGES.map((key) => [key, t(key)]))),
    pagefindSetup: JSON.stringify({ script: withBase('pagefind/pagefind.js'), records: withBase(`pagefind/${RECORDS_BUNDLE}/`), metaWeights: META_WEIGHTS }),
    // Pagefind's file names, fixed in 1.6, and the metadata files it named when it wrote the index.
    preload: { script: withBase('pagefind/pagefind.js'), wasm: withBase('pagefind/wasm.unknown.pagefind'), metadata },
    browse: [
      { href: paths.provinces(), text: t('nav.provinces') },
      { href: paths.decisions(), text: t('nav.decisions') },
      { href: paths.reports(), text: t('nav.reports') },
    ],
  };
}

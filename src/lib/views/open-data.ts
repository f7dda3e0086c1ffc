/** /du-lieu/: what can be downloaded, the CSV columns, the JSON Schemas and the news feeds. */
import { CSV_COLUMNS, DOWNLOAD_SCHEMAS, type DownloadSchemaName } from '../../schemas/open-data.ts';
import { t } from '../../i18n/t.ts';
import { openDataPaths } from '../open-data/paths.ts';
import type { SiteData } from '../site-data.ts';
import { compareVi } from '../text.ts';
import { paths } from '../urls.ts';
import { absolute } from './address.ts';
import type { LinkView, PageHead } from './parts.ts';

export interface OpenDataView {
  head: PageHead;
  files: LinkView[];
  index: string;
  /** "…#stt-1" of the newest decision, as an example of a link to one record. */
  exampleLink?: string;
  columns: { name: string; meaning: string }[];
  schemas: LinkView[];
  feed: string;
  provinceFeeds: LinkView[];
}

export function openDataView(site: SiteData): OpenDataView {
  const example = site.decisions[0];
  return {
    head: { title: t('openData.title'), description: t('openData.intro') },
    files: [
      { href: paths.decisions(), text: t('openData.fileDecision') },
      { href: paths.provinces(), text: t('openData.fileProvinceYear') },
      { href: paths.awards(), text: t('openData.fileAward') },
    ],
    index: openDataPaths.decisionIndex(),
    exampleLink: example ? absolute(paths.record(example.id, 'stt-1')) : undefined,
    columns: CSV_COLUMNS.map(([name, meaning]) => ({ name, meaning })),
    schemas: (Object.keys(DOWNLOAD_SCHEMAS) as DownloadSchemaName[]).map((name) => ({ href: openDataPaths.schema(name), text: t(`openData.schema.${name}`) })),
    feed: openDataPaths.feed(),
    provinceFeeds: site.provinces
      .currentUnits()
      .sort((a, b) => compareVi(a.name, b.name))
      .map((p) => ({ href: openDataPaths.provinceFeed(p.id), text: p.name })),
  };
}

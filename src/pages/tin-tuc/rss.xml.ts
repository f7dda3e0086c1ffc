/** /tin-tuc/rss.xml: the newest news of the whole site, as RSS 2.0. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { siteData } from '../../lib/collections.ts';
import { ATOM_NAMESPACE, channelData, feedItems } from '../../lib/open-data/feeds.ts';
import { openDataPaths } from '../../lib/open-data/paths.ts';
import { openDataContext, siteUrl } from '../../lib/open-data/site.ts';
import { paths } from '../../lib/urls.ts';
import { siteConfig } from '../../site.config.ts';
import { t } from '../../i18n/t.ts';

export const GET: APIRoute = async () => {
  const data = await siteData();
  const ctx = openDataContext(data);
  return rss({
    title: t('feeds.title', { site: siteConfig.name }),
    description: t('feeds.description', { site: siteConfig.name }),
    site: siteUrl(),
    xmlns: { atom: ATOM_NAMESPACE },
    customData: channelData(ctx.absolute(openDataPaths.feed())),
    items: feedItems(data.reports, { absolute: ctx.absolute, reportPath: paths.report, provinceName: ctx.provinceName }),
  });
};

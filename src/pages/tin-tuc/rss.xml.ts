/** /tin-tuc/rss.xml: the newest news of the whole site, as RSS 2.0. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { siteData } from '../../lib/collections.ts';
import { ATOM_NAMESPACE, channelData } from '../../lib/open-data/feeds.ts';
import { siteUrl } from '../../lib/open-data/site.ts';
import { siteFeedView } from '../../lib/views/news.ts';

export const GET: APIRoute = async () => {
  const view = siteFeedView(await siteData());
  return rss({ title: view.title, description: view.description, site: siteUrl(), xmlns: { atom: ATOM_NAMESPACE }, customData: channelData(view.self), items: view.items });
};

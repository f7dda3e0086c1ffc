/** /tin-tuc/tinh/<id>/rss.xml: the newest news of a current province and the units merged into it, as RSS 2.0. */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../../../../lib/collections.ts';
import { ATOM_NAMESPACE, channelData } from '../../../../lib/open-data/feeds.ts';
import { siteUrl } from '../../../../lib/open-data/site.ts';
import { provinceFeedPages, type FeedView } from '../../../../lib/views/news.ts';
import { staticPaths } from '../../../../lib/views/pages.ts';

export const getStaticPaths = (async () => staticPaths(provinceFeedPages(await siteData()))) satisfies GetStaticPaths;

export const GET: APIRoute<{ view: FeedView }> = async ({ props: { view } }) =>
  rss({ title: view.title, description: view.description, site: siteUrl(), xmlns: { atom: ATOM_NAMESPACE }, customData: channelData(view.self), items: view.items });

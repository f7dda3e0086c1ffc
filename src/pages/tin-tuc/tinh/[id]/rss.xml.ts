/** /tin-tuc/tinh/<id>/rss.xml: the newest news of a current province and the units merged into it, as RSS 2.0. */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData, type ProvinceRow, type Report } from '../../../../lib/collections.ts';
import { reportsByCurrentProvince } from '../../../../lib/reports.ts';
import { ATOM_NAMESPACE, channelData, feedItems } from '../../../../lib/open-data/feeds.ts';
import { openDataPaths } from '../../../../lib/open-data/paths.ts';
import { openDataContext, siteUrl } from '../../../../lib/open-data/site.ts';
import { paths } from '../../../../lib/urls.ts';
import { siteConfig } from '../../../../site.config.ts';
import { t } from '../../../../i18n/t.ts';

export const getStaticPaths = (async () => {
  const data = await siteData();
  const groups = reportsByCurrentProvince(data.reports, (id) => data.provinces.current(id)?.id);
  // Every current unit has a feed, even before its first news, so it can be followed now.
  return data.provinces.currentUnits().map((province) => ({ params: { id: province.id }, props: { province, reports: groups.get(province.id) ?? [] } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ province: ProvinceRow; reports: Report[] }> = async ({ props: { province, reports } }) => {
  const data = await siteData();
  const ctx = openDataContext(data);
  return rss({
    title: t('feeds.provinceTitle', { name: province.name, site: siteConfig.name }),
    description: t('feeds.provinceDescription', { name: province.name }),
    site: siteUrl(),
    xmlns: { atom: ATOM_NAMESPACE },
    customData: channelData(ctx.absolute(openDataPaths.provinceFeed(province.id))),
    items: feedItems(reports, { absolute: ctx.absolute, reportPath: paths.report, provinceName: ctx.provinceName }),
  });
};

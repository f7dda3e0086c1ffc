/** /du-lieu/tinh-thanh/<id>/<year>.json: a province's roll for a year (schema: /du-lieu/schema/tinh-thanh-nam.json). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../../../../lib/collections.ts';
import { provinceYearJsonText } from '../../../../lib/open-data/downloads.ts';
import { openDataEnabled } from '../../../../lib/open-data/enabled.ts';
import { fileResponse, openDataContext, provinceYearRolls, rollKey, type ProvinceYearRoll } from '../../../../lib/open-data/site.ts';
import { paths } from '../../../../lib/urls.ts';

export const getStaticPaths = (async () => {
  if (!openDataEnabled()) return [];
  const data = await siteData();
  return (await provinceYearRolls()).map((roll) => ({
    params: { id: roll.province.id, year: String(roll.year) },
    props: { roll },
    cacheKey: rollKey(data, ['tinh-thanh', roll.province.id, roll.province.name, roll.lineage, roll.year], roll.rolls.map((r) => r.decision)),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ roll: ProvinceYearRoll }> = async ({ props: { roll } }) => {
  const data = await siteData();
  const body = provinceYearJsonText(roll.province, roll.lineage, roll.year, roll.rolls, paths.provinceYear(roll.province.id, roll.year), openDataContext(data));
  return fileResponse(body, 'json');
};

/** /du-lieu/tinh-thanh/<id>/<year>.csv: a province's roll for a year, as /tinh-thanh/<id>/<year>/ shows it. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../../../../lib/collections.ts';
import { rollCsv } from '../../../../lib/open-data/downloads.ts';
import { openDataEnabled } from '../../../../lib/open-data/enabled.ts';
import { fileResponse, openDataContext, provinceYearRolls, rollKey, type ProvinceYearRoll } from '../../../../lib/open-data/site.ts';

export const getStaticPaths = (async () => {
  if (!openDataEnabled()) return [];
  const data = await siteData();
  return (await provinceYearRolls()).map((roll) => ({
    params: { id: roll.province.id, year: String(roll.year) },
    props: { roll },
    cacheKey: rollKey(data, ['tinh-thanh', roll.province.id, roll.lineage, roll.year], roll.rolls.map((r) => r.decision)),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ roll: ProvinceYearRoll }> = async ({ props }) => {
  const data = await siteData();
  return fileResponse(rollCsv(props.roll.rolls, openDataContext(data)), 'csv');
};

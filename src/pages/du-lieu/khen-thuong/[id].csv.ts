/** /du-lieu/khen-thuong/<id>.csv: everyone who received an award, as /khen-thuong/<id>/ lists them. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData, type Award } from '../../../lib/collections.ts';
import { groupByDecision, rollCsv } from '../../../lib/open-data/downloads.ts';
import { openDataEnabled } from '../../../lib/open-data/enabled.ts';
import { fileResponse, openDataContext, rollKey } from '../../../lib/open-data/site.ts';

export const getStaticPaths = (async () => {
  if (!openDataEnabled()) return [];
  const data = await siteData();
  return data.awards.map((award) => ({
    params: { id: award.id },
    props: { award },
    cacheKey: rollKey(data, ['khen-thuong', award.id], new Set(data.rolls.recipientsOf(award.id).map((h) => h.decision))),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ award: Award }> = async ({ props: { award } }) => {
  const data = await siteData();
  return fileResponse(rollCsv(groupByDecision(data.rolls.recipientsOf(award.id)), openDataContext(data)), 'csv');
};

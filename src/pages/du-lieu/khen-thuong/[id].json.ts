/** /du-lieu/khen-thuong/<id>.json: everyone who received an award (schema: /du-lieu/schema/khen-thuong.json). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData, type Award } from '../../../lib/collections.ts';
import { awardJsonText, groupByDecision } from '../../../lib/open-data/downloads.ts';
import { openDataEnabled } from '../../../lib/open-data/enabled.ts';
import { fileResponse, openDataContext, rollKey } from '../../../lib/open-data/site.ts';
import { paths } from '../../../lib/urls.ts';

export const getStaticPaths = (async () => {
  if (!openDataEnabled()) return [];
  const data = await siteData();
  return data.awards.map((award) => ({
    params: { id: award.id },
    props: { award },
    cacheKey: rollKey(data, ['khen-thuong', award.id, award.data.name], new Set(data.rolls.recipientsOf(award.id).map((h) => h.decision))),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ award: Award }> = async ({ props: { award } }) => {
  const data = await siteData();
  const parts = groupByDecision(data.rolls.recipientsOf(award.id));
  const body = awardJsonText({ id: award.id, name: award.data.name }, parts, paths.award(award.id), openDataContext(data));
  return fileResponse(body, 'json');
};

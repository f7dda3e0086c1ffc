/** /du-lieu/quyet-dinh/<id>.json: a decision and its whole list (schema: /du-lieu/schema/quyet-dinh.json). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData, type Decision } from '../../../lib/collections.ts';
import { decisionJsonText } from '../../../lib/open-data/downloads.ts';
import { openDataEnabled } from '../../../lib/open-data/enabled.ts';
import { decisionKey, fileResponse, openDataContext } from '../../../lib/open-data/site.ts';

export const getStaticPaths = (async () => {
  if (!openDataEnabled()) return [];
  const data = await siteData();
  return data.decisions.map((decision) => ({ params: { id: decision.id }, props: { decision }, cacheKey: decisionKey(data, decision) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ decision: Decision }> = async ({ props }) => {
  const data = await siteData();
  return fileResponse(decisionJsonText(props.decision, openDataContext(data)), 'json');
};

/** /du-lieu/quyet-dinh.json: every decision of the site, without lists (schema: /du-lieu/schema/danh-muc-quyet-dinh.json). */
import type { APIRoute } from 'astro';
import { siteData } from '../../lib/collections.ts';
import { decisionIndexJson, jsonText } from '../../lib/open-data/downloads.ts';
import { fileResponse, openDataContext } from '../../lib/open-data/site.ts';

export const GET: APIRoute = async () => {
  const data = await siteData();
  return fileResponse(jsonText(decisionIndexJson(data.decisions, openDataContext(data))), 'json');
};

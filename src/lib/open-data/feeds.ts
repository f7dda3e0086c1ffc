/**
 * News feeds (RSS 2.0, with @astrojs/rss): the newest reports of the site, or of one
 * current province and the units merged into it. Links are absolute and carry the base path.
 */
import type { RSSFeedItem } from '@astrojs/rss';
import type { PartialDate } from '../dates.ts';
import { escapeHtml } from '../html.ts';
import { EVENT_KIND_LABELS, type EventKind } from '../../schemas/report.ts';

/** Items per feed: the newest reports; older ones stay on the site's news pages. */
export const FEED_ITEMS = 50;

export interface FeedReport {
  id: string;
  data: { title: string; summary: string; date: PartialDate; eventKind: EventKind; provinces: string[] };
}

/**
 * The publication date of a report for a feed: its day, or the first day of its month
 * or year when the report gives no more (noon UTC, so it is the same day in Vietnam);
 * none when the date is unknown.
 */
export function pubDateOf(date: PartialDate): Date | undefined {
  switch (date.precision) {
    case 'day':
      return new Date(Date.UTC(date.year, date.month - 1, date.day, 12));
    case 'month':
      return new Date(Date.UTC(date.year, date.month - 1, 1, 12));
    case 'year':
      return new Date(Date.UTC(date.year, 0, 1, 12));
    default:
      return undefined;
  }
}

/** Feed items for reports already in display order (newest first), at most FEED_ITEMS. */
export function feedItems(
  reports: readonly FeedReport[],
  ctx: { absolute: (sitePath: string) => string; reportPath: (id: string) => string; provinceName: (id: string) => string | undefined },
): RSSFeedItem[] {
  return reports.slice(0, FEED_ITEMS).map((r) => ({
    title: r.data.title,
    link: ctx.absolute(ctx.reportPath(r.id)),
    pubDate: pubDateOf(r.data.date),
    description: r.data.summary,
    categories: [EVENT_KIND_LABELS[r.data.eventKind], ...r.data.provinces.map((id) => ctx.provinceName(id) ?? id)],
  }));
}

/** customData for a feed's channel: its language and the address it is published at (atom:link rel="self"). */
export function channelData(selfUrl: string): string {
  return `<language>vi</language><atom:link href="${escapeHtml(selfUrl)}" rel="self" type="application/rss+xml"/>`;
}

export const ATOM_NAMESPACE = 'http://www.w3.org/2005/Atom';

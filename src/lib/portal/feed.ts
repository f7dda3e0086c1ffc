/**
 * A member's news, read from its RSS feed (tin-tuc/rss.xml): the newest items, each with its
 * title, link, date, kind of event and summary, as the member's feed writes them
 * (src/lib/open-data/feeds.ts: the first category is the kind of event).
 */
import { parseDocument, DomUtils } from 'htmlparser2';
import type { Element } from 'domhandler';
import { nfc } from '../text.ts';

export interface FeedItem {
  title: string;
  link: string;
  /** ISO day (YYYY-MM-DD) in Vietnam's time, when the item has a date. */
  date?: string;
  /** The first category: the kind of event. */
  kind?: string;
  summary?: string;
}

/** The text of an element's first child element of that name (not of its descendants'). */
const text = (el: Element, name: string): string | undefined => {
  const child = DomUtils.getElementsByTagName(name, el.children, false, 1)[0];
  const value = child ? nfc(DomUtils.textContent(child)).replace(/\s+/g, ' ').trim() : '';
  return value || undefined;
};

/** The ISO day of an RFC 822 date, in Vietnam's time (UTC+7), or undefined when unreadable. */
function isoDay(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const time = Date.parse(value);
  if (Number.isNaN(time)) return undefined;
  return new Date(time + 7 * 3600_000).toISOString().slice(0, 10);
}

/**
 * The items of an RSS 2.0 feed, in the feed's order, at most `limit`. An item without a title
 * or a link of http(s) is left out (a link elsewhere would not be a page of the member).
 */
export function parseFeed(xml: string, limit = 10): { channel?: string; items: FeedItem[]; skipped: number } {
  const doc = parseDocument(xml, { xmlMode: true });
  const channelElement = DomUtils.getElementsByTagName('channel', doc.children, true, 1)[0];
  const channel = channelElement ? text(channelElement, 'link') : undefined;
  const items: FeedItem[] = [];
  let skipped = 0;
  for (const item of DomUtils.getElementsByTagName('item', doc.children, true)) {
    if (items.length >= limit) break;
    const title = text(item, 'title');
    const link = text(item, 'link');
    if (!title || !link || !/^https?:\/\//.test(link)) {
      skipped++;
      continue;
    }
    items.push({ title, link, date: isoDay(text(item, 'pubDate')), kind: text(item, 'category'), summary: text(item, 'description') });
  }
  return { channel, items, skipped };
}

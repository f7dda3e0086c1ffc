/**
 * Preview cards for social networks (Open Graph, Twitter): what each card says and
 * where it is published. A report without a photo of its own gets a card with its
 * headline; every other page shares the site's card. The images are drawn at build
 * time by the build's card stage (src/lib/build/cards.ts; src/lib/open-data/card-render.ts, in a worker thread), and
 * kept in Astro's cache folder by a digest of what they say, so an unchanged card is
 * not drawn again.
 */
import { createHash } from 'node:crypto';
import { formatViDate, type PartialDate } from '../dates.ts';
import { withBase } from '../urls.ts';
import { siteConfig } from '../../site.config.ts';
import { EVENT_KIND_LABELS, type EventKind } from '../../schemas/report.ts';
import { t } from '../../i18n/t.ts';

/** Size of every card, the one Open Graph and Twitter's large card recommend. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** Everything a card shows. */
export interface CardSpec {
  /** Where the card is published, relative to the site's base path: "anh-chia-se/tin-tuc/x.png". */
  file: string;
  /** Small line at the top: the site's name. */
  kicker: string;
  /** The large text: a headline, or the site's name. */
  title: string;
  /** Line at the bottom: date and kind of page, or the site's tagline. */
  footer: string;
  colours: { background: string; accent: string; text: string };
}

const colours = () => ({ background: siteConfig.colours.primaryDark, accent: siteConfig.colours.accent, text: '#ffffff' });

let site: CardSpec | undefined;

/** The site's own card, used by every page that has no card or photo of its own (made once: every page asks). */
export function siteCard(): CardSpec {
  site ??= Object.freeze({ file: 'anh-chia-se/bang-vang.png', kicker: siteConfig.publisher, title: siteConfig.name, footer: siteConfig.tagline, colours: Object.freeze(colours()) });
  return site;
}

/** Headlines longer than this are cut at a word and end with "…", so the card stays legible. */
export const CARD_TITLE_MAX = 140;

/** A report's card: its headline, date and kind of event. */
export function reportCard(report: { id: string; data: { title: string; date: PartialDate; eventKind: EventKind } }): CardSpec {
  const { date, eventKind } = report.data;
  const kind = t('reports.kindTitle', { kind: EVENT_KIND_LABELS[eventKind] });
  const footer = [date.precision === 'unknown' ? undefined : formatViDate(date), kind].filter(Boolean).join(' · ');
  return { file: `anh-chia-se/tin-tuc/${report.id}.png`, kicker: siteConfig.name, title: shorten(report.data.title, CARD_TITLE_MAX), footer, colours: colours() };
}

const digests = new WeakMap<CardSpec, string>();

/** A digest of what a card shows (its address aside): the same text, the same image. */
export function cardDigest(spec: CardSpec): string {
  let digest = digests.get(spec);
  if (digest === undefined) {
    const { file: _file, ...shown } = spec;
    digest = createHash('sha1').update(JSON.stringify(shown)).digest('base64url').slice(0, 16);
    digests.set(spec, digest);
  }
  return digest;
}

/**
 * The card's address for a page's meta tags. The digest in the query changes when the
 * text does, so networks that cache previews by address fetch the new image.
 */
export function cardPath(spec: CardSpec): string {
  return `${withBase(spec.file)}?v=${cardDigest(spec)}`;
}

/** Text cut to at most `max` characters at a word boundary, with "…" when cut. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}

/**
 * A page saved from a provincial portal → raw blocks and the facts its <head> gives
 * (title, publication date, site name, canonical address, author). The article is the
 * element holding most paragraph text; navigation, share and print links, comment
 * boxes and "Tin khác" lists are left behind.
 */
import { parseDocument } from 'htmlparser2';
import { cleanText } from '../../text.ts';
import type { RawBlock } from './blocks.ts';

interface HNode {
  type: string;
  name?: string;
  attribs?: Record<string, string>;
  children?: HNode[];
  data?: string;
  parent?: HNode | null;
}

export interface HtmlMeta {
  title?: string;
  /** Publication date as the page's metadata gives it (ISO, possibly with a time). */
  published?: string;
  publisher?: string;
  url?: string;
  author?: string;
}

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'nav', 'form', 'button', 'select', 'input', 'textarea', 'head', 'link', 'meta', 'aside', 'footer', 'object', 'embed', 'video', 'audio', 'canvas', 'map']);
const BLOCK = new Set(['p', 'div', 'section', 'article', 'main', 'header', 'li', 'ul', 'ol', 'blockquote', 'figure', 'figcaption', 'table', 'tbody', 'thead', 'tr', 'td', 'th', 'caption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dd', 'dt', 'dl', 'pre', 'address', 'center', 'hr']);

/** Class or id words of page furniture, not article text. */
const CHROME_CLASS =
  /(share|social|sharing|print|breadcrumb|menu|navbar|sidebar|related|lienquan|lien-quan|tinkhac|tin-khac|othernews|other-news|comment|binhluan|binh-luan|toolbar|pagination|banner|quangcao|quang-cao|advert|copyright|tags?-?list|^tags?$|rating|login|search|hotline|weather|widget|most-read|docnhieu|doc-nhieu)/i;
const CAPTION_CLASS = /(caption|chu-?thich|chuthich|image-?desc|img-?desc|imgdesc|photo-?desc|expnoedit|pic-?note|image_desc|figcaption|desc)/i;
const AUTHOR_CLASS = /(author|tac-?gia|tacgia|byline|writer)/i;
const SOURCE_CLASS = /(^|[-_ ])(source|nguon|nguon-?tin)([-_ ]|$)/i;
const DATE_CLASS = /(date|time|ngay-?dang|ngaydang|publish|posted|thoi-?gian)/i;
const CONTENT_CLASS = /(article|content|detail|news|post|entry|body|noidung|noi-dung|chitiet|chi-tiet|baiviet|bai-viet|main)/i;

function attr(n: HNode, name: string): string {
  return n.attribs?.[name] ?? '';
}

function classes(n: HNode): string {
  return `${attr(n, 'class')} ${attr(n, 'id')}`.trim();
}

function classTokens(n: HNode): string[] {
  return classes(n).split(/\s+/).filter(Boolean);
}

function textOf(n: HNode): string {
  if (n.type === 'text') return n.data ?? '';
  if (n.type === 'tag' && (n.name === 'br' || n.name === 'hr')) return '\n';
  if (n.type !== 'tag' && n.type !== 'root') return '';
  if (n.name && SKIP.has(n.name)) return '';
  return (n.children ?? []).map(textOf).join('');
}

function* walk(n: HNode): Generator<HNode> {
  yield n;
  for (const c of n.children ?? []) yield* walk(c);
}

function find(root: HNode, test: (n: HNode) => boolean): HNode | undefined {
  for (const n of walk(root)) if (n.type === 'tag' && test(n)) return n;
  return undefined;
}

function paragraphText(n: HNode): number {
  let total = 0;
  for (const x of walk(n)) if (x.type === 'tag' && x.name === 'p') total += cleanText(textOf(x)).length;
  return total;
}

/** The name of a portal or paper, not of an article. */
const SITE_NAME = /^(cổng thông tin|trang thông tin|cổng tttđt|báo|đài phát thanh|tạp chí|sở|ubnd|ủy ban nhân dân|uỷ ban nhân dân)(?![\p{L}])[^.!?]{0,80}$/iu;

/** Strip " - Cổng thông tin điện tử tỉnh …" or " | Báo …" from a <title>. */
function stripSiteName(title: string): string {
  const parts = title.split(/\s+[|–—-]\s+/);
  if (parts.length < 2) return title;
  const head = parts[0]!;
  return head.split(' ').length >= 4 ? head : title;
}

export function parseHtml(html: string): { blocks: RawBlock[]; meta: HtmlMeta } {
  const doc = parseDocument(html, { decodeEntities: true }) as unknown as HNode;
  const meta: HtmlMeta = {};
  const metaContent = (test: (n: HNode) => boolean) => {
    const n = find(doc, (x) => x.name === 'meta' && test(x));
    return n ? cleanText(attr(n, 'content')) || undefined : undefined;
  };
  const prop = (p: string) => metaContent((x) => attr(x, 'property').toLowerCase() === p || attr(x, 'name').toLowerCase() === p);
  meta.published =
    prop('article:published_time') ??
    prop('pubdate') ??
    prop('publishdate') ??
    prop('dc.date.issued') ??
    prop('date') ??
    metaContent((x) => attr(x, 'itemprop') === 'datePublished');
  if (!meta.published) {
    const time = find(doc, (x) => x.name === 'time' && !!attr(x, 'datetime'));
    if (time) meta.published = attr(time, 'datetime');
  }
  meta.publisher = prop('og:site_name');
  const canonical = find(doc, (x) => x.name === 'link' && attr(x, 'rel').toLowerCase() === 'canonical');
  meta.url = (canonical && attr(canonical, 'href')) || prop('og:url') || undefined;
  meta.author = prop('author') ?? prop('article:author');

  const h1 = find(doc, (x) => x.name === 'h1' && !CHROME_CLASS.test(classes(x)));
  const titleTag = find(doc, (x) => x.name === 'title');
  meta.title =
    (h1 && cleanText(textOf(h1))) || prop('og:title') || (titleTag ? stripSiteName(cleanText(textOf(titleTag))) : undefined) || undefined;
  // A <title> that is only the site's name ("Cổng thông tin điện tử tỉnh …") is no headline: the body's first line may be.
  if (meta.title && !h1 && SITE_NAME.test(meta.title)) meta.title = undefined;

  // The article: the content-like element with the most paragraph text, else <body>.
  const body = find(doc, (x) => x.name === 'body') ?? doc;
  let container: HNode = body;
  let best = 0;
  for (const n of walk(body)) {
    if (n.type !== 'tag') continue;
    const isCandidate = n.name === 'article' || attr(n, 'itemprop') === 'articleBody' || CONTENT_CLASS.test(classes(n));
    if (!isCandidate || CHROME_CLASS.test(classes(n))) continue;
    const amount = paragraphText(n);
    // Prefer the innermost element that still holds nearly all the text.
    if (amount > best * 1.15 || (amount >= best * 0.9 && amount > 0 && isInside(n, container))) {
      best = Math.max(best, amount);
      container = n;
    }
  }

  const blocks: RawBlock[] = [];
  if (meta.title) blocks.push({ text: meta.title, hint: 'title' });
  if (!meta.published) {
    const dateEl = find(doc, (x) => DATE_CLASS.test(classes(x)) && !CHROME_CLASS.test(classes(x)) && cleanText(textOf(x)).length < 60);
    if (dateEl) blocks.push({ text: cleanText(textOf(dateEl)), hint: 'dateline' });
  }

  let buffer = '';
  let hint: RawBlock['hint'];
  let afterImage = false;
  const flush = () => {
    for (const line of buffer.split('\n')) {
      const text = cleanText(line);
      if (!text || (hint === 'title' && meta.title && text === meta.title)) continue;
      blocks.push({ text, hint });
      if (hint !== 'caption') afterImage = false;
    }
    buffer = '';
  };
  const visit = (n: HNode, inherited: RawBlock['hint']) => {
    if (n.type === 'text') {
      buffer += n.data ?? '';
      return;
    }
    if (n.type !== 'tag') return;
    const name = n.name!;
    if (SKIP.has(name)) return;
    const cls = classes(n);
    if (cls && classTokens(n).some((t) => CHROME_CLASS.test(t))) return;
    if (name === 'br') {
      buffer += '\n';
      return;
    }
    if (name === 'img') {
      flush();
      afterImage = true;
      return;
    }
    let own: RawBlock['hint'] = inherited;
    if (name === 'h1') own = 'title';
    else if (/^h[2-6]$/.test(name)) own = 'heading';
    else if (name === 'figcaption' || name === 'caption' || (cls && CAPTION_CLASS.test(cls))) own = 'caption';
    else if (cls && AUTHOR_CLASS.test(cls)) own = 'byline';
    else if (cls && SOURCE_CLASS.test(cls)) own = 'source';
    else if (cls && DATE_CLASS.test(cls) && cleanText(textOf(n)).length < 60) own = 'dateline';
    else if (name === 'p' && afterImage && isAllEmphasis(n)) own = 'caption';
    else if (name === 'p' && isAllStrong(n)) own = 'heading';
    else if (name === 'p') own = own ?? 'paragraph';
    if (BLOCK.has(name)) {
      flush();
      const saved = hint;
      hint = own;
      for (const c of n.children ?? []) visit(c, own);
      flush();
      hint = saved;
      return;
    }
    for (const c of n.children ?? []) visit(c, own);
  };
  visit(container, undefined);
  flush();
  // A strong-only paragraph is a heading only while short; a bold lead paragraph stays a paragraph.
  for (const b of blocks) if (b.hint === 'heading' && b.text.split(' ').length > 20) b.hint = 'paragraph';
  return { blocks, meta };
}

function isInside(n: HNode, ancestor: HNode): boolean {
  for (let p = n.parent; p; p = p.parent) if (p === ancestor) return true;
  return false;
}

function onlyWithin(n: HNode, tags: Set<string>): boolean {
  const own = cleanText(
    (n.children ?? [])
      .filter((c) => c.type === 'text')
      .map((c) => c.data ?? '')
      .join(''),
  );
  if (own) return false;
  const kids = (n.children ?? []).filter((c) => c.type === 'tag' && c.name !== 'br');
  return kids.length > 0 && kids.every((c) => tags.has(c.name!) || onlyWithin(c, tags));
}

function isAllEmphasis(n: HNode): boolean {
  return onlyWithin(n, new Set(['em', 'i']));
}

function isAllStrong(n: HNode): boolean {
  return onlyWithin(n, new Set(['strong', 'b']));
}

/** Whether a text looks like HTML rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!doctype html|<html|<head|<body|<article|<div|<p[\s>])/i.test(text) || /<\/(?:p|div|body|html)>/i.test(text.slice(0, 5000));
}

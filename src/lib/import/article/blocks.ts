/**
 * An article as copied from a portal, cut into blocks and sorted: the headline, the
 * paragraphs, sub-headings and photo captions, the date line and the byline — and the
 * site chrome around them (share and print links, "Tin khác" lists), which is dropped.
 *
 * Plain text and HTML both arrive here as raw blocks; HTML gives hints (a <figcaption>
 * is a caption, an <h1> the headline) that plain text has to do without.
 */
import { cleanText } from '../../text.ts';
import { sentences, wordCount } from '../shared/vi.ts';

export type BlockKind = 'title' | 'heading' | 'paragraph' | 'caption' | 'dateline' | 'byline' | 'source' | 'credit' | 'chrome';

export interface Block {
  kind: BlockKind;
  text: string;
}

export interface RawBlock {
  text: string;
  /** What the HTML said the block is, when it said. */
  hint?: 'title' | 'heading' | 'caption' | 'byline' | 'source' | 'dateline' | 'paragraph';
}

export interface Classified {
  blocks: Block[];
  /** Authors named in the byline. */
  authors: string[];
  /** Photographers named in captions or the byline ("Ảnh: Trần Tương"). */
  photoCredits: string[];
  /** Publisher or address the byline gives as the source ("Nguồn tin: nghean.gov.vn"). */
  source: string | null;
  /** Captions dropped because they repeated the one just before. */
  repeatedCaptions: number;
}

/** Links and buttons of the page, not the article. */
const CHROME_TOKEN =
  /^(chia sẻ|share|chia se|chia sẻ bài viết|in bài|in bài viết|in trang|in|bản in|print|gửi email|gửi bài|gửi tin|gửi bài viết|gửi|email|e-mail|lưu bài|lưu tin|lưu|đánh giá bài viết|từ khóa|từ khoá|tags|facebook|zalo|twitter|tweet|linkedin|copy link|sao chép liên kết|sao chép|loading\.*|đang tải\.*|quay lại|trở về|trở lại|về đầu trang|lên đầu trang|đầu trang|top|cỡ chữ|a\+|a-|a|tải về|tải xuống|download|nghe đọc bài|nghe bài|phát âm thanh|bình luận|ý kiến bạn đọc|thích|like|tweet|google news|theo dõi|xem thêm|đọc tiếp|\d+\s*lượt xem|lượt xem\s*:?\s*\d+|lượt xem)$/i;

/** Headings of the lists of other news that end an article page. */
const OTHER_NEWS =
  /^(tin khác|các tin khác|tin liên quan|các tin liên quan|bài viết liên quan|bài liên quan|tin bài liên quan|tin cùng chuyên mục|cùng chuyên mục|tin mới|tin mới nhất|tin đã đưa|các tin đã đưa|đọc thêm|xem thêm|tin nổi bật|tin đọc nhiều|bài viết khác|các bài viết khác|xem nhiều nhất|đọc nhiều nhất|tin xem nhiều|tin cùng loại|các tin cùng chuyên mục)\s*:?$/i;

/** A date line: "02/11/2023 12:34", "Thứ Hai, 09/01/2023 - 14:15", "date 2023-03", "Cập nhật: 31/12/2021 14:15". */
export const DATELINE =
  /^(?:date\s*:?\s*\d{4}-\d{1,2}(?:-\d{1,2})?|(?:(?:thứ\s+\p{L}+|chủ nhật)\s*,?\s*)?(?:(?:ngày đăng|ngày cập nhật|cập nhật(?: lúc)?|đăng ngày|đăng lúc|ngày)\s*:?\s*)?(?:\d{1,2}[:h]\d{2}\s*(?:sa|ch|am|pm)?\s*[,|-]?\s*)?\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?:\s*[,|-]?\s*\d{1,2}[:h]\d{2}(?::\d{2})?\s*(?:sa|ch|am|pm)?)?\s*(?:\(?gmt\s*\+\s*7\)?)?)$/iu;

/** "date 2023-03 Tham dự hội nghị …": a date marker pasted at the head of a paragraph. */
const LEADING_DATE_MARKER = /^date\s*:?\s*(\d{4}-\d{1,2}(?:-\d{1,2})?)\s+(.+)$/i;

const BYLINE_LABELLED = /^(tác giả|tin|bài|bài và ảnh|tin và ảnh|tin, ảnh|bài, ảnh|nhóm pv|nhóm phóng viên|pv|phóng viên|biên tập|người viết)\s*:\s*(.+)$/iu;
const PHOTO_LABELLED = /^(ảnh|ảnh minh họa|ảnh minh hoạ|nguồn ảnh)\s*:\s*(.+)$/iu;
const SOURCE_LABELLED = /^\(?(nguồn tin|nguồn bài|nguồn|theo)\s*:?\s+(.+?)\)?$/iu;
const ORG_START = /^(trung tâm|báo|đài|cổng|ban|sở|phòng|văn phòng|ubnd|ủy ban|uỷ ban|tạp chí|trang|thông tấn|ttxvn|hội|bộ|tỉnh ủy|thành ủy|huyện ủy)(?=\s|$)/iu;
const CAPTION_CREDIT = /^(.*?)\s*\(?\s*(?<![\p{L}])(?:Ảnh minh họa|Ảnh minh hoạ|Ảnh|ẢNH)\s*:\s*([^)]*)\)?\s*$/u;
const CAPTION_OPENER =
  /^(quang cảnh|toàn cảnh|các đại biểu|đại biểu|lãnh đạo|đồng chí|đ\/c|ông|bà|các đồng chí|các em|tập thể|các tập thể|trao|tặng|các khối|các đơn vị)(?=\s)/iu;
/** Words that show a photo being described: someone speaks, hands over, signs. */
const PHOTO_VERB =
  /(?<![\p{L}])(phát biểu|trao|tặng|ký|chụp ảnh|chụp hình|bắt tay|báo cáo|chủ trì|phát động|chúc mừng|tặng hoa|dự|tham quan|kiểm tra|thăm|nhận|biểu dương|khai mạc|bế mạc|đề nghị|cho biết|chỉ đạo)(?![\p{L}])/u;
/** A person is the subject: "Đồng chí X", "Đ/c X", "Ông X", or a title before a name. */
const PERSON_SUBJECT =
  /(?<![\p{L}])(?:đồng chí|đ\/c|ông|bà)\s+\p{Lu}|(?:Chủ tịch|Bí thư|Giám đốc|Trưởng [Bb]an|Phó [A-ZĐ]\p{L}*|Cụm trưởng)[^,.;:]{0,60}?\s\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}+/iu;

/** Normalised text for comparing blocks: lower case, no punctuation or extra spaces. */
function compareKey(text: string): string {
  return cleanText(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The portal's date bar: today's date when the page was saved, not the article's ("Thứ Năm, Ngày 14 Tháng 3 Năm 2024"). */
export const DATE_BAR = /^(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ nhật)\s*,?\s*)?ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s*,?\s+năm\s+\d{4}$/iu;

/** A breadcrumb trail: "Trang chủ > Tin tức > Thi đua - Khen thưởng", "Tin tức » Sự kiện » Thi đua". */
function isBreadcrumb(t: string): boolean {
  if (/^(trang chủ|trang nhất|home)\s*(?:[>»›\/|]|$)/iu.test(t)) return true;
  const parts = t.split(/\s*[>»›]\s*/);
  return parts.length >= 3 && parts.every((p) => p && p.split(' ').length <= 6 && !/[.!?]$/.test(p));
}

export function isChrome(text: string): boolean {
  const t = cleanText(text);
  if (!t) return true;
  if (CHROME_TOKEN.test(t)) return true;
  if (DATE_BAR.test(t) || isBreadcrumb(t)) return true;
  // A row of links: "Chia sẻ | In bài | Gửi email", "Gửi Email / In trang / Lưu", "Chia sẻ: Facebook Zalo".
  const parts = t.split(/\s*[|•·\/:]\s*|\s{2,}/).filter(Boolean);
  if (parts.length > 1 && parts.every((p) => CHROME_TOKEN.test(p) || isShareRow(p))) return true;
  return isShareRow(t);
}

/** Share rows without separators: "Facebook Zalo Twitter". */
function isShareRow(t: string): boolean {
  const words = t.split(' ');
  return words.length <= 6 && words.every((w) => /^(facebook|zalo|twitter|email|e-mail|print|in|share|chia|sẻ|gửi|bài|lưu|tin|linkedin|telegram|messenger)$/i.test(w));
}

export function isOtherNewsHeading(text: string): boolean {
  return OTHER_NEWS.test(cleanText(text));
}

/** A line that names people: "Thu Hằng - Nguyễn Đức - Trần Bình", "Đỗ Phương". */
export function bylineNames(text: string): string[] | null {
  const t = cleanText(text);
  if (!t || t.length > 80 || /\d/.test(t)) return null;
  const parts = t
    .split(/\s*[-–—,;/&]\s*|\s+và\s+/u)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) return null;
  for (const p of parts) {
    const words = p.split(' ');
    if (words.length < 1 || words.length > 4) return null;
    if (!words.every((w) => /^\p{Lu}[\p{Ll}'’]*\.?$/u.test(w) || /^\p{Lu}{2,4}$/u.test(w))) return null;
    // One-word parts are only pen names like "PV" or "Hoài"; a lone capitalised word after a
    // sentence is more likely the end of a heading.
    if (words.length === 1 && parts.length === 1) return null;
  }
  return parts;
}

/** A caption's credit: "Ảnh: Trần Tương mongcai.gov.vn" → "Trần Tương". */
function creditName(text: string): string {
  return cleanText(text.replace(/\S+\.(?:vn|com|net|org|gov)\S*/giu, ' ').replace(/[()]/g, ' '));
}

function endsSentence(text: string): boolean {
  return /[.!?…:;]["”’)]*$/u.test(text.trim());
}

function isTitleLike(text: string): boolean {
  const t = text.trim();
  if (!t || wordCount(t) > 40 || /[.:;]["”’)]*$/u.test(t)) return false;
  if (!/^[\p{Lu}\d“"]/u.test(t)) return false;
  return sentences(t).length === 1;
}

/**
 * Whether `short` repeats part of the paragraph before it (a caption printed twice: under
 * the photo and in the text), or the opening words of the one after it. A heading shares
 * words with its section too, but not its opening words.
 */
function repeats(short: string, before: readonly (string | undefined)[], after: string | undefined): boolean {
  const a = compareKey(short);
  if (a.split(' ').length < 6) return false;
  for (const other of before) {
    if (!other) continue;
    const b = compareKey(other);
    if (b.length > a.length && b.includes(a)) return true;
  }
  if (!after) return false;
  const c = compareKey(after);
  return c.length > a.length && c.startsWith(a);
}

/**
 * Classify raw blocks. Order matters: the "Tin khác" list and chrome go first, then the
 * date line, the headline, the byline at the end, and last the body.
 */
export function classify(raw: RawBlock[]): Classified {
  const authors: string[] = [];
  const photoCredits: string[] = [];
  let source: string | null = null;
  let repeatedCaptions = 0;

  // Clean, split date markers glued to a paragraph, cut the "Tin khác" list.
  const items: RawBlock[] = [];
  let inOtherNews = false;
  for (const block of raw) {
    const text = cleanText(block.text);
    if (!text) continue;
    if (isOtherNewsHeading(text)) {
      inOtherNews = true;
      continue;
    }
    if (inOtherNews) {
      // Only an explicit byline or source survives below the list of other news.
      if (BYLINE_LABELLED.test(text) || SOURCE_LABELLED.test(text)) items.push({ text, hint: block.hint });
      continue;
    }
    const marker = LEADING_DATE_MARKER.exec(text);
    if (marker) {
      items.push({ text: `date ${marker[1]}`, hint: 'dateline' });
      items.push({ text: marker[2]!, hint: block.hint });
      continue;
    }
    items.push({ text, hint: block.hint });
  }

  const kept: RawBlock[] = items.filter((b) => !isChrome(b.text));
  const out: Block[] = [];

  // Date lines anywhere near the top or bottom; the byline from the end.
  const body: RawBlock[] = [];
  for (const b of kept) {
    if (b.hint === 'dateline' || DATELINE.test(b.text)) out.push({ kind: 'dateline', text: b.text });
    else body.push(b);
  }

  // Byline: walk back from the end while lines look like names, sources, credits.
  const tail: Block[] = [];
  while (body.length > 0) {
    const last = body[body.length - 1]!;
    const t = last.text;
    let m: RegExpExecArray | null;
    if (last.hint === 'byline' || (m = BYLINE_LABELLED.exec(t))) {
      const value = last.hint === 'byline' ? t.replace(/^(tác giả|bài|tin)\s*:\s*/iu, '') : m![2]!;
      const names = bylineNames(value) ?? [cleanText(value)];
      authors.unshift(...names);
      tail.unshift({ kind: 'byline', text: t });
    } else if ((m = PHOTO_LABELLED.exec(t))) {
      photoCredits.push(creditName(m[2]!));
      tail.unshift({ kind: 'credit', text: t });
    } else if (last.hint === 'source' || ((m = SOURCE_LABELLED.exec(t)) && wordCount(t) <= 12)) {
      source ??= cleanText(last.hint === 'source' ? t.replace(/^\(?(nguồn tin|nguồn bài|nguồn|theo)\s*:?\s*/iu, '').replace(/\)$/, '') : m![2]!);
      tail.unshift({ kind: 'source', text: t });
    } else if (
      ORG_START.test(t) &&
      wordCount(t) <= 10 &&
      !endsSentence(t) &&
      (tail.length > 0 || (body.length >= 2 && bylineNames(body[body.length - 2]!.text) !== null))
    ) {
      source ??= t;
      tail.unshift({ kind: 'source', text: t });
    } else if (last.hint !== 'title' && last.hint !== 'heading' && last.hint !== 'caption' && bylineNames(t) && body.length > 1) {
      authors.unshift(...bylineNames(t)!);
      tail.unshift({ kind: 'byline', text: t });
    } else break;
    body.pop();
  }

  // Headline: the HTML's, or a first line that reads like one.
  let start = 0;
  const hinted = body.findIndex((b) => b.hint === 'title');
  if (hinted >= 0) {
    out.push({ kind: 'title', text: body[hinted]!.text });
    body.splice(hinted, 1);
  } else if (body[0] && body[0].hint !== 'caption' && isTitleLike(body[0].text) && body.length > 1) {
    out.push({ kind: 'title', text: body[0].text });
    start = 1;
  }

  // The body.
  const rest = body.slice(start);
  for (let i = 0; i < rest.length; i++) {
    const b = rest[i]!;
    const prev = rest[i - 1]?.text;
    const next = rest[i + 1]?.text;
    const t = b.text;
    const previousOut = out[out.length - 1];
    const credit = b.hint === 'paragraph' ? null : CAPTION_CREDIT.exec(t);
    // The same block twice in a row (a caption printed under the photo and again as text).
    if (previousOut && compareKey(previousOut.text) === compareKey(credit ? credit[1]! : t)) {
      if (previousOut.kind === 'caption' || b.hint === 'caption') {
        previousOut.kind = 'caption';
        repeatedCaptions++;
      }
      continue;
    }
    // An HTML paragraph is a paragraph; the page marks its captions.
    if (b.hint === 'paragraph') {
      out.push({ kind: 'paragraph', text: t });
      continue;
    }
    if (credit && (b.hint === 'caption' || wordCount(credit[1]!) <= 60)) {
      const name = creditName(credit[2]!);
      if (name) photoCredits.push(name);
      const caption = cleanText(credit[1]!);
      if (caption) out.push({ kind: 'caption', text: caption });
      continue;
    }
    if (b.hint === 'caption') {
      out.push({ kind: 'caption', text: t });
      continue;
    }
    if (b.hint === 'heading') {
      out.push({ kind: 'heading', text: t });
      continue;
    }
    const words = wordCount(t);
    const single = sentences(t).length === 1;
    // A short line that repeats part of the paragraph beside it: a caption printed twice.
    if (words <= 60 && single && repeats(t, [prev, previousOut?.kind === 'caption' ? rest[i - 2]?.text : undefined], next)) {
      out.push({ kind: 'caption', text: t });
      repeatedCaptions++;
      continue;
    }
    // The first block of the body is the lead, never a caption or a heading.
    const isLead = !out.some((o) => o.kind === 'paragraph' || o.kind === 'caption' || o.kind === 'heading');
    if (!isLead && single && words <= 60 && !/:["”’]?$/u.test(t)) {
      const opener = CAPTION_OPENER.test(t);
      const person = PERSON_SUBJECT.test(t);
      const verb = PHOTO_VERB.test(t);
      const narrative = /(?<![\p{L}])(đã|sẽ|đang)(?![\p{L}])/u.test(t);
      const scene = /^(quang cảnh|toàn cảnh|một góc)(?=\s)/iu.test(t) && words <= 15;
      if (scene || (!endsSentence(t) && (opener || (person && verb))) || (words <= 55 && !narrative && (opener || person) && verb)) {
        out.push({ kind: 'caption', text: t });
        continue;
      }
      if (!endsSentence(t) && words <= 20) {
        out.push({ kind: 'heading', text: t });
        continue;
      }
    }
    out.push({ kind: 'paragraph', text: t });
  }
  out.push(...tail);
  return { blocks: out, authors: dedupe(authors), photoCredits: dedupe(photoCredits.filter(Boolean)), source, repeatedCaptions };
}

function dedupe(list: string[]): string[] {
  const seen = new Set<string>();
  return list.filter((x) => {
    const k = compareKey(x);
    if (!k || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * Plain text as copied from a page: one paragraph a line, or hard-wrapped lines that
 * belong together (a line that does not end a sentence, followed by one in lower case).
 */
export function rawBlocksFromText(text: string): RawBlock[] {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => cleanText(l));
  const out: RawBlock[] = [];
  let blank = true;
  for (const line of lines) {
    if (!line) {
      blank = true;
      continue;
    }
    const last = out[out.length - 1];
    if (last && !blank && !endsSentence(last.text) && wordCount(last.text) >= 8 && /^\p{Ll}/u.test(line)) {
      last.text += ' ' + line;
    } else out.push({ text: line });
    blank = false;
  }
  return out;
}


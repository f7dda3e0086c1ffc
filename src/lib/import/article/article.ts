/**
 * A published article (plain text or HTML, as copied from a provincial portal) → the
 * facts a report's frontmatter holds, and the body as blocks. Nothing is invented: what
 * the text does not give is null or empty, and every gap or guess is named in
 * `warnings`, in Vietnamese, for the press officer who checks the draft.
 */
import { EVENT_KIND_LABELS, type EventKind } from '../../../schemas/report.ts';
import type { AwardClass } from '../../../schemas/award.ts';
import { toIso, type PartialDate } from '../../dates.ts';
import { cleanText } from '../../text.ts';
import { classify, rawBlocksFromText, type Block } from './blocks.ts';
import type { ImportContext } from '../shared/context.ts';
import { findAwards, type AwardFinding } from '../shared/find-awards.ts';
import { findDate } from './find-date.ts';
import { findMovements, findNamedMovements } from './find-movements.ts';
import { NATIONAL_MOVEMENTS } from './national-movements.ts';
import { findOfficials, type Official } from './find-people.ts';
import { findProvinces } from '../shared/find-places.ts';
import { findClusters } from './find-clusters.ts';
import { proposeClusters, type ClusterProposal } from './propose-clusters.ts';
import { looksLikeHtml, parseHtml, type HtmlMeta } from './html.ts';
import { looseKey, sentences, wordKey } from '../shared/vi.ts';

export interface ArticleSource {
  publisher: string;
  url: string | null;
}

export interface ArticleDraft {
  title: string | null;
  date: PartialDate;
  eventKind: EventKind;
  /** Whether the kind came from the words of the headline or lead (false: "tin tức" by default). */
  eventKindFound: boolean;
  summary: string | null;
  provinces: string[];
  clusters: string[];
  /** Movement names as the article quotes them. */
  movements: string[];
  /** Ids of the content folder's movements that those names match. */
  movementIds: string[];
  /** Quoted names that match no movement of the content folder. */
  movementsMissing: string[];
  /** Clusters and blocs the article names that the content folder lacks, as drafts. */
  newClusters: ClusterProposal[];
  awards: AwardFinding[];
  officials: Official[];
  authors: string[];
  photoCredits: string[];
  source: ArticleSource | null;
  blocks: Block[];
  warnings: string[];
}

/** The metadata as `import:article --json` prints it. */
export interface ArticleJson {
  title: string | null;
  date: string | null;
  provinces: string[];
  clusters: string[];
  movements: string[];
  awards: { id: string; name: string; awardClass?: AwardClass }[];
  officials: Official[];
  authors: string[];
  source: ArticleSource | null;
  warnings: string[];
  /** Clusters the content folder lacks, proposed as draft files. */
  newClusters: { id: string; file: string; data: ClusterProposal['data'] }[];
}

const KIND_WORDS: [EventKind, RegExp][] = [
  ['tong-ket', /(?<![a-z])tong ket(?![a-z])/],
  ['so-ket', /(?<![a-z])so ket(?![a-z])/],
  ['dai-hoi', /dai hoi (?:thi dua|chien si thi dua|dien hinh)/],
  ['phat-dong', /(?<![a-z])phat dong(?![a-z])/],
  ['ky-giao-uoc', /giao uoc/],
  ['trao-tang', /trao tang|le trao|le don nhan|trao (?:huan|huy|bang|co|giay|danh|ky niem)/],
  ['gap-mat', /gap mat|tri an/],
];

function kindIn(text: string): EventKind | undefined {
  const loose = looseKey(text);
  for (const [kind, re] of KIND_WORDS) if (re.test(loose)) return kind;
  return undefined;
}

/** The first sentence or two of the lead, at most about 320 characters. */
function summaryOf(paragraph: string | undefined): string | null {
  if (!paragraph) return null;
  const parts = sentences(paragraph);
  let out = parts[0] ?? paragraph;
  if (out.length < 90 && parts[1]) out += ' ' + parts[1];
  if (out.length > 320) {
    const cut = out.slice(0, 320);
    out = cut.slice(0, cut.lastIndexOf(' ')) + '…';
  }
  return out;
}

function sourceOf(byline: string | null, meta: HtmlMeta): ArticleSource | null {
  if (meta.publisher || meta.url) {
    let publisher = meta.publisher;
    if (!publisher && meta.url) {
      try {
        publisher = new URL(meta.url).hostname.replace(/^www\./, '');
      } catch {
        publisher = undefined;
      }
    }
    if (publisher) return { publisher, url: meta.url && /^https?:\/\//.test(meta.url) ? meta.url : null };
  }
  if (!byline) return null;
  const url = /https?:\/\/\S+/.exec(byline)?.[0] ?? null;
  let publisher = cleanText(byline.replace(/https?:\/\/\S+/, ''));
  if (!publisher && url) publisher = new URL(url).hostname.replace(/^www\./, '');
  return publisher ? { publisher, url } : null;
}

/** Movements of the content folder whose name is the quoted one (or contains it, for names of five words or more). */
function matchMovements(names: string[], ctx: ImportContext): { ids: string[]; missing: string[] } {
  const expand = (s: string) => wordKey(s).replace(/\bntm\b/g, 'nong thon moi').replace(/\bkt xh\b/g, 'kinh te xa hoi');
  const known = ctx.movements.map((m) => ({ id: m.id, key: expand(m.name) }));
  const ids: string[] = [];
  const missing: string[] = [];
  for (const name of names) {
    const key = expand(name);
    const hit =
      known.find((m) => m.key === key) ??
      (key.split(' ').length >= 5 ? known.find((m) => ` ${m.key} `.includes(` ${key} `) || ` ${key} `.includes(` ${m.key} `)) : undefined);
    if (hit) {
      if (!ids.includes(hit.id)) ids.push(hit.id);
    } else missing.push(name);
  }
  return { ids, missing };
}

export function extractArticle(input: { text: string; html?: boolean }, ctx: ImportContext): ArticleDraft {
  const isHtml = input.html ?? looksLikeHtml(input.text);
  const { blocks: raw, meta } = isHtml ? parseHtml(input.text) : { blocks: rawBlocksFromText(input.text), meta: {} as HtmlMeta };
  const sorted = classify(raw);
  const blocks = sorted.blocks;
  const warnings: string[] = [];

  const title = blocks.find((b) => b.kind === 'title')?.text ?? null;
  if (!title) warnings.push('tiêu đề: không tìm thấy tiêu đề (dòng đầu là một đoạn văn); hãy đặt tiêu đề');
  const paragraphs = blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text);
  const captions = blocks.filter((b) => b.kind === 'caption').map((b) => b.text);
  const headings = blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
  const bodyTexts = blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'caption' || b.kind === 'heading').map((b) => b.text);
  const allText = [title ?? '', ...bodyTexts].join('\n');

  const dateFinding = findDate({
    metaPublished: meta.published,
    datelines: blocks.filter((b) => b.kind === 'dateline').map((b) => b.text),
    lead: paragraphs[0],
    text: allText,
  });
  const date = dateFinding.value;
  warnings.push(...dateFinding.warnings);

  let eventKind = (title && kindIn(title)) || kindIn(paragraphs[0] ?? '');
  const eventKindFound = eventKind !== undefined;
  if (!eventKind) {
    eventKind = 'tin-tuc';
    const elsewhere = KIND_WORDS.filter(([, re]) => re.test(looseKey(allText))).map(([k]) => `“${EVENT_KIND_LABELS[k]}”`);
    warnings.push(
      `loại sự kiện: tiêu đề và đoạn đầu không nói là tổng kết, sơ kết, phát động, giao ước hay trao tặng; để “tin tức”` +
        (elsewhere.length ? ` (trong bài có nhắc ${elsewhere.join(', ')})` : ''),
    );
  }

  const places = findProvinces(bodyTexts.join('\n'), title ?? '', date, ctx.provinces);
  warnings.push(...places.warnings);
  if (places.value.length === 0) warnings.push('tỉnh: bài không nêu rõ tỉnh, thành phố nào');
  const clusterFinding = findClusters(allText, ctx.clusters, ctx.provinces);
  const proposed = proposeClusters(allText, ctx.clusters, ctx.provinces, date, places.value);
  // A cluster proposed as a draft needs no second warning that the folder lacks it.
  const proposedKeys = proposed.value.map((p) => wordKey(p.data.name));
  warnings.push(...clusterFinding.warnings.filter((w) => !(/chưa có cụm, khối nào khớp/.test(w) && proposedKeys.some((k) => wordKey(w).includes(k.split(' ').slice(2, 5).join(' '))))));
  warnings.push(...proposed.warnings);

  // Movements quoted after "phong trào", then those named without quotes: the folder's own, and the national ones.
  const quoted = findMovements([title ?? '', ...bodyTexts]).value;
  const named = findNamedMovements([title ?? '', ...bodyTexts], [...ctx.movements, ...NATIONAL_MOVEMENTS]).value;
  const movements = [...quoted];
  for (const name of named) if (!movements.some((m) => wordKey(m) === wordKey(name) || ` ${wordKey(m)} `.includes(` ${wordKey(name)} `))) movements.push(name);
  const matched = matchMovements(movements, ctx);
  if (movements.length === 0) warnings.push('phong trào: bài không nêu tên phong trào nào (trong ngoặc kép, hoặc một phong trào đã biết)');
  for (const name of matched.missing) {
    const national = NATIONAL_MOVEMENTS.find((m) => wordKey(m.name) === wordKey(name));
    const how = national ? `npm run new -- movement "${name}" --level trung-uong --launched-by "${national.launchedBy}"` : `npm run new -- movement "${name}"`;
    warnings.push(`phong trào: “${name}” chưa có trong thư mục nội dung (tạo bằng ${how})`);
  }

  const awardFinding = findAwards(allText, ctx.awards, date);
  warnings.push(...awardFinding.warnings);

  const placeNames = [...new Set(ctx.provinces.all.map((p) => p.name))];
  const officials = findOfficials([title ?? '', ...paragraphs, ...captions, ...headings], placeNames).value;

  const authors = [...sorted.authors];
  if (meta.author && !authors.includes(meta.author)) authors.push(cleanText(meta.author));
  if (authors.length === 0) warnings.push('tác giả: không tìm thấy tên tác giả');
  const source = sourceOf(sorted.source, meta);
  if (!source) warnings.push('nguồn: không tìm thấy nơi đăng bài; hãy điền source.publisher');
  if (sorted.repeatedCaptions > 0) warnings.push(`chú thích ảnh: ${sorted.repeatedCaptions} chú thích in lặp lại trong bài đã được gộp`);
  if (captions.length > 0) warnings.push(`ảnh: bài có ${captions.length} chú thích ảnh nhưng không kèm ảnh; thêm ảnh vào images nếu có`);

  const summary = summaryOf(paragraphs[0]);
  return {
    title,
    date,
    eventKind,
    eventKindFound,
    summary,
    provinces: places.value,
    clusters: clusterFinding.value,
    movements,
    movementIds: matched.ids,
    movementsMissing: matched.missing,
    newClusters: proposed.value,
    awards: awardFinding.value,
    officials,
    authors,
    photoCredits: sorted.photoCredits,
    source,
    blocks,
    warnings,
  };
}

export function articleJson(d: ArticleDraft): ArticleJson {
  return {
    title: d.title,
    date: d.date.precision === 'day' || d.date.precision === 'month' ? toIso(d.date) : null,
    provinces: d.provinces,
    clusters: d.clusters,
    movements: d.movements,
    awards: d.awards.map((a) => (a.awardClass ? { id: a.id, name: a.name, awardClass: a.awardClass } : { id: a.id, name: a.name })),
    officials: d.officials,
    authors: d.authors,
    source: d.source,
    warnings: d.warnings,
    newClusters: d.newClusters.map((c) => ({ id: c.id, file: c.file, data: c.data })),
  };
}

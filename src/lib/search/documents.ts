/**
 * What the search index holds, built from the checked content (no HTML is crawled): one
 * entry per report, movement, decision, cluster, province and profile, and the honour
 * records in small groups. Pure: src/lib/search/write-index.ts hands the result to
 * Pagefind, and the tests read it directly.
 *
 * Why records come in groups. Pagefind's metadata file lists every page of the index and
 * every search downloads it whole: with one page per record, 200,000 records make a 1.3 MB
 * file before a single word is looked up, and adding them one by one takes minutes (the
 * Pagefind service compares each new page with every page before it). So the records of one
 * decision that share a province, an award and a class (hence the same filters) are sorted by
 * given name and cut into groups of `recordsPerPage`; each group is one page of the index whose
 * records are anchors (`<p id="stt-12" data-pagefind-title="name">`). Pagefind's sub-results
 * then give each matching record with its own address (the decision page + #stt-12) and name;
 * the page's metadata gives the decision, award, date and province they share.
 */
import { AWARD_LEVEL_LABELS, AWARD_LEVELS, type AwardClass } from '../../schemas/award.ts';
import { RECIPIENT_KIND_LABELS } from '../../schemas/common.ts';
import type { ClusterData } from '../../schemas/cluster.ts';
import { COMMENDATION_TYPE_LABELS, type DecisionData, type RecordData } from '../../schemas/decision.ts';
import { MOVEMENT_LEVEL_LABELS, type MovementData } from '../../schemas/movement.ts';
import { EVENT_KIND_LABELS, type ReportData } from '../../schemas/report.ts';
import { t } from '../../i18n/t.ts';
import { awardLabel } from '../awards.ts';
import type { AwardEntry, Entry, ProvinceEntry, ValidatedContent } from '../content/validate.ts';
import { formatViDate, yearOf, type PartialDate } from '../dates.ts';
import { transitionOf } from '../provinces.ts';
import { awardOf, decisionYear, provinceOf, recordAnchor } from '../rolls.ts';
import { compareVi, foldDiacritics } from '../text.ts';
import { escapeHtml } from '../html.ts';
import { paths, withBase } from '../urls.ts';
import { CONTENT_TYPES, FILTER_KEYS, META, RECORD_SEPARATOR, type ContentType, type FilterKey, type FilterOptions } from './model.ts';
import { dFoldedWords, foldWords, nameWord, withFoldedWords } from './text.ts';

/** Records per page of the index; see the comment at the top of this file. */
export const RECORDS_PER_PAGE = 80;

export interface SearchBuildOptions {
  /** Records per page of the index. */
  recordsPerPage?: number;
  /**
   * Which documents to make: the site's pages ("items"), the honour records ("records"),
   * or both. The two go to separate Pagefind bundles (see write-index.ts).
   */
  include?: 'all' | 'items' | 'records';
}

/** A page of the index given as text (Pagefind's addCustomRecord). */
export interface SearchItem {
  url: string;
  content: string;
  language: 'vi';
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** A group of records, given as HTML so that each record is an anchor (Pagefind's addHTMLFile). */
export interface RecordPage {
  url: string;
  content: string;
  /** Records in the group. */
  records: number;
  /** Sorts groups by name across decisions. */
  sortKey: string;
}

export interface SearchDocuments {
  items: SearchItem[];
  recordPages: RecordPage[];
  /** Records indexed, across all groups. */
  records: number;
  /** The values each filter takes in this index, in display order. */
  filterOptions: FilterOptions;
}

/**
 * An address built by `paths` (which carries the site's base path, when it runs in Vite) under
 * another base. The index holds addresses from the site's root ("/quyet-dinh/…"): Pagefind's
 * JavaScript adds the base path it is served from (/thi-dua/pagefind/ → /thi-dua/), so the
 * same index works under any base and for any tool that loads <base>/pagefind/pagefind.js.
 */
export function rebase(url: string, base = '/'): string {
  const own = withBase('');
  const sitePath = url.startsWith(own) ? url.slice(own.length) : url.replace(/^\/+/, '');
  return withBase(sitePath, base);
}

/**
 * The words of an MDX body, without its code: imports and exports, tags and components,
 * {expressions}, link targets and Markdown marks. Good enough to index, never shown.
 */
export function mdxPlainText(body: string): string {
  return body
    .replace(/^\s*(import|export)\s.*$/gm, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\{[^{}]*\}/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#*_>`~|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

type OrderKey = string | number;

/** The values each filter takes, as they are met, then sorted for display. */
class FilterCollector {
  private readonly values: Record<FilterKey, Map<string, { value: string; order: OrderKey }>> = {
    loai: new Map(),
    tinh: new Map(),
    nam: new Map(),
    cap: new Map(),
    'khen-thuong': new Map(),
  };

  add(key: FilterKey, label: string, value: string, order: OrderKey = label): void {
    if (!this.values[key].has(label)) this.values[key].set(label, { value, order });
  }

  options(): FilterOptions {
    const out = {} as FilterOptions;
    for (const key of FILTER_KEYS) {
      const list = [...this.values[key]].map(([label, { value, order }]) => ({ label, value, order }));
      list.sort((a, b) =>
        typeof a.order === 'number' && typeof b.order === 'number' ? a.order - b.order : compareVi(String(a.order), String(b.order)),
      );
      out[key] = list.map(({ label, value }) => ({ label, value }));
    }
    return out;
  }
}

const TYPE_ORDER = Object.keys(CONTENT_TYPES) as ContentType[];

/** The label a kind of content carries in the index (filter "loai", metadata "loai"). */
export function typeLabel(type: ContentType): string {
  return t(CONTENT_TYPES[type]);
}

/** Builds the filters of one page, recording every value in the collector. */
class PageFilters {
  private readonly filters: Partial<Record<FilterKey, Set<string>>> = {};
  private readonly collector: FilterCollector;
  private readonly content: ValidatedContent;

  constructor(collector: FilterCollector, content: ValidatedContent, type: ContentType) {
    this.collector = collector;
    this.content = content;
    this.put('loai', typeLabel(type), type, TYPE_ORDER.indexOf(type));
  }

  private put(key: FilterKey, label: string, value: string, order?: OrderKey): void {
    (this.filters[key] ??= new Set()).add(label);
    this.collector.add(key, label, value, order);
  }

  /** The province or city a unit belongs to now: Hà Giang's content is found under Tuyên Quang. */
  province(id: string | undefined): this {
    const current = id ? this.content.provinces.current(id) : undefined;
    if (current) this.put('tinh', current.name, current.id);
    return this;
  }

  year(year: number | undefined): this {
    if (year !== undefined) this.put('nam', String(year), String(year), -year);
    return this;
  }

  award(id: string | undefined): this {
    const award = id ? this.content.awards.get(id) : undefined;
    if (!award) return this;
    this.put('cap', AWARD_LEVEL_LABELS[award.level], award.level, AWARD_LEVELS.indexOf(award.level));
    this.put('khen-thuong', award.name, award.id, award.precedence);
    return this;
  }

  build(): Record<string, string[]> {
    return Object.fromEntries(Object.entries(this.filters).map(([key, values]) => [key, [...values]]));
  }
}

// The filters of each kind of content, shared by the index and by searchFilterOptions().
const reportFilters = (f: PageFilters, d: ReportData) => {
  f.year(yearOf(d.date));
  for (const id of d.provinces) f.province(id);
  for (const honour of d.honours) f.award(honour.award);
  return f;
};
const movementFilters = (f: PageFilters, d: MovementData) => {
  f.year(yearOf(d.period.start));
  for (const id of d.provinces) f.province(id);
  return f;
};
const decisionFilters = (f: PageFilters, d: DecisionData) => {
  f.year(decisionYear(d)).province(d.province).award(d.award);
  for (const record of d.records) f.province(record.province).award(record.award);
  return f;
};
const clusterFilters = (f: PageFilters, d: ClusterData) => {
  f.province(d.province);
  for (const year of d.years) {
    f.year(year.year);
    if (d.memberKind === 'tinh') for (const member of year.members) f.province(member);
  }
  return f;
};
const recordFilters = (f: PageFilters, d: DecisionData, province: string, award: string) => f.province(province).year(decisionYear(d)).award(award);

/**
 * The values each filter takes in the index of this content, without building the index:
 * the search page lists them in its filter controls (it is rendered before the index is written).
 */
export function searchFilterOptions(content: ValidatedContent): FilterOptions {
  const collector = new FilterCollector();
  const page = (type: ContentType) => new PageFilters(collector, content, type);
  for (const report of content.reports) if (!report.data.draft) reportFilters(page('tin-tuc'), report.data);
  for (const movement of content.movements) movementFilters(page('phong-trao'), movement.data);
  for (const decision of content.decisions) decisionFilters(page('quyet-dinh'), decision.data);
  for (const cluster of content.clusters) clusterFilters(page('cum-khoi'), cluster.data);
  for (const province of content.provinces.all) page('tinh-thanh').province(province.id);
  for (const honoree of content.honorees) page('guong-dien-hinh').province(honoree.data.province);
  const records = page('khen-thuong');
  for (const decision of content.decisions) {
    for (const record of decision.data.records) recordFilters(records, decision.data, provinceOf(decision.data, record), awardOf(decision.data, record).award);
  }
  return collector.options();
}

const join = (parts: readonly (string | undefined | false)[], separator = '. '): string => parts.filter(Boolean).join(separator);

/** Metadata without empty fields. */
function meta(fields: Partial<Record<Exclude<keyof typeof META, 'foldedTitle'>, string | undefined>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, value] of Object.entries(fields)) if (value) out[META[field as keyof typeof META]] = value;
  if (fields.title && /[đĐ]/.test(fields.title)) out[META.foldedTitle] = foldDiacritics(fields.title);
  return out;
}

const knownDate = (date: PartialDate | undefined): string | undefined => (date && date.precision !== 'unknown' ? formatViDate(date) : undefined);

/**
 * A record's line in the index and in the results: "Name — position, unit (truy tặng)".
 * The name is also the anchor's title, so the page splits the line without guessing.
 */
export function recordLine(record: Pick<RecordData, 'name' | 'title' | 'unit' | 'posthumous'>): string {
  const details = join([record.title, record.unit], ', ');
  const line = details ? `${record.name}${RECORD_SEPARATOR}${details}` : record.name;
  return record.posthumous ? `${line} (${t('decisions.posthumous')})` : line;
}

/** Everything the index holds for a content folder. */
export function buildSearchDocuments(content: ValidatedContent, options: SearchBuildOptions = {}): SearchDocuments {
  const perPage = Math.max(1, options.recordsPerPage ?? RECORDS_PER_PAGE);
  const collector = new FilterCollector();
  const items: SearchItem[] = [];
  const url = (address: string) => rebase(address);
  const provinceName = (id: string | undefined) => (id ? (content.provinces.get(id)?.name ?? id) : undefined);
  const provinceNames = (ids: readonly string[]) => ids.map((id) => provinceName(id)!).join(', ');
  const movementName = new Map(content.movements.map((m) => [m.id, m.data.name]));
  const clusterName = new Map(content.clusters.map((c) => [c.id, c.data.name]));
  const awardText = (id: string, awardClass?: AwardClass) => {
    const award = content.awards.get(id);
    return award ? awardLabel(award.name, awardClass) : id;
  };
  const item = (type: ContentType, address: string, text: string, fields: Parameters<typeof meta>[0], filters: PageFilters) => {
    const metadata = meta({ type: typeLabel(type), ...fields });
    items.push({
      url: url(address),
      // Metadata is searched too: its đ-words are folded into the text as well.
      content: withFoldedWords(text, Object.values(metadata)),
      language: 'vi',
      meta: metadata,
      filters: filters.build(),
    });
  };

  const include = options.include ?? 'all';
  if (include === 'records') {
    const { pages: recordPages, records } = recordGroups(content, perPage, url, collector);
    return { items, recordPages, records, filterOptions: collector.options() };
  }

  for (const report of content.reports) {
    const d = report.data;
    if (d.draft) continue;
    const filters = reportFilters(new PageFilters(collector, content, 'tin-tuc'), d);
    const text = join([
      d.title,
      d.summary,
      d.place,
      EVENT_KIND_LABELS[d.eventKind],
      provinceNames(d.provinces),
      ...d.movements.map((id) => movementName.get(id)),
      ...d.clusters.map((id) => clusterName.get(id)),
      ...d.officials.map((o) => join([o.name, ...o.titles], ', ')),
      ...d.honours.map((h) => join([awardText(h.award, h.awardClass), h.recipients, h.presentedBy], ': ')),
      d.authors.join(', '),
      mdxPlainText(report.body ?? ''),
    ]);
    item('tin-tuc', paths.report(report.id), text, { title: d.title, date: knownDate(d.date), province: provinceNames(d.provinces) }, filters);
  }

  for (const movement of content.movements) {
    const d = movement.data;
    const filters = movementFilters(new PageFilters(collector, content, 'phong-trao'), d);
    const text = join([
      d.name,
      d.slogan,
      d.launchedBy,
      MOVEMENT_LEVEL_LABELS[d.level],
      d.scope,
      d.summary,
      provinceNames(d.provinces),
      d.parent && movementName.get(d.parent),
      mdxPlainText(movement.body ?? ''),
    ]);
    item(
      'phong-trao',
      paths.movement(movement.id),
      text,
      { title: d.name, date: knownDate(d.period.start), province: d.provinces.length ? provinceNames(d.provinces) : d.scope, detail: d.launchedBy },
      filters,
    );
  }

  for (const decision of content.decisions) {
    const d = decision.data;
    const filters = decisionFilters(new PageFilters(collector, content, 'quyet-dinh'), d);
    const text = join([
      d.number,
      d.subject,
      d.issuer,
      d.signer && join([d.signer.title, d.signer.name], ' '),
      awardText(d.award, d.awardClass),
      COMMENDATION_TYPE_LABELS[d.commendationType],
      provinceName(d.province),
      d.movement && movementName.get(d.movement),
      t('decisions.recordCount', { count: d.records.length }),
    ]);
    item(
      'quyet-dinh',
      paths.decision(decision.id),
      text,
      { title: t('search.decisionTitle', { number: d.number }), date: formatViDate(d.date), province: provinceName(d.province), detail: d.subject },
      filters,
    );
  }

  for (const cluster of content.clusters) {
    const d = cluster.data;
    const filters = clusterFilters(new PageFilters(collector, content, 'cum-khoi'), d);
    const members = new Set<string>();
    for (const year of d.years) {
      for (const member of year.members) members.add(d.memberKind === 'tinh' ? (provinceName(member) ?? member) : member);
    }
    const last = d.years.reduce<number | undefined>((max, y) => (max === undefined || y.year > max ? y.year : max), undefined);
    const text = join([d.name, d.organiser, d.motto, d.summary, provinceName(d.province), [...members].join(', ')]);
    item(
      'cum-khoi',
      paths.cluster(cluster.id),
      text,
      { title: d.name, date: last !== undefined ? formatViDate({ precision: 'year', year: last }) : undefined, province: provinceName(d.province), detail: d.organiser },
      filters,
    );
  }

  for (const province of content.provinces.all) {
    const filters = new PageFilters(collector, content, 'tinh-thanh').province(province.id);
    const change = transitionOf(content.provinces, province.id);
    const changeText = change
      ? t(change.kind === 'merged' ? 'provinces.mergedInto' : 'provinces.renamedTo', {
          name: province.name,
          successor: change.successor.name,
          date: change.from ? formatViDate(change.from) : '',
        })
      : undefined;
    const predecessors = content.provinces.directPredecessors(province.id).map((p: ProvinceEntry) => p.name);
    const text = join([
      province.name,
      changeText,
      predecessors.length ? `${t('provinces.predecessors')}: ${predecessors.join(', ')}` : undefined,
      province.centreNote,
      province.legalBasis,
    ]);
    const detail = changeText ?? (province.validFrom ? t('provinces.existsFrom', { date: formatViDate(province.validFrom) }) : undefined);
    // A unit that no longer exists is named as its page names it: "Đà Nẵng (đến 30/6/2025)".
    const title = province.validUntil ? t('search.provinceUntil', { name: province.name, date: formatViDate(province.validUntil) }) : province.name;
    item('tinh-thanh', paths.province(province.id), text, { title, detail }, filters);
  }

  for (const honoree of content.honorees) {
    const d = honoree.data;
    const filters = new PageFilters(collector, content, 'guong-dien-hinh').province(d.province);
    const text = join([
      d.name,
      nameWord(d.name),
      RECIPIENT_KIND_LABELS[d.kind],
      d.position,
      d.unit,
      provinceName(d.province),
      d.summary,
      mdxPlainText(honoree.body ?? ''),
    ]);
    item('guong-dien-hinh', paths.honoree(honoree.id), text, { title: d.name, province: provinceName(d.province), detail: join([d.position, d.unit], ', ') }, filters);
  }

  if (include === 'items') return { items, recordPages: [], records: 0, filterOptions: collector.options() };
  const { pages: recordPages, records } = recordGroups(content, perPage, url, collector);
  return { items, recordPages, records, filterOptions: collector.options() };
}

/**
 * Where a record goes among its decision's: by given name, then the whole name, folded, so
 * the people a full name can mean sit together. (Not the site's alphabetical order, which
 * needs Vietnamese collation: grouping only needs like names side by side, and is cheap.)
 */
function groupKey(record: Pick<RecordData, 'name' | 'givenName'>): string {
  const given = record.givenName ?? record.name.slice(record.name.lastIndexOf(' ') + 1);
  return foldWords(`${given} ${record.name}`).toLowerCase();
}

interface Group {
  decision: Entry<DecisionData>;
  province: string;
  award: AwardEntry | undefined;
  awardId: string;
  awardClass?: AwardClass;
  records: { record: RecordData; key: string }[];
}

/** The records of every decision, in pages of at most `perPage` records sharing their filters. */
function recordGroups(
  content: ValidatedContent,
  perPage: number,
  url: (address: string) => string,
  collector: FilterCollector,
): { pages: RecordPage[]; records: number } {
  const pages: RecordPage[] = [];
  let records = 0;
  for (const decision of content.decisions) {
    const groups = new Map<string, Group>();
    for (const record of decision.data.records) {
      const { award: awardId, awardClass } = awardOf(decision.data, record);
      const province = provinceOf(decision.data, record);
      const key = `${province}|${awardId}|${awardClass ?? ''}`;
      let group = groups.get(key);
      if (!group) {
        group = { decision, province, award: content.awards.get(awardId), awardId, awardClass, records: [] };
        groups.set(key, group);
      }
      group.records.push({ record, key: groupKey(record) });
    }
    for (const group of groups.values()) {
      group.records.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.record.stt - b.record.stt));
      for (let i = 0; i < group.records.length; i += perPage) {
        const part = group.records.slice(i, i + perPage);
        pages.push(recordPage(content, group, part, url, collector));
        records += part.length;
      }
    }
  }
  pages.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
  return { pages, records };
}

function recordPage(
  content: ValidatedContent,
  group: Group,
  part: { record: RecordData; key: string }[],
  url: (address: string) => string,
  collector: FilterCollector,
): RecordPage {
  const d = group.decision.data;
  const filters = recordFilters(new PageFilters(collector, content, 'khen-thuong'), d, group.province, group.awardId).build();
  const metadata = meta({
    title: t('search.recordsTitle', { number: d.number }),
    type: typeLabel('khen-thuong'),
    date: formatViDate(d.date),
    province: content.provinces.get(group.province)?.name ?? group.province,
    award: group.award ? awardLabel(group.award.name, group.awardClass) : group.awardId,
    decision: d.number,
  });
  const head = [
    ...Object.entries(metadata).map(([field, value]) => `<meta data-pagefind-meta="${field}[content]" content="${escapeHtml(value)}">`),
    ...Object.entries(filters).flatMap(([filter, values]) =>
      values.map((value) => `<meta data-pagefind-filter="${filter}[content]" content="${escapeHtml(value)}">`),
    ),
  ];
  // The metadata's đ-words, folded, before the first record: they belong to no record.
  const pageWords = dFoldedWords(Object.values(metadata).join(' '));
  const body = [pageWords.length ? `<p>${escapeHtml(pageWords.join(' '))}</p>` : ''];
  for (const { record } of part) {
    const line = recordLine(record);
    // The folded đ-words and the name as one word follow the record, inside its part of the page.
    const extra = [...dFoldedWords(line), nameWord(record.name)].join(' ');
    body.push(
      `<p id="${recordAnchor(record)}" data-pagefind-title="${escapeHtml(record.name)}">${escapeHtml(line)}</p><p>${escapeHtml(extra)}</p>`,
    );
  }
  const first = part[0]!.record;
  return {
    url: url(paths.record(group.decision.id, recordAnchor(first))),
    content: `<!doctype html><html lang="vi"><head>${head.join('')}</head><body>${body.join('')}</body></html>`,
    records: part.length,
    sortKey: part[0]!.key,
  };
}

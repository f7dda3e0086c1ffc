/**
 * The search page's logic, without the DOM: the address (query and filters), how a query is
 * sent to Pagefind, and how Pagefind's pages become the results a citizen reads (one result
 * per record of a group, with its name, award, unit and decision). Pure, for the tests.
 *
 * A query is always folded before it goes to Pagefind ("Đặng" and "dang" are the same
 * search, with the same results); results spelt with the marks the citizen typed come first.
 * A query of several words is first looked up as a whole name (see nameToken in text.ts):
 * when that finds someone of exactly that name, those results are shown alone, and the
 * search for every page holding the words (for "Nguyễn Văn An": every page holding
 * "nguyễn", "văn" and "an", thousands on a large site) waits for the citizen to ask.
 */
import { FILTER_KEYS, META, QUERY_PARAM, RECORD_SEPARATOR, type FilterKey, type FilterOptions } from './model.ts';
import { nameKey, type NameEntry, type NameIndexSetup } from './names.ts';
import { everyTermIn, foldQuery, foldedTerms, markedTerms, nameToken } from './text.ts';

export type SearchState = { q: string } & Partial<Record<FilterKey, string>>;

/** Query and filters from the address; unknown parameters are ignored. */
export function stateFromParams(params: URLSearchParams): SearchState {
  const state: SearchState = { q: (params.get(QUERY_PARAM) ?? '').trim() };
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) state[key] = value;
  }
  return state;
}

/** The address parameters of a search: the query first, then the filters that are set. */
export function paramsFromState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set(QUERY_PARAM, state.q.trim());
  for (const key of FILTER_KEYS) if (state[key]) params.set(key, state[key]!);
  return params;
}

/** Pagefind's filters for a state: each address value turned into the label the index holds. */
export function pagefindFilters(state: SearchState, options: FilterOptions): Record<string, string> {
  const filters: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const value = state[key];
    const option = value ? options[key].find((o) => o.value === value) : undefined;
    if (option) filters[key] = option.label;
  }
  return filters;
}

export function hasFilters(state: SearchState): boolean {
  return FILTER_KEYS.some((key) => Boolean(state[key]));
}

export interface PreparedQuery {
  /** As typed, trimmed. */
  text: string;
  /** Folded, as sent to Pagefind. */
  folded: string;
  /** Folded words. */
  terms: string[];
  /** Words with their marks, lower case. */
  marked: string[];
  /** The query as one name token. */
  name: string;
  /** The query as a key of the whole-name index (names.ts). */
  key: string;
}

export function prepareQuery(text: string): PreparedQuery {
  const trimmed = text.trim();
  return { text: trimmed, folded: foldQuery(trimmed), terms: foldedTerms(trimmed), marked: markedTerms(trimmed), name: nameToken(trimmed), key: nameKey(trimmed) };
}

/** Whether to look the query up as a whole name first: several words, and enough letters to be one. */
export function looksLikeName(query: PreparedQuery): boolean {
  return query.terms.length >= 2 && query.name.length >= 5;
}

/** The parts of Pagefind's answer the page reads. */
export interface PagefindAnchor {
  element?: string;
  id: string;
  text?: string;
  title?: string;
  location: number;
}
export interface PagefindSubResult {
  title?: string;
  url: string;
  anchor?: PagefindAnchor;
  locations?: number[];
}
export interface PagefindData {
  url: string;
  meta: Record<string, string | undefined>;
  anchors?: PagefindAnchor[];
  sub_results?: PagefindSubResult[];
}

export interface ResultEntry {
  /** Address of the result; also tells results apart. */
  url: string;
  /** Kind of content, as its label. */
  type: string;
  title: string;
  date?: string;
  province?: string;
  /** A decision's subject, a profile's position, a record's position and unit. */
  detail?: string;
  /** For a record: its award and decision. */
  award?: string;
  decision?: string;
  /** A record of a decision (a person, collective or household). */
  record?: boolean;
  /** 3: the query is exactly this name; 2: every word of the query is in the title; 1: elsewhere. */
  tier: number;
  /** Words of the query found with the marks as typed. */
  accents: number;
  /** Position in Pagefind's order. */
  order: number;
}

export type SearchMode = 'name' | 'words';

/** A group of records: its records are anchors with a title (other pages have no anchors). */
const isRecordPage = (data: PagefindData) => Boolean(data.anchors?.some((a) => a.title));

function tierOf(title: string, query: PreparedQuery, mode: SearchMode): number {
  if (!query.terms.length) return 1;
  if (nameToken(title) === query.name) return 3;
  const words = foldedTerms(title);
  if (mode === 'name' || everyTermIn(query.terms, words)) return 2;
  return 1;
}

function accentsOf(text: string, query: PreparedQuery): number {
  const words = markedTerms(text);
  return query.marked.filter((term) => words.some((w) => w.startsWith(term))).length;
}

/** An address with its fragment replaced: the record's place on its decision page. */
function withHash(url: string, id: string): string {
  const at = url.indexOf('#');
  return `${at >= 0 ? url.slice(0, at) : url}#${id}`;
}

/**
 * The results one page of Pagefind's answer gives: itself, or for a group of records the
 * records that match — in "name" mode those whose name starts with the query's name; in
 * "words" mode those where Pagefind found a word of the query, and where every word of the
 * query is in the record or in what the group shares (decision, award, province, date).
 */
export function entriesOf(data: PagefindData, query: PreparedQuery, mode: SearchMode, order: number): ResultEntry[] {
  const m = (field: keyof typeof META) => data.meta[META[field]] || undefined;
  if (!isRecordPage(data)) {
    const title = m('title') ?? data.url;
    // A whole-name lookup keeps what bears the name; Pagefind also answers a name it does not
    // hold with pages holding its first letters, which are not results of that lookup.
    if (mode === 'name' && !nameToken(title).startsWith(query.name)) return [];
    return [
      {
        url: data.url,
        type: m('type') ?? '',
        title,
        date: m('date'),
        province: m('province'),
        detail: m('detail'),
        tier: tierOf(title, query, mode),
        accents: accentsOf(`${title} ${m('detail') ?? ''}`, query),
        order,
      },
    ];
  }
  const shared = foldedTerms([m('decision'), m('award'), m('province'), m('date')].join(' '));
  let candidates: { anchor: PagefindAnchor; url: string }[];
  if (!query.terms.length) {
    // Filters only: every record of the group.
    candidates = (data.anchors ?? []).filter((a) => a.title).map((anchor) => ({ anchor, url: withHash(data.url, anchor.id) }));
  } else {
    candidates = (data.sub_results ?? []).filter((s) => s.anchor?.title).map((s) => ({ anchor: s.anchor!, url: s.url }));
  }
  const out: ResultEntry[] = [];
  candidates.forEach(({ anchor, url }, i) => {
    const name = anchor.title!;
    const line = anchor.text ?? name;
    if (mode === 'name' && !nameToken(name).startsWith(query.name)) return;
    if (mode === 'words' && query.terms.length && !everyTermIn(query.terms, [...foldedTerms(line), ...shared])) return;
    const detail = line.startsWith(name) ? line.slice(name.length).replace(RECORD_SEPARATOR, '').trim() : line;
    out.push({
      url,
      type: m('type') ?? '',
      title: name,
      date: m('date'),
      province: m('province'),
      detail: detail || undefined,
      award: m('award'),
      decision: m('decision'),
      record: true,
      tier: tierOf(name, query, mode),
      accents: accentsOf(line, query),
      order: order + i / 10_000,
    });
  });
  return out;
}

/** Best first: exact names, then titles holding every word, then as typed (marks), then Pagefind's order. */
export function rankEntries(entries: readonly ResultEntry[]): ResultEntry[] {
  return [...entries].sort((a, b) => b.tier - a.tier || b.accents - a.accents || a.order - b.order);
}

/**
 * Whether results hold a person or collective of exactly the query's name: a record, or a
 * page of a kind in `personTypes` (the label of profiles).
 */
export function hasExactName(entries: readonly ResultEntry[], personTypes: readonly string[] = []): boolean {
  return entries.some((e) => e.tier === 3 && (e.record || personTypes.includes(e.type)));
}

/** What the search page knows of the whole-name index (src/lib/search/names.ts), from its HTML. */
export interface NameLookupSetup extends NameIndexSetup {
  /** The site's base path, which the index's paths are relative to: "/thi-dua/". */
  site: string;
  /** The unit each province name of the time is filed under now, where the two differ ("Hà Giang" → "Tuyên Quang"). */
  currentNames: Record<string, string>;
}

/**
 * Whether the whole-name index answers this search first: a query that looks like a full
 * name, and no filter the index cannot apply (it knows a record's province and year, not the
 * level of its award). Anything else goes to Pagefind at once.
 */
export function nameIndexAnswers(query: PreparedQuery, state: SearchState): boolean {
  return looksLikeName(query) && query.key !== '' && (!state.loai || state.loai === 'khen-thuong') && !state.cap && !state['khen-thuong'];
}

/**
 * The results the whole-name index gives for a query: its records of exactly that name, in
 * the province (as it is now) and the year the address asks for. `recordType` is the label
 * of the records' kind of content ("Khen thưởng").
 */
export function nameResults(
  entries: readonly NameEntry[],
  query: PreparedQuery,
  state: SearchState,
  options: FilterOptions,
  setup: NameLookupSetup,
  recordType: string,
): ResultEntry[] {
  const province = state.tinh ? options.tinh.find((o) => o.value === state.tinh)?.label : undefined;
  const year = state.nam && options.nam.some((o) => o.value === state.nam) ? state.nam : undefined;
  return entries
    .filter(([, , , , , date, provinceOfTime]) => {
      if (province && (setup.currentNames[provinceOfTime] ?? provinceOfTime) !== province) return false;
      return !year || date.endsWith(`/${year}`);
    })
    .map(([name, decisionPath, anchor, award, decision, date, provinceOfTime], i) => ({
      url: `${setup.site}${decisionPath}#${anchor}`,
      type: recordType,
      title: name,
      date,
      province: provinceOfTime,
      award,
      decision,
      record: true,
      tier: 3,
      accents: accentsOf(name, query),
      order: i,
    }));
}

/** A message with its {placeholders} filled in (the page hands its script the templates). */
export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The filter choices the page's controls offer, read back from them (or from the build). */
export function emptyFilterOptions(): FilterOptions {
  return Object.fromEntries(FILTER_KEYS.map((key) => [key, []])) as unknown as FilterOptions;
}

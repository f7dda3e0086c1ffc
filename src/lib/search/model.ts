/**
 * The shape of the search index, shared by the build that writes it and the page that
 * reads it: kinds of content, filters, metadata fields, and the address parameters.
 * Light on purpose: the search page's script imports it (and not the messages: the page
 * hands its script the few it needs).
 */
import type { MessageKey } from '../../i18n/t.ts';

/** Kinds of content, by the slug used in the address (?loai=…), with their label key. */
export const CONTENT_TYPES = {
  'tin-tuc': 'search.type.report',
  'phong-trao': 'search.type.movement',
  'quyet-dinh': 'search.type.decision',
  'khen-thuong': 'search.type.record',
  'cum-khoi': 'search.type.cluster',
  'tinh-thanh': 'search.type.province',
  'guong-dien-hinh': 'search.type.honoree',
} as const satisfies Record<string, MessageKey>;

export type ContentType = keyof typeof CONTENT_TYPES;


/**
 * Filters on every page of the index; the same names are the address parameters.
 * - loai: kind of content;
 * - tinh: the province or city as it is now (a record from Hà Giang carries "Tuyên Quang");
 * - nam: year;
 * - cap: level of the award (AWARD_LEVEL_LABELS);
 * - khen-thuong: name of the award.
 */
export const FILTER_KEYS = ['loai', 'tinh', 'nam', 'cap', 'khen-thuong'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** Address parameters of the search page: the query, then the filters. */
export const QUERY_PARAM = 'q';

/**
 * Metadata of every page of the index: what a result shows, with the original marks.
 * Pagefind also searches metadata, so only short fields are kept here.
 */
export const META = {
  /** Title of the page; for a group of records, the decision they belong to. */
  title: 'title',
  /**
   * The title without marks, when it has a đ ("Da Nang" for "Đà Nẵng"): Pagefind ranks pages
   * whose title holds the query first, and folds every mark of a title but đ.
   */
  foldedTitle: 'title_folded',
  /** Kind of content, as its label. */
  type: 'loai',
  /** Date as the site writes it ("9/1/2023", "tháng 3/2023"). */
  date: 'ngay',
  /** Province or city as the content names it (the unit of the time: "Hà Giang"). */
  province: 'tinh',
  /** One line more: a decision's subject, a profile's position. */
  detail: 'mo_ta',
  /** For records: the award with its class. */
  award: 'khen_thuong',
  /** For records: the decision's number. */
  decision: 'so_qd',
} as const;

/**
 * The index comes in two Pagefind bundles: the site's pages at <base>/pagefind/, and the
 * honour records in this folder inside it, <base>/pagefind/khen-thuong/. The records are
 * nine tenths of the index and change only with the rolls, so a build that adds a report
 * keeps their bundle and indexes only the pages. A search merges the two (mergeIndex).
 */
export const RECORDS_BUNDLE = 'khen-thuong';

/** Ranking weights of metadata fields (Pagefind's default gives the title 5, the rest 1). */
export const META_WEIGHTS: Record<string, number> = { [META.title]: 5, [META.foldedTitle]: 5 };

/** One choice of a filter: `value` goes in the address, `label` is the filter's value in the index. */
export interface FilterOption {
  value: string;
  label: string;
}

export type FilterOptions = Record<FilterKey, FilterOption[]>;

/** Separates a record's name from its position and unit in the index ("Tên — chức vụ, đơn vị"). */
export const RECORD_SEPARATOR = ' — ';

/** The messages the search page's script shows, handed to it by the page (read with t() there). */
export const SEARCH_MESSAGES = [
  'search.prompt',
  'search.countAll',
  'search.countSome',
  'search.countNone',
  'search.countNames',
  'search.countAllFiltered',
  'search.countSomeFiltered',
  'search.countNoneFiltered',
  'search.recordAward',
  'search.recordDecision',
] as const satisfies readonly MessageKey[];

export type SearchMessage = (typeof SEARCH_MESSAGES)[number];

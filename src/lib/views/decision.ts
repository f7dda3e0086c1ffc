/** A decision's page: its facts, its downloads, its structured data and its whole list of records. */
import { COMMENDATION_TYPE_LABELS, type RecordData } from '../../schemas/decision.ts';
import { RECIPIENT_KIND_LABELS } from '../../schemas/common.ts';
import { t } from '../../i18n/t.ts';
import { formatViDate } from '../dates.ts';
import { formatNumber } from '../format.ts';
import { decisionLd } from '../open-data/json-ld.ts';
import { openDataPaths } from '../open-data/paths.ts';
import { awardOf, nameSortKey, provinceOf, recordAnchor } from '../rolls.ts';
import { compareVi, nfc } from '../text.ts';
import type { DecisionEntry, SiteData } from '../site-data.ts';
import { paths } from '../urls.ts';
import { absolute } from './address.ts';
import type { PageOf } from './pages.ts';
import { awardOfSite, dateView, decisionCard, downloadsView, provinceName, type DateView, type DecisionCard, type DownloadsView, type LinkView, type PageHead } from './parts.ts';
import { LD_RECORD_LIMIT } from '../open-data/json-ld.ts';

/** One row of a decision's list. */
export interface RecordRow {
  /** "stt-12": the row's anchor, stable as long as the decision is. */
  anchor: string;
  stt: number;
  name: string;
  /** The record's profile page, when it has one. */
  honoreeHref?: string;
  posthumous: boolean;
  /** The record's province of the time, when it is not the decision's. */
  otherProvince?: string;
  /** "Cá nhân", "Tập thể"… */
  kind: string;
  /** Position and unit: "Giáo viên, Trường THCS Hạ Long". */
  titleUnit: string;
  /** The record's own award, when the decision confers more than one. */
  award?: string;
  citation?: string;
  /** The name as a citation gives it: "(truy tặng)" after it when posthumous. */
  citedName: string;
  /**
   * Which of the table's `references` cites this record: the record ready to cite, as text, is
   * that reference's text before the name, `citedName`, and its text after (recordReference).
   */
  referenceOf: number;
  /**
   * The record's place in alphabetical order (1 first): by given name, then middle and family
   * name, in Vietnamese collation (rolls.ts). Worked out here, so the page's script sorts numbers
   * and a phone loads no collation to reorder 2,000 names.
   */
  nameRank: number;
}

export interface RecordTableView {
  captionId: string;
  caption: string;
  /** Whether records carry awards of their own (a column then shows them). */
  mixedAwards: boolean;
  /** The decision page's public address: a record's link, to copy, is it plus "#stt-5". */
  link: string;
  /**
   * The citation of a record, around its name, for each award the decision gives (one,
   * mostly): "" and " — Bằng khen của Chủ tịch UBND tỉnh, Quyết định số 12/QĐ-UBND ngày
   * 5/1/2023 của UBND tỉnh Hà Giang". Kept once, not on each of 2,000 rows.
   */
  references: [before: string, after: string][];
  rows: RecordRow[];
}

/**
 * A record ready to cite, as text: "Bùi Văn An — Bằng khen của Chủ tịch UBND tỉnh, Quyết định
 * số 12/QĐ-UBND ngày 5/1/2023 của UBND tỉnh Hà Giang". Shown with the record when its link is
 * opened (#stt-5), with or without JavaScript.
 */
export function recordReference(table: Pick<RecordTableView, 'references'>, row: Pick<RecordRow, 'citedName' | 'referenceOf'>): string {
  const [before, after] = table.references[row.referenceOf]!;
  return before + row.citedName + after;
}

export interface DecisionView {
  head: PageHead;
  /** "Quyết định số 12/QĐ-UBND". */
  title: string;
  sample: boolean;
  subject: string;
  number: string;
  date: DateView;
  issuer: string;
  /** "Nguyễn Văn B, Chủ tịch". */
  signer?: string;
  award: LinkView;
  commendationType: string;
  province: LinkView;
  movement?: LinkView;
  source?: { publisher: string; url?: string };
  downloads?: DownloadsView;
  /** "1.283 lượt khen". */
  recordCount: string;
  table: RecordTableView;
  /** JSON-LD: the decision as a list of those it honours. */
  ld: Record<string, unknown>;
}

/** The words of a record's alphabetical key (rolls.ts nameSortKey), part by part. */
function sortWords(record: RecordData): string[][] {
  return nameSortKey(record).map((part) => nfc(part).split(/\s+/).filter(Boolean));
}

/**
 * A code for each word, in Vietnamese collation order: three characters that sort as the
 * words do (equal for words the collation finds equal), so a name's key is a plain string.
 */
function wordCodes(words: Set<string>): Map<string, string> {
  const sorted = [...words].sort(compareVi);
  const codes = new Map<string, string>();
  let rank = 0;
  sorted.forEach((word, i) => {
    if (i > 0 && compareVi(sorted[i - 1]!, word) !== 0) rank += 1;
    codes.set(word, rank.toString(36).padStart(3, '0'));
  });
  return codes;
}

const siteWordCodes = new WeakMap<object, Map<string, string>>();

/** The codes of every word of every record's name on the site, collated once per build. */
function wordCodesOf(site: SiteData): Map<string, string> {
  let codes = siteWordCodes.get(site);
  if (!codes) {
    const words = new Set<string>();
    for (const decision of site.decisions) for (const record of decision.data.records) for (const part of sortWords(record)) for (const word of part) words.add(word);
    codes = wordCodes(words);
    siteWordCodes.set(site, codes);
  }
  return codes;
}

/**
 * Each record's place (1 first) in the alphabetical order of rolls.ts (`sortRecords(records,
 * 'ten')`: given name, then middle and family name, word by word in Vietnamese collation,
 * then STT), with one collation per distinct word instead of several per comparison: at
 * 200,000 records a fraction of a second of the build rather than seconds. `codes` holds every
 * word's code (wordCodesOf); without it the records' own words are collated.
 */
export function alphabeticalRanks<R extends RecordData>(records: readonly R[], codes?: ReadonlyMap<string, string>): Map<R, number> {
  const words = records.map(sortWords);
  const code = codes ?? wordCodes(new Set(words.flat(2)));
  // Each part ends with a space, which sorts before every code: a shorter part comes first.
  const keys = words.map((parts) => {
    let key = '';
    for (let i = 0; i < 3; i++) {
      for (const word of parts[i] ?? []) key += code.get(word)!;
      key += ' ';
    }
    return key;
  });
  const order = records.map((_, i) => i).sort((i, j) => (keys[i]! < keys[j]! ? -1 : keys[i]! > keys[j]! ? 1 : records[i]!.stt - records[j]!.stt));
  return new Map(order.map((i, place) => [records[i]!, place + 1]));
}

/** The rows of a decision's list in the decision's own order (STT). */
export function recordTable(site: SiteData, decision: DecisionEntry): RecordTableView {
  const d = decision.data;
  const records = [...d.records].sort((a, b) => a.stt - b.stt);
  const rank = alphabeticalRanks(records, wordCodesOf(site));
  const mixedAwards = d.records.some((r) => r.award || r.awardClass);
  const date = formatViDate(d.date);
  const posthumous = t('decisions.posthumous');
  // Per award given: its name, and the citation around a record's name (the same for every record).
  const references: RecordTableView['references'] = [];
  const awards = new Map<string, { text: string; reference: number }>();
  const awardText = (given: ReturnType<typeof awardOf>) => {
    const key = `${given.award}|${given.awardClass ?? ''}`;
    let made = awards.get(key);
    if (made === undefined) {
      const text = awardOfSite(site, given.award, given.awardClass);
      const [before = '', after = ''] = t('decisions.reference', { name: '\u0000', award: text, number: d.number, date, issuer: d.issuer }).split('\u0000');
      references.push([before, after]);
      awards.set(key, (made = { text, reference: references.length - 1 }));
    }
    return made;
  };
  return {
    captionId: 'danh-sach-kem-quyet-dinh',
    caption: t('decisions.caption', { number: d.number, date, issuer: d.issuer }),
    mixedAwards,
    link: absolute(paths.decision(decision.id)),
    rows: records.map((r) => {
      const province = provinceOf(d, r);
      const given = awardOf(d, r);
      const award = awardText(given);
      return {
        anchor: recordAnchor(r),
        stt: r.stt,
        name: r.name,
        honoreeHref: r.honoree ? paths.honoree(r.honoree) : undefined,
        posthumous: Boolean(r.posthumous),
        otherProvince: province !== d.province ? provinceName(site, province) : undefined,
        kind: RECIPIENT_KIND_LABELS[r.kind],
        titleUnit: [r.title, r.unit].filter(Boolean).join(', '),
        award: mixedAwards ? award.text : undefined,
        citation: r.citation,
        citedName: r.posthumous ? `${r.name} (${posthumous})` : r.name,
        referenceOf: award.reference,
        nameRank: rank.get(r)!,
      };
    }),
    // Filled while the rows were made.
    references,
  };
}

export function decisionView(site: SiteData, decision: DecisionEntry): DecisionView {
  const d = decision.data;
  const title = t('decisions.heading', { number: d.number });
  const movement = d.movement ? site.movementById.get(d.movement) : undefined;
  const table = recordTable(site, decision);
  const records = [...d.records].sort((a, b) => a.stt - b.stt);
  return {
    head: { title, description: d.subject },
    title,
    sample: Boolean(d.sample),
    subject: d.subject,
    number: d.number,
    date: dateView(d.date),
    issuer: d.issuer,
    signer: d.signer ? [d.signer.name, d.signer.title].filter(Boolean).join(', ') : undefined,
    award: { href: paths.award(d.award), text: awardOfSite(site, d.award, d.awardClass) },
    commendationType: COMMENDATION_TYPE_LABELS[d.commendationType],
    province: { href: paths.province(d.province), text: provinceName(site, d.province) },
    movement: movement ? { href: paths.movement(movement.id), text: movement.data.name } : undefined,
    source: d.source ? { publisher: d.source.publisher, url: d.source.url } : undefined,
    downloads: downloadsView(openDataPaths.decisionCsv(decision.id), openDataPaths.decisionJson(decision.id)),
    recordCount: t('decisions.recordCount', { count: formatNumber(d.records.length) }),
    table,
    ld: decisionLd({
      url: absolute(paths.decision(decision.id)),
      name: `${title}: ${t('decisions.records').toLowerCase()}`,
      description: d.subject,
      date: d.date,
      issuer: d.issuer,
      // The first ones only: a list of 2,000 would weigh down the page; all are counted.
      records: records.slice(0, LD_RECORD_LIMIT).map((r) => {
        const given = awardOf(d, r);
        const award = awardOfSite(site, given.award, given.awardClass);
        return {
          stt: r.stt,
          name: r.name,
          kind: r.kind,
          award: r.posthumous ? `${award} (${t('decisions.posthumous')})` : award,
          url: absolute(paths.record(decision.id, recordAnchor(r))),
          title: r.title,
          unit: r.unit,
        };
      }),
      count: records.length,
      downloads: { csv: absolute(openDataPaths.decisionCsv(decision.id)), json: absolute(openDataPaths.decisionJson(decision.id)) },
    }),
  };
}

export function decisionPages(site: SiteData): PageOf<DecisionView>[] {
  return [...eachDecisionPage(site)];
}

/**
 * The decision pages one at a time, each view made when it is reached: the route keys its
 * pages from these and lets each view go (`keyedPaths`), then makes a page's view again when
 * it renders it (`decisionViewOf`), so 200,000 records' rows are never all held at once.
 */
export function* eachDecisionPage(site: SiteData): Generator<PageOf<DecisionView>> {
  for (const decision of site.decisions) yield { params: { id: decision.id }, view: decisionView(site, decision) };
}

/** The view of the decision page with this id (the route's param). */
export function decisionViewOf(site: SiteData, id: string | undefined): DecisionView {
  const decision = site.decisions.find((d) => d.id === id);
  if (!decision) throw new Error(`no decision ${id}`);
  return decisionView(site, decision);
}

/** /quyet-dinh/: every decision, newest first. */
export function decisionsIndexView(site: SiteData): { head: PageHead; decisions: DecisionCard[] } {
  return { head: { title: t('decisions.title') }, decisions: site.decisions.map((d) => decisionCard(site, d)) };
}

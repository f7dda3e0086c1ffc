/** A decision's page: its facts, its downloads, its structured data and its whole list of records. */
import { COMMENDATION_TYPE_LABELS } from '../../schemas/decision.ts';
import { RECIPIENT_KIND_LABELS } from '../../schemas/common.ts';
import { t } from '../../i18n/t.ts';
import { formatViDate } from '../dates.ts';
import { formatNumber } from '../format.ts';
import { decisionLd } from '../open-data/json-ld.ts';
import { openDataPaths } from '../open-data/paths.ts';
import { awardOf, nameSortKey, provinceOf, recordAnchor } from '../rolls.ts';
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
  /** What the alphabetical order sorts on: given, middle, family name ("An|Văn|Bùi"). */
  nameKey: string;
}

export interface RecordTableView {
  captionId: string;
  caption: string;
  /** Whether records carry awards of their own (a column then shows them). */
  mixedAwards: boolean;
  rows: RecordRow[];
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

/** The rows of a decision's list in the decision's own order (STT). */
export function recordTable(site: SiteData, decision: DecisionEntry): RecordTableView {
  const d = decision.data;
  const records = [...d.records].sort((a, b) => a.stt - b.stt);
  const mixedAwards = d.records.some((r) => r.award || r.awardClass);
  return {
    captionId: 'danh-sach-kem-quyet-dinh',
    caption: t('decisions.caption', { number: d.number, date: formatViDate(d.date), issuer: d.issuer }),
    mixedAwards,
    rows: records.map((r) => {
      const province = provinceOf(d, r);
      const given = awardOf(d, r);
      return {
        anchor: recordAnchor(r),
        stt: r.stt,
        name: r.name,
        honoreeHref: r.honoree ? paths.honoree(r.honoree) : undefined,
        posthumous: Boolean(r.posthumous),
        otherProvince: province !== d.province ? provinceName(site, province) : undefined,
        kind: RECIPIENT_KIND_LABELS[r.kind],
        titleUnit: [r.title, r.unit].filter(Boolean).join(', '),
        award: mixedAwards ? awardOfSite(site, given.award, given.awardClass) : undefined,
        citation: r.citation,
        nameKey: nameSortKey(r).join('|'),
      };
    }),
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
  return site.decisions.map((decision) => ({ params: { id: decision.id }, view: decisionView(site, decision) }));
}

/** /quyet-dinh/: every decision, newest first. */
export function decisionsIndexView(site: SiteData): { head: PageHead; decisions: DecisionCard[] } {
  return { head: { title: t('decisions.title') }, decisions: site.decisions.map((d) => decisionCard(site, d)) };
}

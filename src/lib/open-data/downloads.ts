/**
 * The content of every download: a decision, a province's roll for a year, an award's
 * recipients, the index of decisions; each as JSON (shapes in src/schemas/open-data.ts)
 * and, for the rolls, as CSV with the columns CSV_COLUMNS. Pure functions of the checked
 * content, so tests can check them without a build.
 */
import { awardLabel } from '../awards.ts';
import { toIso } from '../dates.ts';
import { awardOf, provinceOf } from '../rolls.ts';
import { BOM, csvCell, guardCell, toCsv } from './csv.ts';
import type { DecisionData, RecordData } from '../../schemas/decision.ts';
import {
  CSV_COLUMNS,
  OPEN_DATA_VERSION,
  type AwardDownload,
  type CsvColumn,
  type CsvRow,
  type DecisionDownload,
  type DecisionFacts,
  type DecisionIndex,
  type ProvinceYearDownload,
  type RecordDownload,
} from '../../schemas/open-data.ts';

/** A decision with its whole list, as the checked content holds it. */
export interface FullDecision {
  id: string;
  data: DecisionData;
}

/** What the downloads need besides the decisions. */
export interface OpenDataContext {
  /** The site's public address with its base path: "https://example.gov.vn/thi-dua/". */
  siteUrl: string;
  /** An absolute address for a path from ../urls.ts (which already carries the base path). */
  absolute: (sitePath: string) => string;
  /** Name of an award in the taxonomy. */
  awardName: (id: string) => string | undefined;
  /** Name of a province (any unit, current or historical). */
  provinceName: (id: string) => string | undefined;
  /** Address of a decision's page (from ../urls.ts). */
  decisionPath: (id: string) => string;
  /** Addresses of a decision's downloads (from ./paths.ts). */
  decisionCsvPath: (id: string) => string;
  decisionJsonPath: (id: string) => string;
}

/** A context from a site address ("https://x.gov.vn") and a base path ("/thi-dua/"). */
export function absoluteFrom(site: string | URL): (sitePath: string) => string {
  return (sitePath) => new URL(sitePath, site).href;
}

const CSV_COLUMN_NAMES: readonly CsvColumn[] = CSV_COLUMNS.map(([name]) => name);

/** Names of the provinces and awards a file mentions, for its "provinces" and "awards" maps. */
class Names {
  readonly provinces: Record<string, string> = {};
  readonly awards: Record<string, string> = {};
  private readonly ctx: OpenDataContext;
  constructor(ctx: OpenDataContext) {
    this.ctx = ctx;
  }
  province(id: string): void {
    if (!(id in this.provinces)) this.provinces[id] = this.ctx.provinceName(id) ?? id;
  }
  award(id: string): void {
    if (!(id in this.awards)) this.awards[id] = this.ctx.awardName(id) ?? id;
  }
}

/** The facts of a decision, with the addresses of its page and downloads. */
export function decisionFacts(decision: FullDecision, ctx: OpenDataContext): DecisionFacts {
  const d = decision.data;
  const facts: DecisionFacts = {
    id: decision.id,
    number: d.number,
    date: toIso(d.date)!,
    issuer: d.issuer,
    signer: d.signer ? { name: d.signer.name, ...(d.signer.title ? { title: d.signer.title } : {}) } : undefined,
    subject: d.subject,
    award: d.award,
    awardName: awardLabel(ctx.awardName(d.award) ?? d.award, d.awardClass),
    awardClass: d.awardClass,
    commendationType: d.commendationType,
    province: d.province,
    provinceName: ctx.provinceName(d.province) ?? d.province,
    movement: d.movement,
    achievementYear: d.achievementYear,
    source: d.source ? { publisher: d.source.publisher, ...(d.source.url ? { url: d.source.url } : {}) } : undefined,
    sample: d.sample,
    recordCount: d.records.length,
    url: ctx.absolute(ctx.decisionPath(decision.id)),
    csv: ctx.absolute(ctx.decisionCsvPath(decision.id)),
    json: ctx.absolute(ctx.decisionJsonPath(decision.id)),
  };
  return dropUndefined(facts);
}

/** One record with its province and award resolved (a record inherits the decision's). */
export function recordDownload(decision: Pick<DecisionData, 'province' | 'award' | 'awardClass'>, record: RecordData): RecordDownload {
  const { award, awardClass } = awardOf(decision, record);
  return dropUndefined({
    stt: record.stt,
    name: record.name,
    kind: record.kind,
    title: record.title,
    unit: record.unit,
    province: provinceOf(decision, record),
    award,
    awardClass,
    posthumous: record.posthumous,
    citation: record.citation,
    honoree: record.honoree,
  });
}

/** One CSV row: a record with the facts of its decision. */
export function csvRow(decision: FullDecision, record: RecordData, ctx: OpenDataContext): CsvRow {
  const d = decision.data;
  const { award, awardClass } = awardOf(d, record);
  const province = provinceOf(d, record);
  return {
    decision_id: decision.id,
    decision_number: d.number,
    decision_date: toIso(d.date)!,
    issuer: d.issuer,
    stt: String(record.stt),
    name: record.name,
    kind: record.kind,
    title: record.title ?? '',
    unit: record.unit ?? '',
    province_id: province,
    province_name: ctx.provinceName(province) ?? province,
    award_id: award,
    award_name: awardLabel(ctx.awardName(award) ?? award, awardClass),
    award_class: awardClass ?? '',
    posthumous: record.posthumous ? 'true' : 'false',
    citation: record.citation ?? '',
    honoree_id: record.honoree ?? '',
  };
}

/** Records of a roll, grouped by decision, in the order to show them. */
export interface RollPart {
  decision: FullDecision;
  records: readonly RecordData[];
}

/** Consecutive records of the same decision gathered into one part (an award's recipients list is flat). */
export function groupByDecision(items: readonly { decision: FullDecision; record: RecordData }[]): RollPart[] {
  const parts: { decision: FullDecision; records: RecordData[] }[] = [];
  for (const { decision, record } of items) {
    const last = parts[parts.length - 1];
    if (last && last.decision === decision) last.records.push(record);
    else parts.push({ decision, records: [record] });
  }
  return parts;
}

/**
 * The text of each record's CSV line and JSON object, made once per build: a record is in
 * its decision's files, its province's year files and its award's files, so its text is
 * reused rather than built three times (or four, for a unit merged in 2025). The CSV
 * pieces are kept as UTF-8 bytes: a CSV file is then put together by copying bytes, not by
 * joining 200,000 strings and encoding the result again for each file (233 MB of CSV at
 * 200,000 records).
 */
interface Texts {
  /** A decision's columns and the comma after them. */
  csvDecision: WeakMap<FullDecision, Buffer>;
  /** A record's columns and the line end. */
  csvRecord: WeakMap<RecordData, Buffer>;
  /** A record's JSON object. */
  jsonRecord: WeakMap<RecordData, Buffer>;
  jsonFacts: WeakMap<FullDecision, string>;
}
const textCaches = new WeakMap<OpenDataContext, Texts>();
function texts(ctx: OpenDataContext): Texts {
  let t = textCaches.get(ctx);
  if (!t) {
    t = { csvDecision: new WeakMap(), csvRecord: new WeakMap(), jsonRecord: new WeakMap(), jsonFacts: new WeakMap() };
    textCaches.set(ctx, t);
  }
  return t;
}

/** The decision's columns come first in every row; the record's follow. */
const DECISION_COLUMNS = CSV_COLUMN_NAMES.slice(0, CSV_COLUMN_NAMES.indexOf('stt'));
const RECORD_COLUMNS = CSV_COLUMN_NAMES.slice(DECISION_COLUMNS.length);
const cells = (row: CsvRow, columns: readonly CsvColumn[]) => columns.map((c) => csvCell(guardCell(row[c]))).join(',');

/** One CSV line and its line end, as UTF-8: the decision's part and the record's. */
function csvLine(decision: FullDecision, record: RecordData, ctx: OpenDataContext): [Buffer, Buffer] {
  const t = texts(ctx);
  let head = t.csvDecision.get(decision);
  let tail = t.csvRecord.get(record);
  if (head === undefined || tail === undefined) {
    const row = csvRow(decision, record, ctx);
    head ??= Buffer.from(`${cells(row, DECISION_COLUMNS)},`, 'utf8');
    tail ??= Buffer.from(`${cells(row, RECORD_COLUMNS)}\r\n`, 'utf8');
    t.csvDecision.set(decision, head);
    t.csvRecord.set(record, tail);
  }
  return [head, tail];
}

const CSV_START = Buffer.from(`${BOM}${CSV_COLUMN_NAMES.map(csvCell).join(',')}\r\n`, 'utf8');

/** CSV of any roll, as UTF-8 bytes: one row per record, decisions in the order given, records by STT within each. */
export function rollCsvBytes(parts: readonly RollPart[], ctx: OpenDataContext): Buffer {
  const pieces: Buffer[] = [CSV_START];
  for (const { decision, records } of parts) {
    for (const record of byStt(records)) pieces.push(...csvLine(decision, record, ctx));
  }
  return Buffer.concat(pieces);
}

/** rollCsvBytes() as text. */
export function rollCsv(parts: readonly RollPart[], ctx: OpenDataContext): string {
  return rollCsvBytes(parts, ctx).toString('utf8');
}

/** The same CSV built row object by row object through toCsv(), the reference rollCsv() must match. */
export function rollCsvReference(parts: readonly RollPart[], ctx: OpenDataContext): string {
  return toCsv(CSV_COLUMN_NAMES, parts.flatMap(({ decision, records }) => byStt(records).map((r) => csvRow(decision, r, ctx))));
}

/** CSV of one decision's whole list, as UTF-8 bytes. */
export function decisionCsvBytes(decision: FullDecision, ctx: OpenDataContext): Buffer {
  return rollCsvBytes([{ decision, records: decision.data.records }], ctx);
}

/** CSV of one decision's whole list. */
export function decisionCsv(decision: FullDecision, ctx: OpenDataContext): string {
  return decisionCsvBytes(decision, ctx).toString('utf8');
}

function header(ctx: OpenDataContext, names: Names) {
  return { version: OPEN_DATA_VERSION, site: ctx.siteUrl, provinces: names.provinces, awards: names.awards };
}

function recordsOf(decision: FullDecision, records: readonly RecordData[], names: Names): RecordDownload[] {
  names.province(decision.data.province);
  names.award(decision.data.award);
  return byStt(records).map((r) => {
    const out = recordDownload(decision.data, r);
    names.province(out.province);
    names.award(out.award);
    return out;
  });
}

/** JSON of one decision and its whole list. */
export function decisionJson(decision: FullDecision, ctx: OpenDataContext): DecisionDownload {
  const names = new Names(ctx);
  const records = recordsOf(decision, decision.data.records, names);
  return { ...header(ctx, names), decision: decisionFacts(decision, ctx), records };
}

function partsJson(parts: readonly RollPart[], ctx: OpenDataContext, names: Names) {
  return parts.map(({ decision, records }) => ({ ...decisionFacts(decision, ctx), records: recordsOf(decision, records, names) }));
}

/** JSON of a province's roll for one year. */
export function provinceYearJson(
  province: { id: string; name: string },
  lineage: readonly string[],
  year: number,
  parts: readonly RollPart[],
  pagePath: string,
  ctx: OpenDataContext,
): ProvinceYearDownload {
  const names = new Names(ctx);
  names.province(province.id);
  for (const id of lineage) names.province(id);
  const decisions = partsJson(parts, ctx, names);
  return {
    ...header(ctx, names),
    province: province.id,
    provinceName: province.name,
    lineage: [...lineage],
    year,
    recordCount: count(parts),
    url: ctx.absolute(pagePath),
    decisions,
  };
}

/** JSON of everyone who received an award. */
export function awardJson(award: { id: string; name: string }, parts: readonly RollPart[], pagePath: string, ctx: OpenDataContext): AwardDownload {
  const names = new Names(ctx);
  names.award(award.id);
  const decisions = partsJson(parts, ctx, names);
  return {
    ...header(ctx, names),
    award: award.id,
    awardName: award.name,
    recordCount: count(parts),
    url: ctx.absolute(pagePath),
    decisions,
  };
}

/** JSON index of every decision, without the lists. */
export function decisionIndexJson(decisions: readonly FullDecision[], ctx: OpenDataContext): DecisionIndex {
  const names = new Names(ctx);
  const facts = decisions.map((decision) => {
    names.province(decision.data.province);
    names.award(decision.data.award);
    return decisionFacts(decision, ctx);
  });
  return {
    ...header(ctx, names),
    decisionCount: facts.length,
    recordCount: facts.reduce((n, f) => n + f.recordCount, 0),
    decisions: facts,
  };
}

/** A record's JSON, as UTF-8, made once per build. */
function recordJson(decision: FullDecision, record: RecordData, ctx: OpenDataContext, names: Names): Buffer {
  const t = texts(ctx);
  names.province(provinceOf(decision.data, record));
  names.award(awardOf(decision.data, record).award);
  let json = t.jsonRecord.get(record);
  if (json === undefined) {
    json = Buffer.from(JSON.stringify(recordDownload(decision.data, record)), 'utf8');
    t.jsonRecord.set(record, json);
  }
  return json;
}

/** A decision's facts as JSON, made once per build. */
function factsText(decision: FullDecision, ctx: OpenDataContext, names: Names): string {
  const t = texts(ctx);
  names.province(decision.data.province);
  names.award(decision.data.award);
  let text = t.jsonFacts.get(decision);
  if (text === undefined) {
    text = JSON.stringify(decisionFacts(decision, ctx));
    t.jsonFacts.set(decision, text);
  }
  return text;
}

const bytes = (text: string) => Buffer.from(text, 'utf8');
const [COMMA, OPEN_LIST, CLOSE_LIST, CLOSE_OBJECT] = [',', '[', ']', '}'].map(bytes) as [Buffer, Buffer, Buffer, Buffer];

/** The JSON list of `records`, appended to `out` piece by piece. */
function recordsPieces(decision: FullDecision, records: readonly RecordData[], ctx: OpenDataContext, names: Names, out: Buffer[]): Buffer[] {
  out.push(OPEN_LIST);
  byStt(records).forEach((record, i) => {
    if (i > 0) out.push(COMMA);
    out.push(recordJson(decision, record, ctx, names));
  });
  out.push(CLOSE_LIST);
  return out;
}

/** Each decision's facts with a "records" list added, as in the rolls' "decisions". */
function partsPieces(parts: readonly RollPart[], ctx: OpenDataContext, names: Names): Buffer[] {
  const out: Buffer[] = [OPEN_LIST];
  parts.forEach(({ decision, records }, i) => {
    if (i > 0) out.push(COMMA);
    out.push(bytes(`${factsText(decision, ctx, names).slice(0, -1)},"records":`));
    recordsPieces(decision, records, ctx, names, out);
    out.push(CLOSE_OBJECT);
  });
  out.push(CLOSE_LIST);
  return out;
}

/**
 * A download's bytes: the header (version, site, names) then `fields`, whose values are
 * JSON texts or their pieces. The fields are worked out first: they collect the names.
 */
function downloadJson(ctx: OpenDataContext, names: Names, fields: [string, string | Buffer[]][]): Buffer {
  const out: Buffer[] = [bytes(JSON.stringify(header(ctx, names)).slice(0, -1))];
  for (const [key, value] of fields) {
    out.push(bytes(`,${JSON.stringify(key)}:`));
    if (typeof value === 'string') out.push(bytes(value));
    // One at a time: a roll has up to hundreds of thousands of pieces, too many to spread.
    else for (const piece of value) out.push(piece);
  }
  out.push(bytes('}\n'));
  return Buffer.concat(out);
}

/** decisionJson() as the bytes of its download, built from memoised pieces. */
export function decisionJsonBytes(decision: FullDecision, ctx: OpenDataContext): Buffer {
  const names = new Names(ctx);
  const facts = factsText(decision, ctx, names);
  const records = recordsPieces(decision, decision.data.records, ctx, names, []);
  return downloadJson(ctx, names, [['decision', facts], ['records', records]]);
}

/** provinceYearJson() as the bytes of its download. */
export function provinceYearJsonBytes(
  province: { id: string; name: string },
  lineage: readonly string[],
  year: number,
  parts: readonly RollPart[],
  pagePath: string,
  ctx: OpenDataContext,
): Buffer {
  const names = new Names(ctx);
  names.province(province.id);
  for (const id of lineage) names.province(id);
  const decisions = partsPieces(parts, ctx, names);
  const j = JSON.stringify;
  return downloadJson(ctx, names, [
    ['province', j(province.id)],
    ['provinceName', j(province.name)],
    ['lineage', j(lineage)],
    ['year', j(year)],
    ['recordCount', j(count(parts))],
    ['url', j(ctx.absolute(pagePath))],
    ['decisions', decisions],
  ]);
}

/** awardJson() as the bytes of its download. */
export function awardJsonBytes(award: { id: string; name: string }, parts: readonly RollPart[], pagePath: string, ctx: OpenDataContext): Buffer {
  const names = new Names(ctx);
  names.award(award.id);
  const decisions = partsPieces(parts, ctx, names);
  const j = JSON.stringify;
  return downloadJson(ctx, names, [
    ['award', j(award.id)],
    ['awardName', j(award.name)],
    ['recordCount', j(count(parts))],
    ['url', j(ctx.absolute(pagePath))],
    ['decisions', decisions],
  ]);
}

/** The text of decisionJson()'s download. */
export const decisionJsonText = (...args: Parameters<typeof decisionJsonBytes>) => decisionJsonBytes(...args).toString('utf8');
/** The text of provinceYearJson()'s download. */
export const provinceYearJsonText = (...args: Parameters<typeof provinceYearJsonBytes>) => provinceYearJsonBytes(...args).toString('utf8');
/** The text of awardJson()'s download. */
export const awardJsonText = (...args: Parameters<typeof awardJsonBytes>) => awardJsonBytes(...args).toString('utf8');

/** JSON text for a download: compact, one line, ending in a line break. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}

function count(parts: readonly RollPart[]): number {
  return parts.reduce((n, p) => n + p.records.length, 0);
}

function byStt(records: readonly RecordData[]): RecordData[] {
  // Lists are stored in STT order; sort only when one is not.
  for (let i = 1; i < records.length; i++) {
    if (records[i - 1]!.stt > records[i]!.stt) return [...records].sort((a, b) => a.stt - b.stt);
  }
  return records as RecordData[];
}

/** The object without its undefined properties, so JSON and the schemas agree on what is absent. */
function dropUndefined<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) if (value[key] === undefined) delete value[key];
  return value;
}

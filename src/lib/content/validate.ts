/**
 * Checks a whole content directory at once: every file against its schema, then every
 * cross-reference (ids, dates of provinces, awards against recipients, duplicate
 * decisions). Returns every problem rather than stopping at the first, so a press
 * officer can fix a batch of files in one pass.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { awardSchema, AWARD_CLASS_LABELS, type AwardData } from '../../schemas/award.ts';
import { clusterSchema, type ClusterData } from '../../schemas/cluster.ts';
import { RECIPIENT_KIND_LABELS } from '../../schemas/common.ts';
import { decisionSchema, type DecisionData } from '../../schemas/decision.ts';
import { figureSchema, type FigureData } from '../../schemas/figure.ts';
import { honoreeSchema, type HonoreeData } from '../../schemas/honoree.ts';
import { movementSchema, type MovementData } from '../../schemas/movement.ts';
import { provinceSchema, type ProvinceData } from '../../schemas/province.ts';
import { reportSchema, type ReportData } from '../../schemas/report.ts';
import { dateRange, formatViDate, type PartialDate } from '../dates.ts';
import { existedAt, existedDuring, ProvinceIndex } from '../provinces.ts';
import { closest } from '../text.ts';
import { RESERVED_REPORT_SEGMENTS } from '../reports.ts';
import { contentDir, readCollection, type AuthoredCollection, type RawEntry } from './read.ts';
import { loadReferenceData } from './reference.ts';
import { parseWith, type Problem } from './problems.ts';

export { fieldPath, parseWith, formatProblems, type Problem } from './problems.ts';


export interface Entry<T> {
  id: string;
  file: string;
  data: T;
  body?: string;
}

export type ProvinceEntry = { id: string } & ProvinceData;
export type AwardEntry = { id: string } & AwardData;

export interface ValidatedContent {
  provinces: ProvinceIndex<ProvinceEntry>;
  awards: Map<string, AwardEntry>;
  reports: Entry<ReportData>[];
  movements: Entry<MovementData>[];
  honorees: Entry<HonoreeData>[];
  clusters: Entry<ClusterData>[];
  decisions: Entry<DecisionData>[];
  figures: Entry<FigureData>[];
}

function parseAll<S extends z.ZodType>(entries: RawEntry[], schema: S, problems: Problem[]): Entry<z.output<S>>[] {
  const out: Entry<z.output<S>>[] = [];
  for (const raw of entries) {
    const data = parseWith(schema, raw, problems);
    if (data !== undefined) out.push({ id: raw.id, file: raw.file, data, body: raw.body });
  }
  return out;
}

/** "Có phải …?" for a misspelt id. */
function suggestion(wanted: string, known: Iterable<string>): string {
  const near = closest(wanted, known);
  return near ? ` Có phải "${near}"?` : '';
}

export class Checker {
  readonly problems: Problem[] = [];
  readonly provinces: ProvinceIndex<ProvinceEntry>;
  readonly awards: Map<string, AwardEntry>;
  constructor(provinces: ProvinceIndex<ProvinceEntry>, awards: Map<string, AwardEntry>) {
    this.provinces = provinces;
    this.awards = awards;
  }

  report(file: string, field: string, message: string): void {
    this.problems.push({ file, field, message });
  }

  /** An id must name an entry of the collection. */
  known(file: string, field: string, id: string, ids: ReadonlySet<string> | Map<string, unknown>, what: string): boolean {
    if (ids.has(id)) return true;
    this.report(file, field, `không có ${what} nào mã "${id}".${suggestion(id, ids.keys())}`);
    return false;
  }

  /** A province id must exist, and the unit must have existed at the date given. */
  province(file: string, field: string, id: string, date: PartialDate, when: string = formatViDate(date)): ProvinceEntry | undefined {
    const p = this.provinces.get(id);
    if (!p) {
      this.report(file, field, `không có tỉnh, thành phố nào mã "${id}".${suggestion(id, this.provinces.byId.keys())}`);
      return undefined;
    }
    if (!existedAt(p, date)) {
      const life = [p.validFrom ? `từ ${formatViDate(p.validFrom)}` : '', p.validUntil ? `đến ${formatViDate(p.validUntil)}` : '']
        .filter(Boolean)
        .join(' ');
      const instead = this.provinces.sameNameAt(id, date).map((q) => `"${q.id}"`);
      const hint = instead.length ? ` Vào thời điểm đó hãy dùng ${instead.join(' hoặc ')}.` : '';
      this.report(file, field, `${p.name} (mã "${id}", tồn tại ${life}) chưa có hoặc không còn vào ${when}.${hint}`);
      return undefined;
    }
    return p;
  }

  /** An award must exist, be in use at the date, fit the class given and the kind of recipient. */
  award(
    file: string,
    field: string,
    id: string,
    opts: { date?: PartialDate; awardClass?: string; kind?: string; classField?: string; requireClass?: boolean },
  ): AwardEntry | undefined {
    const award = this.awards.get(id);
    if (!award) {
      this.report(file, field, `không có hình thức khen thưởng nào mã "${id}".${suggestion(id, this.awards.keys())}`);
      return undefined;
    }
    const range = opts.date ? dateRange(opts.date) : null;
    if (range && award.validUntil && range.first > dateRange(award.validUntil)!.last) {
      const instead = award.replacedBy ? ` Từ đó dùng "${award.replacedBy}".` : '';
      this.report(file, field, `"${award.name}" chỉ dùng đến ${formatViDate(award.validUntil)}, không dùng được vào ${formatViDate(opts.date!)}.${instead}`);
    }
    if (range && award.validFrom && range.last < dateRange(award.validFrom)!.first) {
      this.report(file, field, `"${award.name}" chỉ có từ ${formatViDate(award.validFrom)}, chưa có vào ${formatViDate(opts.date!)}.`);
    }
    const classField = opts.classField ?? field.replace(/award$/, 'awardClass');
    if (opts.awardClass && !award.classes.includes(opts.awardClass as never)) {
      const allowed = award.classes.length
        ? `chỉ có ${award.classes.map((c) => AWARD_CLASS_LABELS[c]).join(', ')}`
        : 'không chia hạng';
      this.report(file, classField, `"${award.name}" ${allowed}.`);
    }
    if (!opts.awardClass && award.classes.length && opts.requireClass) {
      this.report(file, classField, `"${award.name}" có hạng (${award.classes.map((c) => AWARD_CLASS_LABELS[c]).join(', ')}); cần ghi hạng.`);
    }
    if (opts.kind && !award.recipients.includes(opts.kind as never)) {
      const allowed = award.recipients.map((k) => RECIPIENT_KIND_LABELS[k]).join(', ');
      this.report(
        file,
        field,
        `"${award.name}" chỉ tặng cho ${allowed}, không tặng cho ${RECIPIENT_KIND_LABELS[opts.kind as keyof typeof RECIPIENT_KIND_LABELS] ?? opts.kind}.`,
      );
    }
    return award;
  }
}

function checkImage(check: Checker, entry: { file: string }, absDir: string, field: string, src: unknown): void {
  if (typeof src !== 'string') return;
  if (/^https?:/.test(src)) {
    check.report(entry.file, field, 'ảnh phải là tệp trong thư mục nội dung, không lấy từ trang web khác (để trang không gửi yêu cầu ra ngoài)');
    return;
  }
  if (!existsSync(path.resolve(absDir, src))) check.report(entry.file, field, `không tìm thấy tệp ảnh "${src}"`);
}

/** Read and check every content file of a directory. */
export function validateContent(dir: string = contentDir()): { problems: Problem[]; content: ValidatedContent } {
  const problems: Problem[] = [];
  const reference = loadReferenceData(dir);
  problems.push(...reference.problems);

  const provinceEntries: ProvinceEntry[] = [];
  for (const raw of reference.provinces) {
    const { id, ...rest } = raw.data as { id: string };
    const data = parseWith(provinceSchema, { file: raw.file, data: rest }, problems);
    if (data) provinceEntries.push({ id, ...data });
  }
  const awardEntries = new Map<string, AwardEntry>();
  for (const raw of reference.awards) {
    const { id, ...rest } = raw.data as { id: string };
    const data = parseWith(awardSchema, { file: raw.file, data: rest }, problems);
    if (data) awardEntries.set(id, { id, ...data });
  }
  const provinces = new ProvinceIndex(provinceEntries);
  const check = new Checker(provinces, awardEntries);

  const read = (c: AuthoredCollection) => {
    const r = readCollection(dir, c);
    problems.push(...r.problems);
    return r.entries;
  };
  const rawReports = read('reports');
  const rawHonorees = read('honorees');
  const rawMovements = read('movements');
  const rawClusters = read('clusters');
  const rawDecisions = read('decisions');
  const reports = parseAll(rawReports, reportSchema(), problems);
  const movements = parseAll(rawMovements, movementSchema, problems);
  const honorees = parseAll(rawHonorees, honoreeSchema(), problems);
  const clusters = parseAll(rawClusters, clusterSchema, problems);
  const decisions = parseAll(rawDecisions, decisionSchema, problems);
  const figures = parseAll(read('figures'), figureSchema, problems);

  // Ids of every file found, valid or not: a reference to a file with problems of its own
  // is not a second problem (its own are already reported).
  const ids = {
    reports: new Set(rawReports.map((e) => e.id)),
    movements: new Set(rawMovements.map((e) => e.id)),
    honorees: new Set(rawHonorees.map((e) => e.id)),
    clusters: new Set(rawClusters.map((e) => e.id)),
    decisions: new Set(rawDecisions.map((e) => e.id)),
  };

  // Reference data: successors and replacements must exist.
  for (const p of provinceEntries) {
    if (p.successor) check.known(reference.provincesFile, `${p.id}.successor`, p.successor, provinces.byId, 'tỉnh, thành phố');
  }
  for (const a of awardEntries.values()) {
    if (a.replacedBy) check.known(reference.awardsFile, `${a.id}.replacedBy`, a.replacedBy, awardEntries, 'hình thức khen thưởng');
  }

  for (const m of movements) {
    const start = m.data.period.start;
    m.data.provinces.forEach((id, i) => check.province(m.file, `provinces[${i}]`, id, start));
    if (m.data.parent) check.known(m.file, 'parent', m.data.parent, ids.movements, 'phong trào');
  }

  for (const h of honorees) {
    check.province(h.file, 'province', h.data.province, { precision: 'unknown' });
    const raw = rawHonorees.find((r) => r.id === h.id)!;
    if (h.data.photo) checkImage(check, h, path.dirname(raw.absPath), 'photo.src', h.data.photo.src);
  }

  for (const r of reports) {
    const { data, file } = r;
    const first = r.id.split('/')[0]!;
    if ((RESERVED_REPORT_SEGMENTS as readonly string[]).includes(first)) {
      check.report(file, '(tên tệp)', `"${first}" là tên dành cho các trang danh sách tin; hãy đặt tệp hoặc thư mục tên khác`);
    }
    data.provinces.forEach((id, i) => check.province(file, `provinces[${i}]`, id, data.date));
    data.clusters.forEach((id, i) => check.known(file, `clusters[${i}]`, id, ids.clusters, 'cụm, khối thi đua'));
    data.movements.forEach((id, i) => check.known(file, `movements[${i}]`, id, ids.movements, 'phong trào'));
    data.honorees.forEach((id, i) => check.known(file, `honorees[${i}]`, id, ids.honorees, 'hồ sơ gương điển hình'));
    data.honours.forEach((h, i) => {
      const field = `honours[${i}].award`;
      const award = check.award(file, field, h.award, { date: data.date, awardClass: h.awardClass, requireClass: true });
      h.recipientKinds.forEach((kind, k) => {
        if (award && !award.recipients.includes(kind)) {
          check.report(file, `honours[${i}].recipientKinds[${k}]`, `"${award.name}" không tặng cho ${RECIPIENT_KIND_LABELS[kind]}.`);
        }
      });
      if (h.decision) check.known(file, `honours[${i}].decision`, h.decision, ids.decisions, 'quyết định');
      if (h.honoree) check.known(file, `honours[${i}].honoree`, h.honoree, ids.honorees, 'hồ sơ gương điển hình');
    });
    const raw = rawReports.find((x) => x.id === r.id)!;
    data.images.forEach((img, i) => checkImage(check, r, path.dirname(raw.absPath), `images[${i}].src`, img.src));
  }

  for (const c of clusters) {
    const { data, file } = c;
    if (data.province) check.province(file, 'province', data.province, { precision: 'unknown' });
    const years = new Set<number>();
    data.years.forEach((y, i) => {
      const at = `years[${i}]`;
      if (years.has(y.year)) check.report(file, `${at}.year`, `năm ${y.year} đã có ở trên; mỗi năm chỉ ghi một lần`);
      years.add(y.year);
      const members = new Set(y.members);
      if (data.memberKind === 'tinh') {
        y.members.forEach((id, k) => {
          const p = provinces.get(id);
          if (!p) {
            check.report(file, `${at}.members[${k}]`, `không có tỉnh, thành phố nào mã "${id}".${suggestion(id, provinces.byId.keys())}`);
          } else if (!existedDuring(p, `${y.year}-01-01`, `${y.year}-12-31`)) {
            check.province(file, `${at}.members[${k}]`, id, { precision: 'year', year: y.year });
          }
        });
      }
      const mustBeMember = (field: string, value: string | undefined) => {
        if (value !== undefined && !members.has(value)) {
          check.report(file, field, `"${value}" không có trong danh sách thành viên năm ${y.year} (members)`);
        }
      };
      mustBeMember(`${at}.leader`, y.leader);
      mustBeMember(`${at}.deputy`, y.deputy);
      y.governmentFlag.forEach((v, k) => mustBeMember(`${at}.governmentFlag[${k}]`, v));
      y.pmCommendation.forEach((v, k) => mustBeMember(`${at}.pmCommendation[${k}]`, v));
      y.provincialFlag.forEach((v, k) => mustBeMember(`${at}.provincialFlag[${k}]`, v));
      y.results.forEach((v, k) => mustBeMember(`${at}.results[${k}].member`, v.member));
      if (y.pactDate && Math.abs(y.pactDate.year - y.year) > 1) {
        check.report(file, `${at}.pactDate`, `ngày ký giao ước ${formatViDate(y.pactDate)} không thuộc năm thi đua ${y.year}`);
      }
    });
  }

  const byNumber = new Map<string, string>();
  for (const d of decisions) {
    const { data, file } = d;
    const key = `${data.number.toLowerCase()}|${data.issuer.toLowerCase()}`;
    const first = byNumber.get(key);
    if (first) {
      check.report(file, 'number', `quyết định số ${data.number} của ${data.issuer} đã có ở tệp ${first}; mỗi quyết định chỉ nhập một lần`);
    } else byNumber.set(key, file);
    check.province(file, 'province', data.province, data.date);
    if (data.movement) check.known(file, 'movement', data.movement, ids.movements, 'phong trào');
    const decisionAward = check.award(file, 'award', data.award, { date: data.date, awardClass: data.awardClass });
    if (decisionAward && decisionAward.classes.length && !data.awardClass && data.records.some((r) => !r.awardClass)) {
      check.report(file, 'awardClass', `"${decisionAward.name}" có hạng; cần ghi hạng (nhất, nhì hoặc ba).`);
    }
    const stts = new Set<number>();
    data.records.forEach((rec, i) => {
      const at = `records[${i}]`;
      if (stts.has(rec.stt)) check.report(file, `${at}.stt`, `STT ${rec.stt} bị trùng trong danh sách (${rec.name})`);
      stts.add(rec.stt);
      const awardId = rec.award ?? data.award;
      const award = awardEntries.get(awardId);
      if (rec.award) check.award(file, `${at}.award`, rec.award, { date: data.date, awardClass: rec.awardClass, requireClass: true });
      else if (rec.awardClass && award && !award.classes.includes(rec.awardClass)) {
        check.report(file, `${at}.awardClass`, `"${award.name}" không có ${AWARD_CLASS_LABELS[rec.awardClass]}.`);
      }
      if (award && !award.recipients.includes(rec.kind)) {
        const allowed = award.recipients.map((k) => RECIPIENT_KIND_LABELS[k]).join(', ');
        check.report(
          file,
          `${at}.kind`,
          `${rec.name} là ${RECIPIENT_KIND_LABELS[rec.kind]}, nhưng "${award.name}" chỉ tặng cho ${allowed}.`,
        );
      }
      if (rec.posthumous && rec.kind !== 'ca-nhan') {
        check.report(file, `${at}.posthumous`, 'chỉ cá nhân mới có thể được truy tặng');
      }
      if (rec.posthumous && award && !award.posthumous) {
        check.report(file, `${at}.posthumous`, `"${award.name}" không truy tặng`);
      }
      if (rec.province) check.province(file, `${at}.province`, rec.province, data.date);
      if (rec.honoree) check.known(file, `${at}.honoree`, rec.honoree, ids.honorees, 'hồ sơ gương điển hình');
    });
  }

  for (const f of figures) {
    const { data, file } = f;
    const { from, to, asOf } = data.period;
    const firstDay = (d: PartialDate | undefined) => (d ? dateRange(d)?.first : undefined);
    const lastDay = (d: PartialDate | undefined) => (d ? dateRange(d)?.last : undefined);
    if (from && to && firstDay(from)! > lastDay(to)!) {
      check.report(file, 'period.to', `kết thúc (${formatViDate(to)}) trước khi bắt đầu (${formatViDate(from)})`);
    }
    // The province must have existed at the start and at the end of the period.
    const start = asOf ?? from;
    if (start && check.province(file, 'province', data.province, start) && to) check.province(file, 'province', data.province, to);
    check.known(file, 'source', data.source, ids.reports, 'tin bài');
    data.movements.forEach((id, i) => check.known(file, `movements[${i}]`, id, ids.movements, 'phong trào'));
    data.clusters.forEach((id, i) => check.known(file, `clusters[${i}]`, id, ids.clusters, 'cụm, khối thi đua'));
    const keys = new Set<string>();
    data.values.forEach((v, i) => {
      if (keys.has(v.key)) check.report(file, `values[${i}].key`, `khóa "${v.key}" bị trùng trong cùng một bộ số liệu`);
      keys.add(v.key);
      if (v.kind === 'ty-so' && v.total === undefined) check.report(file, `values[${i}].total`, 'tỷ số cần ghi tổng số ("total"), ví dụ 22/32 thì total là 32');
      if (v.total !== undefined && v.value > v.total) check.report(file, `values[${i}].value`, `${v.value} lớn hơn tổng số ${v.total}`);
      if (v.kind === 'phan-tram' && v.value > 1000) check.report(file, `values[${i}].value`, 'phần trăm quá lớn; ghi 10.28 cho 10,28%');
    });
    data.values.forEach((v, i) => {
      if (!v.partOf) return;
      const parent = data.values.find((x) => x.key === v.partOf);
      if (!parent) check.report(file, `values[${i}].partOf`, `không có giá trị nào khóa "${v.partOf}" trong bộ số liệu này`);
      else if (v.value > parent.value) check.report(file, `values[${i}].value`, `phần (${v.value}) lớn hơn tổng của nó "${parent.label}" (${parent.value})`);
    });
  }

  problems.push(...check.problems);
  return {
    problems,
    content: { provinces, awards: awardEntries, reports, movements, honorees, clusters, decisions, figures },
  };
}

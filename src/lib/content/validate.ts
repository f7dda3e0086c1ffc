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
import { clusterSchema, type ClusterData, type ClusterYear } from '../../schemas/cluster.ts';
import { RECIPIENT_KIND_LABELS } from '../../schemas/common.ts';
import { decisionSchema, hasNoNumberYet, type DecisionData } from '../../schemas/decision.ts';
import { FIGURE_VALUE_KIND_LABELS, figureSchema, type FigureData, type FigureValue } from '../../schemas/figure.ts';
import { honoreeSchema, type HonoreeData } from '../../schemas/honoree.ts';
import { movementSchema, type MovementData } from '../../schemas/movement.ts';
import { provinceSchema, type ProvinceData } from '../../schemas/province.ts';
import { reportSchema, type ReportData } from '../../schemas/report.ts';
import { BUILD_TIME_ZONE, buildDay, dateRange, dayIn, formatViDate, isAfter, rangeOutOfOrder, type Day, type PartialDate } from '../dates.ts';
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
  /** The day of the build: what happened after it cannot be recorded yet. */
  readonly today: Day;
  constructor(provinces: ProvinceIndex<ProvinceEntry>, awards: Map<string, AwardEntry>, today: Day) {
    this.provinces = provinces;
    this.awards = awards;
    this.today = today;
  }

  report(file: string, field: string, message: string): void {
    this.problems.push({ file, field, message });
  }

  /** A date that records something done (signed, launched, counted) cannot lie after today; `why` says what. */
  notYet(file: string, field: string, date: PartialDate, why: string): boolean {
    if (!isAfter(date, this.today)) return false;
    this.report(file, field, `${formatViDate(date)} chưa tới (hôm nay là ${formatViDate(this.today)}): ${why}; hãy kiểm tra lại`);
    return true;
  }

  /** The end of a range must not lie before its start. */
  inOrder(file: string, field: string, start: PartialDate | undefined, end: PartialDate | undefined): void {
    const problem = start && end ? rangeOutOfOrder(start, end) : undefined;
    if (problem) this.report(file, field, problem);
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
export interface ValidateOptions {
  /** The day to check dates against; by default `BUILD_DATE` from the environment, else today in Vietnam. */
  today?: Day;
}

/**
 * Reference entries (provinces, awards) are items of one list in one file: each problem's
 * field starts with the entry's id, so the author knows which of the hundred entries it is.
 */
function parseReference<S extends z.ZodType>(schema: S, raw: { file: string; data: unknown }, problems: Problem[]): ({ id: string } & z.output<S>) | undefined {
  const { id, ...rest } = raw.data as { id: string };
  const own: Problem[] = [];
  const data = parseWith(schema, { file: raw.file, data: rest }, own);
  for (const p of own) problems.push({ ...p, field: p.field === '(cả tệp)' ? String(id) : `${id}.${p.field}` });
  return data === undefined ? undefined : { id, ...data };
}

const KIND_WORDS = { cum: { leader: 'cụm trưởng', deputy: 'cụm phó' }, khoi: { leader: 'khối trưởng', deputy: 'khối phó' } } as const;

/** Read and check every content file of a directory. */
export function validateContent(dir: string = contentDir(), options: ValidateOptions = {}): { problems: Problem[]; content: ValidatedContent } {
  const problems: Problem[] = [];
  let today = options.today;
  if (!today) {
    const fromEnv = buildDay();
    if (!fromEnv.ok) problems.push({ file: '(biến môi trường)', field: 'BUILD_DATE', message: fromEnv.reason });
    today = fromEnv.ok ? fromEnv.day : dayIn(BUILD_TIME_ZONE, new Date());
  }
  const reference = loadReferenceData(dir);
  problems.push(...reference.problems);

  const provinceEntries: ProvinceEntry[] = [];
  for (const raw of reference.provinces) {
    const entry = parseReference(provinceSchema, raw, problems);
    if (entry) provinceEntries.push(entry);
  }
  const awardEntries = new Map<string, AwardEntry>();
  const awardFiles = new Map<string, string>();
  for (const raw of reference.awards) {
    const entry = parseReference(awardSchema, raw, problems);
    if (entry) {
      awardEntries.set(entry.id, entry);
      awardFiles.set(entry.id, raw.file);
    }
  }
  const provinces = new ProvinceIndex(provinceEntries);
  const check = new Checker(provinces, awardEntries, today);

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
  // Valid entries by id, for the checks that compare one entry's facts with another's.
  const byId = <T>(entries: Entry<T>[]) => new Map(entries.map((e) => [e.id, e.data]));
  const valid = { reports: byId(reports), movements: byId(movements), honorees: byId(honorees), decisions: byId(decisions) };

  // Reference data: successors and replacements exist and are other entries; awards' dates in order
  // (a province's are checked by its schema).
  for (const p of provinceEntries) {
    const file = reference.provincesFile;
    if (p.successor === p.id) check.report(file, `${p.id}.successor`, 'một đơn vị không thể là đơn vị kế thừa của chính nó');
    else if (p.successor) check.known(file, `${p.id}.successor`, p.successor, provinces.byId, 'tỉnh, thành phố');
  }
  for (const a of awardEntries.values()) {
    const file = awardFiles.get(a.id)!;
    check.inOrder(file, `${a.id}.validUntil`, a.validFrom, a.validUntil);
    if (a.replacedBy === a.id) check.report(file, `${a.id}.replacedBy`, 'một hình thức khen thưởng không thể được thay bằng chính nó');
    else if (a.replacedBy) check.known(file, `${a.id}.replacedBy`, a.replacedBy, awardEntries, 'hình thức khen thưởng');
  }

  for (const m of movements) {
    const { start, end } = m.data.period;
    check.notYet(m.file, 'period.start', start, 'phong trào chưa thể được phát động vào thời gian chưa tới');
    check.inOrder(m.file, 'period.end', start, end);
    m.data.provinces.forEach((id, i) => check.province(m.file, `provinces[${i}]`, id, start));
    if (m.data.parent) {
      if (check.known(m.file, 'parent', m.data.parent, ids.movements, 'phong trào')) {
        // Follow the parents up: coming back to this movement means a loop.
        const chain = [m.id];
        let next: string | undefined = m.data.parent;
        while (next && !chain.includes(next)) {
          chain.push(next);
          next = valid.movements.get(next)?.parent;
        }
        if (next === m.id) {
          const message = chain.length === 1
            ? 'một phong trào không thể là phong trào cha của chính nó'
            : `phong trào cha lặp vòng: ${[...chain, m.id].map((id) => `"${id}"`).join(' → ')}; hãy bỏ "parent" ở một trong các phong trào này`;
          check.report(m.file, 'parent', message);
        }
      }
    }
  }

  for (const h of honorees) {
    check.province(h.file, 'province', h.data.province, { precision: 'unknown' });
    if (h.data.updated) check.notYet(h.file, 'updated', h.data.updated, 'hồ sơ không thể được cập nhật vào ngày chưa tới');
    const raw = rawHonorees.find((r) => r.id === h.id)!;
    if (h.data.photo) checkImage(check, h, path.dirname(raw.absPath), 'photo.src', h.data.photo.src);
  }

  for (const r of reports) {
    const { data, file } = r;
    const first = r.id.split('/')[0]!;
    if ((RESERVED_REPORT_SEGMENTS as readonly string[]).includes(first)) {
      check.report(file, '(tên tệp)', `"${first}" là tên dành cho các trang danh sách tin; hãy đặt tệp hoặc thư mục tên khác`);
    }
    if (!data.draft) check.notYet(file, 'date', data.date, 'bài đã đăng không thể mang ngày chưa tới (bài chưa đăng thì ghi draft: true)');
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
      if (h.decision && check.known(file, `honours[${i}].decision`, h.decision, ids.decisions, 'quyết định')) {
        const decision = valid.decisions.get(h.decision);
        if (decision && rangeOutOfOrder(decision.date, data.date)) {
          check.report(
            file,
            `honours[${i}].decision`,
            `quyết định "${h.decision}" ký ngày ${formatViDate(decision.date)}, sau ngày của bài (${formatViDate(data.date)}): không thể trao tặng theo quyết định chưa ký; hãy kiểm tra lại ngày của bài hoặc mã quyết định`,
          );
        }
      }
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
      if (y.year > check.today.year + 1) {
        check.report(file, `${at}.year`, `năm ${y.year} chưa tới (hôm nay là ${formatViDate(check.today)}): chỉ ghi được đến năm thi đua ${check.today.year + 1}; hãy kiểm tra lại`);
      }
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
      if (y.deputy !== undefined && y.deputy === y.leader) {
        const words = KIND_WORDS[data.kind];
        check.report(file, `${at}.deputy`, `"${y.deputy}" là ${words.leader} năm ${y.year}; ${words.deputy} phải là một thành viên khác`);
      }
      y.governmentFlag.forEach((v, k) => mustBeMember(`${at}.governmentFlag[${k}]`, v));
      y.pmCommendation.forEach((v, k) => mustBeMember(`${at}.pmCommendation[${k}]`, v));
      y.provincialFlag.forEach((v, k) => mustBeMember(`${at}.provincialFlag[${k}]`, v));
      checkResults(check, file, at, y);
      if (y.pactDate && !check.notYet(file, `${at}.pactDate`, y.pactDate, 'giao ước không thể được ký vào ngày chưa tới')) {
        if (y.pactDate.year > y.year || y.pactDate.year < y.year - 1) {
          check.report(
            file,
            `${at}.pactDate`,
            `ngày ký giao ước ${formatViDate(y.pactDate)} không khớp năm thi đua ${y.year}: giao ước của một năm được ký trong năm đó hoặc năm trước; hãy kiểm tra lại ngày hoặc năm`,
          );
        }
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
    if (hasNoNumberYet(data.number) && !data.sample) {
      check.report(file, 'number', 'chưa có số quyết định: ghi số đúng như trên quyết định, ví dụ "12/QĐ-UBND", trước khi bỏ "sample": true');
    }
    // "98/2023/NĐ-CP": the year inside a number is the year the document was signed.
    const numberYear = /\/((?:19|20)\d\d)\//.exec(data.number)?.[1];
    if (numberYear && Number(numberYear) !== data.date.year) {
      check.report(file, 'number', `số "${data.number}" mang năm ${numberYear}, nhưng quyết định ký ngày ${formatViDate(data.date)}; năm trong số là năm ký, hãy kiểm tra lại số hoặc ngày`);
    }
    check.notYet(file, 'date', data.date, 'quyết định không thể được ký vào ngày chưa tới');
    if (data.achievementYear !== undefined && data.achievementYear > data.date.year) {
      check.report(
        file,
        'achievementYear',
        `năm thành tích ${data.achievementYear} ở sau năm ${data.date.year}, năm ký quyết định: không thể khen thành tích của năm chưa tới; hãy kiểm tra lại`,
      );
    }
    check.province(file, 'province', data.province, data.date);
    if (data.movement && check.known(file, 'movement', data.movement, ids.movements, 'phong trào')) {
      const movement = valid.movements.get(data.movement);
      if (movement && rangeOutOfOrder(movement.period.start, data.date)) {
        check.report(
          file,
          'movement',
          `quyết định ký ngày ${formatViDate(data.date)}, trước khi phong trào "${movement.name}" bắt đầu (${formatViDate(movement.period.start)}); hãy kiểm tra lại ngày hoặc mã phong trào`,
        );
      }
    }
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
      if (rec.givenName && !endsWithWords(rec.name, rec.givenName)) {
        check.report(file, `${at}.givenName`, `"${rec.givenName}" không phải phần cuối của họ tên "${rec.name}"; tên ("givenName") là một hoặc vài chữ cuối của họ tên`);
      }
      if (rec.province) check.province(file, `${at}.province`, rec.province, data.date);
      if (rec.honoree && check.known(file, `${at}.honoree`, rec.honoree, ids.honorees, 'hồ sơ gương điển hình')) {
        const profile = valid.honorees.get(rec.honoree);
        if (profile && profile.kind !== rec.kind) {
          check.report(
            file,
            `${at}.honoree`,
            `hồ sơ "${rec.honoree}" là của ${RECIPIENT_KIND_LABELS[profile.kind]}, còn ${rec.name} là ${RECIPIENT_KIND_LABELS[rec.kind]}; hãy kiểm tra lại mã hồ sơ`,
          );
        }
      }
    });
  }

  for (const f of figures) {
    const { data, file } = f;
    const { from, to, asOf } = data.period;
    if (asOf && (from || to)) {
      check.report(file, 'period.asOf', 'ghi "asOf" cho một thời điểm hoặc "from", "to" cho một khoảng, không ghi cả hai');
    }
    check.inOrder(file, 'period.to', from, to);
    const startField = asOf ? 'period.asOf' : 'period.from';
    const start = asOf ?? from;
    const why = 'chưa thể có số liệu của thời gian chưa tới';
    const startsLater = start !== undefined && check.notYet(file, startField, start, why);
    if (!startsLater && to) check.notYet(file, 'period.to', to, why);
    // The province must have existed at the start and at the end of the period.
    if (start && check.province(file, 'province', data.province, start) && to) check.province(file, 'province', data.province, to);
    if (check.known(file, 'source', data.source, ids.reports, 'tin bài')) {
      const report = valid.reports.get(data.source);
      // A period that has not begun is already reported above; saying it is also after its report adds nothing.
      if (start && report && !startsLater && rangeOutOfOrder(start, report.date)) {
        check.report(
          file,
          startField,
          `số liệu tính từ ${formatViDate(start)}, sau ngày của bài nguồn "${data.source}" (${formatViDate(report.date)}): bài viết không thể nêu số liệu của thời gian sau nó; hãy kiểm tra lại`,
        );
      }
    }
    data.movements.forEach((id, i) => check.known(file, `movements[${i}]`, id, ids.movements, 'phong trào'));
    data.clusters.forEach((id, i) => check.known(file, `clusters[${i}]`, id, ids.clusters, 'cụm, khối thi đua'));
    checkFigureValues(check, file, data.values);
  }

  problems.push(...check.problems);
  return {
    problems,
    content: { provinces, awards: awardEntries, reports, movements, honorees, clusters, decisions, figures },
  };
}

/** Whether `name` ends with the words of `part`: "Phạm Bình Minh" ends with "Bình Minh", not with "Minh Bình" nor "inh". */
function endsWithWords(name: string, part: string): boolean {
  const whole = name.toLocaleLowerCase('vi');
  const end = part.toLocaleLowerCase('vi');
  return whole === end || whole.endsWith(` ${end}`);
}

/** One result per member, each a member, ranked within the number of members. */
function checkResults(check: Checker, file: string, at: string, y: ClusterYear): void {
  const members = new Set(y.members);
  const seen = new Set<string>();
  y.results.forEach((v, k) => {
    const field = `${at}.results[${k}]`;
    if (!members.has(v.member)) check.report(file, `${field}.member`, `"${v.member}" không có trong danh sách thành viên năm ${y.year} (members)`);
    else if (seen.has(v.member)) check.report(file, `${field}.member`, `"${v.member}" đã có kết quả ở trên; mỗi thành viên chỉ có một kết quả trong năm`);
    seen.add(v.member);
    if (v.rank !== undefined && v.rank > y.members.length) {
      check.report(file, `${field}.rank`, `hạng ${v.rank} lớn hơn số thành viên năm ${y.year} (${y.members.length})`);
    }
  });
}

/** The values of a figure set: keys once, each value fit for its kind, parts no larger than their wholes. */
function checkFigureValues(check: Checker, file: string, values: readonly FigureValue[]): void {
  const keys = new Set<string>();
  values.forEach((v, i) => {
    const kind = FIGURE_VALUE_KIND_LABELS[v.kind];
    if (keys.has(v.key)) check.report(file, `values[${i}].key`, `khóa "${v.key}" bị trùng trong cùng một bộ số liệu`);
    keys.add(v.key);
    if (v.kind === 'so-luong' && !Number.isInteger(v.value)) check.report(file, `values[${i}].value`, `số lượng phải là số nguyên, đang là ${v.value}`);
    if (v.kind === 'ty-so' && v.total === undefined) check.report(file, `values[${i}].total`, 'tỷ số cần ghi tổng số ("total"), ví dụ 22/32 thì total là 32');
    if (v.kind !== 'ty-so' && v.total !== undefined) {
      check.report(file, `values[${i}].total`, `chỉ tỷ số mới có tổng số ("total"); với ${kind}, tổng số sẽ không hiện ra. Hãy chọn "tỷ số" hoặc bỏ trường này`);
    }
    if ((v.kind === 'ty-so' || v.kind === 'phan-tram') && v.unit !== undefined) {
      check.report(file, `values[${i}].unit`, `"${v.unit}" sẽ không hiện ra vì ${kind} không có đơn vị; hãy ghi nó vào nhãn ("label") và bỏ trường "unit"`);
    }
    if (v.total !== undefined && v.value > v.total) check.report(file, `values[${i}].value`, `${v.value} lớn hơn tổng số ${v.total}`);
    if (v.kind === 'phan-tram' && v.value > 1000) check.report(file, `values[${i}].value`, 'phần trăm quá lớn; ghi 10.28 cho 10,28%');
  });
  values.forEach((v, i) => {
    if (!v.partOf) return;
    const parent = values.find((x) => x.key === v.partOf);
    const describe = (x: FigureValue) => `"${x.label}" (${[FIGURE_VALUE_KIND_LABELS[x.kind], x.unit].filter(Boolean).join(', ')})`;
    if (v.partOf === v.key) check.report(file, `values[${i}].partOf`, 'một giá trị không thể là phần của chính nó');
    else if (!parent) check.report(file, `values[${i}].partOf`, `không có giá trị nào khóa "${v.partOf}" trong bộ số liệu này`);
    else if (parent.kind !== v.kind || parent.unit !== v.unit) {
      check.report(file, `values[${i}].partOf`, `${describe(v)} không thể là phần của ${describe(parent)}: khác loại hoặc khác đơn vị`);
    } else if (v.value > parent.value) check.report(file, `values[${i}].value`, `phần (${v.value}) lớn hơn tổng của nó "${parent.label}" (${parent.value})`);
  });
}

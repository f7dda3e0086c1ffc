/**
 * The facts of a decision — number, date, issuer, signer, subject, award and class, type
 * of commendation, province — checked as the content check will check them, whether a
 * press officer typed them as options (`import:honours --number …`) or the importer read
 * them from the document (`import:decision`). Each problem names the fact and the reason.
 */
import { AWARD_CLASS_LABELS, type AwardClass } from '../../../schemas/award.ts';
import { COMMENDATION_TYPE_LABELS, COMMENDATION_TYPES, type CommendationType } from '../../../schemas/decision.ts';
import type { AwardEntry, ProvinceEntry } from '../../content/validate.ts';
import { formatViDate, parsePartialDate, type PartialDate } from '../../dates.ts';
import { existedAt, type ProvinceIndex } from '../../provinces.ts';
import { cleanText, closest, slugify } from '../../text.ts';
import { awardLookup, parseClass } from './awards.ts';
import { resolveProvince } from './find-places.ts';
import { nameKey } from './vi.ts';

/** The facts as text, typed or read from a document. */
export interface FactTexts {
  number?: string;
  date?: string;
  issuer?: string;
  award?: string;
  class?: string;
  type?: string;
  province?: string;
  subject?: string;
  signer?: string;
}
export type FactKey = keyof FactTexts;

/** What each fact is, in words, for messages. */
export const FACT_LABELS: Record<FactKey, string> = {
  number: 'số quyết định',
  date: 'ngày ký',
  issuer: 'cơ quan ban hành',
  award: 'hình thức khen thưởng',
  class: 'hạng',
  type: 'loại hình khen thưởng',
  province: 'tỉnh, thành phố',
  subject: 'trích yếu',
  signer: 'người ký',
};

export interface Signer {
  name: string;
  title?: string;
}

/** The facts, checked. */
export interface DecisionFacts {
  number?: string;
  date?: Extract<PartialDate, { precision: 'day' }>;
  issuer?: string;
  subject?: string;
  award?: AwardEntry;
  awardClass?: AwardClass;
  commendationType?: CommendationType;
  province?: string;
  signer?: Signer;
}

export interface FactProblem {
  fact: FactKey;
  message: string;
}

export interface Reference {
  provinces: ProvinceIndex<ProvinceEntry>;
  awards: Map<string, AwardEntry>;
}

/** "Nguyễn Văn Bình, Chủ tịch" or "Nguyễn Văn Bình (KT. Chủ tịch – Phó Chủ tịch)". */
export function parseSigner(text: string): Signer {
  const s = cleanText(text);
  const paren = /^(.+?)\s*\((.+)\)$/.exec(s);
  const comma = /^([^,]+),\s*(.+)$/.exec(s);
  return paren ? { name: paren[1]!, title: paren[2]! } : comma ? { name: comma[1]!, title: comma[2]! } : { name: s };
}

/** "thường xuyên", "thuong-xuyen", "đột xuất" … → the type's id. */
export function parseCommendationType(text: string): CommendationType | undefined {
  const key = slugify(text);
  return COMMENDATION_TYPES.find((t) => t === key || slugify(COMMENDATION_TYPE_LABELS[t]) === key);
}

/**
 * Check the facts given as text. Facts not given are left out without a problem: the
 * caller says which it requires. A class is checked against the award, a province
 * against the date (Hà Giang after the 2025 merger is refused, naming Tuyên Quang).
 */
export function checkFacts(input: FactTexts, ref: Reference): { facts: DecisionFacts; problems: FactProblem[] } {
  const facts: DecisionFacts = {};
  const problems: FactProblem[] = [];
  const problem = (fact: FactKey, message: string) => problems.push({ fact, message });

  if (input.number !== undefined && cleanText(input.number)) facts.number = cleanText(input.number);
  if (input.issuer !== undefined && cleanText(input.issuer)) facts.issuer = cleanText(input.issuer);
  if (input.subject !== undefined && cleanText(input.subject)) facts.subject = cleanText(input.subject);
  if (input.signer !== undefined && cleanText(input.signer)) facts.signer = parseSigner(input.signer);

  if (input.date !== undefined) {
    const r = parsePartialDate(input.date, { allowUnknown: false });
    if (!r.ok) problem('date', r.reason);
    else if (r.date.precision !== 'day') problem('date', 'cần đủ ngày, tháng, năm, ví dụ "5/1/2023"');
    else facts.date = r.date;
  }

  if (input.award !== undefined) {
    const award = awardLookup(ref.awards)(input.award);
    if (award) facts.award = award;
    else {
      const near = closest(input.award, ref.awards.keys());
      problem('award', `không có hình thức khen thưởng nào là “${input.award}”.${near ? ` Có phải "${near}"?` : ''}`);
    }
  }

  if (input.class !== undefined) {
    const awardClass = parseClass(input.class);
    if (!awardClass) problem('class', `“${input.class}” không phải hạng; ghi nhất, nhì hoặc ba`);
    else if (facts.award && !facts.award.classes.includes(awardClass)) {
      const a = facts.award;
      problem('class', `“${a.name}” ${a.classes.length ? `chỉ có ${a.classes.map((c) => AWARD_CLASS_LABELS[c]).join(', ')}` : 'không chia hạng'}`);
    } else facts.awardClass = awardClass;
  }

  if (input.type !== undefined) {
    const type = parseCommendationType(input.type);
    if (type) facts.commendationType = type;
    else problem('type', `chỉ nhận một trong: ${COMMENDATION_TYPES.map((t) => `"${COMMENDATION_TYPE_LABELS[t]}"`).join(', ')}`);
  }

  if (input.province !== undefined) {
    const date = facts.date;
    const byId = ref.provinces.get(input.province);
    if (byId && date && !existedAt(byId, date)) {
      const instead = ref.provinces.sameNameAt(byId.id, date).map((p) => `"${p.id}"`);
      const after = ref.provinces.current(byId.id);
      const hint = instead.length
        ? ` Hãy dùng ${instead.join(' hoặc ')}.`
        : after && after.id !== byId.id && existedAt(after, date)
          ? ` Vào ngày đó ${byId.name} đã thuộc ${after.name} ("${after.id}").`
          : '';
      problem('province', `${byId.name} (mã "${byId.id}") chưa có hoặc không còn vào ${formatViDate(date)}.${hint}`);
    } else if (byId) facts.province = byId.id;
    else {
      const wanted = nameKey(input.province.replace(/^(tỉnh|thành phố|tp\.?)\s+/iu, ''));
      const named = ref.provinces.all.find((p) => nameKey(p.name) === wanted);
      const resolved = named ? resolveProvince(named.name, date ?? { precision: 'unknown' }, ref.provinces) : undefined;
      if (resolved) facts.province = resolved.id;
      else {
        const near = closest(input.province, ref.provinces.byId.keys());
        problem('province', `không có tỉnh, thành phố nào là “${input.province}”.${near ? ` Có phải "${near}"?` : ''}`);
      }
    }
  }
  return { facts, problems };
}

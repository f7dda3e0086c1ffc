/**
 * Decisions: exactly N records in all, spread over every province entity at days when it
 * existed, awards in turn, numbers rising per issuer; some records link to profiles.
 */
import { slugify } from '../../../src/lib/text.ts';
import type { AwardClass } from '../../../src/schemas/award.ts';
import type { RecipientKind } from '../../../src/schemas/common.ts';
import type { CommendationType } from '../../../src/schemas/decision.ts';
import { FIRST_DAY, isoDay, LAST_DAY, MERGER_DAY, monthOfDay, weekday, yearOfDay } from './calendar.ts';
import { commendationTypeFor, issuerFor, subjectFor } from './decision-heading.ts';
import type { GeneratedFile } from './files.ts';
import type { HonoreeOut } from './honorees.ts';
import type { MovementOut } from './movements.ts';
import type { PlaceBook, Where } from './places.ts';
import { Rng, Weighted } from './random.ts';
import { makeRecord, pickKindWeights, type RecordOut, type RecordSpec } from './records.ts';
import { currentOf, validAt, type Award, type Province, type Reference } from './reference.ts';
import { profileOf } from './workplaces.ts';

/** What the reports need to know of a decision. */
export interface DecisionOut {
  id: string;
  number: string;
  day: number;
  province: Province;
  award: Award;
  awardClass?: AwardClass;
  issuer: string;
  count: number;
  kinds: RecipientKind[];
  honorees: string[];
  type: CommendationType;
}

/** Levels of award in turn: grassroots and provincial awards come up most often. */
const LEVEL_PATTERN: string[] = ['co-so', 'bo-nganh-tinh', 'nha-nuoc', 'co-so', 'bo-nganh-tinh', 'nha-nuoc', 'co-so', 'chinh-phu'];

/** The fewest records a decision has. */
export const MIN_SIZE = 5;
const MAX_SIZE = 2000;

/** Decision sizes: many small, few large (log-uniform of u², 5..2000), adding up to exactly `total`. */
export function decisionSizes(rng: Rng, total: number): number[] {
  const sizes: number[] = [];
  let remaining = total;
  while (remaining > 0) {
    const u = rng.next();
    let size = Math.round(MIN_SIZE * Math.pow(MAX_SIZE / MIN_SIZE, u * u));
    if (size >= remaining || remaining - size < MIN_SIZE) {
      size = remaining <= MAX_SIZE ? remaining : remaining - MIN_SIZE;
    }
    sizes.push(size);
    remaining -= size;
  }
  return sizes;
}

/** What the decisions are made from. */
export interface DecisionContext {
  ref: Reference;
  places: PlaceBook;
  movements: MovementOut[];
  honoreesByCurrent: Map<string, HonoreeOut[]>;
}

/** Plan and write every decision. */
export function generateDecisions(
  ctx: DecisionContext,
  seed: number,
  total: number,
): { files: GeneratedFile[]; decisions: DecisionOut[] } {
  const { ref, places } = ctx;
  const rng = Rng.for(seed, 'decisions');
  const sizes = decisionSizes(rng, total);

  // Spread decisions evenly over every province entity, at a day when it existed.
  const order: Province[] = [];
  const plan = sizes.map((size, index) => {
    if (order.length === 0) order.push(...rng.shuffle([...ref.provinces]));
    const province = order.pop()!;
    const first = Math.max(province.from, FIRST_DAY);
    const last = Math.min(province.until, LAST_DAY);
    let day = rng.int(first, last);
    // Decisions are signed on working days.
    const wd = weekday(day);
    if (wd === 6 && day - 1 >= first) day -= 1;
    else if (wd === 0 && day + 1 <= last) day += 1;
    return { index, size, province, day };
  });
  plan.sort((a, b) => a.day - b.day || a.index - b.index);

  const files: GeneratedFile[] = [];
  const decisions: DecisionOut[] = [];
  const counters = new Map<string, number>();
  const usedPaths = new Set<string>();
  // Awards in turn within each level, the levels interleaved so that a small dataset
  // still mixes grassroots, provincial and state awards; over enough decisions every
  // award in use at the time comes up.
  const byLevel = new Map<string, Award[]>();
  for (const a of ref.awards) {
    const list = byLevel.get(a.level) ?? [];
    list.push(a);
    byLevel.set(a.level, list);
  }
  const levelPattern = LEVEL_PATTERN.filter((l) => byLevel.has(l));
  for (const l of byLevel.keys()) if (!levelPattern.includes(l)) levelPattern.push(l);
  const pointers = new Map<string, number>();
  let slot = 0;
  const nextAward = (day: number): Award => {
    for (let tries = 0; tries < levelPattern.length; tries++) {
      const level = levelPattern[slot++ % levelPattern.length]!;
      const list = byLevel.get(level)!;
      const start = pointers.get(level) ?? 0;
      for (let k = 0; k < list.length; k++) {
        const candidate = list[(start + k) % list.length]!;
        if (validAt(candidate, day)) {
          pointers.set(level, (start + k + 1) % list.length);
          return candidate;
        }
      }
    }
    throw new Error(`không có hình thức khen thưởng nào dùng được vào ${isoDay(day)}`);
  };
  const kindWeights = new Map<string, Weighted<RecipientKind> | undefined>();
  const unitsOnDay = new Map<number, Province[]>();

  for (const item of plan) {
    const { province, day, size } = item;
    const award = nextAward(day);
    const year = yearOfDay(day);
    const w: Where = { province, day, places: places.of(province.id), merged: day >= MERGER_DAY };
    const awardClass = award.classes.length ? rng.pick(award.classes) : undefined;
    const type = commendationTypeFor(rng, award);
    const { issuer, suffix, signer } = issuerFor(rng, award, w, profileOf(award));

    // Number: per issuer, rising through the years; the file name must be free in its folder.
    let counter = counters.get(issuer) ?? rng.int(1, 60);
    let number = '';
    let filePath = '';
    for (;;) {
      counter += rng.int(1, award.level === 'nha-nuoc' || award.level === 'chinh-phu' ? 25 : 12);
      number = `${counter}/${suffix}`;
      filePath = `decisions/${province.id}/${year}/${slugify(number)}.json`;
      if (!usedPaths.has(filePath)) break;
    }
    counters.set(issuer, counter);
    usedPaths.add(filePath);
    const id = filePath.slice('decisions/'.length, -'.json'.length);

    let peersAll = unitsOnDay.get(day);
    if (!peersAll) {
      peersAll = ref.provinces.filter((p) => validAt(p, day));
      unitsOnDay.set(day, peersAll);
    }
    // Predecessors' siblings first (same successor), else any other unit of the day.
    const siblings = peersAll.filter((p) => p.id !== province.id && currentOf(ref, p.id) === currentOf(ref, province.id));
    const peers = siblings.length ? siblings : peersAll.filter((p) => p.id !== province.id);

    let weights = kindWeights.get(award.id);
    if (!kindWeights.has(award.id)) {
      weights = pickKindWeights(award);
      kindWeights.set(award.id, weights);
    }
    const foreign = /huu-nghi/.test(award.id);
    const mothers = /ba-me/.test(award.id) && award.recipients.includes('ca-nhan');
    const heroicPlace = /^(tinh|thanh-pho)-anh-hung/.test(award.id);
    const profile = profileOf(award);
    const spec: RecordSpec = { award, type, year, peers, profile, foreign, mothers, heroicPlace };
    const records: RecordOut[] = new Array(size);
    for (let i = 0; i < size; i++) {
      const kind = mothers ? 'ca-nhan' : weights!.pick(rng);
      records[i] = makeRecord(rng, i + 1, kind, w, spec);
      if (awardClass && award.classes.length > 1 && rng.chance(0.02)) {
        const other = award.classes.filter((c) => c !== awardClass);
        records[i]!.awardClass = rng.pick(other);
      }
    }

    // Profiles of this province's lineage appear on some of its rolls.
    const linked: string[] = [];
    if (!foreign && !mothers && !heroicPlace && profile === 'general') {
      for (const h of ctx.honoreesByCurrent.get(currentOf(ref, province.id)) ?? []) {
        if (!award.recipients.includes(h.kind) || !rng.chance(0.5)) continue;
        const at = rng.int(0, size - 1);
        const rec: RecordOut = { stt: at + 1, name: h.name, kind: h.kind };
        if (h.title) rec.title = h.title;
        if (h.unit) rec.unit = h.unit;
        const hp = ref.byId.get(h.province)!;
        if (h.province !== province.id && validAt(hp, day)) rec.province = h.province;
        rec.honoree = h.id;
        if (h.givenName) rec.givenName = h.givenName;
        if (records[at]!.awardClass) rec.awardClass = records[at]!.awardClass;
        records[at] = rec;
        linked.push(h.id);
      }
    }

    let movement: string | undefined;
    if (type === 'chuyen-de') {
      const current = currentOf(ref, province.id);
      const fitting = ctx.movements.filter(
        (m) => m.start <= day && (!m.province || currentOf(ref, m.province) === current),
      );
      if (fitting.length) movement = rng.pick(fitting).id;
    }
    const achievementYear = type === 'thuong-xuyen' && monthOfDay(day) <= 6 ? year - 1 : undefined;
    const data = {
      number,
      date: isoDay(day),
      issuer,
      signer,
      subject: subjectFor(award, awardClass, type, achievementYear ?? year),
      award: award.id,
      awardClass,
      commendationType: type,
      province: province.id,
      movement,
      achievementYear,
      sample: true,
      records,
    };
    files.push({ path: filePath, content: JSON.stringify(data) });
    const kinds = [...new Set(records.map((r) => r.kind))].sort();
    decisions.push({ id, number, day, province, award, awardClass, issuer, count: size, kinds, honorees: linked, type });
  }
  return { files, decisions };
}

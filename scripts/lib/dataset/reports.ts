/**
 * Reports: award ceremonies for the decisions, clusters' reviews and pacts, movements
 * launched and reviewed, and other news, each linking to what it tells of.
 */
import { awardLabel } from '../../../src/lib/awards.ts';
import { nfc } from '../../../src/lib/text.ts';
import type { AwardClass } from '../../../src/schemas/award.ts';
import { RECIPIENT_KIND_LABELS, type RecipientKind } from '../../../src/schemas/common.ts';
import type { EventKind } from '../../../src/schemas/report.ts';
import { dayNumber, FIRST_DAY, FIRST_YEAR, isoDay, LAST_DAY, LAST_YEAR, monthOfDay, viDate } from './calendar.ts';
import type { ClusterOut } from './clusters.ts';
import type { DecisionOut } from './decisions.ts';
import { markdownFile, shortSlug, type GeneratedFile } from './files.ts';
import type { HonoreeOut } from './honorees.ts';
import type { MovementOut } from './movements.ts';
import { personName } from './names.ts';
import { Rng } from './random.ts';
import { currentOf, unitOn, validAt, type Award, type Province, type Reference } from './reference.ts';
import { capitalise, N } from './words.ts';

/** Titles of officials at an event; {u} is "tỉnh" or "thành phố", {U} "Tỉnh" or "Thành". */
const OFFICIAL_TITLES = N([
  'Phó Chủ tịch UBND {u}', 'Chủ tịch UBND {u}', 'Phó Bí thư {U} ủy', 'Giám đốc Sở Nội vụ',
  'Trưởng Ban Thi đua – Khen thưởng {u}', 'Phó Trưởng ban Thường trực Ban Thi đua – Khen thưởng Trung ương',
  'Chủ tịch Ủy ban MTTQ Việt Nam {u}',
]);
function officialTitle(rng: Rng, p: Province | undefined): string {
  const city = p?.type === 'thanh-pho';
  return rng.pick(OFFICIAL_TITLES).replace('{u}', city ? 'thành phố' : 'tỉnh').replace('{U}', city ? 'Thành' : 'Tỉnh');
}

function reportBody(rng: Rng, lead: string, placeLabel: string, extra: string[]): string[] {
  const paragraphs = [
    lead,
    rng.pick([
      `Phát biểu tại buổi lễ, lãnh đạo ${placeLabel} ghi nhận những đóng góp của các tập thể, cá nhân; đề nghị các cấp, các ngành tiếp tục đổi mới nội dung, hình thức tổ chức phong trào thi đua, bám sát nhiệm vụ chính trị của từng đơn vị.`,
      `Theo báo cáo, các phong trào thi đua được triển khai sâu rộng, thiết thực, có trọng tâm, trọng điểm; công tác phát hiện, bồi dưỡng và nhân rộng điển hình tiên tiến có nhiều chuyển biến.`,
      `Các đại biểu đã thảo luận, chia sẻ kinh nghiệm, cách làm hay; chỉ ra những tồn tại, hạn chế trong công tác thi đua, khen thưởng và đề xuất giải pháp khắc phục trong thời gian tới.`,
    ]),
    ...extra,
  ];
  if (rng.chance(0.5)) {
    paragraphs.push(
      'Khen thưởng phải bảo đảm chính xác, công khai, công bằng, kịp thời; chú trọng khen thưởng người lao động trực tiếp, cơ sở, vùng sâu, vùng xa. Bài viết là dữ liệu tổng hợp, sinh tự động để đo hiệu năng của trang.',
    );
  } else {
    paragraphs.push('Bài viết là dữ liệu tổng hợp, sinh tự động để đo hiệu năng của trang.');
  }
  return paragraphs.slice(0, 4);
}

function officialsFor(rng: Rng, p: Province | undefined): { name: string; titles: string[] }[] {
  const count = rng.int(1, 3);
  const out: { name: string; titles: string[] }[] = [];
  for (let i = 0; i < count; i++) {
    const first = officialTitle(rng, p);
    const council = `Chủ tịch Hội đồng Thi đua – Khen thưởng ${p?.type === 'thanh-pho' ? 'thành phố' : 'tỉnh'}`;
    const titles = rng.chance(0.3) ? [first, council] : [first];
    out.push({ name: personName(rng).name, titles: [...new Set(titles)] });
  }
  return out;
}

/** News that is not about a decision, a cluster or a movement. */
const OTHER_EVENTS: readonly (readonly [EventKind, string])[] = (
  [
    ['gap-mat', 'gặp mặt, tri ân điển hình tiên tiến'],
    ['dai-hoi', 'tổ chức Đại hội thi đua yêu nước'],
    ['tin-tuc', 'triển khai công tác thi đua, khen thưởng'],
  ] as const
).map(([k, w]) => [k, nfc(w)] as const);

/** What the reports tell of. */
export interface ReportSources {
  decisions: DecisionOut[];
  clusters: ClusterOut[];
  movements: MovementOut[];
  honorees: HonoreeOut[];
}

export function generateReports(
  ref: Reference,
  seed: number,
  count: number,
  { decisions, clusters, movements, honorees }: ReportSources,
): GeneratedFile[] {
  const rng = Rng.for(seed, 'reports');
  const files: GeneratedFile[] = [];
  const centralClusters = clusters.filter((c) => c.kind === 'cum');
  const awardUsable = (a: Award, day: number) => validAt(a, day);

  for (let i = 0; i < count; i++) {
    const roll = rng.next();
    let day: number;
    let eventKind: EventKind;
    let title: string;
    let summary: string;
    let provinces: string[] = [];
    let clusterIds: string[] = [];
    let movementIds: string[] = [];
    let honoreeIds: string[] = [];
    const honours: Record<string, unknown>[] = [];
    let lead: string;
    let placeLabel: string;

    if (roll < 0.55 && decisions.length) {
      const d = rng.pick(decisions);
      day = d.day;
      const later = d.day + rng.int(0, 20);
      if (later <= LAST_DAY && validAt(d.province, later) && awardUsable(d.award, later)) day = later;
      eventKind = d.type === 'thuong-xuyen' && monthOfDay(day) <= 3 ? 'tong-ket' : 'trao-tang';
      const what = awardLabel(d.award.name, d.awardClass);
      const who = d.kinds.map((k) => RECIPIENT_KIND_LABELS[k]).join(', ');
      placeLabel = d.province.label;
      title = `${capitalise(d.province.label)} ${eventKind === 'tong-ket' ? 'tổng kết thi đua, trao' : 'trao'} ${what} cho ${d.count} ${who}`;
      summary = `Ngày ${viDate(day)}, ${d.province.label} tổ chức trao ${what} cho ${d.count} ${who} theo Quyết định số ${d.number} của ${d.issuer} (dữ liệu tổng hợp).`;
      provinces = [d.province.id];
      honoreeIds = d.honorees.slice(0, 3);
      honours.push({
        award: d.award.id,
        awardClass: d.awardClass,
        recipients: `${capitalise(who)} có thành tích xuất sắc`,
        recipientKinds: d.kinds,
        count: d.count,
        presentedBy: `Ông ${personName(rng, false).name}, ${officialTitle(rng, d.province)}`,
        decision: d.id,
        honoree: d.honorees[0],
      });
      lead = `Ngày ${viDate(day)}, ${d.province.label} tổ chức lễ trao ${what} cho ${d.count} ${who} đã có thành tích xuất sắc. ${d.issuer} đã ký quyết định khen thưởng ngày ${viDate(d.day)}.`;
    } else if (roll < 0.7 && centralClusters.length) {
      const c = rng.pick(centralClusters);
      const year = rng.int(FIRST_YEAR, LAST_YEAR);
      const y = c.years.get(year)!;
      const review = year < LAST_YEAR && rng.chance(0.5);
      // The review of a year is held in January of the next; the pact is signed early in the year.
      day = review ? dayNumber(`${year + 1}-01-${String(rng.int(10, 28)).padStart(2, '0')}`) : y.pactDay;
      eventKind = review ? 'tong-ket' : 'ky-giao-uoc';
      const units = [...new Set(y.members.map((m) => unitOn(ref, m, day)?.id).filter((x): x is string => !!x))];
      provinces = units;
      clusterIds = [c.id];
      placeLabel = 'các tỉnh, thành phố trong cụm';
      title = review ? `${c.name} tổng kết năm ${year}, suy tôn đơn vị dẫn đầu` : `${c.name} ký giao ước thi đua năm ${year}`;
      summary = `${review ? 'Hội nghị tổng kết' : 'Lễ ký giao ước thi đua'} của ${c.name} ngày ${viDate(day)}, với ${units.length} tỉnh, thành phố (dữ liệu tổng hợp).`;
      lead = `Ngày ${viDate(day)}, ${units.length} tỉnh, thành phố thuộc ${c.name} đã ${review ? `tổng kết phong trào thi đua năm ${year}, bình xét và suy tôn đơn vị dẫn đầu` : `ký giao ước thi đua năm ${year}`}.`;
      const flag = ref.awardsById.get('co-thi-dua-chinh-phu');
      if (review && flag && awardUsable(flag, day)) {
        honours.push({ award: flag.id, recipients: 'Đơn vị dẫn đầu cụm được suy tôn đề nghị', recipientKinds: ['tap-the'].filter((k) => flag.recipients.includes(k as RecipientKind)), count: 1 });
      }
    } else if (roll < 0.9 && movements.length) {
      const m = rng.pick(movements);
      const launch = rng.chance(0.4);
      day = launch ? m.start + rng.int(0, 20) : rng.int(m.start + 90, Math.max(m.start + 90, LAST_DAY));
      if (day > LAST_DAY) day = LAST_DAY;
      eventKind = launch ? 'phat-dong' : rng.pick(['so-ket', 'tong-ket'] as const);
      movementIds = [m.id];
      const home = m.province ? unitOn(ref, m.province, day) : undefined;
      const unit = home ?? rng.pick(ref.provinces.filter((p) => validAt(p, day)));
      provinces = [unit.id];
      placeLabel = unit.label;
      title = `${capitalise(unit.label)} ${launch ? 'phát động' : eventKind === 'so-ket' ? 'sơ kết' : 'tổng kết'} phong trào “${m.name}”`;
      summary = `Ngày ${viDate(day)}, ${unit.label} ${launch ? 'phát động' : 'đánh giá kết quả'} phong trào “${m.name}” (dữ liệu tổng hợp).`;
      lead = `Ngày ${viDate(day)}, ${unit.label} ${launch ? 'tổ chức lễ phát động' : 'tổ chức hội nghị đánh giá kết quả'} phong trào “${m.name}”.`;
    } else {
      day = rng.int(FIRST_DAY, LAST_DAY);
      const [kind, words] = rng.pick(OTHER_EVENTS);
      eventKind = kind;
      const unit = rng.pick(ref.provinces.filter((p) => validAt(p, day)));
      provinces = [unit.id];
      placeLabel = unit.label;
      title = `${capitalise(unit.label)} ${words}`;
      summary = `Ngày ${viDate(day)}, ${unit.label} ${words} (dữ liệu tổng hợp).`;
      lead = `Ngày ${viDate(day)}, ${unit.label} ${words}. Tham dự có đại diện lãnh đạo tỉnh, các sở, ban, ngành và điển hình tiên tiến.`;
      const local = honorees.filter((h) => currentOf(ref, h.province) === currentOf(ref, unit.id));
      if (local.length) honoreeIds = [rng.pick(local).id];
      const usable = ref.awards.filter((a) => awardUsable(a, day) && a.level === 'bo-nganh-tinh');
      if (usable.length && rng.chance(0.7)) {
        const a = rng.pick(usable);
        const kinds = a.recipients.filter((k) => k !== 'ho-gia-dinh');
        honours.push({
          award: a.id,
          awardClass: a.classes.length ? rng.pick(a.classes) : undefined,
          recipients: 'Nhiều đơn vị và người lao động tiêu biểu',
          recipientKinds: kinds.length ? kinds : a.recipients,
          count: rng.int(5, 120),
        });
      }
    }
    const iso = isoDay(day);
    const id = `${iso}-${eventKind}-${shortSlug(provinces.length ? ref.byId.get(provinces[0]!)!.name : 'toan-quoc', 30)}-${String(i + 1).padStart(5, '0')}`;
    const extra = honours.length
      ? [`Dịp này, ${honours.map((h) => awardLabel(ref.awardsById.get(h.award as string)!.name, h.awardClass as AwardClass | undefined)).join(', ')} được trao cho những đơn vị và người lao động tiêu biểu.`]
      : [];
    const frontmatter = {
      title,
      date: iso,
      eventKind,
      place: placeLabel === 'các tỉnh, thành phố trong cụm' ? undefined : placeLabel,
      summary,
      provinces,
      clusters: clusterIds,
      movements: movementIds,
      honorees: honoreeIds,
      honours,
      officials: officialsFor(rng, provinces.length ? ref.byId.get(provinces[0]!) : undefined),
      authors: [personName(rng).name],
    };
    files.push({ path: `reports/${id}.md`, content: markdownFile(frontmatter, reportBody(rng, lead, placeLabel, extra)) });
  }
  return files;
}

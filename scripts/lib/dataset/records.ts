/**
 * One record of a decision: who is honoured (a person, a collective, a household), where
 * they work or live, and sometimes why.
 */
import type { AwardClass } from '../../../src/schemas/award.ts';
import type { RecipientKind } from '../../../src/schemas/common.ts';
import type { CommendationType } from '../../../src/schemas/decision.ts';
import { FOREIGN_NAMES, FOREIGN_ORGS, FOREIGN_TITLES, personName } from './names.ts';
import { communeWithDistrict, householdAddress, type Where } from './places.ts';
import { Rng, Weighted } from './random.ts';
import type { Award, Province } from './reference.ts';
import { capitalise, FIELDS } from './words.ts';
import { workplace, type Profile } from './workplaces.ts';

/** A record as written into a decision's `records`. */
export interface RecordOut {
  stt: number;
  name: string;
  kind: RecipientKind;
  title?: string;
  unit?: string;
  province?: string;
  citation?: string;
  posthumous?: true;
  awardClass?: AwardClass;
  honoree?: string;
  givenName?: string;
}

function citationFor(rng: Rng, type: CommendationType, year: number, kind: RecipientKind): string {
  switch (type) {
    case 'dot-xuat':
      return rng.pick([
        `Có hành động dũng cảm cứu người bị nạn trong đợt mưa lũ tháng ${rng.int(6, 11)}/${year}.`,
        `Đã có thành tích xuất sắc đột xuất trong công tác phòng, chống thiên tai, khắc phục hậu quả bão năm ${year}.`,
        `Dũng cảm tham gia chữa cháy, bảo vệ tài sản của Nhà nước và nhân dân.`,
        `Phát hiện, bắt giữ đối tượng phạm tội, góp phần giữ gìn an ninh, trật tự trên địa bàn.`,
      ]);
    case 'cong-hien':
      return 'Đã có quá trình cống hiến trong sự nghiệp cách mạng của Đảng và dân tộc.';
    case 'nien-han':
      return `Đã có thời gian phục vụ liên tục ${rng.pick(['15', '20', '25'] as const)} năm trong lực lượng vũ trang nhân dân.`;
    case 'doi-ngoai':
      return 'Đã có nhiều đóng góp tích cực vào việc vun đắp quan hệ hữu nghị và hợp tác với Việt Nam.';
    case 'chuyen-de':
      return `Đã có thành tích xuất sắc trong phong trào thi đua về ${rng.pick(FIELDS)}, giai đoạn ${year - rng.int(2, 4)}–${year}.`;
    default:
      if (kind === 'ho-gia-dinh') return `Gương mẫu chấp hành chủ trương, chính sách; tích cực tham gia xây dựng khu dân cư văn hóa năm ${year}.`;
      return rng.chance(0.5)
        ? `Đã có thành tích xuất sắc trong ${rng.pick(FIELDS)} năm ${year}, góp phần vào sự nghiệp xây dựng chủ nghĩa xã hội và bảo vệ Tổ quốc.`
        : `Hoàn thành xuất sắc nhiệm vụ ${rng.int(2, 5)} năm liên tục, từ năm ${year - rng.int(2, 4)} đến năm ${year}.`;
  }
}

/** How often each kind of recipient the award allows comes up. */
export function pickKindWeights(award: Award): Weighted<RecipientKind> | undefined {
  const w: [RecipientKind, number][] = [];
  if (award.recipients.includes('ca-nhan')) w.push(['ca-nhan', 72]);
  if (award.recipients.includes('tap-the')) w.push(['tap-the', 23]);
  if (award.recipients.includes('ho-gia-dinh')) w.push(['ho-gia-dinh', 5]);
  return w.length ? new Weighted(w) : undefined;
}

/** What every record of one decision shares. */
export interface RecordSpec {
  award: Award;
  type: CommendationType;
  year: number;
  /** Other units of the day, for records whose province differs from the decision's. */
  peers: Province[];
  profile: Profile;
  /** Huân chương, Huy chương Hữu nghị: foreigners. */
  foreign: boolean;
  /** Bà mẹ Việt Nam anh hùng. */
  mothers: boolean;
  /** Tỉnh / Thành phố Anh hùng: the people and armed forces of a place. */
  heroicPlace: boolean;
}

/** The record at `stt` of a decision. */
export function makeRecord(rng: Rng, stt: number, kind: RecipientKind, w: Where, d: RecordSpec): RecordOut {
  const { award, type, year, profile } = d;
  let rec: RecordOut;
  if (kind === 'ca-nhan') {
    if (d.foreign) {
      rec = { stt, name: rng.pick(FOREIGN_NAMES), kind, title: rng.pick(FOREIGN_TITLES), unit: `Dự án hợp tác phát triển tại ${w.province.label}` };
    } else {
      const person = personName(rng, d.mothers ? true : undefined);
      const wp = workplace(rng, w, profile);
      rec = { stt, name: person.name, kind };
      if (d.mothers) rec.unit = householdAddress(rng, w);
      else {
        rec.title = rng.pick(wp.titles);
        rec.unit = wp.unit;
      }
      if (person.givenName) rec.givenName = person.givenName;
      if (award.posthumous && (d.mothers ? rng.chance(0.6) : rng.chance(0.01))) rec.posthumous = true;
    }
  } else if (kind === 'tap-the') {
    if (d.foreign) {
      rec = { stt, name: `Tổ chức ${rng.pick(FOREIGN_ORGS)}`, kind, unit: `Hoạt động tại ${w.province.label}` };
    } else if (d.heroicPlace) {
      const c = rng.pick(w.places.communes);
      const place = stt === 1 ? w.province.label : communeWithDistrict(w, c);
      rec = { stt, name: `Nhân dân và lực lượng vũ trang ${place}`, kind, unit: capitalise(w.province.label) };
    } else {
      const wp = workplace(rng, w, profile);
      rec = { stt, name: wp.unit, kind, unit: wp.parent };
    }
  } else {
    const person = personName(rng);
    rec = { stt, name: `Hộ ${person.female ? 'bà' : 'ông'} ${person.name}`, kind, unit: householdAddress(rng, w) };
  }
  if (d.peers.length && rng.chance(0.03)) rec.province = rng.pick(d.peers).id;
  if (type === 'dot-xuat' || rng.chance(0.2)) rec.citation = citationFor(rng, type, year, kind);
  return rec;
}


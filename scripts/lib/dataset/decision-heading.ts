/**
 * The heading of a decision: who issues and signs it and the sign of its number, the kind of
 * commendation, and its subject ("Về việc tặng … cho …").
 */
import { awardLabel } from '../../../src/lib/awards.ts';
import type { AwardClass } from '../../../src/schemas/award.ts';
import { RECIPIENT_KIND_LABELS } from '../../../src/schemas/common.ts';
import type { CommendationType } from '../../../src/schemas/decision.ts';
import { personName } from './names.ts';
import { communeWithDistrict, type Where } from './places.ts';
import { Rng } from './random.ts';
import type { Award } from './reference.ts';
import { DEPARTMENT_CODES, DEPARTMENTS, MINISTRY_CODES } from './words.ts';
import type { Profile } from './workplaces.ts';

export interface Issuer {
  issuer: string;
  suffix: string;
  signer?: { name: string; title: string };
}

/** Who issues a decision on the award, with the sign of its number ("QĐ-UBND") and who signs it. */
export function issuerFor(rng: Rng, award: Award, w: Where, profile: Profile): Issuer {
  const pl = w.province.label;
  const signer = (title: string) => ({ name: personName(rng).name, title });
  if (/bo-nganh$/.test(award.id)) {
    const [ministry, code] = rng.pick(MINISTRY_CODES);
    return { issuer: `Bộ trưởng ${ministry}`, suffix: `QĐ-${code}`, signer: signer(rng.chance(0.5) ? 'Bộ trưởng' : 'KT. Bộ trưởng – Thứ trưởng') };
  }
  if (award.level === 'co-so' && profile === 'armed') {
    return rng.chance(0.5)
      ? { issuer: `Giám đốc Công an ${pl}`, suffix: 'QĐ-CAT', signer: signer('Giám đốc') }
      : { issuer: `Chỉ huy trưởng Bộ Chỉ huy Quân sự ${pl}`, suffix: 'QĐ-BCH', signer: signer('Chỉ huy trưởng') };
  }
  switch (award.level) {
    case 'nha-nuoc':
      return { issuer: 'Chủ tịch nước', suffix: 'QĐ-CTN' };
    case 'chinh-phu':
      return { issuer: 'Thủ tướng Chính phủ', suffix: 'QĐ-TTg' };
    case 'bo-nganh-tinh':
      return {
        issuer: `UBND ${pl}`,
        suffix: 'QĐ-UBND',
        signer: signer(rng.chance(0.6) ? 'Chủ tịch' : 'KT. Chủ tịch – Phó Chủ tịch'),
      };
    default: {
      const c = rng.pick(w.places.communes);
      const householdsOnly = award.recipients.length === 1 && award.recipients[0] === 'ho-gia-dinh';
      const roll = rng.next();
      if (householdsOnly || roll < 0.35) {
        return {
          issuer: `Chủ tịch UBND ${communeWithDistrict(w, c)}, ${pl}`,
          suffix: 'QĐ-UBND',
          signer: signer('Chủ tịch'),
        };
      }
      if (!w.merged && roll < 0.75) {
        const d = w.places.districts[c.district]!;
        return { issuer: `Chủ tịch UBND ${d.kind} ${d.name}, ${pl}`, suffix: 'QĐ-UBND', signer: signer('Chủ tịch') };
      }
      const dept = rng.pick(DEPARTMENTS);
      return { issuer: `Giám đốc ${dept} ${pl}`, suffix: `QĐ-${DEPARTMENT_CODES[dept] ?? 'S'}`, signer: signer('Giám đốc') };
    }
  }
}

/** The kind of commendation a decision on the award makes (regular, one-off, for service…). */
export function commendationTypeFor(rng: Rng, award: Award): CommendationType {
  if (/huu-nghi/.test(award.id)) return 'doi-ngoai';
  if (/dung-cam/.test(award.id)) return 'dot-xuat';
  switch (award.category) {
    case 'huy-chuong':
      return rng.chance(0.8) ? 'nien-han' : 'thuong-xuyen';
    case 'huan-chuong':
      return rng.pick(['thuong-xuyen', 'thuong-xuyen', 'cong-hien', 'cong-hien', 'dot-xuat', 'chuyen-de'] as const);
    case 'danh-hieu-thi-dua':
    case 'co-thi-dua':
      return rng.chance(0.85) ? 'thuong-xuyen' : 'chuyen-de';
    case 'danh-hieu-vinh-du':
    case 'giai-thuong':
      return 'thuong-xuyen';
    case 'ky-niem-chuong':
      return rng.chance(0.7) ? 'thuong-xuyen' : 'cong-hien';
    default:
      return rng.pick(['thuong-xuyen', 'thuong-xuyen', 'dot-xuat', 'chuyen-de', 'chuyen-de'] as const);
  }
}

/** Who a decision is for, in words: "các tập thể, cá nhân", "các hộ gia đình", "các bà mẹ". */
function recipientsPhrase(award: Award): string {
  if (/ba-me/.test(award.id)) return 'các bà mẹ';
  if (/^(tinh|thanh-pho)-anh-hung/.test(award.id)) return 'nhân dân và lực lượng vũ trang các địa phương';
  const words = (['tap-the', 'ca-nhan', 'ho-gia-dinh'] as const).filter((k) => award.recipients.includes(k)).map((k) => RECIPIENT_KIND_LABELS[k]);
  return `các ${words.length === 3 ? `${words[0]}, ${words[1]} và ${words[2]}` : words.join(', ')}`;
}

/** "Về việc tặng Bằng khen … cho các tập thể, cá nhân đã có thành tích xuất sắc năm 2023." */
export function subjectFor(award: Award, awardClass: AwardClass | undefined, type: CommendationType, year: number): string {
  const name = awardLabel(award.name, awardClass);
  const reason =
    award.category === 'danh-hieu-vinh-du'
      ? 'có công lao, thành tích đặc biệt xuất sắc'
      : type === 'dot-xuat'
        ? 'đã có thành tích xuất sắc đột xuất'
      : type === 'cong-hien'
        ? 'đã có quá trình cống hiến'
        : type === 'nien-han'
          ? 'đã có thời gian phục vụ trong lực lượng vũ trang'
          : type === 'doi-ngoai'
            ? 'đã có đóng góp cho quan hệ hữu nghị với Việt Nam'
            : type === 'chuyen-de'
              ? 'đã có thành tích xuất sắc trong phong trào thi đua theo chuyên đề'
              : `đã có thành tích xuất sắc năm ${year}`;
  let head: string;
  switch (award.category) {
    case 'huan-chuong':
    case 'huy-chuong':
      head = `Về việc tặng thưởng ${name}`;
      break;
    case 'danh-hieu-vinh-du':
      head = `Về việc phong tặng danh hiệu vinh dự Nhà nước “${award.name}”`;
      break;
    case 'danh-hieu-thi-dua':
      head = `Về việc công nhận danh hiệu “${award.name}” năm ${year}`;
      break;
    default:
      head = `Về việc tặng ${name}`;
  }
  return `${head} cho ${recipientsPhrase(award)} ${reason}. (Dữ liệu tổng hợp để thử nghiệm, không phải quyết định thật.)`;
}

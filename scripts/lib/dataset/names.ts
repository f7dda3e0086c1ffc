/**
 * Names of people: Vietnamese family, middle and given names in their usual proportions
 * (normalised to NFC once, so every name built from them is NFC), and foreigners' names for
 * the Friendship awards.
 */
import { nfc } from '../../../src/lib/text.ts';
import { Rng, Weighted } from './random.ts';
import { N } from './words.ts';

const FAMILY_NAMES = new Weighted<string>(
  (
    [
      ['Nguyễn', 380], ['Trần', 110], ['Lê', 95], ['Phạm', 70], ['Hoàng', 35], ['Huỳnh', 25], ['Phan', 45],
      ['Vũ', 25], ['Võ', 25], ['Đặng', 21], ['Bùi', 20], ['Đỗ', 14], ['Hồ', 13], ['Ngô', 13], ['Dương', 10],
      ['Lý', 5], ['Đinh', 8], ['Đoàn', 7], ['Đào', 7], ['Đàm', 2], ['Trịnh', 5], ['Mai', 4], ['Lương', 4],
      ['Cao', 3], ['Lưu', 3], ['Hà', 4], ['Tạ', 2], ['Chu', 2], ['Triệu', 2], ['Lò', 1], ['Hứa', 1],
      ['Vương', 2], ['Thái', 2], ['Kiều', 1], ['Đậu', 1], ['Nông', 1], ['Ma', 1], ['Lạc', 1], ['Quách', 1],
    ] as const
  ).map(([n, w]) => [nfc(n), w] as const),
);
const MIDDLE_MALE = N(['Văn', 'Văn', 'Văn', 'Đức', 'Minh', 'Quốc', 'Hữu', 'Công', 'Đình', 'Xuân', 'Thanh', 'Quang', 'Tiến', 'Mạnh', 'Trọng', 'Ngọc', 'Duy', 'Hoàng', 'Anh', 'Đăng', 'Bá', 'Khắc']);
const MIDDLE_FEMALE = N(['Thị', 'Thị', 'Thị', 'Thị', 'Ngọc', 'Thu', 'Thanh', 'Minh', 'Hồng', 'Kim', 'Phương', 'Thùy', 'Mai', 'Bích', 'Diệu', 'Hải', 'Đoan']);
const SECOND_MIDDLE_FEMALE = N(['Thu', 'Thanh', 'Ngọc', 'Minh', 'Kim', 'Hồng', 'Phương', 'Diệu', 'Bảo', 'Mỹ']);
const SECOND_MIDDLE_MALE = N(['Minh', 'Quang', 'Thanh', 'Đức', 'Tuấn', 'Hoàng', 'Anh', 'Quốc']);
const GIVEN_MALE = N([
  'An', 'Bình', 'Cường', 'Dũng', 'Đạt', 'Đức', 'Hải', 'Hiếu', 'Hòa', 'Hùng', 'Huy', 'Khánh', 'Khoa', 'Kiên', 'Long',
  'Lâm', 'Minh', 'Nam', 'Nghĩa', 'Phong', 'Phúc', 'Quang', 'Quân', 'Sơn', 'Tài', 'Thắng', 'Thành', 'Thịnh', 'Toàn',
  'Trung', 'Tuấn', 'Tùng', 'Việt', 'Vinh', 'Đông', 'Định', 'Hưng', 'Lợi', 'Lộc', 'Chiến', 'Công', 'Độ', 'Đoàn', 'Tâm',
]);
const GIVEN_FEMALE = N([
  'Anh', 'Dung', 'Duyên', 'Giang', 'Hà', 'Hạnh', 'Hằng', 'Hiền', 'Hoa', 'Hòa', 'Hồng', 'Huyền', 'Hương', 'Lan',
  'Liên', 'Linh', 'Loan', 'Mai', 'Nga', 'Ngân', 'Ngọc', 'Nhung', 'Oanh', 'Phương', 'Quyên', 'Quỳnh', 'Tâm', 'Thảo',
  'Thủy', 'Trang', 'Tuyết', 'Vân', 'Yến', 'Đào', 'Điệp', 'Diệp', 'Nhàn', 'Thơ', 'Xuân', 'Đan',
]);
/** Two-syllable given names (the record then says which part is the given name). */
const COMPOUND_MALE = N(['Bình Minh', 'Hoài Nam', 'Minh Đức', 'Quốc Đạt', 'Trung Kiên', 'Đức Anh', 'Gia Huy']);
const COMPOUND_FEMALE = N(['Thu Hà', 'Bảo Anh', 'Diệu Linh', 'Thanh Tâm', 'Ngọc Điệp', 'Hồng Nhung', 'Minh Thư']);
export const FOREIGN_TITLES = N(['Chuyên gia', 'Tình nguyện viên', 'Trưởng đại diện', 'Giáo sư thỉnh giảng']);
export const FOREIGN_ORGS = N(['Hợp tác phát triển Á – Âu', 'Thiện nguyện Mê Kông', 'Giáo dục không biên giới', 'Y tế cộng đồng Thái Bình Dương']);
export const FOREIGN_NAMES = N([
  'Tanaka Hiroshi', 'Suzuki Yuki', 'Kim Min-jun', 'Park Ji-yeon', 'Somchai Phommachanh', 'Bounmy Sisavath',
  'Sok Dara', 'Chan Sophea', 'Anna Schneider', 'Pierre Dubois', 'Maria Rossi', 'John Carter', 'Olga Ivanova',
  'Lars Andersen', 'Carlos Méndez', 'Emily Watson',
]);

export interface PersonName {
  name: string;
  female: boolean;
  /** Set when the given name is not the last word. */
  givenName?: string;
}

/** A person's full name; women and men in equal numbers unless `female` is given. */
export function personName(rng: Rng, female = rng.chance(0.5)): PersonName {
  const family = FAMILY_NAMES.pick(rng);
  const roll = rng.next();
  if (roll < 0.03) {
    const compound = rng.pick(female ? COMPOUND_FEMALE : COMPOUND_MALE);
    const middle = rng.chance(0.5) ? ` ${rng.pick(female ? MIDDLE_FEMALE : MIDDLE_MALE)}` : '';
    return { name: `${family}${middle} ${compound}`, female, givenName: compound };
  }
  let middle = rng.pick(female ? MIDDLE_FEMALE : MIDDLE_MALE);
  // "Hoàng Hoàng Nghĩa", "Mai Mai": a middle name that repeats the family name reads as a typo.
  if (middle === family) middle = female ? 'Thị' : 'Văn';
  let given = rng.pick(female ? GIVEN_FEMALE : GIVEN_MALE);
  if (given === middle) given = rng.pick(female ? GIVEN_FEMALE : GIVEN_MALE);
  if (roll < 0.3) {
    const second = rng.pick(female ? SECOND_MIDDLE_FEMALE : SECOND_MIDDLE_MALE);
    if (second !== middle && second !== given) return { name: `${family} ${middle} ${second} ${given}`, female };
  }
  return { name: `${family} ${middle} ${given}`, female };
}

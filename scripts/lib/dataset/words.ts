/**
 * The words of local government the dataset writes with: syllables of place names, offices
 * and departments, the positions people hold, fields of work, ministries. Normalised to NFC
 * once, so that everything built from them is NFC.
 */
import { nfc } from '../../../src/lib/text.ts';

/** A word list, in NFC. */
export const N = (list: readonly string[]) => list.map(nfc);

/** "tỉnh Quảng Ninh" → "Tỉnh Quảng Ninh", at the start of a sentence or a name. */
export const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Syllables for made-up place names: "Tân Phú", "Đông Hòa". */
export const PLACE_SYLLABLES = N([
  'Tân', 'Phú', 'Hòa', 'An', 'Bình', 'Đông', 'Tây', 'Nam', 'Bắc', 'Thạnh', 'Lộc', 'Phước', 'Đức', 'Xuân', 'Hưng',
  'Long', 'Thuận', 'Yên', 'Quang', 'Vĩnh', 'Sơn', 'Hải', 'Thủy', 'Trung', 'Đại', 'Kim', 'Ngọc', 'Cẩm', 'Định',
  'Hiệp', 'Mỹ', 'Lạc', 'Thanh', 'Minh', 'Hồng', 'Đồng', 'Quảng', 'Hương', 'Nghĩa', 'Thịnh', 'Cát', 'Lâm', 'Hà',
  'Phong', 'Điền', 'Khánh', 'Đoài', 'Lũng', 'Cao', 'Tiên',
]);

export const DISTRICT_OFFICES = N([
  'Phòng Nội vụ', 'Phòng Giáo dục và Đào tạo', 'Phòng Tài chính – Kế hoạch', 'Phòng Nông nghiệp và Phát triển nông thôn',
  'Phòng Văn hóa và Thông tin', 'Phòng Lao động – Thương binh và Xã hội', 'Văn phòng HĐND và UBND',
]);
export const DEPARTMENTS = N([
  'Sở Nội vụ', 'Sở Tài chính', 'Sở Giáo dục và Đào tạo', 'Sở Y tế', 'Sở Xây dựng', 'Sở Công Thương', 'Sở Tư pháp',
  'Sở Văn hóa, Thể thao và Du lịch', 'Sở Khoa học và Công nghệ',
]);
/** Departments' signs in decision numbers: "12/QĐ-SNV". */
export const DEPARTMENT_CODES: Record<string, string> = {
  'Sở Nội vụ': 'SNV',
  'Sở Tài chính': 'STC',
  'Sở Giáo dục và Đào tạo': 'SGDĐT',
  'Sở Y tế': 'SYT',
  'Sở Xây dựng': 'SXD',
  'Sở Công Thương': 'SCT',
  'Sở Tư pháp': 'STP',
  'Sở Văn hóa, Thể thao và Du lịch': 'SVHTTDL',
  'Sở Khoa học và Công nghệ': 'SKHCN',
};
const T = (list: readonly string[]) => Object.freeze(N(list));
/** Positions held in each kind of workplace; repeated entries are the more common. */
export const TITLES = {
  school: T(['Giáo viên', 'Giáo viên', 'Giáo viên', 'Giáo viên', 'Hiệu trưởng', 'Phó Hiệu trưởng', 'Tổng phụ trách Đội', 'Nhân viên thư viện']),
  preschool: T(['Giáo viên', 'Giáo viên', 'Giáo viên', 'Hiệu trưởng', 'Phó Hiệu trưởng', 'Nhân viên cấp dưỡng']),
  highSchool: T(['Giáo viên', 'Giáo viên', 'Giáo viên', 'Hiệu trưởng', 'Phó Hiệu trưởng', 'Bí thư Đoàn trường']),
  healthStation: T(['Trạm trưởng', 'Y sĩ', 'Y sĩ', 'Điều dưỡng', 'Nữ hộ sinh', 'Dược sĩ']),
  hospital: T(['Bác sĩ', 'Bác sĩ', 'Điều dưỡng', 'Điều dưỡng trưởng', 'Giám đốc', 'Phó Giám đốc', 'Kỹ thuật viên xét nghiệm']),
  commune: T(['Chủ tịch UBND', 'Phó Chủ tịch UBND', 'Công chức Văn phòng – Thống kê', 'Công chức Địa chính – Xây dựng', 'Công chức Tư pháp – Hộ tịch', 'Công chức Văn hóa – Xã hội']),
  police: T(['Trưởng Công an', 'Phó Trưởng Công an', 'Cán bộ', 'Chiến sĩ']),
  office: T(['Trưởng phòng', 'Phó Trưởng phòng', 'Chuyên viên', 'Chuyên viên', 'Chuyên viên chính']),
  department: T(['Giám đốc', 'Phó Giám đốc', 'Chánh Văn phòng', 'Trưởng phòng', 'Chuyên viên', 'Chuyên viên chính']),
  farmers: T(['Chủ tịch Hội Nông dân', 'Phó Chủ tịch Hội Nông dân', 'Hội viên']),
  women: T(['Chủ tịch Hội Liên hiệp Phụ nữ', 'Phó Chủ tịch Hội Liên hiệp Phụ nữ', 'Hội viên']),
  youth: T(['Bí thư Đoàn', 'Phó Bí thư Đoàn', 'Đoàn viên']),
  veterans: T(['Chủ tịch Hội Cựu chiến binh', 'Hội viên']),
  hamlet: T(['Trưởng thôn', 'Bí thư Chi bộ thôn', 'Chi hội trưởng Chi hội Phụ nữ thôn', 'Công an viên']),
  street: T(['Tổ trưởng tổ dân phố', 'Bí thư Chi bộ', 'Trưởng ban công tác Mặt trận']),
  firm: T(['Giám đốc', 'Phó Giám đốc', 'Kỹ sư', 'Công nhân', 'Công nhân', 'Kế toán trưởng', 'Quản đốc phân xưởng']),
  coop: T(['Giám đốc hợp tác xã', 'Thành viên hợp tác xã', 'Kế toán']),
  military: T(['Chỉ huy trưởng', 'Chính trị viên', 'Trợ lý tác chiến', 'Thượng úy, Trợ lý quân lực', 'Trung úy, Trợ lý hậu cần']),
  artists: T(['Diễn viên', 'Diễn viên', 'Đạo diễn', 'Nhạc công', 'Biên đạo múa', 'Nghệ sĩ biểu diễn']),
  artisans: T(['Nghệ nhân', 'Nghệ nhân', 'Thợ cả', 'Chủ cơ sở sản xuất']),
  scholars: T(['Nhà nghiên cứu', 'Giảng viên', 'Phó Giáo sư, Tiến sĩ', 'Tiến sĩ', 'Chủ nhiệm công trình']),
  provincialPolice: T(['Thượng tá, Trưởng phòng', 'Trung tá, Phó Trưởng phòng', 'Thiếu tá, Đội trưởng', 'Đại úy, Cán bộ', 'Thượng úy, Cán bộ']),
};

/** Fields of work a citation names. */
export const FIELDS = N([
  'công tác chuyên môn', 'phong trào thi đua yêu nước', 'công tác cải cách hành chính', 'xây dựng nông thôn mới',
  'công tác dân vận', 'phòng, chống thiên tai và tìm kiếm cứu nạn', 'công tác giáo dục và đào tạo',
  'chăm sóc sức khỏe nhân dân', 'bảo đảm an ninh, trật tự', 'chuyển đổi số', 'phát triển kinh tế – xã hội',
  'công tác giảm nghèo bền vững', 'xây dựng Đảng và hệ thống chính trị',
]);

/** Ministries and their signs in decision numbers. */
export const MINISTRY_CODES: readonly (readonly [string, string])[] = [
  ['Bộ Giáo dục và Đào tạo', 'BGDĐT'],
  ['Bộ Y tế', 'BYT'],
  ['Bộ Tài chính', 'BTC'],
  ['Bộ Nội vụ', 'BNV'],
  ['Bộ Công Thương', 'BCT'],
  ['Bộ Tư pháp', 'BTP'],
  ['Bộ Văn hóa, Thể thao và Du lịch', 'BVHTTDL'],
].map(([m, c]) => [nfc(m!), nfc(c!)] as const);

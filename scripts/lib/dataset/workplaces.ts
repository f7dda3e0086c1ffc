/**
 * Workplaces: a unit, the body above it, and the positions people hold there, fitted to the
 * award (Nhà giáo ưu tú goes to teachers, Huy chương Quân kỳ to soldiers…).
 */
import { communeLabel, communeWithDistrict, districtLabel, type Commune, type Where } from './places.ts';
import { Rng } from './random.ts';
import { capitalise, DEPARTMENTS, DISTRICT_OFFICES, TITLES } from './words.ts';

export interface Workplace {
  /** The unit as a collective would be named: "Trường THCS Tân Phú, huyện Hòa Đông". */
  unit: string;
  /** The body above it. */
  parent: string;
  titles: readonly string[];
}

type WorkplaceMaker = (rng: Rng, w: Where, c: Commune) => Workplace;

const WORKPLACES: Record<string, WorkplaceMaker> = {
  school: (rng, w, c) => ({
    unit: `Trường ${rng.pick(['Tiểu học', 'THCS', 'Tiểu học và THCS'] as const)} ${c.name}, ${communeWithDistrict(w, c)}`,
    parent: w.merged ? `UBND ${communeLabel(c, true)}` : `Phòng Giáo dục và Đào tạo ${districtLabel(w, c)}`,
    titles: TITLES.school,
  }),
  preschool: (_rng, w, c) => ({
    unit: `Trường Mầm non ${c.name}, ${communeWithDistrict(w, c)}`,
    parent: w.merged ? `UBND ${communeLabel(c, true)}` : `Phòng Giáo dục và Đào tạo ${districtLabel(w, c)}`,
    titles: TITLES.preschool,
  }),
  highSchool: (rng, w) => ({
    unit: `Trường THPT ${rng.pick(w.places.hamlets)}, ${w.province.label}`,
    parent: `Sở Giáo dục và Đào tạo ${w.province.label}`,
    titles: TITLES.highSchool,
  }),
  healthStation: (_rng, w, c) => ({
    unit: `Trạm Y tế ${communeWithDistrict(w, c)}`,
    parent: w.merged ? `UBND ${communeLabel(c, true)}` : `Trung tâm Y tế ${districtLabel(w, c)}`,
    titles: TITLES.healthStation,
  }),
  hospital: (rng, w, c) =>
    w.merged || rng.chance(0.5)
      ? { unit: `Bệnh viện Đa khoa ${w.province.label}`, parent: `Sở Y tế ${w.province.label}`, titles: TITLES.hospital }
      : { unit: `Trung tâm Y tế ${districtLabel(w, c)}, ${w.province.label}`, parent: `Sở Y tế ${w.province.label}`, titles: TITLES.hospital },
  commune: (_rng, w, c) => ({
    unit: `UBND ${communeWithDistrict(w, c)}`,
    parent: w.merged ? `UBND ${w.province.label}` : `UBND ${districtLabel(w, c)}`,
    titles: TITLES.commune.map((t) => (t.endsWith('UBND') ? `${t} ${c.kind === 'phường' ? 'phường' : 'xã'}` : t)),
  }),
  communePolice: (_rng, w, c) => ({
    unit: `Công an ${communeWithDistrict(w, c)}`,
    parent: w.merged ? `Công an ${w.province.label}` : `Công an ${districtLabel(w, c)}`,
    titles: TITLES.police,
  }),
  districtOffice: (rng, w, c) =>
    w.merged
      ? WORKPLACES.department!(rng, w, c)
      : { unit: `${rng.pick(DISTRICT_OFFICES)} ${districtLabel(w, c)}`, parent: `UBND ${districtLabel(w, c)}`, titles: TITLES.office },
  department: (rng, w) => ({ unit: `${rng.pick(DEPARTMENTS)} ${w.province.label}`, parent: `UBND ${w.province.label}`, titles: TITLES.department }),
  massOrg: (rng, w, c) => {
    const [org, titles] = rng.pick([
      ['Hội Nông dân', TITLES.farmers],
      ['Hội Liên hiệp Phụ nữ', TITLES.women],
      ['Đoàn Thanh niên', TITLES.youth],
      ['Hội Cựu chiến binh', TITLES.veterans],
    ] as const);
    return { unit: `${org} ${communeWithDistrict(w, c)}`, parent: `${org} ${w.merged ? w.province.label : districtLabel(w, c)}`, titles };
  },
  hamlet: (rng, w, c) =>
    c.kind === 'phường'
      ? { unit: `Tổ dân phố số ${rng.int(1, 24)}, ${communeWithDistrict(w, c)}`, parent: `UBND ${communeLabel(c, w.merged)}`, titles: TITLES.street }
      : { unit: `Thôn ${rng.pick(w.places.hamlets)}, ${communeWithDistrict(w, c)}`, parent: `UBND ${communeLabel(c, w.merged)}`, titles: TITLES.hamlet },
  firm: (rng, w) => ({
    unit: `${rng.pick(['Công ty Cổ phần', 'Công ty TNHH', 'Công ty TNHH MTV'] as const)} ${rng.pick(w.places.firms)}`,
    parent: `Hiệp hội Doanh nghiệp ${w.province.label}`,
    titles: TITLES.firm,
  }),
  coop: (_rng, w, c) => ({ unit: `Hợp tác xã Nông nghiệp ${c.name}, ${communeWithDistrict(w, c)}`, parent: `UBND ${communeLabel(c, w.merged)}`, titles: TITLES.coop }),
  police: (rng, w, c) =>
    w.merged || rng.chance(0.5)
      ? { unit: `${rng.pick(['Phòng Cảnh sát giao thông', 'Phòng Cảnh sát hình sự', 'Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ', 'Phòng An ninh kinh tế'] as const)}, Công an ${w.province.label}`, parent: `Công an ${w.province.label}`, titles: TITLES.provincialPolice }
      : { unit: `Công an ${districtLabel(w, c)}, ${w.province.label}`, parent: `Công an ${w.province.label}`, titles: TITLES.provincialPolice },
  military: (rng, w, c) =>
    w.merged || rng.chance(0.4)
      ? { unit: `Bộ Chỉ huy Quân sự ${w.province.label}`, parent: 'Bộ Tư lệnh Quân khu', titles: TITLES.military }
      : { unit: `Ban Chỉ huy Quân sự ${districtLabel(w, c)}, ${w.province.label}`, parent: `Bộ Chỉ huy Quân sự ${w.province.label}`, titles: TITLES.military },
  artTroupe: (rng, w) => ({
    unit: `${rng.pick(['Nhà hát Ca múa nhạc', 'Đoàn Nghệ thuật truyền thống', 'Nhà hát Chèo', 'Trung tâm Văn hóa – Nghệ thuật'] as const)} ${w.province.label}`,
    parent: `Sở Văn hóa, Thể thao và Du lịch ${w.province.label}`,
    titles: TITLES.artists,
  }),
  craftVillage: (rng, w, c) => ({
    unit: `Làng nghề ${rng.pick(['gốm', 'mây tre đan', 'dệt thổ cẩm', 'chạm bạc', 'sơn mài', 'rèn', 'làm nón'] as const)} ${rng.pick(w.places.hamlets)}, ${communeWithDistrict(w, c)}`,
    parent: `UBND ${communeLabel(c, w.merged)}`,
    titles: TITLES.artisans,
  }),
  institute: (rng, w) => ({
    unit: `${rng.pick(['Trường Đại học', 'Viện Nghiên cứu Phát triển', 'Trung tâm Khoa học Xã hội'] as const)} ${rng.pick(w.places.firms)}`,
    parent: `Sở Khoa học và Công nghệ ${w.province.label}`,
    titles: TITLES.scholars,
  }),
  communeSelf: (_rng, w, c) => ({
    unit: capitalise(communeWithDistrict(w, c)),
    parent: w.merged ? `UBND ${w.province.label}` : `UBND ${districtLabel(w, c)}`,
    titles: TITLES.commune,
  }),
};

/** Which workplaces fit an award: Nhà giáo ưu tú goes to teachers, Huy chương Quân kỳ to soldiers… */
export type Profile = 'general' | 'armed' | 'teachers' | 'doctors' | 'artists' | 'artisans' | 'scholars' | 'hamlets' | 'communes';
const PROFILE_WORKPLACES: Record<Profile, readonly string[]> = {
  general: ['school', 'school', 'preschool', 'highSchool', 'healthStation', 'hospital', 'commune', 'communePolice', 'districtOffice', 'department', 'massOrg', 'hamlet', 'firm', 'coop', 'police', 'military'],
  armed: ['police', 'military', 'communePolice'],
  teachers: ['school', 'preschool', 'highSchool'],
  doctors: ['healthStation', 'hospital'],
  artists: ['artTroupe'],
  artisans: ['craftVillage'],
  scholars: ['institute', 'hospital'],
  hamlets: ['hamlet'],
  communes: ['communeSelf'],
};

export function profileOf(award: { id: string; category: string }): Profile {
  const id = award.id;
  if (/nha-giao/.test(id)) return 'teachers';
  if (/thay-thuoc/.test(id)) return 'doctors';
  if (/nghe-si/.test(id)) return 'artists';
  if (/nghe-nhan/.test(id)) return 'artisans';
  if (award.category === 'giai-thuong') return 'scholars';
  if (/thon-to-dan-pho/.test(id)) return 'hamlets';
  if (/xa-phuong/.test(id)) return 'communes';
  if (/quan-ky|an-ninh|chien-si-ve-vang|quan-cong|chien-cong|bao-ve-to-quoc|luc-luong-vu-trang|quyet-thang|don-vi-tien-tien|chien-si-tien-tien/.test(id)) {
    return 'armed';
  }
  return 'general';
}

/** A workplace of the kind the profile fits, in a commune of the place. */
export function workplace(rng: Rng, w: Where, profile: Profile = 'general'): Workplace {
  const maker = WORKPLACES[rng.pick(PROFILE_WORKPLACES[profile])]!;
  return maker(rng, w, rng.pick(w.places.communes));
}

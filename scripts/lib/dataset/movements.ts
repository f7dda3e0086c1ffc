/**
 * Emulation movements: nationwide, by sector, and local ones at every level, each launched
 * on a day between 2016 and 2025 by the body of its level.
 */
import type { MovementLevel } from '../../../src/schemas/movement.ts';
import { dayNumber, FIRST_DAY, isoDay, LAST_DAY, MERGER_DAY, viDate, viMonth, yearOfDay } from './calendar.ts';
import { markdownFile, shortSlug, type GeneratedFile } from './files.ts';
import { communeLabel, communeWithDistrict, type PlaceBook, type Where } from './places.ts';
import { Rng } from './random.ts';
import { validAt, type Reference } from './reference.ts';
import { capitalise, DEPARTMENTS, N } from './words.ts';

/** What decisions and reports need to know of a movement. */
export interface MovementOut {
  id: string;
  name: string;
  level: MovementLevel;
  /** The day it starts as its file gives it: the day itself, or the 1st when only the month is written. */
  start: number;
  /** Province the movement belongs to, or undefined for a nationwide one. */
  province?: string;
}

const THEMES = N([
  'xây dựng nông thôn mới nâng cao, kiểu mẫu', 'vì người nghèo – không để ai bị bỏ lại phía sau',
  'đổi mới, sáng tạo trong dạy và học', 'chuyển đổi số', 'xây dựng xã hội học tập', 'xóa nhà tạm, nhà dột nát',
  'cải cách hành chính, làm người dân hài lòng hơn', 'xanh – sạch – đẹp', 'dân vận khéo',
  'bảo đảm an toàn giao thông', 'phòng, chống dịch bệnh', 'khởi nghiệp, đổi mới sáng tạo', 'văn hóa công sở',
  'giữ gìn an ninh, trật tự ở cơ sở', 'phát triển du lịch cộng đồng', 'lao động giỏi, lao động sáng tạo',
  'chung tay bảo vệ môi trường', 'đền ơn đáp nghĩa', 'học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
  'thi đua đặc biệt chào mừng đại hội Đảng bộ các cấp',
]);
const SECTORS = N(['Giáo dục', 'Y tế', 'Tài chính', 'Nội vụ', 'Công Thương', 'Nông nghiệp', 'Văn hóa, Thể thao và Du lịch', 'Tư pháp']);
const MINISTRIES: Record<string, string> = {
  'Giáo dục': 'Bộ Giáo dục và Đào tạo',
  'Y tế': 'Bộ Y tế',
  'Tài chính': 'Bộ Tài chính',
  'Nội vụ': 'Bộ Nội vụ',
  'Công Thương': 'Bộ Công Thương',
  'Nông nghiệp': 'Bộ Nông nghiệp và Phát triển nông thôn',
  'Văn hóa, Thể thao và Du lịch': 'Bộ Văn hóa, Thể thao và Du lịch',
  'Tư pháp': 'Bộ Tư pháp',
};

/** How many movements of each level. */
const LEVEL_COUNTS: readonly (readonly [MovementLevel, number])[] = [
  ['trung-uong', 6],
  ['nganh', 6],
  ['tinh', 14],
  ['huyen', 6],
  ['xa', 4],
  ['co-quan', 4],
];

export function generateMovements(ref: Reference, places: PlaceBook, seed: number): { files: GeneratedFile[]; movements: MovementOut[] } {
  const rng = Rng.for(seed, 'movements');
  const files: GeneratedFile[] = [];
  const movements: MovementOut[] = [];
  const usedIds = new Set<string>();
  const national: MovementOut[] = [];
  for (const [level, count] of LEVEL_COUNTS) {
    for (let i = 0; i < count; i++) {
      const theme = rng.pick(THEMES);
      // Start: a month between 2016 and 2025; local movements after the reform use the new units.
      let start = rng.int(FIRST_DAY, LAST_DAY - 120);
      if (level === 'huyen') start = rng.int(FIRST_DAY, MERGER_DAY - 200);
      const startIso = isoDay(start);
      const startDay = dayNumber(`${startIso.slice(0, 7)}-01`);
      const monthEnd = dayNumber(isoDay(startDay + 31).slice(0, 7) + '-01') - 1;
      const provinceCandidates = ref.provinces.filter((p) => validAt(p, startDay) && validAt(p, monthEnd));
      const province = rng.pick(provinceCandidates);
      const w: Where = { province, day: start, places: places.of(province.id), merged: start >= MERGER_DAY };
      const commune = rng.pick(w.places.communes);
      const district = w.places.districts[commune.district]!;
      let name: string;
      let launchedBy: string;
      let scope: string;
      let provinces: string[] = [];
      switch (level) {
        case 'trung-uong':
          name = `Cả nước thi đua ${theme}`;
          launchedBy = 'Thủ tướng Chính phủ';
          scope = 'cả nước';
          break;
        case 'nganh': {
          const sector = rng.pick(SECTORS);
          name = `Ngành ${sector} thi đua ${theme}`;
          launchedBy = MINISTRIES[sector]!;
          scope = `cán bộ, công chức, viên chức, người lao động ngành ${sector.toLowerCase()} trong cả nước`;
          break;
        }
        case 'tinh':
          name = `${capitalise(province.label)} thi đua ${theme}`;
          launchedBy = `UBND ${province.label}`;
          scope = `các cơ quan, đơn vị, địa phương trên địa bàn ${province.label}`;
          provinces = [province.id];
          break;
        case 'huyen':
          name = `${capitalise(district.kind)} ${district.name} thi đua ${theme}`;
          launchedBy = `UBND ${district.kind} ${district.name}, ${province.label}`;
          scope = `các xã, thị trấn và cơ quan, đơn vị trên địa bàn ${district.kind}`;
          provinces = [province.id];
          break;
        case 'xa':
          name = `${capitalise(communeLabel(commune, w.merged))} thi đua ${theme}`;
          launchedBy = `UBND ${communeWithDistrict(w, commune)}, ${province.label}`;
          scope = 'các thôn, tổ dân phố và hộ gia đình trên địa bàn';
          provinces = [province.id];
          break;
        default: {
          const dept = rng.pick(DEPARTMENTS);
          name = `${dept} ${province.label} thi đua ${theme}`;
          launchedBy = `Giám đốc ${dept} ${province.label}`;
          scope = 'công chức, viên chức và người lao động của cơ quan';
          provinces = [province.id];
        }
      }
      let id = shortSlug(name, 80);
      for (let k = 2; usedIds.has(id); k++) id = `${shortSlug(name, 76)}-${k}`;
      usedIds.add(id);
      const dayPrecise = rng.chance(0.5);
      const startText = dayPrecise ? startIso : startIso.slice(0, 7);
      const ongoing = rng.chance(0.3);
      const endYear = Math.min(yearOfDay(start) + rng.int(1, 5), 2030);
      const parent = level !== 'trung-uong' && national.length && rng.chance(0.4) ? rng.pick(national) : undefined;
      const frontmatter = {
        name,
        slogan: rng.chance(0.5) ? rng.pick(N(['Đoàn kết – Sáng tạo – Hiệu quả', 'Chung sức, đồng lòng', 'Nói đi đôi với làm', 'Mỗi ngày một việc tốt', 'Vì cộng đồng'])) : undefined,
        launchedBy,
        level,
        scope,
        provinces,
        parent: parent?.id,
        period: { start: startText, end: ongoing ? undefined : `${endYear}-12-31` },
        summary: `Phong trào ${theme} do ${launchedBy} phát động từ ${dayPrecise ? viDate(start) : viMonth(start)} (dữ liệu tổng hợp để thử nghiệm).`,
      };
      const body = [
        `Phong trào “${name}” được phát động nhằm cổ vũ ${scope} phát huy tinh thần chủ động, sáng tạo, hoàn thành tốt nhiệm vụ chính trị được giao. Đây là dữ liệu tổng hợp, sinh tự động để đo hiệu năng của trang.`,
        `Nội dung chính gồm: cụ thể hóa chỉ tiêu của từng đơn vị, gắn thi đua với công tác chuyên môn, kịp thời phát hiện, bồi dưỡng và nhân rộng các gương điển hình tiên tiến trong lĩnh vực ${theme}.`,
        ...(rng.chance(0.5)
          ? ['Việc sơ kết, tổng kết được thực hiện hằng năm; những người và đơn vị làm tốt được xét khen theo quy định của Luật Thi đua, khen thưởng.']
          : []),
      ];
      files.push({ path: `movements/${id}.md`, content: markdownFile(frontmatter, body) });
      const out: MovementOut = { id, name, level, start: dayPrecise ? start : startDay, province: provinces[0] };
      movements.push(out);
      if (level === 'trung-uong') national.push(out);
    }
  }
  return { files, movements };
}

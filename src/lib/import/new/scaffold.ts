/**
 * New content files from a title: a report (draft), a movement or a decision, each in
 * the folder the project reads it from, named after the title, with every required
 * field filled with a value that passes `npm run check:content` and a short comment
 * saying what to write there.
 */
import { AWARD_CLASS_LABELS, type AwardClass } from '../../../schemas/award.ts';
import { COMMENDATION_TYPE_LABELS, type CommendationType } from '../../../schemas/decision.ts';
import { EVENT_KIND_LABELS, EVENT_KINDS, type EventKind } from '../../../schemas/report.ts';
import { MOVEMENT_LEVEL_LABELS, MOVEMENT_LEVELS, type MovementLevel } from '../../../schemas/movement.ts';
import type { AwardEntry, ProvinceEntry } from '../../content/validate.ts';
import { cleanText, slugify } from '../../text.ts';
import { formatDecisionJson } from '../shared/decision-json.ts';

export const SCAFFOLD_KINDS = ['report', 'movement', 'decision'] as const;
export type ScaffoldKind = (typeof SCAFFOLD_KINDS)[number];

/** Other words a press officer may type for each kind. */
export const KIND_WORDS: Record<string, ScaffoldKind> = {
  report: 'report',
  tin: 'report',
  'tin-bai': 'report',
  bai: 'report',
  movement: 'movement',
  'phong-trao': 'movement',
  decision: 'decision',
  'quyet-dinh': 'decision',
};

const q = (s: string) => JSON.stringify(cleanText(s));

/** A file name from the title, at most 80 characters, cut between words. */
export function slugOf(title: string): string {
  let slug = slugify(title);
  if (slug.length > 80) slug = slug.slice(0, 80).replace(/-[^-]*$/, '');
  return slug;
}

export interface ScaffoldResult {
  /** Path inside the content folder. */
  relative: string;
  content: string;
  /** What to tell the author after writing. */
  notes: string[];
}

export function reportFile(o: { title: string; date: string; eventKind?: EventKind; provinces?: string[]; summary?: string }): ScaffoldResult {
  const slug = slugOf(o.title);
  const kinds = EVENT_KINDS.map((k) => `${k} (${EVENT_KIND_LABELS[k]})`).join(', ');
  const content = [
    '---',
    '# Tin bài mới, tạo bằng "npm run new". Từng trường được giải thích trong docs/content-formats.md.',
    `title: ${q(o.title)}`,
    '# Ngày diễn ra sự kiện hoặc ngày đăng: "2023-01-09", "9/1/2023", "2023-03" hoặc "không rõ".',
    `date: ${q(o.date)}`,
    `# Loại sự kiện: ${kinds}.`,
    `eventKind: ${q(o.eventKind ?? 'tin-tuc')}`,
    '# Nơi diễn ra; bỏ dấu # ở đầu dòng dưới nếu cần.',
    '# place: "Hội trường UBND tỉnh"',
    '# Một hai câu tóm tắt, hiện trong danh sách tin và kết quả tìm kiếm.',
    `summary: ${q(o.summary ?? 'Cần viết tóm tắt cho bài này.')}`,
    '# Mã tỉnh, thành phố bài nói đến (xem src/data/provinces.json), ví dụ ["quang-ninh"].',
    `provinces: [${(o.provinces ?? []).map(q).join(', ')}]`,
    '# Mã cụm, khối thi đua: tên tệp trong thư mục clusters, bỏ ".json".',
    'clusters: []',
    '# Mã phong trào: tên tệp trong thư mục movements, bỏ ".mdx".',
    'movements: []',
    '# Khen thưởng trao tại sự kiện, mỗi mục như sau (bỏ dấu #):',
    '#   - award: "huan-chuong-lao-dong"',
    '#     awardClass: "ba"',
    '#     recipients: "tập thể, cá nhân tiêu biểu trong năm"',
    'honours: []',
    '# Lãnh đạo dự, mỗi người như sau (bỏ dấu #):',
    '#   - name: "Nguyễn Văn A"',
    '#     titles: ["Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"]',
    'officials: []',
    'authors: []',
    '# Bản nháp được kiểm tra nhưng chưa đăng; đổi thành false khi bài đã sẵn sàng.',
    'draft: true',
    '---',
    '',
    'Viết bài ở đây. Các đoạn cách nhau một dòng trống; tiêu đề nhỏ bắt đầu bằng "## ".',
    '',
  ].join('\n');
  return { relative: `reports/${slug}.mdx`, content, notes: ['Bài đang là bản nháp (draft: true): đổi thành false khi đã sẵn sàng đăng.'] };
}

export function movementFile(o: {
  title: string;
  start?: string;
  province?: ProvinceEntry;
  launchedBy?: string;
  level?: MovementLevel;
  scope?: string;
}): ScaffoldResult {
  const slug = slugOf(o.title);
  const where = o.province ? `${o.province.type === 'thanh-pho' ? 'thành phố' : 'tỉnh'} ${o.province.name}` : undefined;
  const levels = MOVEMENT_LEVELS.map((l) => `${l} (${MOVEMENT_LEVEL_LABELS[l]})`).join('; ');
  const content = [
    '---',
    '# Phong trào mới, tạo bằng "npm run new". Từng trường được giải thích trong docs/content-formats.md.',
    '# Tên phong trào như khi phát động, không có dấu ngoặc kép.',
    `name: ${q(o.title)}`,
    '# Chủ đề, khẩu hiệu; bỏ dấu # ở đầu dòng dưới nếu có.',
    '# slogan: "Đoàn kết – Sáng tạo – Hiệu quả"',
    '# Cơ quan phát động, ví dụ "UBND tỉnh Quảng Ninh", "Thủ tướng Chính phủ".',
    `launchedBy: ${q(o.launchedBy ?? (where ? `UBND ${where}` : 'chưa rõ'))}`,
    `# Cấp của cơ quan phát động: ${levels}.`,
    `level: ${q(o.level ?? 'tinh')}`,
    '# Phong trào dành cho ai, ví dụ "cả nước", "các cơ quan, đơn vị trên địa bàn tỉnh".',
    `scope: ${q(o.scope ?? (where ? `các cơ quan, đơn vị, địa phương trên địa bàn ${where}` : 'chưa rõ'))}`,
    '# Mã tỉnh, thành phố phong trào diễn ra; để [] cho phong trào toàn quốc.',
    `provinces: [${o.province ? q(o.province.id) : ''}]`,
    '# start: ngày phát động ("2023-01-09", "2023-03" hoặc "không rõ"); thêm end: khi phong trào kết thúc.',
    'period:',
    `  start: ${q(o.start ?? 'không rõ')}`,
    '# Một hai câu tóm tắt cho danh sách; bỏ dấu # ở đầu dòng dưới.',
    '# summary: "…"',
    '---',
    '',
    'Mô tả phong trào: mục tiêu, nội dung chính, đối tượng và kết quả.',
    '',
  ].join('\n');
  return { relative: `movements/${slug}.mdx`, content, notes: [] };
}

export function decisionFile(o: {
  title: string;
  date: string;
  year: number;
  province: ProvinceEntry;
  award: AwardEntry;
  awardClass?: AwardClass;
  number?: string;
  issuer?: string;
  type?: CommendationType;
}): ScaffoldResult {
  const slug = slugOf(o.title);
  // One line of example, of a kind the award may go to.
  const samples = {
    'ca-nhan': { stt: 1, name: 'Nguyễn Văn A', kind: 'ca-nhan', title: 'Chức vụ', unit: 'Đơn vị công tác' },
    'tap-the': { stt: 1, name: 'Tên tập thể', kind: 'tap-the', unit: 'Cơ quan chủ quản' },
    'ho-gia-dinh': { stt: 1, name: 'Hộ ông Nguyễn Văn A', kind: 'ho-gia-dinh', unit: 'Thôn, xã' },
  } as const;
  const sampleRecord = samples[o.award.recipients[0] ?? 'ca-nhan'];
  const decision = {
    number: cleanText(o.number ?? `Chưa có số – ${o.title}`),
    date: o.date,
    issuer: cleanText(o.issuer ?? `UBND ${o.province.type === 'thanh-pho' ? 'thành phố' : 'tỉnh'} ${o.province.name}`),
    subject: cleanText(o.title),
    award: o.award.id,
    ...(o.awardClass ? { awardClass: o.awardClass } : {}),
    commendationType: o.type ?? 'thuong-xuyen',
    province: o.province.id,
    sample: true,
    records: [sampleRecord],
  };
  return {
    relative: `decisions/${o.province.id}/${o.year}/${slug}.json`,
    content: formatDecisionJson(decision),
    notes: [
      'Tệp JSON không có chỗ ghi chú, nên hướng dẫn ở đây:',
      `  - "number", "issuer", "award"${o.awardClass ? `, "awardClass" (${AWARD_CLASS_LABELS[o.awardClass]})` : ''}, "commendationType" (${Object.entries(COMMENDATION_TYPE_LABELS).map(([k, l]) => `${k}: ${l}`).join('; ')}): sửa cho đúng quyết định;`,
      '  - "records": thay dòng mẫu bằng danh sách thật; danh sách dài thì dùng npm run import:honours;',
      '  - "sample": true làm trang ghi "dữ liệu mẫu": xóa dòng này khi đã có danh sách thật.',
    ],
  };
}

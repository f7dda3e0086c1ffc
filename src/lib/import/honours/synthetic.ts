/**
 * A made-up honour list of any length, for the benchmark and the tests of the
 * honour-list importer: every (name, unit) pair is distinct, a few rows carry the mess
 * real lists have (combining marks, stray spaces, empty lines), and `bad` rows are broken
 * on purpose, each in a way the importer must report. Deterministic: the same arguments
 * give the same file.
 */
import { formatCount } from '../shared/vi.ts';

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đào', 'Đoàn', 'Vương', 'Trịnh'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Thanh', 'Quốc', 'Hữu', 'Ngọc', 'Xuân', 'Thu', 'Hoài', 'Bảo', 'Kim', 'Gia', 'Anh', 'Công', 'Đình', 'Mạnh', 'Thùy', 'Phương', 'Hồng', 'Tuấn', 'Khánh', 'Việt', 'Hải', 'Trọng', 'Diệu', 'Quang', 'Thế', 'Bích'];
const GIVEN = [
  'An', 'Bình', 'Chi', 'Dũng', 'Đạt', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hiền', 'Hiếu', 'Hoa', 'Hòa', 'Hùng', 'Hương', 'Huy', 'Khang', 'Lan', 'Linh', 'Long',
  'Lộc', 'Mai', 'Minh', 'My', 'Nam', 'Nga', 'Ngân', 'Nghĩa', 'Ngọc', 'Nhung', 'Oanh', 'Phong', 'Phúc', 'Phương', 'Quân', 'Quyên', 'Sơn', 'Tâm', 'Thảo', 'Thắng',
  'Thành', 'Thịnh', 'Thủy', 'Tiến', 'Toàn', 'Trang', 'Trung', 'Tú', 'Tuấn', 'Uyên', 'Vân', 'Việt', 'Vinh', 'Xuân', 'Yến', 'Ánh', 'Cường', 'Duyên', 'Hậu', 'Kiên',
  'Lợi', 'Luân', 'Nhàn', 'Quý', 'Sang', 'Tài', 'Tín', 'Trí', 'Vũ', 'Yên', 'Bắc', 'Đông', 'Hoàn', 'Khải', 'Lực', 'Mỹ', 'Nhân', 'Phát', 'Quang', 'Sáng',
  'Thái', 'Thơ', 'Tùng', 'Ước', 'Vĩnh', 'Ân', 'Bảo', 'Cúc', 'Dung', 'Hằng', 'Kha', 'Loan', 'Mẫn', 'Nguyên', 'Phụng', 'Quế', 'Sương', 'Thi', 'Trúc', 'Xoan',
];
const TITLES = ['Giáo viên', 'Trưởng phòng', 'Phó Trưởng phòng', 'Chuyên viên', 'Kế toán', 'Bác sĩ', 'Điều dưỡng', 'Cán bộ địa chính', 'Trưởng thôn', 'Công an viên'];
const UNITS = ['Trường Tiểu học số', 'Trường THCS số', 'Phòng Nội vụ huyện số', 'Trạm Y tế xã số', 'Công an xã số', 'UBND phường số', 'Chi cục Thuế khu vực', 'Bệnh viện Đa khoa số'];

export interface SyntheticList {
  csv: string;
  /** Row numbers (as Excel shows them) of the rows broken on purpose, in order. */
  badRows: number[];
  /** Rows that should be imported. */
  good: number;
  /** Row numbers of the empty lines (set aside, not errors). */
  emptyRows: number[];
}

const csvCell = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** Name and unit of the i-th person: distinct for every i. */
function person(i: number): { name: string; unit: string; title: string } {
  const g = GIVEN[i % GIVEN.length]!;
  const m = MIDDLE[Math.floor(i / GIVEN.length) % MIDDLE.length]!;
  const s = SURNAMES[Math.floor(i / (GIVEN.length * MIDDLE.length)) % SURNAMES.length]!;
  const block = Math.floor(i / (GIVEN.length * MIDDLE.length * SURNAMES.length));
  const unit = `${UNITS[i % UNITS.length]!} ${1 + (Math.floor(i / 7) % 40) + block * 40}`;
  return { name: `${s} ${m} ${g}`, unit, title: TITLES[i % TITLES.length]! };
}

/**
 * @param rows rows under the header, bad ones included (empty lines come on top)
 * @param bad how many rows to break, spread evenly through the list
 */
export function syntheticList(rows: number, bad = 0): SyntheticList {
  const lines = ['STT,Họ và tên,Chức vụ,Đơn vị,Thành tích'];
  const badRows: number[] = [];
  const emptyRows: number[] = [];
  const breakAt = new Set<number>();
  for (let k = 0; k < bad; k++) breakAt.add(Math.floor(((k + 0.5) * rows) / bad));
  let stt = 0;
  for (let i = 0; i < rows; i++) {
    // An empty line every 10,000 rows, as lists pasted together have.
    if (i > 0 && i % 10_000 === 0) {
      lines.push(',,,,');
      emptyRows.push(lines.length);
    }
    stt++;
    const p = person(i);
    let cells = [String(stt), p.name, p.title, p.unit, 'Hoàn thành xuất sắc nhiệm vụ năm 2023'];
    if (breakAt.has(i)) {
      switch (badRows.length % 5) {
        case 0: // no name
          cells = [String(stt), '', p.title, p.unit, ''];
          break;
        case 1: // the row just above, again (same name and unit)
          cells = [String(stt), person(i - 1).name, person(i - 1).title, person(i - 1).unit, ''];
          break;
        case 2: // not a number in STT
          cells = [`${stt}a`, p.name, p.title, p.unit, ''];
          break;
        case 3: // no letters in the name
          cells = [String(stt), '1234', p.title, p.unit, ''];
          break;
        default: // a character lost in a bad conversion
          cells = [String(stt), p.name.replace(/.$/, '\uFFFD'), p.title, p.unit, ''];
      }
      lines.push(cells.map(csvCell).join(','));
      badRows.push(lines.length);
      continue;
    }
    // Some mess that must not stop a row: combining marks (NFD) and stray spaces.
    if (i % 97 === 0) cells[1] = p.name.normalize('NFD');
    if (i % 89 === 0) cells[1] = `  ${p.name.replace(' ', '   ')} `;
    lines.push(cells.map(csvCell).join(','));
  }
  return { csv: lines.join('\r\n') + '\r\n', badRows, good: rows - bad, emptyRows };
}

export function describeList(l: SyntheticList): string {
  return `${formatCount(l.good + l.badRows.length)} dòng, ${formatCount(l.badRows.length)} dòng lỗi`;
}

/**
 * The honour-list importer: header columns matched loosely, every row imported or
 * reported with its row number and reason, NFD text and stray spaces cleaned, legacy
 * encodings converted or refused, and the written decision valid content.
 * Speed is measured by `npm run bench:import`, not here.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblems, validateContent } from '../src/lib/content/validate.ts';
import { loadReference } from '../src/lib/import/shared/context.ts';
import { EncodingError } from '../src/lib/import/shared/decode.ts';
import { formatIssue, ImportError } from '../src/lib/import/shared/report.ts';
import { readNote, splitTitleUnit, stripHonorific } from '../src/lib/import/honours/names.ts';
import { fieldOfHeader, readList, kindFromName, type ListResult } from '../src/lib/import/honours/read-list.ts';
import { toTcvn3 } from '../src/lib/import/shared/legacy.ts';
import { syntheticList } from '../src/lib/import/honours/synthetic.ts';
import { readCsv, readTable } from '../src/lib/import/honours/table.ts';
import { main } from '../scripts/import-honours.ts';
import { FIXTURE } from './helpers.ts';
import { runTool } from './import-helpers.ts';

const DIR = path.resolve('tests/fixtures/import');
const ref = loadReference(FIXTURE);
const award = (id: string) => ref.awards.get(id)!;

const temps: string[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});
function temp(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'bang-vang-import-'));
  temps.push(dir);
  return dir;
}
function contentCopy(): string {
  const dir = temp();
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

function importFile(file: string, awardId = 'bang-khen-ubnd-tinh', awardClass?: 'nhat' | 'nhi' | 'ba'): ListResult {
  const table = readCsv(readFileSync(path.join(DIR, file)));
  return readList(table.rows, table.rowNumbers, { award: award(awardId), awardClass, awards: ref.awards });
}

const DECISION_ARGS = [
  '--number', '45/QĐ-UBND',
  '--date', '10/4/2024',
  '--issuer', 'UBND tỉnh Lạng Sơn',
  '--award', 'Bằng khen của Chủ tịch UBND tỉnh',
  '--type', 'thường xuyên',
  '--province', 'Lạng Sơn',
  '--subject', 'Về việc tặng Bằng khen của Chủ tịch UBND tỉnh',
  '--signer', 'Nguyễn Văn Bình, Chủ tịch',
];

const run = (args: string[], contentDir: string) => runTool(main, args, contentDir);

describe('columns', () => {
  it('are matched loosely by their Vietnamese headers', () => {
    const cases: [string, string | null][] = [
      ['STT', 'stt'], ['TT', 'stt'], ['Số thứ tự', 'stt'], ['Số TT', 'stt'],
      ['Họ và tên', 'name'], ['HỌ VÀ TÊN', 'name'], ['Họ tên', 'name'], ['Họ, tên', 'name'], ['Tên tập thể, cá nhân', 'name'], ['Tên đơn vị', 'name'],
      ['Chức vụ', 'title'], ['Chức danh', 'title'], ['Chức vụ, đơn vị công tác', 'titleUnit'],
      ['Đơn vị', 'unit'], ['Đơn vị công tác', 'unit'], ['Cơ quan', 'unit'],
      ['Thành tích', 'citation'], ['Tóm tắt thành tích', 'citation'],
      ['Cá nhân/Tập thể', 'kind'], ['Loại', 'kind'], ['Hạng', 'class'], ['Hình thức khen thưởng', 'award'],
      ['Năm sinh', 'ignore'], ['Giới tính', 'ignore'], ['Ghi chú', 'note'], ['Màu yêu thích', null],
    ];
    for (const [header, field] of cases) expect([header, fieldOfHeader(header)]).toEqual([header, field]);
  });
});

describe('a list with ten bad rows', () => {
  const result = importFile('danh-sach-10-dong-loi.csv');

  it('imports every other row and reports exactly those ten, with their row numbers and reasons', () => {
    expect(result.errors.map((e) => `dòng ${e.row}: ${e.message}`)).toEqual([
      'dòng 8: thiếu Họ và tên',
      'dòng 11: trùng với dòng 6 (Nguyễn Văn Bảo)',
      'dòng 12: STT “7a” không phải một số',
      'dòng 14: Họ và tên “12345” không có chữ nào',
      'dòng 15: có ký tự không đọc được (�); kiểm tra bảng mã của tệp',
      'dòng 17: trùng với dòng 7 (Trần Thị Cúc)',
      'dòng 18: Lý Thị Mai: “Bằng khen của Chủ tịch UBND tỉnh” không truy tặng',
      'dòng 24: Tổ dân phố số 4: chỉ cá nhân mới có thể được truy tặng',
      'dòng 25: trùng với dòng 22 (Phòng Nội vụ huyện Văn Quan)',
      'dòng 30: Họ và tên “---” không có chữ nào',
    ]);
    expect(result.records).toHaveLength(11);
  });

  it('sets aside the empty row, the numbered empty row and the group headings, saying so', () => {
    expect(result.skipped.map((s) => `${s.row}: ${s.message}`)).toEqual([
      '5: tiêu đề nhóm “I. CÁ NHÂN”: các dòng sau là cá nhân',
      '16: dòng trống',
      '20: dòng chỉ có số thứ tự “14”',
      '21: tiêu đề nhóm “II. TẬP THỂ”: các dòng sau là tập thể',
      '27: tiêu đề nhóm “III. HỘ GIA ĐÌNH”: các dòng sau là hộ gia đình',
    ]);
    // Every row under the header is accounted for.
    expect(result.records.length + result.errors.length + result.skipped.length).toBe(result.rowsRead);
  });

  it('cleans NFD text and stray spaces, and takes the kind from the group headings', () => {
    const names = result.records.map((r) => r.name);
    expect(names).toContain('Lê Minh Đức');
    expect(names).toContain('Phạm Thị Huyền');
    for (const n of names) expect(n).toBe(n.normalize('NFC'));
    expect(result.records.map((r) => r.kind)).toEqual([
      ...Array(6).fill('ca-nhan'),
      ...Array(3).fill('tap-the'),
      ...Array(2).fill('ho-gia-dinh'),
    ]);
    expect(result.guessed).toEqual({ 'ca-nhan': 0, 'tap-the': 0, 'ho-gia-dinh': 0 });
  });

  it('numbers the records again when the list restarts its numbering in each group', () => {
    expect(result.records.map((r) => r.stt)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(result.notes.join('\n')).toMatch(/đã đánh lại số thứ tự 1…11/);
    // The "Ghi chú" column is read (it is empty here), not listed as unused.
    expect(result.notes.join('\n')).not.toContain('Cột không dùng');
    expect(result.warnings).toEqual([]);
  });

  it('keeps title, unit and citation where the list has them', () => {
    expect(result.records[0]).toEqual({
      stt: 1,
      name: 'Nguyễn Văn Bảo',
      kind: 'ca-nhan',
      title: 'Trưởng phòng',
      unit: 'Phòng Tài chính – Kế hoạch huyện Đình Lập',
      citation: 'Hoàn thành xuất sắc nhiệm vụ năm 2023',
    });
    expect(result.records[6]).toEqual({ stt: 7, name: 'Phòng Nội vụ huyện Văn Quan', kind: 'tap-the', unit: 'UBND huyện Văn Quan', citation: 'Dẫn đầu khối thi đua' });
  });
});

describe('kinds', () => {
  it('come from a kind column, and a row the award does not fit is reported', () => {
    const r = importFile('danh-sach-co-cot-loai.csv', 'chien-si-thi-dua-co-so');
    expect(r.errors.map((e) => `dòng ${e.row}: ${e.message}`)).toEqual([
      'dòng 3: Phòng Giáo dục là tập thể, nhưng “Chiến sĩ thi đua cơ sở” chỉ tặng cho cá nhân',
      'dòng 4: cột Cá nhân/Tập thể ghi “khác”, không rõ là cá nhân, tập thể hay hộ gia đình',
    ]);
    expect(r.records).toEqual([
      { stt: 1, name: 'Bùi Văn Hưng', kind: 'ca-nhan', title: 'Giáo viên', unit: 'Trường THCS Phú Lộc' },
      { stt: 4, name: 'Đinh Công Minh', kind: 'ca-nhan', title: 'Trưởng phòng' },
    ]);
  });

  it('are guessed from the name when the list says nothing, and the guesses are counted', () => {
    expect(kindFromName('Nguyễn Văn Trường')).toBe('ca-nhan');
    expect(kindFromName('Đoàn Văn Hải')).toBe('ca-nhan');
    expect(kindFromName('Phòng Nội vụ')).toBe('tap-the');
    expect(kindFromName('Trường THCS Hạ Long')).toBe('tap-the');
    expect(kindFromName('Đoàn Thanh niên xã Hải Tiến')).toBe('tap-the');
    expect(kindFromName('Công ty TNHH Minh Phát')).toBe('tap-the');
    expect(kindFromName('UBND xã Tân Lập')).toBe('tap-the');
    expect(kindFromName('Tổ dân phố 5')).toBe('tap-the');
    expect(kindFromName('Hộ ông Lò Văn Páo')).toBe('ho-gia-dinh');
    expect(kindFromName('Gia đình bà Lường Thị Xuân')).toBe('ho-gia-dinh');
    const rows = [['STT', 'Họ và tên', 'Đơn vị'], ['1', 'Nguyễn Văn An', 'Sở Nội vụ'], ['2', 'Phòng Tổ chức cán bộ', 'Sở Nội vụ'], ['3', 'Hộ ông Vi Văn Bình', 'Thôn Nà Lừa']];
    const r = readList(rows, [1, 2, 3, 4], { award: award('bang-khen-ubnd-tinh'), awards: ref.awards }) as ListResult;
    expect(r.records.map((x) => x.kind)).toEqual(['ca-nhan', 'tap-the', 'ho-gia-dinh']);
    expect(r.guessed).toEqual({ 'ca-nhan': 0, 'tap-the': 1, 'ho-gia-dinh': 1 });
    expect(r.notes.join('\n')).toContain('1 dòng được xếp là tập thể và 1 dòng là hộ gia đình theo tên');
  });

  it('without a header row, the list is refused with a message', () => {
    expect(() => readList([['a', 'b'], ['1', '2']], [1, 2], { award: award('bang-khen-ubnd-tinh'), awards: ref.awards })).toThrow(ImportError);
    expect(() => readList([['a', 'b'], ['1', '2']], [1, 2], { award: award('bang-khen-ubnd-tinh'), awards: ref.awards })).toThrow(
      'Không tìm thấy dòng tiêu đề cột: cần một dòng có cột “Họ và tên” (hoặc “Tên tập thể”) và ít nhất một cột khác như “STT”, “Chức vụ”, “Đơn vị”.',
    );
  });
});

describe('legacy encodings', () => {
  const unicode = readCsv(readFileSync(path.join(DIR, 'danh-sach-unicode.csv'))).rows;

  it('TCVN3 and VNI files are converted cell by cell to the same text as the Unicode list', () => {
    for (const [file, encoding] of [['danh-sach-tcvn3.csv', 'tcvn3'], ['danh-sach-vni.csv', 'vni'], ['danh-sach-tcvn3-luu-utf8.csv', 'tcvn3']] as const) {
      const table = readCsv(readFileSync(path.join(DIR, file)));
      expect(table.rows, file).toEqual(unicode);
      expect(table.converted?.encoding, file).toBe(encoding);
    }
  });

  it('a file in both TCVN3 and VNI is refused, naming both', () => {
    expect(() => readCsv(readFileSync(path.join(DIR, 'danh-sach-lan-ma.csv')))).toThrow(EncodingError);
    expect(() => readCsv(readFileSync(path.join(DIR, 'danh-sach-lan-ma.csv')))).toThrow(/TCVN3.*VNI/s);
  });

  it('a Unicode list with a few cells pasted from a TCVN3 document gets those cells converted, the others left alone', () => {
    const csv = `STT,Họ và tên,Đơn vị\n1,Nguyễn Văn Đức,Phòng Nội vụ\n2,${toTcvn3('Trần Thị Thủy')},${toTcvn3('Trường Tiểu học Hoàng Đồng')}\n3,${toTcvn3('Hoàng Thị Hiền')},Sở Y tế\n`;
    const table = readCsv(Buffer.from(csv));
    expect(table.rows.slice(1).map((r) => r[1])).toEqual(['Nguyễn Văn Đức', 'Trần Thị Thủy', 'Hoàng Thị Hiền']);
    expect(table.rows[2]![2]).toBe('Trường Tiểu học Hoàng Đồng');
    expect(table.converted).toEqual({ encoding: 'tcvn3', cells: 3 });
  });
});

describe('Excel workbooks', () => {
  async function workbook(build: (ws: ExcelJS.Worksheet) => void): Promise<string> {
    const wb = new ExcelJS.Workbook();
    build(wb.addWorksheet('Danh sách'));
    const file = path.join(temp(), 'danh-sach.xlsx');
    await wb.xlsx.writeFile(file);
    return file;
  }

  it('are read with merged title rows, split name columns, numbers, rich text and a class column', async () => {
    const file = await workbook((ws) => {
      ws.addRow(['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG']);
      ws.mergeCells('A1:F1');
      ws.addRow([]);
      ws.addRow(['STT', 'Họ và tên đệm', 'Tên', 'Chức vụ', 'Đơn vị', 'Hạng']);
      ws.addRow(['I. CÁ NHÂN']);
      ws.mergeCells('A4:F4');
      ws.addRow([1, 'Phạm', 'Bình Minh', 'Giám đốc', 'Sở Xây dựng', 'Ba']);
      ws.addRow([2, { richText: [{ text: 'Hoàng Thị ' }, { text: 'Thu', font: { bold: true } }] }, 'Hà', 'Phó Giám đốc', 'Sở Y tế', 'Nhì']);
      ws.addRow([3, 'Nguyễn Văn', 'Khoa', 'Trưởng phòng', 'Sở Nội vụ', 'Tư']);
    });
    const table = await readTable(readFileSync(file), file);
    expect(table.label).toBe('Excel (trang “Danh sách”)');
    const r = readList(table.rows, table.rowNumbers, { award: award('huan-chuong-lao-dong'), awardClass: 'ba', awards: ref.awards }) as ListResult;
    expect(r.records).toEqual([
      { stt: 1, name: 'Phạm Bình Minh', kind: 'ca-nhan', title: 'Giám đốc', unit: 'Sở Xây dựng', givenName: 'Bình Minh' },
      { stt: 2, name: 'Hoàng Thị Thu Hà', kind: 'ca-nhan', title: 'Phó Giám đốc', unit: 'Sở Y tế', awardClass: 'nhi' },
    ]);
    expect(r.errors).toEqual([{ row: 7, message: 'hạng “Tư” không có với “Huân chương Lao động”' }]);
    expect(r.skipped).toEqual([{ row: 4, message: 'tiêu đề nhóm “I. CÁ NHÂN”: các dòng sau là cá nhân' }]);
  });

  it('with cells typed in TCVN3 get them converted', async () => {
    const file = await workbook((ws) => {
      ws.addRow([toTcvn3('STT'), toTcvn3('Họ và tên'), toTcvn3('Đơn vị')]);
      ws.addRow([1, toTcvn3('Nguyễn Văn Đức'), toTcvn3('Phòng Nội vụ huyện Lộc Bình')]);
      ws.addRow([2, toTcvn3('Lê Ánh'), toTcvn3('Trường THCS Chi Lăng')]);
    });
    const table = await readTable(readFileSync(file), file);
    expect(table.rows).toEqual([
      ['STT', 'Họ và tên', 'Đơn vị'],
      ['1', 'Nguyễn Văn Đức', 'Phòng Nội vụ huyện Lộc Bình'],
      ['2', 'Lê Ánh', 'Trường THCS Chi Lăng'],
    ]);
    expect(table.converted?.encoding).toBe('tcvn3');
  });

  it('an old .xls file is refused with a message saying how to re-save it', async () => {
    await expect(readTable(Buffer.from('không phải xlsx'), 'danh-sach.xls')).rejects.toThrow(/lưu lại dạng \.xlsx/);
  });
});

describe('a list of 50,000 rows', () => {
  it('with ten bad rows: the others are imported and exactly those ten reported', () => {
    const list = syntheticList(50_000, 10);
    const file = path.join(temp(), 'danh-sach-50000.csv');
    writeFileSync(file, list.csv);
    const table = readCsv(readFileSync(file));
    const r = readList(table.rows, table.rowNumbers, { award: award('bang-khen-ubnd-tinh'), awards: ref.awards }) as ListResult;
    expect(r.errors.map((e) => e.row)).toEqual(list.badRows);
    expect(r.records).toHaveLength(49_990);
    expect(r.skipped.map((s) => s.row)).toEqual(list.emptyRows);
    expect(r.records.every((x) => x.name === x.name.normalize('NFC') && !/\s{2}|^\s|\s$/.test(x.name))).toBe(true);
  });
});

describe('npm run import:honours', () => {
  it('writes a decision that passes the content check, and prints the summary', async () => {
    const dir = contentCopy();
    const r = await run([path.join(DIR, 'danh-sach-10-dong-loi.csv'), ...DECISION_ARGS], dir);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Nhập: 11 (6 cá nhân, 3 tập thể, 2 hộ gia đình)');
    expect(r.stdout).toContain('Lỗi, không nhập: 10');
    expect(r.stdout).toContain('dòng 17: trùng với dòng 7 (Trần Thị Cúc)');
    const file = path.join(dir, 'decisions/lang-son/2024/45-qd-ubnd.json');
    const written = JSON.parse(readFileSync(file, 'utf8'));
    expect(written).toMatchObject({
      number: '45/QĐ-UBND',
      date: '2024-04-10',
      issuer: 'UBND tỉnh Lạng Sơn',
      signer: { name: 'Nguyễn Văn Bình', title: 'Chủ tịch' },
      award: 'bang-khen-ubnd-tinh',
      commendationType: 'thuong-xuyen',
      province: 'lang-son',
    });
    expect(written.records).toHaveLength(11);
    const { problems, content } = validateContent(dir);
    expect(formatProblems(problems)).toBe('');
    expect(content.decisions.find((d) => d.id === 'lang-son/2024/45-qd-ubnd')?.data.records).toHaveLength(11);

    // The same decision again: refused, the file is not touched.
    const again = await run([path.join(DIR, 'danh-sach-10-dong-loi.csv'), ...DECISION_ARGS], dir);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/Đã có tệp .*45-qd-ubnd\.json; thêm --force/);
  });

  it('names every missing option in Vietnamese and exits 2', async () => {
    const r = await run([path.join(DIR, 'danh-sach-10-dong-loi.csv'), '--date', '10/4/2024'], temp());
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      'Thiếu thông tin của quyết định: --number (số quyết định), --issuer (cơ quan ban hành), --award (hình thức khen thưởng), --type (loại hình khen thưởng), --province (tỉnh, thành phố), --subject (trích yếu).',
    );
  });

  it('refuses wrong options with a suggestion, and an award with classes without --class', async () => {
    const dir = temp();
    const args = (change: Record<string, string>) => {
      const out = [...DECISION_ARGS];
      for (const [k, v] of Object.entries(change)) out[out.indexOf(`--${k}`) + 1] = v;
      return [path.join(DIR, 'danh-sach-unicode.csv'), ...out];
    };
    const misspelt = await run(args({ award: 'bang-khen-ubnd-tnh' }), dir);
    expect(misspelt.status).toBe(2);
    expect(misspelt.stderr).toContain('Có phải "bang-khen-ubnd-tinh"?');
    const merged = await run(args({ province: 'ha-giang', date: '5/1/2026' }), dir);
    expect(merged.status).toBe(2);
    expect(merged.stderr).toContain('Hà Giang (mã "ha-giang") chưa có hoặc không còn vào 5/1/2026. Vào ngày đó Hà Giang đã thuộc Tuyên Quang ("tuyen-quang").');
    const noClass = await run(args({ award: 'huan-chuong-lao-dong' }), dir);
    expect(noClass.status).toBe(2);
    expect(noClass.stderr).toContain('“Huân chương Lao động” có hạng');
  });

  it('refuses a file in an encoding it cannot tell, and writes nothing', async () => {
    const dir = temp();
    const r = await run([path.join(DIR, 'danh-sach-lan-ma.csv'), ...DECISION_ARGS], dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/TCVN3.*VNI/s);
    expect(existsSync(path.join(dir, 'decisions'))).toBe(false);
  });
});

describe('one reading of a list: honorifics, the note column, position and unit in one cell', () => {
  it('takes the form of address off a name, and only when a name follows', () => {
    expect(stripHonorific('Ông Đinh Công Tráng')).toEqual({ name: 'Đinh Công Tráng', honorific: 'Ông' });
    expect(stripHonorific('BÀ HOÀNG THỊ NGUYỆT')).toEqual({ name: 'HOÀNG THỊ NGUYỆT', honorific: 'BÀ' });
    expect(stripHonorific('Đ/c Lò Thị Mai')).toEqual({ name: 'Lò Thị Mai', honorific: 'Đ/c' });
    expect(stripHonorific('Đồng chí Hà Văn Tám')).toEqual({ name: 'Hà Văn Tám', honorific: 'Đồng chí' });
    expect(stripHonorific('Cô Nguyễn Thị Lan')).toEqual({ name: 'Nguyễn Thị Lan', honorific: 'Cô' });
    expect(stripHonorific('Thầy Phạm Văn Đồng')).toEqual({ name: 'Phạm Văn Đồng', honorific: 'Thầy' });
    // Not forms of address: a place, a title, a household, a name alone.
    expect(stripHonorific('Cô Tô')).toEqual({ name: 'Cô Tô' });
    expect(stripHonorific('Anh hùng Lao động Nguyễn Văn A')).toEqual({ name: 'Anh hùng Lao động Nguyễn Văn A' });
    expect(stripHonorific('Hộ ông Lò Văn Páo')).toEqual({ name: 'Hộ ông Lò Văn Páo' });
    expect(stripHonorific('Ông')).toEqual({ name: 'Ông' });
    // "Ông" is a family name too: a two-word rest keeps a doubt to report.
    expect(stripHonorific('Ông Văn Tùng')).toEqual({
      name: 'Văn Tùng',
      honorific: 'Ông',
      doubt: 'đã bỏ “Ông” trước tên “Văn Tùng”; nếu “Ông” là họ, hãy sửa lại thành “Ông Văn Tùng”',
    });
  });

  it('splits a position and a unit written in one cell when the split is clear, and says when it is not', () => {
    expect(splitTitleUnit('Trưởng phòng Tổ chức cán bộ, Sở Nội vụ')).toEqual({ title: 'Trưởng phòng Tổ chức cán bộ', unit: 'Sở Nội vụ' });
    expect(splitTitleUnit('Giáo viên Trường THCS Phú Lộc')).toEqual({ title: 'Giáo viên', unit: 'Trường THCS Phú Lộc' });
    expect(splitTitleUnit('Phó Giám đốc, Trung tâm Y tế huyện, Sở Y tế')).toEqual({ title: 'Phó Giám đốc', unit: 'Trung tâm Y tế huyện, Sở Y tế' });
    expect(splitTitleUnit('Sở Y tế tỉnh Lạng Sơn')).toEqual({ unit: 'Sở Y tế tỉnh Lạng Sơn' });
    expect(splitTitleUnit('Trưởng phòng Nội vụ huyện Văn Quan')).toEqual({ title: 'Trưởng phòng Nội vụ huyện Văn Quan' });
    expect(splitTitleUnit('Bí thư Đảng ủy, Chủ tịch HĐND xã')).toEqual({ title: 'Bí thư Đảng ủy, Chủ tịch HĐND xã' });
    expect(splitTitleUnit('Người mẫu ảnh, tự do')).toEqual({
      title: 'Người mẫu ảnh, tự do',
      doubt: 'không rõ đâu là chức vụ, đâu là đơn vị trong “Người mẫu ảnh, tự do”; đã để cả vào chức vụ',
    });
  });

  it('reads a note for what it says: posthumous, a kind, a province as it was on the date, a unit; the rest is returned', () => {
    const ctx = { provinces: ref.provinces, date: { precision: 'day', year: 2024, month: 4, day: 10 } as const };
    expect(readNote('Truy tặng', ctx)).toEqual({ posthumous: true, notUnderstood: [] });
    expect(readNote('Tập thể', ctx)).toEqual({ kind: 'tap-the', notUnderstood: [] });
    expect(readNote('tỉnh Hà Giang; truy tặng', ctx)).toEqual({ posthumous: true, province: 'ha-giang', notUnderstood: [] });
    expect(readNote('Hà Giang', { ...ctx, date: { precision: 'day', year: 2026, month: 1, day: 5 } })).toEqual({ province: 'tuyen-quang', notUnderstood: [] });
    expect(readNote('Đơn vị: Sở Tài chính', ctx)).toEqual({ unit: 'Sở Tài chính', notUnderstood: [] });
    expect(readNote('đã chuyển công tác', ctx)).toEqual({ notUnderstood: ['đã chuyển công tác'] });
  });

  it('a Windows-1258 CSV with a title row, "Ông" before a name and a "Ghi chú" column: every row read, nothing lost', async () => {
    const dir = contentCopy();
    const r = await run(
      [path.join(DIR, 'danh-sach-windows-1258.csv'), '--number', '1203/QĐ-CTN', '--date', '10/4/2024', '--issuer', 'Chủ tịch nước',
        '--award', 'Huân chương Lao động', '--class', 'ba', '--type', 'cống hiến', '--province', 'lang-son',
        '--subject', 'Về việc tặng thưởng Huân chương Lao động hạng Ba'],
      dir,
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.slice(0, 8)).toEqual([
      'Đã đọc 5 dòng dưới dòng tiêu đề (dòng 4) của danh-sach-windows-1258.csv (CSV Windows-1258).',
      'Bảng mã: Windows-1258; đã chuyển sang Unicode.',
      '  Nhập: 5 (4 cá nhân, 1 tập thể)',
      '  Lỗi, không nhập: 0',
      '  Bỏ qua: 0',
      '  Đã nhập nhưng cần kiểm tra: 1',
      '    dòng 9: Nông Văn Dũng: ghi chú “đã chuyển công tác” chưa hiểu được; chưa đưa vào hồ sơ',
      '  Lưu ý: Đã bỏ danh xưng (Ông, Bà, Đồng chí …) trước 3 tên: tên được ghi như “Đinh Công Tráng”, không phải “Ông Đinh Công Tráng”.',
    ]);
    expect(lines[8]).toMatch(/^Đã ghi .*decisions\/lang-son\/2024\/1203-qd-ctn\.json: quyết định 1203\/QĐ-CTN với 5 người và tập thể \(\d+,\d giây\)\.$/);
    const written = JSON.parse(readFileSync(path.join(dir, 'decisions/lang-son/2024/1203-qd-ctn.json'), 'utf8'));
    expect(written.records).toEqual([
      { stt: 1, name: 'Đinh Công Tráng', kind: 'ca-nhan', title: 'Nguyên Chỉ huy trưởng', unit: 'Ban Chỉ huy Quân sự huyện Lộc Bình', posthumous: true },
      { stt: 2, name: 'Hoàng Thị Nguyệt', kind: 'ca-nhan', title: 'Y sĩ', unit: 'Trạm Y tế xã Tú Mịch' },
      { stt: 3, name: 'Lương Văn Khải', kind: 'ca-nhan', title: 'Trưởng thôn', unit: 'Thôn Bản Chắt', province: 'cao-bang' },
      { stt: 4, name: 'Đội Dân quân xã Xuân Dương', kind: 'tap-the', unit: 'UBND xã Xuân Dương' },
      { stt: 5, name: 'Nông Văn Dũng', kind: 'ca-nhan', title: 'Công an viên', unit: 'Công an xã Mẫu Sơn' },
    ]);
    expect(formatProblems(validateContent(dir).problems)).toBe('');
  });

  it('reports numbering that skips or repeats, row by row, and numbers the records again', () => {
    const rows = [
      ['STT', 'Họ và tên', 'Chức vụ, đơn vị'],
      ['1', 'Nguyễn Văn An', 'Chuyên viên, Sở Nội vụ'],
      ['2', 'Trần Văn Bình', 'Kế toán, Sở Tài chính'],
      ['4', 'Lê Thị Cúc', 'Giáo viên, Trường THPT Việt Bắc'],
      ['4', 'Phạm Văn Dũng', 'Bác sĩ, Bệnh viện Đa khoa tỉnh'],
      ['5', 'Hoàng Thị Em', 'Chuyên viên, Sở Y tế'],
    ];
    const r = readList(rows, [1, 2, 3, 4, 5, 6], { award: award('bang-khen-ubnd-tinh'), awards: ref.awards });
    expect(r.warnings.map(formatIssue)).toEqual([
      'dòng 4: STT nhảy từ 2 lên 4: kiểm tra xem danh sách có thiếu dòng nào không',
      'dòng 5: STT 4 lặp lại hoặc lùi lại sau STT 4 (dòng 4)',
    ]);
    expect(r.records.map((x) => x.stt)).toEqual([1, 2, 3, 4, 5]);
    expect(r.records.map((x) => x.unit)).toEqual(['Sở Nội vụ', 'Sở Tài chính', 'Trường THPT Việt Bắc', 'Bệnh viện Đa khoa tỉnh', 'Sở Y tế']);
  });

  it('an Excel cell merged down a column (a unit shared by several people) belongs to each of its rows', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DS');
    ws.addRow(['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị']);
    ws.addRow([1, 'Ông Vi Văn Thắng', 'Trưởng phòng', 'Sở Xây dựng']);
    ws.addRow([2, 'Bà Lăng Thị Huệ', 'Chuyên viên', '']);
    ws.addRow([3, 'Triệu Văn Sơn', 'Chuyên viên', 'Sở Công Thương']);
    ws.mergeCells('D2:D3');
    const file = path.join(temp(), 'gop-o.xlsx');
    await wb.xlsx.writeFile(file);
    const table = await readTable(readFileSync(file), file);
    const r = readList(table.rows, table.rowNumbers, { award: award('bang-khen-ubnd-tinh'), awards: ref.awards });
    expect(r.records.map((x) => [x.name, x.unit])).toEqual([
      ['Vi Văn Thắng', 'Sở Xây dựng'],
      ['Lăng Thị Huệ', 'Sở Xây dựng'],
      ['Triệu Văn Sơn', 'Sở Công Thương'],
    ]);
  });
});

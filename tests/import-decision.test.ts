/**
 * `import:decision`: commendation decisions in Word and PDF, written for these tests by
 * `docx` and PDFKit (scripts/lib/sample-decisions.ts) in every shape provinces use — a
 * table (across pages, its header repeated), numbered lines grouped "I. TẬP THỂ" /
 * "II. CÁ NHÂN", Word's own numbering, merged cells — and hostile files: empty, corrupt,
 * password-protected, scanned, a 5,000-row list, numbering that skips or repeats. Every
 * row becomes a record, or an error or a set-aside line with its place and reason.
 * OCR is tested only where Tesseract with Vietnamese is installed; the detection of a
 * scan always. Speed is measured by `npm run bench:import-decision`, not here.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import officeCrypto from 'officecrypto-tool';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatProblems, validateContent } from '../src/lib/content/validate.ts';
import { readDecisionFile } from '../src/lib/import/decision/read-decision.ts';
import { findOcrTools } from '../src/lib/import/decision/ocr.ts';
import { loadReference } from '../src/lib/import/shared/context.ts';
import { formatIssue } from '../src/lib/import/shared/report.ts';
import { main } from '../scripts/import-decision.ts';
import { asNumbered, decisionDocx, decisionPdf, manyPeople, sampleDecision, scannedPdf, type SampleDecision } from '../scripts/lib/sample-decisions.ts';
import { FIXTURE } from './helpers.ts';
import { runTool } from './import-helpers.ts';

const ref = loadReference(FIXTURE);
const work = mkdtempSync(path.join(tmpdir(), 'bang-vang-quyet-dinh-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const file = (name: string) => path.join(work, name);
const content = () => {
  const dir = mkdtempSync(path.join(work, 'noi-dung-'));
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
};
const read = (name: string, options = {}) => readDecisionFile(readFileSync(file(name)), file(name), ref, options);

/** The records of the sample decision, as every shape must give them. */
const SAMPLE_RECORDS = [
  { stt: 1, name: 'Phòng Tư pháp huyện Tràng Định', kind: 'tap-the', unit: 'UBND huyện Tràng Định' },
  { stt: 2, name: 'Trường Phổ thông Dân tộc nội trú huyện Bình Gia', kind: 'tap-the', unit: 'Sở Giáo dục và Đào tạo' },
  { stt: 3, name: 'Hoàng Văn Thạch', kind: 'ca-nhan', title: 'Trưởng phòng Quản lý đô thị', unit: 'UBND thành phố Lạng Sơn' },
  { stt: 4, name: 'Chu Thị Hồng Vân', kind: 'ca-nhan', title: 'Giáo viên', unit: 'Trường THCS Chi Lăng' },
  { stt: 5, name: 'Lộc Văn Quyết', kind: 'ca-nhan', title: 'Phó Chủ tịch', unit: 'UBND xã Hữu Lũng' },
  { stt: 6, name: 'Mã Thị Thu Hằng', kind: 'ca-nhan', title: 'Kế toán', unit: 'Trung tâm Y tế huyện Cao Lộc' },
];

/** 120 people: a table that runs over three pages of the PDF. */
function longDecision(): SampleDecision {
  const d = sampleDecision({
    articles: [
      'Điều 1. Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 120 cá nhân (có danh sách kèm theo) đã có thành tích xuất sắc trong phong trào thi đua "Lạng Sơn chung tay xây dựng nông thôn mới" giai đoạn 2021-2025.',
      'Điều 2. Chánh Văn phòng Ủy ban nhân dân tỉnh và các cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.',
    ],
  });
  d.list = { ...d.list!, groups: [{ rows: manyPeople(120) }] };
  return d;
}

const shapes: [string, () => Promise<Buffer>][] = [
  ['bang.docx', () => decisionDocx(sampleDecision())],
  ['bang.pdf', () => decisionPdf(sampleDecision())],
  ['danh-so.docx', () => decisionDocx(asNumbered(sampleDecision()))],
  ['danh-so-tu-dong.docx', () => decisionDocx(asNumbered(sampleDecision()), { autoNumber: true })],
  ['danh-so.pdf', () => decisionPdf(asNumbered(sampleDecision()))],
  ['bang-dai.pdf', () => decisionPdf(longDecision())],
];

beforeAll(async () => {
  for (const [name, make] of shapes) writeFileSync(file(name), await make());
}, 60_000);

describe('the shapes of a decision and its list', () => {
  it.each(shapes.slice(0, 5).map(([name]) => name))('%s: the facts of the decision and every record of its list', async (name) => {
    const r = await read(name);
    expect(r.problems).toEqual([]);
    expect(r.decision).toMatchObject({
      number: '45/QĐ-UBND',
      date: '2024-04-10',
      issuer: 'UBND tỉnh Lạng Sơn',
      signer: { name: 'Đoàn Thu Hà', title: 'KT. Chủ tịch – Phó Chủ tịch' },
      subject: 'Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
      award: 'bang-khen-ubnd-tinh',
      commendationType: 'thuong-xuyen',
      province: 'lang-son',
    });
    expect(r.result!.records).toEqual(SAMPLE_RECORDS);
    expect(r.result!.errors).toEqual([]);
    expect(r.result!.warnings.map((w) => w.message)).toEqual(['Mã Thị Thu Hằng: ghi chú “Nghỉ hưu từ tháng 3/2024” chưa hiểu được; chưa đưa vào hồ sơ']);
    expect(r.result!.skipped.map((s) => s.message)).toEqual([
      'tiêu đề nhóm “I. TẬP THỂ”: các dòng sau là tập thể',
      'tiêu đề nhóm “II. CÁ NHÂN”: các dòng sau là cá nhân',
    ]);
    expect(r.warnings).toEqual([
      'loại hình khen thưởng: “thường xuyên” suy ra từ lời văn (“hoàn thành xuất sắc nhiệm vụ”), quyết định không ghi thẳng; hãy kiểm tra',
    ]);
  });

  it('a PDF table over three pages: the header repeated on each page and the page numbers are set aside, every person read', async () => {
    const r = await read('bang-dai.pdf');
    expect(r.document.pages).toBe(5);
    expect(r.document.furniture).toBe(4);
    expect(r.list.shape).toBe('pdf-table');
    expect(r.result!.records).toHaveLength(120);
    expect(r.result!.records[0]).toEqual({ stt: 1, name: 'Nguyễn Văn An', kind: 'ca-nhan', title: 'Giáo viên', unit: 'Trường THCS xã số 1' });
    expect(r.result!.records[119]).toEqual({ stt: 120, name: 'Nguyễn Thanh Yến', kind: 'ca-nhan', title: 'Kế toán', unit: 'UBND xã số 1' });
    expect(r.result!.skipped.map(formatIssue)).toEqual(['trang 3, dòng 1: dòng tiêu đề cột lặp lại', 'trang 4, dòng 1: dòng tiêu đề cột lặp lại', 'trang 5, dòng 1: dòng tiêu đề cột lặp lại']);
    expect(r.result!.errors).toEqual([]);
    expect(r.result!.warnings).toEqual([]);
    expect(r.decision?.commendationType).toBe('chuyen-de');
    expect(r.result!.records.length + r.result!.errors.length + r.result!.skipped.length).toBe(r.result!.rowsRead);
  });

  it('a Word table with merged cells: a unit merged down belongs to each row, a group heading merged across is a heading', async () => {
    const d = sampleDecision();
    d.list!.groups[1]!.rows = [
      { stt: 1, name: 'Ông Vi Văn Thắng', titleUnit: 'Sở Xây dựng' },
      { stt: 2, name: 'Bà Lăng Thị Huệ', mergedUp: true },
      { stt: 3, name: 'Ông Triệu Văn Sơn', mergedUp: true },
      { stt: 4, name: 'Bà Hà Thị Lý', titleUnit: 'Chuyên viên, Sở Công Thương' },
    ];
    writeFileSync(file('o-gop.docx'), await decisionDocx(d));
    const r = await read('o-gop.docx');
    expect(r.result!.records.slice(2).map((x) => [x.name, x.title ?? null, x.unit])).toEqual([
      ['Vi Văn Thắng', null, 'Sở Xây dựng'],
      ['Lăng Thị Huệ', null, 'Sở Xây dựng'],
      ['Triệu Văn Sơn', null, 'Sở Xây dựng'],
      ['Hà Thị Lý', 'Chuyên viên', 'Sở Công Thương'],
    ]);
    expect(r.result!.skipped.map(formatIssue)).toEqual([
      'bảng 1, dòng 2: tiêu đề nhóm “I. TẬP THỂ”: các dòng sau là tập thể',
      'bảng 1, dòng 5: tiêu đề nhóm “II. CÁ NHÂN”: các dòng sau là cá nhân',
    ]);
  });

  it('numbering that skips or repeats is reported row by row, and Điều 1 counts that the list does not match are named', async () => {
    const d = sampleDecision();
    d.list!.groups[1]!.rows = [
      { stt: 1, name: 'Ông Hoàng Văn Thạch', titleUnit: 'Trưởng phòng Quản lý đô thị, UBND thành phố Lạng Sơn' },
      { stt: 3, name: 'Bà Chu Thị Hồng Vân', titleUnit: 'Giáo viên Trường THCS Chi Lăng' },
      { stt: 3, name: 'Ông Lộc Văn Quyết', titleUnit: 'Phó Chủ tịch UBND xã Hữu Lũng' },
    ];
    for (const [name, make] of [['so-nhay.pdf', () => decisionPdf(asNumbered(d))], ['so-nhay.docx', () => decisionDocx(d)]] as const) {
      writeFileSync(file(name), await make());
      const r = await read(name);
      const at = name.endsWith('.pdf') ? ['trang 2, dòng 13', 'trang 2, dòng 14'] : ['bảng 1, dòng 7', 'bảng 1, dòng 8'];
      expect(r.result!.warnings.map(formatIssue), name).toEqual([
        `${at[0]}: STT nhảy từ 1 lên 3: kiểm tra xem danh sách có thiếu dòng nào không`,
        `${at[1]}: STT 3 lặp lại hoặc lùi lại sau STT 3 (${at[0]})`,
      ]);
      expect(r.result!.records.map((x) => x.stt), name).toEqual([1, 2, 3, 4, 5]);
      expect(r.warnings, name).toContain('danh sách: Điều 1 ghi 2 tập thể, 4 cá nhân; danh sách nhập được 2 tập thể, 3 cá nhân; hãy đối chiếu');
    }
  });

  it('a list of 5,000 rows in Word: every row a record, none lost', async () => {
    const d = sampleDecision();
    d.list = { ...d.list!, groups: [{ heading: 'DANH SÁCH CÁ NHÂN', rows: manyPeople(5000) }] };
    d.articles[0] = 'Điều 1. Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 5000 cá nhân vì đã hoàn thành xuất sắc nhiệm vụ được giao năm 2023.';
    writeFileSync(file('5000.docx'), await decisionDocx(d));
    const r = await read('5000.docx');
    expect(r.result!.records).toHaveLength(5000);
    expect(r.result!.errors).toEqual([]);
    expect(r.result!.rowsRead).toBe(5001);
    expect(r.warnings).toEqual([expect.stringMatching(/^loại hình khen thưởng/)]);
  }, 60_000);
});

describe('hostile files', () => {
  it('empty files are refused, naming the reason', async () => {
    writeFileSync(file('rong.pdf'), '');
    writeFileSync(file('rong.docx'), '');
    for (const name of ['rong.pdf', 'rong.docx']) {
      const r = await runTool(main, [file(name)], content());
      expect(r.status).toBe(1);
      expect(r.stderr).toBe(`${file(name)}: Tệp rỗng (0 byte): không có gì để đọc.`);
    }
  });

  it('corrupt files are refused with what to do', async () => {
    const pdf = await decisionPdf(sampleDecision());
    writeFileSync(file('hong.pdf'), pdf.subarray(0, 400));
    writeFileSync(file('hong.docx'), Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(300, 7)]));
    writeFileSync(file('khong-phai.docx'), 'Đây là một tệp văn bản thường, đổi đuôi thành .docx');
    const dir = content();
    expect((await runTool(main, [file('hong.pdf')], dir)).stderr).toBe(
      `${file('hong.pdf')}: Tệp PDF bị hỏng hoặc không phải PDF, nên không đọc được. Hãy mở thử bằng trình đọc PDF; nếu mở được, in (lưu) lại thành PDF mới rồi chạy lại.`,
    );
    expect((await runTool(main, [file('hong.docx')], dir)).stderr).toBe(
      `${file('hong.docx')}: Tệp Word bị hỏng, nên không đọc được. Hãy mở bằng Word (Word thường tự sửa được) và lưu lại dạng .docx, rồi chạy lại.`,
    );
    expect((await runTool(main, [file('khong-phai.docx')], dir)).stderr).toBe(
      `${file('khong-phai.docx')}: Tệp không phải tài liệu Word (.docx) hoặc đã bị hỏng. Hãy mở bằng Word và lưu lại dạng .docx, rồi chạy lại.`,
    );
  });

  it('a password-protected PDF is refused, and read with --password', async () => {
    writeFileSync(file('mat-khau.pdf'), await decisionPdf(sampleDecision(), { password: 'lang-son-2024' }));
    const dir = content();
    const locked = await runTool(main, [file('mat-khau.pdf')], dir);
    expect(locked.status).toBe(1);
    expect(locked.stderr).toBe(
      `${file('mat-khau.pdf')}: Tệp PDF được đặt mật khẩu, nên không đọc được. Thêm --password "mật khẩu", hoặc mở tệp bằng mật khẩu rồi lưu (in) ra một bản PDF không đặt mật khẩu, rồi chạy lại.`,
    );
    const wrong = await runTool(main, [file('mat-khau.pdf'), '--password', 'sai'], dir);
    expect(wrong.stderr).toBe(`${file('mat-khau.pdf')}: Mật khẩu (--password) không đúng, nên không mở được tệp PDF.`);
    const open = await runTool(main, [file('mat-khau.pdf'), '--password', 'lang-son-2024', '--dry-run'], dir);
    expect(open.status).toBe(0);
    expect(open.stdout).toContain('  Nhập: 6 (4 cá nhân, 2 tập thể)');
  });

  it('a password-protected Word file (and an old .doc) is refused with what to do', async () => {
    const locked = officeCrypto.encrypt(await decisionDocx(sampleDecision()), { password: 'lang-son-2024' });
    writeFileSync(file('mat-khau.docx'), locked);
    writeFileSync(file('cu.doc'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Buffer.alloc(512)]));
    const dir = content();
    expect((await runTool(main, [file('mat-khau.docx')], dir)).stderr).toBe(
      `${file('mat-khau.docx')}: Tệp Word được đặt mật khẩu, nên không đọc được. Hãy mở bằng Word (nhập mật khẩu), vào Tệp → Thông tin → Bảo vệ tài liệu → Mã hóa bằng mật khẩu, xóa mật khẩu rồi lưu, và chạy lại.`,
    );
    expect((await runTool(main, [file('cu.doc')], dir)).stderr).toBe(
      `${file('cu.doc')}: Đây là tệp Word cũ (.doc, Word 97–2003), chưa đọc được. Hãy mở bằng Word hoặc LibreOffice và lưu lại dạng .docx, rồi chạy lại.`,
    );
  });

  it('a scanned PDF (no text layer) is recognised and said so plainly, with how to install OCR', async () => {
    const grey = await sharp({ create: { width: 620, height: 877, channels: 3, background: '#f2f2f2' } }).png().toBuffer();
    writeFileSync(file('ban-quet.pdf'), await scannedPdf([{ png: grey, width: 620, height: 877 }, { png: grey, width: 620, height: 877 }]));
    await expect(read('ban-quet.pdf', { ocr: null })).rejects.toThrow(
      'Tệp PDF này là bản quét (ảnh chụp 2 trang), không có lớp chữ nên không đọc được quyết định và danh sách. ' +
        'Để nhận dạng chữ (OCR) bản quét, cài Tesseract với dữ liệu tiếng Việt và poppler: trên Debian, Ubuntu: "sudo apt-get install tesseract-ocr tesseract-ocr-vie poppler-utils"; ' +
        'trên Windows: bộ cài Tesseract có chọn ngôn ngữ Vietnamese, và Poppler for Windows, rồi thêm hai thư mục chương trình vào PATH. Sau đó chạy lại lệnh. ' +
        'Hoặc xin cơ quan ban hành bản Word, hay bản PDF lưu trực tiếp từ Word.',
    );
    // As the command says it on a machine without Tesseract: the file named, the missing packages named.
    const savedPath = process.env.PATH;
    process.env.PATH = path.join(work, 'khong-co-chuong-trinh');
    try {
      const r = await runTool(main, [file('ban-quet.pdf')], content());
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(
        new RegExp(`^${file('ban-quet.pdf').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: Tệp PDF này là bản quét \\(ảnh chụp 2 trang\\), không có lớp chữ .* Máy chưa cài tesseract-ocr, poppler-utils\\. Để nhận dạng chữ \\(OCR\\)`),
      );
    } finally {
      process.env.PATH = savedPath;
    }
  });
});

const ocr = findOcrTools();
// Skipped where the tools are not installed, but never in CI: `npm test` installs them there
// (scripts/ensure-test-tools.ts), and a missing tool must fail the run, not hide.
describe.skipIf(!('tools' in ocr) && !process.env.CI)('OCR of a scanned decision (Tesseract with Vietnamese installed)', () => {
  it('reads the facts and every name of a decision scanned at 200 dpi', async () => {
    const d = sampleDecision();
    const source = file('goc-de-quet.pdf');
    writeFileSync(source, await decisionPdf(d));
    const pages = [];
    for (const page of [1, 2]) {
      const prefix = file(`quet-${page}`);
      expect(spawnSync('pdftoppm', ['-r', '200', '-gray', '-png', '-singlefile', '-f', String(page), '-l', String(page), source, prefix]).status).toBe(0);
      pages.push({ png: readFileSync(`${prefix}.png`), width: 1654, height: 2339 });
    }
    writeFileSync(file('quet-co-chu.pdf'), await scannedPdf(pages));
    const r = await read('quet-co-chu.pdf');
    expect(r.document.ocrPages).toEqual([1, 2]);
    expect(r.warnings).toContain('trang 1, 2 được nhận dạng chữ (OCR) bằng Tesseract: hãy đối chiếu từng tên với bản gốc');
    // OCR may misread a letter of the number (it is named in the warnings to check); its shape is read.
    expect(r.facts.number).toMatch(/^45\/Q/);
    expect(r.facts.issuer).toBe('UBND tỉnh Lạng Sơn');
    const names = r.result!.records.map((x) => x.name);
    expect(names).toEqual(SAMPLE_RECORDS.map((x) => x.name));
    expect(r.result!.records.length + r.result!.errors.length).toBeGreaterThanOrEqual(6);
  }, 120_000);
});

describe('npm run import:decision', () => {
  it('prints what it found and writes the decision, which passes the content check', async () => {
    const dir = content();
    const r = await runTool(main, [file('bang.pdf')], dir);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n').slice(0, 13)).toEqual([
      'Đã đọc bang.pdf (PDF, 2 trang).',
      'Quyết định:',
      '  số quyết định: 45/QĐ-UBND',
      '  ngày ký: 10/4/2024',
      '  cơ quan ban hành: UBND tỉnh Lạng Sơn',
      '  trích yếu: Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
      '  hình thức khen thưởng: Bằng khen của Chủ tịch UBND tỉnh (bang-khen-ubnd-tinh)',
      '  loại hình khen thưởng: thường xuyên',
      '  tỉnh, thành phố: Lạng Sơn (lang-son)',
      '  người ký: Đoàn Thu Hà (KT. Chủ tịch – Phó Chủ tịch)',
      '  Cần kiểm tra:',
      '    - loại hình khen thưởng: “thường xuyên” suy ra từ lời văn (“hoàn thành xuất sắc nhiệm vụ”), quyết định không ghi thẳng; hãy kiểm tra',
      'Danh sách (bảng trong PDF, dòng tiêu đề ở trang 2, dòng 6): 8 dòng.',
    ]);
    expect(r.stdout).toMatch(/Đã ghi .*decisions\/lang-son\/2024\/45-qd-ubnd\.json: quyết định 45\/QĐ-UBND với 6 người và tập thể\.$/);
    const written = JSON.parse(readFileSync(path.join(dir, 'decisions/lang-son/2024/45-qd-ubnd.json'), 'utf8'));
    expect(written.records).toEqual(SAMPLE_RECORDS);
    expect(formatProblems(validateContent(dir).problems)).toBe('');
    // The same decision again (from the Word file): the file is there, nothing is written.
    const again = await runTool(main, [file('bang.docx')], dir);
    expect(again.status).toBe(1);
    expect(again.stdout).toMatch(/\nChưa ghi tệp vì:\n  - đã có tệp .*45-qd-ubnd\.json; thêm --force để ghi đè, hoặc --out để ghi chỗ khác$/);
    // Under another name: the check finds the same decision in the folder.
    const elsewhere = await runTool(main, [file('bang.docx'), '--out', path.join(dir, 'decisions/lang-son/2024/ban-khac.json')], dir);
    expect(elsewhere.status).toBe(1);
    expect(elsewhere.stdout).toMatch(/\nChưa ghi tệp vì:\n  - .*ban-khac\.json: number: quyết định số 45\/QĐ-UBND của UBND tỉnh Lạng Sơn đã có ở tệp .*45-qd-ubnd\.json$/);
  });

  it('a list sent without its decision: what the list says is read, the rest is asked for; options fill it in', async () => {
    const d = sampleDecision();
    const listOnly = await decisionPdf({ ...d, issuer: [], number: '', placeDate: '', subject: '', authority: '', bases: [], articles: [], signer: { lines: [], name: '' }, recipients: [] });
    writeFileSync(file('chi-danh-sach.pdf'), listOnly);
    const dir = content();
    const r = await runTool(main, [file('chi-danh-sach.pdf')], dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('  số quyết định: 45/QĐ-UBND');
    expect(r.stdout).toContain('  cơ quan ban hành: UBND tỉnh Lạng Sơn');
    expect(r.stdout).toContain('Chưa ghi tệp vì:\n  - trích yếu: không tìm thấy trong văn bản; thêm --subject "…"\n  - hình thức khen thưởng: không tìm thấy trong văn bản; thêm --award "…"\n  - loại hình khen thưởng: không tìm thấy trong văn bản; thêm --type "…"');
    expect(existsSync(path.join(dir, 'decisions/lang-son/2024/45-qd-ubnd.json'))).toBe(false);
    const filled = await runTool(
      main,
      [file('chi-danh-sach.pdf'), '--subject', 'Về việc tặng Bằng khen của Chủ tịch UBND tỉnh', '--award', 'bang-khen-ubnd-tinh', '--type', 'thường xuyên'],
      dir,
    );
    expect(filled.status).toBe(0);
    expect(filled.stdout).toContain('  loại hình khen thưởng: thường xuyên (theo --type)');
    expect(JSON.parse(readFileSync(path.join(dir, 'decisions/lang-son/2024/45-qd-ubnd.json'), 'utf8')).records).toHaveLength(6);
  });

  it('--force writes a decision that does not pass the check set aside ("_…"), listing the problems', async () => {
    const dir = content();
    expect((await runTool(main, [file('bang.pdf')], dir)).status).toBe(0);
    // The same decision again, forced: it would clash with the first, so it is written under "_".
    const r = await runTool(main, [file('bang.docx'), '--force', '--out', path.join(dir, 'decisions/lang-son/2024/45-qd-ubnd-ban-word.json')], dir);
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.at(-2)).toMatch(/^Đã ghi .*decisions\/lang-son\/2024\/_45-qd-ubnd-ban-word\.json \(có --force\) nhưng chưa qua kiểm tra; tên tệp bắt đầu bằng “_” nên trang web chưa đọc\. Sửa các lỗi dưới đây rồi đổi tên, bỏ dấu “_”:$/);
    expect(lines.at(-1)).toMatch(/^  - .*45-qd-ubnd-ban-word\.json: number: quyết định số 45\/QĐ-UBND của UBND tỉnh Lạng Sơn đã có ở tệp .*45-qd-ubnd\.json$/);
    expect(existsSync(path.join(dir, 'decisions/lang-son/2024/_45-qd-ubnd-ban-word.json'))).toBe(true);
    // Set aside, the site does not read it: the folder still passes the check.
    expect(formatProblems(validateContent(dir).problems)).toBe('');
  });

  it('--json prints what was found and writes nothing', async () => {
    const dir = content();
    const r = await runTool(main, [file('danh-so.docx'), '--json'], dir);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['file', 'format', 'pages', 'ocrPages', 'unreadPages', 'facts', 'sources', 'counts', 'warnings', 'problems', 'list', 'decision']);
    expect(out.facts).toEqual({
      number: '45/QĐ-UBND',
      date: '2024-04-10',
      issuer: 'UBND tỉnh Lạng Sơn',
      signer: { name: 'Đoàn Thu Hà', title: 'KT. Chủ tịch – Phó Chủ tịch' },
      subject: 'Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
      award: 'bang-khen-ubnd-tinh',
      awardClass: null,
      commendationType: 'thuong-xuyen',
      province: 'lang-son',
    });
    expect(out.counts).toEqual({ 'tap-the': 2, 'ca-nhan': 4 });
    expect(out.list).toMatchObject({ shape: 'numbered', rowsRead: 8, records: 6, errors: [] });
    expect(out.decision.records).toEqual(SAMPLE_RECORDS);
    expect(existsSync(path.join(dir, 'decisions/lang-son/2024'))).toBe(false);
  });

  it('a folder of decisions gives one report, file by file', async () => {
    const folder = file('thu-muc');
    mkdirSync(folder);
    cpSync(file('bang.docx'), path.join(folder, '01-bang.docx'));
    cpSync(file('bang-dai.pdf'), path.join(folder, '02-bang-dai.pdf'));
    writeFileSync(path.join(folder, '03-rong.pdf'), '');
    writeFileSync(path.join(folder, 'ghi-chu.txt'), 'không phải quyết định');
    const dir = content();
    const r = await runTool(main, [folder], dir);
    expect(r.status).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^Báo cáo nhập 3 tệp trong thư mục .*thu-muc:$/);
    expect(lines[1]).toMatch(
      /^\[1\/3\] 01-bang\.docx: quyết định 45\/QĐ-UBND ngày 10\/4\/2024 của UBND tỉnh Lạng Sơn; 8 dòng danh sách: nhập 6 \(4 cá nhân, 2 tập thể\), lỗi 0, cần kiểm tra 1 → đã ghi .*decisions\/lang-son\/2024\/45-qd-ubnd\.json$/,
    );
    expect(r.stdout).toContain('[3/3] 03-rong.pdf: không đọc được: Tệp rỗng (0 byte): không có gì để đọc.');
    expect(lines.at(-1)).toBe('Tổng cộng: 3 tệp — 1 đã ghi, 1 chưa ghi (có vấn đề), 1 không đọc được; 6 người và tập thể đã nhập.');
    // The long list has the same number (45/QĐ-UBND): the report says why it was not written.
    expect(r.stdout).toMatch(/\[2\/3\] 02-bang-dai\.pdf: .*nhập 120 \(120 cá nhân, 0 tập thể\), lỗi 0, .*→ chưa ghi\n(?:.*\n)*    vấn đề: đã có tệp .*45-qd-ubnd\.json; thêm --force để ghi đè/);
  });

  it('refuses options for a whole folder, and wrong use, with exit 2', async () => {
    const dir = content();
    expect((await runTool(main, [work, '--number', '1/QĐ-UBND'], dir)).stderr).toBe('--number chỉ dùng khi nhập một tệp, không dùng cho cả thư mục.');
    expect((await runTool(main, [], dir)).status).toBe(2);
    expect((await runTool(main, [file('bang.pdf'), '--khong-co'], dir)).status).toBe(2);
  });
});

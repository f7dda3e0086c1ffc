/**
 * Made-up commendation decisions written as real Word and PDF files, by the libraries a
 * province's office software stands in for: `docx` writes the Word file, PDFKit the PDF
 * (with DejaVu Serif, which covers every Vietnamese letter, embedded). The layout follows
 * ND 30/2020/NĐ-CP: the two-column top block, "QUYẾT ĐỊNH" and the subject, the articles,
 * the signature beside "Nơi nhận", and the attached list on a new page — a table whose
 * header repeats on each page, or numbered lines grouped "I. TẬP THỂ" / "II. CÁ NHÂN".
 * Used by the tests of `import:decision` and by its benchmark; every name is invented.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import {
  AlignmentType,
  Document,
  LevelFormat,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
  WidthType,
} from 'docx';
import PDFDocument from 'pdfkit';

const require = createRequire(import.meta.url);
const FONTS = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const REGULAR = path.join(FONTS, 'DejaVuSerif.ttf');
const BOLD = path.join(FONTS, 'DejaVuSerif-Bold.ttf');
const ITALIC = path.join(FONTS, 'DejaVuSerif-Italic.ttf');

export interface SampleRow {
  /** As written in the STT column or before the line: 1, "7", "" (none). */
  stt?: string | number;
  name: string;
  /** Position and unit, in one cell or after the name. */
  titleUnit?: string;
  note?: string;
  /** Word only: the unit cell is merged with the one above (same unit). */
  mergedUp?: boolean;
}

export interface SampleGroup {
  heading?: string;
  rows: SampleRow[];
}

export interface SampleList {
  title: string[];
  shape: 'table' | 'numbered';
  /** Table columns; the default is STT, Họ và tên, Chức vụ, đơn vị công tác, Ghi chú. */
  columns?: string[];
  groups: SampleGroup[];
}

export interface SampleDecision {
  issuer: string[];
  number: string;
  placeDate: string;
  subject: string;
  authority: string;
  bases: string[];
  articles: string[];
  signer: { lines: string[]; name: string };
  recipients: string[];
  list: SampleList | null;
}

const COLUMNS = ['STT', 'Họ và tên', 'Chức vụ, đơn vị công tác', 'Ghi chú'];

/** A decision of a provincial People's Committee, with a short list; change what a test needs. */
export function sampleDecision(change: Partial<SampleDecision> = {}): SampleDecision {
  return {
    issuer: ['ỦY BAN NHÂN DÂN', 'TỈNH LẠNG SƠN'],
    number: '45/QĐ-UBND',
    placeDate: 'Lạng Sơn, ngày 10 tháng 4 năm 2024',
    subject: 'Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
    authority: 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN',
    bases: [
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;',
      'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
      'Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;',
      'Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 112/TTr-SNV ngày 02 tháng 4 năm 2024.',
    ],
    articles: [
      'Điều 1. Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 02 tập thể và 04 cá nhân (có danh sách kèm theo) vì đã hoàn thành xuất sắc nhiệm vụ được giao năm 2023.',
      'Điều 2. Tiền thưởng kèm theo Bằng khen thực hiện theo quy định hiện hành, trích từ Quỹ thi đua, khen thưởng của tỉnh.',
      'Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Thủ trưởng các cơ quan, đơn vị liên quan và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.',
    ],
    signer: { lines: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], name: 'Đoàn Thu Hà' },
    recipients: ['Nơi nhận:', '- Như Điều 3;', '- Chủ tịch, các PCT UBND tỉnh;', '- Lưu: VT, SNV.'],
    list: {
      title: ['DANH SÁCH', 'tập thể, cá nhân được tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', '(Kèm theo Quyết định số 45/QĐ-UBND ngày 10/4/2024 của Chủ tịch UBND tỉnh Lạng Sơn)'],
      shape: 'table',
      groups: [
        {
          heading: 'I. TẬP THỂ',
          rows: [
            { stt: 1, name: 'Phòng Tư pháp huyện Tràng Định', titleUnit: 'UBND huyện Tràng Định' },
            { stt: 2, name: 'Trường Phổ thông Dân tộc nội trú huyện Bình Gia', titleUnit: 'Sở Giáo dục và Đào tạo' },
          ],
        },
        {
          heading: 'II. CÁ NHÂN',
          rows: [
            { stt: 1, name: 'Ông Hoàng Văn Thạch', titleUnit: 'Trưởng phòng Quản lý đô thị, UBND thành phố Lạng Sơn' },
            { stt: 2, name: 'Bà Chu Thị Hồng Vân', titleUnit: 'Giáo viên Trường THCS Chi Lăng' },
            { stt: 3, name: 'Ông Lộc Văn Quyết', titleUnit: 'Phó Chủ tịch UBND xã Hữu Lũng' },
            { stt: 4, name: 'Bà Mã Thị Thu Hằng', titleUnit: 'Kế toán, Trung tâm Y tế huyện Cao Lộc', note: 'Nghỉ hưu từ tháng 3/2024' },
          ],
        },
      ],
    },
    ...change,
  };
}

/** Numbered lines instead of a table: "1. Ông Hoàng Văn Thạch, Trưởng phòng …;". */
export function asNumbered(d: SampleDecision): SampleDecision {
  return { ...d, list: d.list ? { ...d.list, shape: 'numbered' } : null };
}

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vi', 'Lương', 'Nông', 'Hà', 'Đinh', 'Lăng', 'Triệu', 'Chu', 'Mã', 'Lộc'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Thanh', 'Quốc', 'Hữu', 'Ngọc', 'Xuân', 'Thu', 'Hồng', 'Công', 'Đình', 'Kim', 'Bảo'];
const GIVEN = ['An', 'Bình', 'Chiến', 'Dũng', 'Đạt', 'Giang', 'Hạnh', 'Hiền', 'Hùng', 'Hương', 'Khánh', 'Lan', 'Long', 'Mai', 'Nam', 'Nga', 'Phong', 'Quân', 'Sơn', 'Tâm', 'Thảo', 'Tuấn', 'Vân', 'Yến'];
const POSTS = ['Giáo viên Trường THCS xã', 'Chuyên viên, UBND xã', 'Trưởng thôn, xã', 'Y sĩ, Trạm Y tế xã', 'Công an viên, Công an xã', 'Kế toán, UBND xã'];

/** `n` made-up people, every name and unit pair distinct. */
export function manyPeople(n: number): SampleRow[] {
  const rows: SampleRow[] = [];
  for (let i = 0; i < n; i++) {
    const g = GIVEN[i % GIVEN.length]!;
    const m = MIDDLE[Math.floor(i / GIVEN.length) % MIDDLE.length]!;
    const s = SURNAMES[Math.floor(i / (GIVEN.length * MIDDLE.length)) % SURNAMES.length]!;
    const commune = 1 + Math.floor(i / (GIVEN.length * MIDDLE.length * SURNAMES.length));
    rows.push({ stt: i + 1, name: `${i % 2 ? 'Bà' : 'Ông'} ${s} ${m} ${g}`, titleUnit: `${POSTS[i % POSTS.length]} số ${commune}` });
  }
  return rows;
}

// ---------------------------------------------------------------------------
// Word

function cell(text: string, options: { bold?: boolean; span?: number; merge?: 'restart' | 'continue'; width?: number } = {}): TableCell {
  return new TableCell({
    children: text.split('\n').map((t) => new Paragraph({ children: [new TextRun({ text: t, bold: options.bold })] })),
    columnSpan: options.span,
    verticalMerge: options.merge === 'restart' ? VerticalMergeType.RESTART : options.merge === 'continue' ? VerticalMergeType.CONTINUE : undefined,
    width: options.width ? { size: options.width, type: WidthType.PERCENTAGE } : undefined,
  });
}

const para = (text: string, o: { bold?: boolean; italic?: boolean; center?: boolean } = {}) =>
  new Paragraph({ alignment: o.center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED, children: [new TextRun({ text, bold: o.bold, italics: o.italic })] });

/** The decision as a .docx file. `autoNumber`: numbered lines use Word's own numbering (not typed numbers). */
export async function decisionDocx(d: SampleDecision, options: { autoNumber?: boolean } = {}): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [];
  children.push(
    new Table({
      rows: [
        new TableRow({
          children: [
            cell([...d.issuer, '-------', `Số: ${d.number}`].join('\n'), { bold: true, width: 40 }),
            cell(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '---------------', d.placeDate].join('\n'), { bold: true, width: 60 }),
          ],
        }),
      ],
    }),
  );
  children.push(para('QUYẾT ĐỊNH', { bold: true, center: true }), para(d.subject, { bold: true, center: true }), para('-----------', { center: true }));
  children.push(para(d.authority, { bold: true, center: true }));
  for (const b of d.bases) children.push(para(b, { italic: true }));
  children.push(para('QUYẾT ĐỊNH:', { bold: true, center: true }));
  for (const a of d.articles) children.push(para(a));
  children.push(
    new Table({
      rows: [
        new TableRow({
          children: [cell(d.recipients.join('\n'), { width: 50 }), cell([...d.signer.lines, '', '(Đã ký)', '', d.signer.name].join('\n'), { bold: true, width: 50 })],
        }),
      ],
    }),
  );
  const list = d.list;
  if (list) {
    children.push(new Paragraph({ children: [new PageBreak()] }));
    list.title.forEach((t, i) => children.push(para(t, { bold: i < 2, italic: i >= 2, center: true })));
    if (list.shape === 'table') {
      const columns = list.columns ?? COLUMNS;
      const rows: TableRow[] = [new TableRow({ tableHeader: true, children: columns.map((c) => cell(c, { bold: true })) })];
      for (const g of list.groups) {
        if (g.heading) rows.push(new TableRow({ children: [cell(g.heading, { bold: true, span: columns.length })] }));
        g.rows.forEach((r, i) => {
          const next = g.rows[i + 1];
          const merge = r.mergedUp ? 'continue' : next?.mergedUp ? 'restart' : undefined;
          const cells = [cell(String(r.stt ?? '')), cell(r.name), cell(r.mergedUp ? '' : (r.titleUnit ?? ''), { merge })];
          if (columns.length > 3) cells.push(cell(r.note ?? ''));
          rows.push(new TableRow({ children: cells }));
        });
      }
      children.push(new Table({ rows }));
    } else {
      for (const g of list.groups) {
        if (g.heading) children.push(para(g.heading, { bold: true }));
        for (const r of g.rows) {
          const text = `${r.name}${r.titleUnit ? `, ${r.titleUnit}` : ''}${r.note ? ` (${r.note})` : ''};`;
          children.push(options.autoNumber ? new Paragraph({ text, numbering: { reference: 'danh-sach', level: 0 } }) : para(`${r.stt ?? ''}${r.stt !== undefined && r.stt !== '' ? '. ' : ''}${text}`));
        }
      }
    }
  }
  const doc = new Document({
    numbering: { config: [{ reference: 'danh-sach', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] }] },
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}

// ---------------------------------------------------------------------------
// PDF

const PAGE = { width: 595.28, height: 841.89, left: 56, right: 539, top: 50, bottom: 790 };

/** Collect what the document writes; the returned function ends it and gives the file's bytes. */
function collect(doc: PDFKit.PDFDocument): () => Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  return () => {
    doc.end();
    return ended;
  };
}

/** The decision as a PDF with a text layer, as Word's "Save as PDF" makes it. */
export async function decisionPdf(d: SampleDecision, options: { password?: string; fontSize?: number; padding?: number; sttWidth?: number } = {}): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    autoFirstPage: true,
    bufferPages: false,
    compress: true,
    ...(options.password ? { userPassword: options.password, ownerPassword: `${options.password}-chu`, pdfVersion: '1.7' as const } : {}),
  });
  doc.registerFont('r', REGULAR).registerFont('b', BOLD).registerFont('i', ITALIC);
  let page = 1;
  const finish = collect(doc);

  // Top block: issuer and number on the left, motto and date on the right, line by line.
  const leftLines: [string, string][] = [...d.issuer.map((t): [string, string] => [t, 'b']), ['-------', 'r'], [`Số: ${d.number}`, 'r']];
  const rightLines: [string, string][] = [['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'b'], ['Độc lập - Tự do - Hạnh phúc', 'b'], ['---------------', 'r'], [d.placeDate, 'i']];
  let y = PAGE.top;
  for (let i = 0; i < Math.max(leftLines.length, rightLines.length); i++) {
    const l = leftLines[i];
    const r = rightLines[i];
    if (l) doc.font(l[1]).fontSize(11).text(l[0], PAGE.left, y, { width: 200, align: 'center', lineBreak: false });
    if (r) doc.font(r[1]).fontSize(11).text(r[0], 280, y, { width: 260, align: 'center', lineBreak: false });
    y += 16;
  }
  y += 18;
  const centred = (text: string, font: string, size: number) => {
    doc.font(font).fontSize(size).text(text, PAGE.left, y, { width: PAGE.right - PAGE.left, align: 'center' });
    y = doc.y + 4;
  };
  const paragraph = (text: string, font = 'r') => {
    if (y > PAGE.bottom - 40) y = newPage();
    doc.font(font).fontSize(12).text(text, PAGE.left, y, { width: PAGE.right - PAGE.left, align: 'justify', indent: 28 });
    y = doc.y + 5;
  };
  const newPage = () => {
    doc.addPage({ size: 'A4', margin: 0 });
    page++;
    doc.font('r').fontSize(11).text(String(page), PAGE.left, 24, { width: PAGE.right - PAGE.left, align: 'center', lineBreak: false });
    return PAGE.top + 10;
  };
  centred('QUYẾT ĐỊNH', 'b', 14);
  centred(d.subject, 'b', 12);
  centred('-----------', 'r', 12);
  centred(d.authority, 'b', 12);
  y += 4;
  for (const b of d.bases) paragraph(b, 'i');
  centred('QUYẾT ĐỊNH:', 'b', 13);
  for (const a of d.articles) paragraph(a);

  // Signature beside the recipients.
  if (y > PAGE.bottom - 140) y = newPage();
  y += 10;
  const signLines: [string, string][] = [...d.signer.lines.map((t): [string, string] => [t, 'b']), ['', 'r'], ['(Đã ký)', 'i'], ['', 'r'], ['', 'r'], [d.signer.name, 'b']];
  for (let i = 0; i < Math.max(signLines.length, d.recipients.length); i++) {
    const left = d.recipients[i];
    const right = signLines[i];
    if (left) doc.font(i === 0 ? 'b' : 'r').fontSize(10).text(left, PAGE.left, y, { width: 230, lineBreak: false });
    if (right && right[0]) doc.font(right[1]).fontSize(12).text(right[0], 300, y, { width: 240, align: 'center', lineBreak: false });
    y += 15;
  }

  const list = d.list;
  if (list) {
    y = newPage();
    list.title.forEach((t, i) => centred(t, i < 2 ? 'b' : 'i', 12));
    y += 6;
    if (list.shape === 'table') {
      const columns = list.columns ?? COLUMNS;
      const stt = options.sttWidth ?? 34;
      const widths = columns.length > 3 ? [stt, 150, 254 - stt, 79] : [stt, 170, 313 - stt];
      const xs = widths.map((_, i) => PAGE.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
      const pad = options.padding ?? 4;
      const size = options.fontSize ?? 11;
      const lineHeight = size * 1.25;
      const heightOf = (text: string, width: number) =>
        doc.widthOfString(text) <= width - 2 * pad ? lineHeight : doc.heightOfString(text, { width: width - 2 * pad });
      const drawRow = (cells: string[], bold: boolean, centreAll: boolean) => {
        doc.font(bold ? 'b' : 'r').fontSize(size);
        const h = Math.max(...cells.map((c, i) => (c ? heightOf(c, widths[i]!) : lineHeight))) + 2 * pad;
        if (y + h > PAGE.bottom) {
          y = newPage();
          drawHeader();
          doc.font(bold ? 'b' : 'r').fontSize(size);
        }
        cells.forEach((c, i) => {
          doc.rect(xs[i]!, y, widths[i]!, h).lineWidth(0.5).stroke();
          if (c) doc.text(c, xs[i]! + pad, y + pad, { width: widths[i]! - 2 * pad, align: centreAll || i === 0 ? 'center' : 'left' });
        });
        y += h;
      };
      const drawHeader = () => drawRow(columns, true, true);
      drawHeader();
      for (const g of list.groups) {
        if (g.heading) {
          if (y + 30 > PAGE.bottom) {
            y = newPage();
            drawHeader();
          }
          doc.rect(PAGE.left, y, widths.reduce((a, b) => a + b, 0), lineHeight + 2 * pad).lineWidth(0.5).stroke();
          doc.font('b').fontSize(size).text(g.heading, PAGE.left + pad, y + pad, { lineBreak: false });
          y += lineHeight + 2 * pad;
        }
        for (const r of g.rows) drawRow([String(r.stt ?? ''), r.name, r.titleUnit ?? '', ...(columns.length > 3 ? [r.note ?? ''] : [])], false, false);
      }
    } else {
      for (const g of list.groups) {
        if (g.heading) {
          if (y > PAGE.bottom - 30) y = newPage();
          doc.font('b').fontSize(12).text(g.heading, PAGE.left, y, { lineBreak: false });
          y += 18;
        }
        for (const r of g.rows) {
          if (y > PAGE.bottom - 30) y = newPage();
          const text = `${r.stt ?? ''}${r.stt !== undefined && r.stt !== '' ? '. ' : '- '}${r.name}${r.titleUnit ? `, ${r.titleUnit}` : ''}${r.note ? ` (${r.note})` : ''};`;
          doc.font('r').fontSize(12).text(text, PAGE.left + 14, y, { width: PAGE.right - PAGE.left - 14 });
          y = doc.y + 3;
        }
      }
    }
  }
  return finish();
}

/**
 * A scanned decision: each page an image with no text layer. The image is the page of
 * `decisionPdf` rasterised by pdftoppm when it is installed (so OCR has text to read),
 * else a grey page (enough to test that a scan is recognised).
 */
export async function scannedPdf(pages: { png: Buffer; width: number; height: number }[]): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false });
  const finish = collect(doc);
  for (const p of pages) {
    doc.addPage({ size: 'A4', margin: 0 });
    doc.image(p.png, 0, 0, { width: PAGE.width, height: PAGE.height });
  }
  return finish();
}

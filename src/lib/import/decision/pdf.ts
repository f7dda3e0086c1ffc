/**
 * A PDF decision → lines of text with their positions, through pdfjs-dist (Mozilla's
 * PDF.js). Pages without a text layer (a signed paper scanned) are read by OCR when
 * Tesseract is installed, and otherwise named, so nothing is dropped without a word.
 */
import { getDocument, InvalidPDFException, PasswordException, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { ImportError } from '../shared/report.ts';
import type { DecisionDocument, Line, TextPiece } from './document.ts';
import { linesOfPage } from './layout.ts';
import { findOcrTools, OCR_INSTALL, ocrPage, type OcrTools } from './ocr.ts';

export interface PdfOptions {
  /** The file on disk, for OCR (pdftoppm reads the file itself). */
  file?: string;
  password?: string;
  /** OCR tools to use; undefined looks for them, null means none. */
  ocr?: OcrTools | null;
  /** Called after each page with (pages done, pages in all). */
  onProgress?: (done: number, total: number) => void;
}

/** A page with less text than this is taken as having no text layer. */
const MIN_CHARACTERS = 10;

export async function readPdf(bytes: Uint8Array, options: PdfOptions = {}): Promise<DecisionDocument> {
  if (bytes.length === 0) throw new ImportError('Tệp rỗng (0 byte): không có gì để đọc.');
  let pdf;
  // A copy: pdf.js takes over the buffer it is given.
  const task = getDocument({ data: new Uint8Array(bytes), password: options.password, verbosity: VerbosityLevel.ERRORS, useSystemFonts: false });
  try {
    pdf = await task.promise;
  } catch (error) {
    if (error instanceof PasswordException) {
      throw new ImportError(
        options.password
          ? 'Mật khẩu (--password) không đúng, nên không mở được tệp PDF.'
          : 'Tệp PDF được đặt mật khẩu, nên không đọc được. Thêm --password "mật khẩu", hoặc mở tệp bằng mật khẩu rồi lưu (in) ra một bản PDF không đặt mật khẩu, rồi chạy lại.',
      );
    }
    if (error instanceof InvalidPDFException || (error as Error).name === 'InvalidPDFException') {
      throw new ImportError('Tệp PDF bị hỏng hoặc không phải PDF, nên không đọc được. Hãy mở thử bằng trình đọc PDF; nếu mở được, in (lưu) lại thành PDF mới rồi chạy lại.');
    }
    throw new ImportError(`Không đọc được tệp PDF: ${(error as Error).message}`);
  } finally {
    if (!pdf) await task.destroy();
  }
  try {
    const lines: Line[] = [];
    let furniture = 0;
    const scanned: number[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const view = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const pieces: TextPiece[] = [];
      let characters = 0;
      for (const item of content.items) {
        if (!('str' in item) || !item.str) continue;
        const [a, b, , , e, f] = item.transform as number[];
        const size = Math.hypot(a!, b!) || item.height;
        characters += item.str.trim().length;
        pieces.push({ text: item.str, x: e!, x2: e! + item.width, y: view.height - f!, size });
      }
      if (characters < MIN_CHARACTERS) scanned.push(n);
      else {
        const read = linesOfPage(pieces, n, view.width, view.height);
        lines.push(...read.lines);
        furniture += read.furniture;
      }
      page.cleanup();
      options.onProgress?.(n, pdf.numPages);
    }
    const document: DecisionDocument = {
      format: 'pdf',
      pages: pdf.numPages,
      blocks: [],
      ocrPages: [],
      unreadPages: [],
      furniture,
    };
    if (scanned.length) {
      let tools = options.ocr;
      let missing: string[] = [];
      if (tools === undefined) {
        const found = findOcrTools();
        if ('tools' in found) tools = found.tools;
        else missing = found.missing;
      }
      const allScanned = scanned.length === pdf.numPages;
      if (!tools || !options.file) {
        if (allScanned) {
          throw new ImportError(
            `Tệp PDF này là bản quét (ảnh chụp${pdf.numPages > 1 ? ` ${pdf.numPages} trang` : ''}), không có lớp chữ nên không đọc được quyết định và danh sách. ` +
              (missing.length ? `Máy chưa cài ${missing.join(', ')}. ${OCR_INSTALL}` : OCR_INSTALL) +
              ' Hoặc xin cơ quan ban hành bản Word, hay bản PDF lưu trực tiếp từ Word.',
          );
        }
        document.unreadPages = scanned;
      } else {
        // Read page by page, in order, so lines keep the document's order.
        const byPage = new Map<number, Line[]>();
        for (const n of scanned) {
          const read = ocrPage(tools, options.file, n);
          const got = linesOfPage(read.pieces, n, read.width, read.height);
          byPage.set(n, got.lines);
          furniture += got.furniture;
        }
        const merged: Line[] = [];
        for (let n = 1; n <= pdf.numPages; n++) merged.push(...(byPage.get(n) ?? lines.filter((l) => l.place.page === n)));
        lines.splice(0, lines.length, ...merged);
        document.ocrPages = scanned;
        document.furniture = furniture;
      }
    }
    document.blocks = lines.map((line) => ({ kind: 'line', line }));
    return document;
  } finally {
    await task.destroy();
  }
}

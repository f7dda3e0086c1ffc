/**
 * Reading a scanned page with OCR: the page is rasterised by pdftoppm (poppler-utils) and
 * read by Tesseract with its Vietnamese data (tesseract-ocr, tesseract-ocr-vie), both
 * optional. Tesseract's TSV output gives every word with its box, which the importer
 * places as it places a PDF's own text, so tables read the same way.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TextPiece } from './document.ts';

/** How to install what OCR needs, for the message of a scanned PDF. */
export const OCR_INSTALL =
  'Để nhận dạng chữ (OCR) bản quét, cài Tesseract với dữ liệu tiếng Việt và poppler: trên Debian, Ubuntu: "sudo apt-get install tesseract-ocr tesseract-ocr-vie poppler-utils"; ' +
  'trên Windows: bộ cài Tesseract có chọn ngôn ngữ Vietnamese, và Poppler for Windows, rồi thêm hai thư mục chương trình vào PATH. Sau đó chạy lại lệnh.';

export interface OcrTools {
  tesseract: string;
  pdftoppm: string;
}

/** The OCR tools when both are installed and Tesseract has Vietnamese, else what is missing. */
export function findOcrTools(): { tools: OcrTools } | { missing: string[] } {
  const missing: string[] = [];
  const langs = spawnSync('tesseract', ['--list-langs'], { encoding: 'utf8' });
  if (langs.error || langs.status !== 0) missing.push('tesseract-ocr');
  else if (!/^vie$/m.test(`${langs.stdout}\n${langs.stderr}`)) missing.push('tesseract-ocr-vie');
  const poppler = spawnSync('pdftoppm', ['-v'], { encoding: 'utf8' });
  if (poppler.error) missing.push('poppler-utils');
  return missing.length ? { missing } : { tools: { tesseract: 'tesseract', pdftoppm: 'pdftoppm' } };
}

/** Words of one page of a PDF file by OCR, in pixels of a 300 dpi image, and the image's size. */
export function ocrPage(tools: OcrTools, file: string, page: number): { pieces: TextPiece[]; width: number; height: number } {
  const work = mkdtempSync(path.join(tmpdir(), 'bang-vang-ocr-'));
  try {
    const prefix = path.join(work, 'trang');
    const raster = spawnSync(tools.pdftoppm, ['-r', '300', '-gray', '-png', '-singlefile', '-f', String(page), '-l', String(page), file, prefix], { encoding: 'utf8' });
    if (raster.status !== 0) throw new Error(`pdftoppm: ${raster.stderr.trim()}`);
    const read = spawnSync(tools.tesseract, [`${prefix}.png`, 'stdout', '-l', 'vie', '--psm', '4', 'tsv'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (read.status !== 0) throw new Error(`tesseract: ${read.stderr.trim()}`);
    return piecesOfTsv(read.stdout);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Tesseract's TSV → words placed on the line Tesseract found them on. */
export function piecesOfTsv(tsv: string): { pieces: TextPiece[]; width: number; height: number } {
  const pieces: TextPiece[] = [];
  const lineBottom = new Map<string, { bottom: number; height: number }>();
  let width = 0;
  let height = 0;
  const rows = tsv.split('\n').slice(1).map((r) => r.split('\t'));
  for (const c of rows) {
    if (c.length < 12) continue;
    const [level, , block, par, line, , left, top, w, h] = c.map(Number) as number[];
    if (level === 1) {
      width = w!;
      height = h!;
    } else if (level === 4) lineBottom.set(`${block}.${par}.${line}`, { bottom: top! + h!, height: h! });
  }
  for (const c of rows) {
    if (c.length < 12 || c[0] !== '5') continue;
    // The rules of a table are read as "|" (or "_" under a number): they are not text.
    const text = c.slice(11).join('\t').normalize('NFC').replace(/^[|_\[\]]+|[|_\[\]]+$/g, '');
    if (!text.trim()) continue;
    const [, , block, par, line, , left, top, w, h] = c.map(Number) as number[];
    const l = lineBottom.get(`${block}.${par}.${line}`) ?? { bottom: top! + h!, height: h! };
    pieces.push({ text, x: left!, x2: left! + w!, y: l.bottom, size: l.height });
  }
  return { pieces, width, height };
}

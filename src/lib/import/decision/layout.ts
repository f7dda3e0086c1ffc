/**
 * Text placed on a page (a PDF's text layer, or the words OCR found) → lines, and each
 * line → segments: pieces on the same baseline are one line; a wide gap between pieces
 * starts a new segment (the next cell of a table, the other column of the top block).
 */
import { cleanText } from '../../text.ts';
import { lineText, type Line, type Segment, type TextPiece } from './document.ts';

/** A page number or running header: "2", "- 2 -", "Trang 2/5". */
const PAGE_NUMBER = /^[-–—\s]*(?:trang\s*)?\d{1,4}(?:\s*(?:\/|trên)\s*\d{1,4})?[-–—\s]*$/iu;

/**
 * The lines of one page, top to bottom, and how many lines of page furniture (page
 * numbers in the top or bottom margin) were left out.
 */
export function linesOfPage(pieces: readonly TextPiece[], page: number, width: number, height: number): { lines: Line[]; furniture: number } {
  const sorted = pieces.filter((p) => p.text.trim()).sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: TextPiece[][] = [];
  let current: TextPiece[] = [];
  let baseline = -Infinity;
  for (const p of sorted) {
    const tolerance = Math.max(1.5, p.size * 0.35);
    if (current.length && Math.abs(p.y - baseline) <= tolerance) current.push(p);
    else {
      if (current.length) groups.push(current);
      current = [p];
      baseline = p.y;
    }
  }
  if (current.length) groups.push(current);

  const lines: Line[] = [];
  let furniture = 0;
  for (const group of groups) {
    group.sort((a, b) => a.x - b.x);
    const segments: Segment[] = [];
    for (const p of group) {
      const last = segments[segments.length - 1];
      const gap = last ? p.x - last.x2 : Infinity;
      if (last && gap <= Math.max(p.size * 1.2, 4)) {
        const glue = gap > p.size * 0.15 && !/\s$/.test(last.text) && !/^\s/.test(p.text) ? ' ' : '';
        last.text += glue + p.text;
        last.x2 = Math.max(last.x2, p.x2);
        last.pieces.push(p);
      } else segments.push({ text: p.text, x: p.x, x2: p.x2, pieces: [p] });
    }
    for (const s of segments) s.text = cleanText(s.text);
    const kept = segments.filter((s) => s.text);
    if (!kept.length) continue;
    const text = lineText(kept);
    const y = group[0]!.y;
    const inMargin = y < height * 0.09 || y > height * 0.93;
    if (inMargin && kept.length === 1 && PAGE_NUMBER.test(text)) {
      furniture++;
      continue;
    }
    lines.push({ place: { page, row: lines.length + 1 }, segments: kept, text, width, y });
  }
  return { lines, furniture };
}

/**
 * A decision document (Word or PDF) as the decision importer reads it: a sequence of
 * lines — each made of segments placed across the page, so the two columns of the top
 * block and of the signature stay apart — and, for Word, the tables the document holds.
 * PDF tables are rebuilt from the lines later (list.ts), because a PDF only knows where
 * each piece of text is.
 */
import type { Place } from '../shared/report.ts';

/** A run of text as a PDF (or OCR) places it on the page, in points from the top left. */
export interface TextPiece {
  text: string;
  x: number;
  /** Right edge. */
  x2: number;
  /** Baseline, from the top of the page. */
  y: number;
  /** Font size (height of the text). */
  size: number;
}

/** Text on one line with no wide gap in it: a cell of a table, a column of the top block. */
export interface Segment {
  text: string;
  x: number;
  x2: number;
  pieces: TextPiece[];
}

export interface Line {
  /** Where the line is: page and line of a PDF, paragraph of a Word document. */
  place: Place;
  segments: Segment[];
  /** The segments' text, joined by a space. */
  text: string;
  /** Width of the page (points), or 1 for Word, where segments are columns of a layout table. */
  width: number;
  /** Baseline from the top of the page (PDF only). */
  y?: number;
  /** The number Word gave an item of a numbered list (not in its text). */
  listNumber?: number;
}

/** A Word table that holds a list (its header names the columns), cells as text. */
export interface TableBlock {
  kind: 'table';
  rows: string[][];
  places: Place[];
}

export interface LineBlock {
  kind: 'line';
  line: Line;
}

export type Block = TableBlock | LineBlock;

export interface DecisionDocument {
  format: 'docx' | 'pdf';
  /** Pages of a PDF. */
  pages?: number;
  blocks: Block[];
  /** Pages read by OCR (a scanned PDF). */
  ocrPages: number[];
  /** Pages with no text layer that were not read. */
  unreadPages: number[];
  /** Page numbers and other page furniture left out. */
  furniture: number;
}

export function lineText(segments: readonly Segment[]): string {
  return segments
    .map((s) => s.text)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

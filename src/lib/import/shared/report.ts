/**
 * What every importer hands back, and how it reports trouble — one contract for all of
 * them (articles, honour lists, decisions in Word and PDF):
 *
 * - a finder returns a `Finding`: the value it found (null or empty when it found none)
 *   and the warnings a press officer should read, in Vietnamese;
 * - a row or line of a list that is not imported, set aside or imported with a doubt is
 *   a `RowIssue`, which names where it is (`placeLabel`: "dòng 12", "trang 3, dòng 7");
 * - a file that cannot be used at all is an `ImportError`, thrown with a message that
 *   names the reason and what to do; the command line adds the file's name.
 */

/** A finder's answer: the value, and what the reader should check. */
export interface Finding<T> {
  value: T;
  warnings: string[];
}

/** A value with no warnings. */
export function found<T>(value: T, warnings: string[] = []): Finding<T> {
  return { value, warnings };
}

/** Where a row of a list is in its file. */
export interface Place {
  /** Row as a spreadsheet numbers it, or line on the page, or row of a Word table. */
  row: number;
  /** Page of a PDF. */
  page?: number;
  /** Table of a Word document (1 = the first), when the document has several. */
  table?: number;
  /** A numbered line of a document rather than a table row. */
  paragraph?: boolean;
}

/** A row (or line) of a list and what happened to it. */
export interface RowIssue {
  /** Row number as Excel shows it, or the line of the page. */
  row: number;
  /** Page of a PDF. */
  page?: number;
  /** Table of a Word document. */
  table?: number;
  /** A numbered line of a document rather than a table row. */
  paragraph?: boolean;
  message: string;
}

/** "dòng 12", "trang 3, dòng 7", "bảng 2, dòng 5", "đoạn 41". */
export function placeLabel(p: Place | RowIssue): string {
  if (p.page !== undefined) return `trang ${p.page}, dòng ${p.row}`;
  if (p.table !== undefined) return `bảng ${p.table}, dòng ${p.row}`;
  if (p.paragraph) return `đoạn ${p.row}`;
  return `dòng ${p.row}`;
}

/** "dòng 12: thiếu Họ và tên". */
export function formatIssue(issue: RowIssue): string {
  return `${placeLabel(issue)}: ${issue.message}`;
}

/** A file the importer cannot use: unreadable, of an unknown encoding, locked, empty. The message is for the press officer. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

/**
 * CSV as spreadsheets read it: RFC 4180 quoting, CRLF line ends, UTF-8 with a byte order
 * mark (without it Excel reads UTF-8 as the local code page and Vietnamese names come out
 * garbled), a header row, and cells that a spreadsheet would run as a formula defused.
 */

/** The byte order mark that tells Excel a CSV file is UTF-8. */
export const BOM = '\uFEFF';

/**
 * Characters that make a spreadsheet treat a cell as a formula ("=HYPERLINK(…)", "+1",
 * "-2", "@SUM(…)"), and the tab and carriage return that some read the same way
 * (OWASP, "CSV injection").
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell's text made safe to open in a spreadsheet: text starting with = + - @ (or a tab
 * or carriage return) gets an apostrophe in front, which spreadsheets show as text and
 * do not evaluate. Readers of the data remove it with `unguardCell`.
 */
export function guardCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The text a cell held before `guardCell`. */
export function unguardCell(value: string): string {
  return value.length > 1 && value[0] === "'" && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

/** One cell, quoted when it holds a comma, a quote or a line break (quotes doubled). */
export function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A value as cell text: nothing for undefined and null, true/false, numbers as digits. */
export function cellText(value: string | number | boolean | null | undefined): string {
  if (value === undefined || value === null) return '';
  return String(value);
}

/**
 * A whole CSV file: BOM, a header row of `columns`, then one line per row with the
 * values of the same columns, every line ending in CRLF. Every value goes through the
 * formula guard; the header names are the caller's own and are written as they are.
 */
export function toCsv<C extends string>(columns: readonly C[], rows: Iterable<Readonly<Record<C, string | number | boolean | null | undefined>>>): string {
  const lines: string[] = [columns.map(csvCell).join(',')];
  for (const row of rows) {
    let line = '';
    for (let i = 0; i < columns.length; i++) {
      if (i > 0) line += ',';
      line += csvCell(guardCell(cellText(row[columns[i]!])));
    }
    lines.push(line);
  }
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

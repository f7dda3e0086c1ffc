/**
 * A list as provinces keep it — a CSV export or an Excel workbook — as rows of text,
 * each with the row number a person sees in Excel. Text in a legacy encoding is
 * converted cell by cell (cells already in Unicode are left alone), or refused.
 */
import { parse } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import { decodeBytes, EncodingError, ambiguousMessage, type EncodingChoice } from '../shared/decode.ts';
import { ImportError } from '../shared/report.ts';
import { detectLegacy, fixLegacyPiece, hasUnicodeVietnamese, type LegacyEncoding } from '../shared/legacy.ts';

export interface Table {
  rows: string[][];
  /** Row number of each row, as Excel numbers it (1 = the first line of the file). */
  rowNumbers: number[];
  /** How the file was read, for the summary: "CSV UTF-8", "Excel (trang “Danh sách”)". */
  label: string;
  /** Cells converted from a legacy encoding, and which. */
  converted: { encoding: LegacyEncoding | 'windows-1258'; cells: number } | null;
}

/** The delimiter of a CSV file: the one that splits its first lines most evenly (Excel in Việt Nam often writes ";"). */
export function sniffDelimiter(text: string): string {
  const lines = text.split(/\r?\n/).filter((l) => l.trim()).slice(0, 10);
  let best = ',';
  let bestScore = -1;
  for (const d of [',', ';', '\t', '|']) {
    const counts = lines.map((l) => {
      let n = 0;
      let quoted = false;
      for (const c of l) {
        if (c === '"') quoted = !quoted;
        else if (c === d && !quoted) n++;
      }
      return n;
    });
    const max = Math.max(0, ...counts);
    const steady = counts.filter((c) => c === max).length;
    const score = max === 0 ? 0 : max * steady;
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

/** Convert the cells of a Unicode table that hold TCVN3 or VNI text, or refuse when it cannot tell which. */
function fixLegacyCells(rows: string[][], forced?: LegacyEncoding): Table['converted'] {
  let encoding = forced;
  if (!encoding) {
    const candidates: string[] = [];
    for (const row of rows) for (const cell of row) if (/[\u0080-\u00FF]/.test(cell) && !hasUnicodeVietnamese(cell)) candidates.push(cell);
    if (candidates.length === 0) return null;
    const found = detectLegacy(candidates.join('\n'));
    if (found.kind === 'ambiguous') throw new EncodingError(ambiguousMessage());
    if (found.kind !== 'legacy') return null;
    encoding = found.encoding;
  }
  let cells = 0;
  for (const row of rows) {
    for (let i = 0; i < row.length; i++) {
      const fixed = fixLegacyPiece(row[i]!, encoding);
      if (fixed !== row[i]) {
        row[i] = fixed;
        cells++;
      }
    }
  }
  return cells ? { encoding, cells } : null;
}

export function readCsv(bytes: Uint8Array, encoding: EncodingChoice = 'auto'): Table {
  const decoded = decodeBytes(bytes, encoding);
  const text = decoded.text.replace(/^\uFEFF/, '');
  const rows = parse(text, {
    delimiter: sniffDelimiter(text),
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    bom: true,
  }) as string[][];
  // A final line break is not a row.
  while (rows.length && rows[rows.length - 1]!.every((c) => c === '')) rows.pop();
  let converted: Table['converted'] = null;
  if (decoded.legacy) converted = fixLegacyCells(rows, decoded.legacy);
  else if (decoded.label === 'Windows-1258') converted = { encoding: 'windows-1258', cells: 0 };
  else if (encoding === 'auto') converted = fixLegacyCells(rows);
  return { rows, rowNumbers: rows.map((_, i) => i + 1), label: `CSV ${decoded.label}`, converted };
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return `${value.getUTCDate()}/${value.getUTCMonth() + 1}/${value.getUTCFullYear()}`;
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((r) => r.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
    if ('error' in value) return '';
  }
  return String(value);
}

export async function readXlsx(bytes: Uint8Array, sheetName?: string): Promise<Table> {
  // Loaded only for workbooks: it takes longer to load than a CSV list takes to read.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch {
    throw new ImportError('Không đọc được tệp Excel này. Nếu là tệp .xls (Excel 97–2003), hãy mở bằng Excel và lưu lại dạng .xlsx hoặc “CSV UTF-8”.');
  }
  const sheets = workbook.worksheets;
  const sheet = sheetName ? sheets.find((s) => s.name === sheetName) : sheets.find((s) => s.actualRowCount > 0) ?? sheets[0];
  if (!sheet) {
    throw new ImportError(sheetName ? `Tệp Excel không có trang tính tên “${sheetName}” (có: ${sheets.map((s) => `“${s.name}”`).join(', ')}).` : 'Tệp Excel không có trang tính nào.');
  }
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  const width = sheet.columnCount;
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c);
      // A range merged across columns (a title, a group heading) is kept once; one merged down
      // a column (a unit shared by the people beside it) belongs to each of its rows.
      if (cell.type === Excel.ValueType.Merge) cells.push(cell.master.col === cell.col ? cellText(cell.master.value) : '');
      else cells.push(cellText(cell.value));
    }
    rows.push(cells);
    rowNumbers.push(r);
  }
  while (rows.length && rows[rows.length - 1]!.every((c) => c === '')) {
    rows.pop();
    rowNumbers.pop();
  }
  const converted = fixLegacyCells(rows);
  return { rows, rowNumbers, label: `Excel (trang “${sheet.name}”)`, converted };
}

export async function readTable(bytes: Uint8Array, fileName: string, opts: { encoding?: EncodingChoice; sheet?: string } = {}): Promise<Table> {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.xlsx') || lower.endsWith('.xlsm')) return readXlsx(bytes, opts.sheet);
  if (lower.endsWith('.xls') || lower.endsWith('.ods')) {
    throw new ImportError(`Chưa đọc được tệp ${lower.slice(lower.lastIndexOf('.'))}. Hãy mở bằng Excel hoặc LibreOffice và lưu lại dạng .xlsx hoặc “CSV UTF-8”.`);
  }
  return readCsv(bytes, opts.encoding ?? 'auto');
}

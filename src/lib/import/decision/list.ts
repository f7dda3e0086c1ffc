/**
 * The list attached to a decision, in each shape provinces write it, as rows of cells
 * for the one list reader (honours/read-list.ts):
 * - a Word table (its merged cells already spread by docx.ts);
 * - a PDF table: the header line names the columns; each later line's text is put in the
 *   column it sits under, a line without a number in the STT column continues the row
 *   above (a cell that wrapped), and the header repeated at the top of each page is
 *   passed on to be set aside;
 * - numbered lines grouped under "I. TẬP THỂ" / "II. CÁ NHÂN", a person written
 *   "Ông Nguyễn Văn A, Trưởng phòng …, Sở …;": STT, the name, then position and unit.
 */
import { readHeaderRow } from '../honours/columns.ts';
import { looksLikeHeading, sectionKind } from '../honours/read-list.ts';
import type { Place, RowIssue } from '../shared/report.ts';
import { wordKey } from '../shared/vi.ts';
import type { DecisionDocument, Line, TextPiece } from './document.ts';

export type ListShape = 'word-table' | 'pdf-table' | 'numbered' | 'none';

export interface DocumentList {
  shape: ListShape;
  rows: string[][];
  places: Place[];
  /** Lines inside the list that are not rows (a total at its foot), each with its place. */
  setAside: RowIssue[];
}

/** The header the numbered lines are read under. */
export const NUMBERED_HEADER = ['STT', 'Họ và tên', 'Chức vụ, đơn vị', 'Ghi chú'];

/** Lines that end a list: the next article, the signature, the recipients. */
const LIST_END = /^(Điều\s*\d+\s*[.:]|Nơi nhận\s*:|(?:TM|KT|Q|TL|TUQ)\.\s|CHỦ TỊCH$|GIÁM ĐỐC$)/u;
/** A line at the foot of a list that sums it up. */
const LIST_TOTAL = /^\(?\s*(tổng(?: cộng| số)?|cộng|danh sách (?:này )?(?:có|gồm)|ấn định danh sách)/iu;
const NUMBERED = /^(\d{1,5})\s*[.):]\s*(.+)$/u;
const BULLET = /^[-–•+*]\s*(.+)$/u;
const ROMAN_HEADING = /^(?:[IVXLC]+|[A-D])\s*[.)]\s*\S/u;

function headerCells(line: Line): string[] {
  return line.segments.map((s) => s.text);
}

/** The header line of a PDF table, and the line after it when the header wraps onto two lines. */
function findHeaderLine(lines: readonly Line[], from: number): { at: number; cells: { text: string; x: number; x2: number }[]; used: number } | undefined {
  for (let i = from; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.segments.length < 2) continue;
    if (readHeaderRow(headerCells(l))) return { at: i, cells: l.segments.map((s) => ({ text: s.text, x: s.x, x2: s.x2 })), used: 1 };
    // A header cell that wraps: "Chức vụ," over "đơn vị công tác" — join the next line's text under each cell.
    const next = lines[i + 1];
    if (next && next.place.page === l.place.page) {
      const cells = l.segments.map((s) => ({ text: s.text, x: s.x, x2: s.x2 }));
      for (const s of next.segments) {
        const c = nearest(cells, s.x, s.x2);
        cells[c]!.text += ` ${s.text}`;
        cells[c]!.x2 = Math.max(cells[c]!.x2, s.x2);
      }
      if (readHeaderRow(cells.map((c) => c.text))) return { at: i, cells, used: 2 };
    }
  }
  return undefined;
}

/** The column a piece of text belongs to: the one it overlaps most, else the nearest. */
function nearest(columns: readonly { x: number; x2: number }[], x: number, x2: number): number {
  let best = 0;
  let bestScore = -Infinity;
  columns.forEach((c, i) => {
    const overlap = Math.min(c.x2, x2) - Math.max(c.x, x);
    const score = overlap > 0 ? overlap : -Math.min(Math.abs(x - c.x2), Math.abs(c.x - x2), Math.abs((x + x2) / 2 - (c.x + c.x2) / 2));
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  });
  return best;
}

/**
 * Where each column of a PDF table begins and ends. Text inside a column is left-aligned,
 * centred or wraps, but nothing crosses from one column into the next: between two
 * headers, the boundary is the middle of the widest strip that no text of the table
 * covers. Without such a strip (text that runs on), the middle between the headers.
 */
function columnRanges(headers: readonly { x: number; x2: number }[], body: readonly Line[]): { x: number; x2: number }[] {
  const centres = headers.map((h) => (h.x + h.x2) / 2);
  const start = Math.floor(Math.min(...headers.map((h) => h.x)));
  const end = Math.ceil(Math.max(...headers.map((h) => h.x2), ...body.slice(0, 2000).flatMap((l) => l.segments.map((s) => s.x2))));
  const covered = new Uint32Array(Math.max(1, end - start + 1));
  // Lines of one piece of text (a group heading across the table, a cell that wrapped) say nothing of the columns.
  const rowsWithCells = body.filter((l) => l.segments.length > 1);
  for (const l of rowsWithCells) {
    for (const s of l.segments) {
      for (const p of s.pieces.length ? s.pieces : [{ x: s.x, x2: s.x2 }]) {
        for (let x = Math.max(start, Math.floor(p.x)); x <= Math.min(end, Math.ceil(p.x2)); x++) covered[x - start]!++;
      }
    }
  }
  const bounds: number[] = [];
  for (let i = 0; i + 1 < centres.length; i++) {
    const from = Math.ceil(centres[i]!);
    const to = Math.floor(centres[i + 1]!);
    let least = Infinity;
    for (let x = from; x <= to; x++) least = Math.min(least, covered[x - start] ?? 0);
    let best: [number, number] | undefined;
    let run: number | undefined;
    for (let x = from; x <= to + 1; x++) {
      const quiet = x <= to && (covered[x - start] ?? 0) === least;
      if (quiet && run === undefined) run = x;
      if (!quiet && run !== undefined) {
        if (!best || x - run > best[1] - best[0]) best = [run, x - 1];
        run = undefined;
      }
    }
    bounds.push(best && least <= rowsWithCells.length / 20 ? (best[0] + best[1]) / 2 : (centres[i]! + centres[i + 1]!) / 2);
  }
  return centres.map((_, i) => ({ x: i === 0 ? -Infinity : bounds[i - 1]!, x2: i === centres.length - 1 ? Infinity : bounds[i]! }));
}

/** A PDF table rebuilt from lines, from its header line to the end of the list. */
function pdfTable(lines: readonly Line[], header: NonNullable<ReturnType<typeof findHeaderLine>>): DocumentList {
  const n = header.cells.length;
  const headerTexts = header.cells.map((c) => c.text);
  const headerKey = wordKey(headerTexts.join(' '));
  const body = lines.slice(header.at + header.used);
  const columns = columnRanges(header.cells, body);
  const sttColumn = header.cells.findIndex((c) => readHeaderRow([c.text, 'Họ và tên'])?.columns.get('stt') === 0);

  const rows: string[][] = [headerTexts];
  const places: Place[] = [lines[header.at]!.place];
  const setAside: RowIssue[] = [];
  let lastLine: Line | undefined;
  for (let i = 0; i < body.length; i++) {
    const l = body[i]!;
    if (LIST_END.test(l.text)) break;
    if (LIST_TOTAL.test(l.text)) {
      setAside.push({ ...l.place, message: `dòng cuối danh sách “${l.text}”, không phải một người hay tập thể` });
      continue;
    }
    // The header again at the top of a page, perhaps on two lines.
    if (wordKey(l.text) === headerKey || (body[i + 1] && wordKey(`${l.text} ${body[i + 1]!.text}`) === headerKey && header.used === 2)) {
      if (wordKey(l.text) !== headerKey) i++;
      rows.push([...headerTexts]);
      places.push(l.place);
      lastLine = undefined;
      continue;
    }
    const cells = Array.from({ length: n }, () => '');
    // A group heading across the table ("I. TẬP THỂ") stays whole, whatever columns its words fall under.
    if (l.segments.length === 1 && (ROMAN_HEADING.test(l.text) || (sectionKind(l.text) !== null && l.text.split(' ').length <= 4))) {
      cells[0] = l.text;
      rows.push(cells);
      places.push(l.place);
      lastLine = undefined;
      continue;
    }
    const pieces: TextPiece[] = l.segments.flatMap((s) => (s.pieces.length ? s.pieces : [{ text: s.text, x: s.x, x2: s.x2, y: 0, size: 0 }]));
    for (const p of pieces) {
      const centre = (p.x + p.x2) / 2;
      const c = Math.max(0, columns.findIndex((col) => centre >= col.x && centre < col.x2));
      cells[c] = cells[c] ? `${cells[c]} ${p.text.trim()}` : p.text.trim();
    }
    const filled = cells.filter(Boolean);
    const heading = filled.length === 1 && (ROMAN_HEADING.test(filled[0]!) || sectionKind(filled[0]!) !== null || looksLikeHeading(filled[0]!, sttColumn >= 0));
    const previous = rows[rows.length - 1]!;
    // A line with nothing in the STT column, just under a numbered row: a cell that wrapped.
    const continues =
      sttColumn >= 0 &&
      !cells[sttColumn] &&
      !heading &&
      lastLine !== undefined &&
      previous !== rows[0] &&
      (lastLine.place.page !== l.place.page || (l.y ?? 0) - (lastLine.y ?? 0) < 2.2 * (l.segments[0]?.pieces[0]?.size ?? 12));
    // A number too wide for a narrow STT column wraps: "100" over "0" is 1000.
    const wrappedNumber =
      sttColumn >= 0 &&
      filled.length === 1 &&
      /^\d{1,2}$/.test(cells[sttColumn]!) &&
      /^\d+$/.test(previous[sttColumn] ?? '') &&
      lastLine !== undefined &&
      lastLine.place.page === l.place.page &&
      (l.y ?? 0) - (lastLine.y ?? 0) < 1.6 * (l.segments[0]?.pieces[0]?.size ?? 12);
    if (wrappedNumber) {
      previous[sttColumn] += cells[sttColumn]!;
      lastLine = l;
      continue;
    }
    if (continues) {
      cells.forEach((t, c) => {
        if (t) previous[c] = previous[c] ? `${previous[c]} ${t}` : t;
      });
      lastLine = l;
      continue;
    }
    rows.push(cells);
    places.push(l.place);
    lastLine = heading ? undefined : l;
  }
  return { shape: 'pdf-table', rows, places, setAside };
}

/** Numbered (or bulleted) lines and their group headings, name first: "1. Ông A, Trưởng phòng X, Sở Y;". */
function numberedLines(lines: readonly Line[]): DocumentList {
  const rows: string[][] = [NUMBERED_HEADER];
  const places: Place[] = [{ row: 0 }];
  const setAside: RowIssue[] = [];
  let started = false;
  let current: { stt: string; text: string } | undefined;
  let currentIndex = -1;
  const flush = () => {
    if (!current) return;
    let text = current.text.replace(/[;.,]+\s*$/u, '').trim();
    // A note in brackets at the end of the line: "(truy tặng)", "(tỉnh Hà Giang)".
    const note = /\s*\(([^()]+)\)$/u.exec(text);
    if (note) text = text.slice(0, note.index).replace(/[;.,]+\s*$/u, '');
    // The name runs to the first comma or dash; position and unit follow.
    const cut = /\s*(?:,|\s[–—-]\s)\s*/u.exec(text);
    const name = cut ? text.slice(0, cut.index) : text;
    const rest = cut ? text.slice(cut.index + cut[0].length) : '';
    rows[currentIndex] = [current.stt, name, rest, note?.[1] ?? ''];
    current = undefined;
  };
  for (const l of lines) {
    const text = l.text;
    if (started && LIST_END.test(text)) break;
    const numbered = l.listNumber !== undefined ? { stt: String(l.listNumber), rest: text } : NUMBERED.exec(text) ? { stt: NUMBERED.exec(text)![1]!, rest: NUMBERED.exec(text)![2]! } : undefined;
    const bullet = !numbered ? BULLET.exec(text) : null;
    // A group heading: "I. TẬP THỂ", or a kind alone ("Cá nhân:"); not the list's title above the first item.
    const heading = !numbered && !bullet && (ROMAN_HEADING.test(text) || (sectionKind(text) !== null && text.split(' ').length <= 4));
    if (heading) {
      flush();
      started = true;
      rows.push([text, '', '', '']);
      places.push(l.place);
      continue;
    }
    if (numbered || bullet) {
      flush();
      started = true;
      current = { stt: numbered?.stt ?? '', text: numbered?.rest ?? bullet![1]! };
      rows.push([]);
      places.push(l.place);
      currentIndex = rows.length - 1;
      continue;
    }
    if (!started) continue;
    if (LIST_TOTAL.test(text)) {
      flush();
      setAside.push({ ...l.place, message: `dòng cuối danh sách “${text}”, không phải một người hay tập thể` });
      continue;
    }
    // A line that wrapped: it belongs to the item above.
    if (current) current.text += ` ${text}`;
    else setAside.push({ ...l.place, message: `dòng “${text}” không thuộc mục nào của danh sách` });
  }
  flush();
  return rows.length > 1 ? { shape: 'numbered', rows, places, setAside } : { shape: 'none', rows: [], places: [], setAside: [] };
}

/** The list of a decision document, in whatever shape it has. */
export function findList(doc: DecisionDocument): DocumentList {
  const tables = doc.blocks.filter((b) => b.kind === 'table');
  if (tables.length) {
    return { shape: 'word-table', rows: tables.flatMap((t) => t.rows.map((r) => [...r])), places: tables.flatMap((t) => t.places), setAside: [] };
  }
  const lines = doc.blocks.flatMap((b) => (b.kind === 'line' ? [b.line] : []));
  // The list follows its title "DANH SÁCH …"; without one, it is in Điều 1.
  const titleAt = lines.findIndex((l) => /^DANH SÁCH\b/u.test(l.text));
  const from = titleAt >= 0 ? titleAt + 1 : 0;
  const header = findHeaderLine(lines, from);
  if (header) return pdfTable(lines, header);
  if (titleAt >= 0) return numberedLines(lines.slice(from));
  const article1 = lines.findIndex((l) => /^Điều\s*1\s*[.:]/u.test(l.text));
  return numberedLines(article1 >= 0 ? lines.slice(article1 + 1) : lines);
}

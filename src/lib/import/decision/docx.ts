/**
 * A Word decision (.docx) → paragraphs and tables, through mammoth, which turns the
 * document into plain HTML: paragraphs, numbered lists (their numbers are Word's, not in
 * the text), and tables with their merged cells as colspan and rowspan. A table whose
 * rows name the list's columns (STT, Họ và tên …) is a list; any other table is layout —
 * the two columns of the top block and of the signature — and is read as lines.
 */
import mammoth from 'mammoth';
import { parseDocument } from 'htmlparser2';
import { cleanText } from '../../text.ts';
import { readHeaderRow } from '../honours/columns.ts';
import { ImportError, type Place } from '../shared/report.ts';
import type { Block, DecisionDocument, Line } from './document.ts';

interface HNode {
  type: string;
  name?: string;
  attribs?: Record<string, string>;
  children?: HNode[];
  data?: string;
}

/** A Word file's first bytes: a .docx is a ZIP archive; an OLE file is an old .doc or an encrypted .docx. */
const ZIP = [0x50, 0x4b];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

/** Whether an OLE file holds an encrypted package (Word's "Encrypt with Password") rather than an old .doc. */
function isEncryptedPackage(bytes: Uint8Array): boolean {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 200_000)).toString('utf16le');
  return text.includes('EncryptionInfo') || text.includes('EncryptedPackage');
}

function textOf(n: HNode): string {
  if (n.type === 'text') return n.data ?? '';
  if (n.name === 'br') return ' ';
  return (n.children ?? []).map(textOf).join('');
}

function tags(n: HNode, name?: string): HNode[] {
  return (n.children ?? []).filter((c) => c.type === 'tag' && (!name || c.name === name));
}

/** The paragraphs of a cell or list item, each as text. */
function paragraphsOf(n: HNode): string[] {
  const ps = tags(n).filter((c) => c.name === 'p' || /^h[1-6]$/.test(c.name!));
  if (!ps.length) return [cleanText(textOf(n))].filter(Boolean);
  return ps.map((p) => cleanText(textOf(p))).filter(Boolean);
}

/** Rows of cells, each cell its paragraphs; a merged cell's text is in each cell it covers down, once across. */
function tableCells(table: HNode): string[][][] {
  const rows: HNode[] = [];
  for (const part of tags(table)) {
    if (part.name === 'tr') rows.push(part);
    else for (const tr of tags(part, 'tr')) rows.push(tr);
  }
  const grid: string[][][] = [];
  const pending = new Map<number, { left: number; paragraphs: string[] }>();
  for (const tr of rows) {
    const out: string[][] = [];
    let col = 0;
    const take = () => {
      while (pending.has(col)) {
        const p = pending.get(col)!;
        out[col] = p.paragraphs;
        if (--p.left === 0) pending.delete(col);
        col++;
      }
    };
    for (const cell of tags(tr).filter((c) => c.name === 'td' || c.name === 'th')) {
      take();
      const paragraphs = paragraphsOf(cell);
      const span = Math.max(1, Number(cell.attribs?.colspan ?? 1));
      const down = Math.max(1, Number(cell.attribs?.rowspan ?? 1));
      out[col] = paragraphs;
      for (let k = 1; k < span; k++) out[col + k] = [];
      if (down > 1) pending.set(col, { left: down - 1, paragraphs });
      col += span;
    }
    take();
    grid.push(Array.from({ length: out.length }, (_, i) => out[i] ?? []));
  }
  return grid;
}

export async function readDocx(bytes: Uint8Array): Promise<DecisionDocument> {
  if (bytes.length === 0) throw new ImportError('Tệp rỗng (0 byte): không có gì để đọc.');
  if (startsWith(bytes, OLE)) {
    throw new ImportError(
      isEncryptedPackage(bytes)
        ? 'Tệp Word được đặt mật khẩu, nên không đọc được. Hãy mở bằng Word (nhập mật khẩu), vào Tệp → Thông tin → Bảo vệ tài liệu → Mã hóa bằng mật khẩu, xóa mật khẩu rồi lưu, và chạy lại.'
        : 'Đây là tệp Word cũ (.doc, Word 97–2003), chưa đọc được. Hãy mở bằng Word hoặc LibreOffice và lưu lại dạng .docx, rồi chạy lại.',
    );
  }
  if (!startsWith(bytes, ZIP)) throw new ImportError('Tệp không phải tài liệu Word (.docx) hoặc đã bị hỏng. Hãy mở bằng Word và lưu lại dạng .docx, rồi chạy lại.');
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) })).value;
  } catch {
    throw new ImportError('Tệp Word bị hỏng, nên không đọc được. Hãy mở bằng Word (Word thường tự sửa được) và lưu lại dạng .docx, rồi chạy lại.');
  }

  const blocks: Block[] = [];
  let paragraph = 0;
  let tableNo = 0;
  const line = (segments: { text: string; x: number }[], listNumber?: number): Line => {
    paragraph++;
    const kept = segments.filter((s) => s.text);
    const l: Line = {
      place: { row: paragraph, paragraph: true },
      segments: kept.map((s) => ({ text: s.text, x: s.x, x2: s.x, pieces: [] })),
      text: kept.map((s) => s.text).join(' '),
      width: 1,
    };
    if (listNumber !== undefined) l.listNumber = listNumber;
    return l;
  };
  const visitList = (list: HNode) => {
    let n = Number(list.attribs?.start ?? 1);
    for (const li of tags(list, 'li')) {
      const own = cleanText((li.children ?? []).filter((c) => !(c.type === 'tag' && (c.name === 'ol' || c.name === 'ul'))).map(textOf).join(' '));
      const nested = tags(li).filter((c) => c.name === 'ol' || c.name === 'ul');
      // An item holding a list is a group heading ("Tập thể", "Cá nhân"), its items the rows.
      if (own) blocks.push({ kind: 'line', line: line([{ text: own, x: 0 }], list.name === 'ol' && !nested.length ? n : undefined) });
      for (const sub of nested) visitList(sub);
      n++;
    }
  };
  const visit = (n: HNode) => {
    if (n.type !== 'tag') return;
    if (n.name === 'table') {
      const grid = tableCells(n);
      const asText = grid.map((r) => r.map((c) => c.join(' ')));
      if (asText.slice(0, 5).some((r) => readHeaderRow(r))) {
        tableNo++;
        const places: Place[] = asText.map((_, i) => ({ table: tableNo, row: i + 1 }));
        blocks.push({ kind: 'table', rows: asText, places });
      } else {
        // Layout: each row's cells side by side, paragraph by paragraph.
        for (const row of grid) {
          const depth = Math.max(0, ...row.map((c) => c.length));
          for (let i = 0; i < depth; i++) {
            blocks.push({ kind: 'line', line: line(row.map((c, k) => ({ text: c[i] ?? '', x: k / row.length }))) });
          }
        }
      }
      return;
    }
    if (n.name === 'ol' || n.name === 'ul') {
      visitList(n);
      return;
    }
    if (n.name === 'p' || /^h[1-6]$/.test(n.name!)) {
      const text = cleanText(textOf(n));
      if (text) blocks.push({ kind: 'line', line: line([{ text, x: 0 }]) });
      return;
    }
    for (const c of n.children ?? []) visit(c);
  };
  const root = parseDocument(html, { decodeEntities: true }) as unknown as HNode;
  for (const c of root.children ?? []) visit(c);
  if (!blocks.length) throw new ImportError('Tài liệu Word không có chữ nào (có thể chỉ chứa ảnh chụp). Hãy dùng bản có chữ, hoặc bản PDF để nhận dạng chữ (OCR).');
  return { format: 'docx', blocks, ocrPages: [], unreadPages: [], furniture: 0 };
}

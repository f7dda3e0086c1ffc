/**
 * The header row of an honour list and what each column holds, matched loosely
 * ("Họ và tên", "Họ tên", "HỌ VÀ TÊN" …), whatever the case, marks or punctuation.
 */
import { cleanText } from '../../text.ts';
import { wordKey } from '../shared/vi.ts';

export type Field =
  | 'stt'
  | 'name'
  | 'surname'
  | 'given'
  | 'title'
  | 'unit'
  | 'titleUnit'
  | 'citation'
  | 'kind'
  | 'award'
  | 'class'
  | 'posthumous'
  | 'note'
  | 'ignore';

/** Header words → field. Checked in order; the first that fits wins. */
const HEADERS: [Field, RegExp][] = [
  ['stt', /^(stt|tt|so tt|so thu tu|thu tu|no|so)$/],
  ['kind', /^(loai|doi tuong|loai doi tuong|ca nhan tap the|ca nhan hay tap the|ca nhan tap the ho gia dinh|phan loai|cn tt)$/],
  ['surname', /^(ho|ho dem|ho va dem|ho va ten dem|ho va chu dem|ho ten dem)$/],
  ['given', /^ten$/],
  ['titleUnit', /chuc vu.*don vi|chuc danh.*don vi|chuc vu.*co quan|chuc vu.*noi cong tac/],
  ['posthumous', /truy tang/],
  ['note', /^(ghi chu|chu thich|ghi chu khac)$/],
  ['ignore', /(nam sinh|ngay sinh|gioi tinh|nam nu|dan toc|so quyet dinh|ky ten|ngay thang|so dien thoai|dien thoai|email|cccd|cmnd|so dinh danh)/],
  ['name', /(ho va ten|ho ten|ten ca nhan|ten tap the|ten don vi|ten to chuc|ten co quan|ca nhan tap the|tap the ca nhan|doi tuong duoc khen|nguoi duoc khen|ten nguoi|^ten)/],
  ['title', /(chuc vu|chuc danh|nghe nghiep|cap bac)/],
  ['unit', /(don vi|co quan|noi cong tac|dia chi|que quan|to chuc)/],
  ['citation', /(thanh tich|noi dung|ly do|cong trang)/],
  ['award', /(hinh thuc khen|danh hieu|hinh thuc)/],
  ['class', /^(hang|hang huan chuong|hang huy chuong)$/],
];

export function fieldOfHeader(header: string): Field | null {
  const key = wordKey(header);
  if (!key) return null;
  for (const [field, re] of HEADERS) if (re.test(key)) return field;
  return null;
}

export interface ColumnMap {
  /** Row index (in the table) of the header row. */
  headerIndex: number;
  columns: Map<Field, number>;
  /** Header text of each field's column, to name it in messages. */
  headers: Map<Field, string>;
  /** Columns not used, by their header. */
  ignored: string[];
}

/** The fields of one row read as a header, or null when it is not one. */
export function readHeaderRow(row: readonly string[]): Omit<ColumnMap, 'headerIndex'> | null {
  const columns = new Map<Field, number>();
  const headers = new Map<Field, string>();
  const ignored: string[] = [];
  row.forEach((cell, c) => {
    const text = cleanText(cell);
    if (!text) return;
    let field = fieldOfHeader(text);
    if (field === 'given' && !columns.has('surname')) field = 'name';
    if (field && field !== 'ignore' && !columns.has(field)) {
      columns.set(field, c);
      headers.set(field, text);
    } else ignored.push(text);
  });
  const hasName = columns.has('name') || (columns.has('surname') && columns.has('given'));
  return hasName && columns.size >= 2 ? { columns, headers, ignored } : null;
}

/** The header row: the first of the first 30 rows that names the name column and one more. */
export function findHeader(rows: readonly (readonly string[])[]): ColumnMap | null {
  const limit = Math.min(rows.length, 30);
  for (let r = 0; r < limit; r++) {
    const read = readHeaderRow(rows[r]!);
    if (read) return { headerIndex: r, ...read };
  }
  return null;
}

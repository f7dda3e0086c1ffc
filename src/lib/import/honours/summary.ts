/**
 * What became of every row of a list, as the importers print it: the counts, then each
 * error, each row set aside and each warning with its place in the file.
 */
import type { RecipientKind } from '../../../schemas/common.ts';
import { formatIssue } from '../shared/report.ts';
import { formatCount } from '../shared/vi.ts';
import type { ListResult } from './read-list.ts';

/** Counts of the records by kind: "6 cá nhân, 3 tập thể, 2 hộ gia đình". */
export function kindCounts(records: ListResult['records']): string {
  const n = formatCount;
  const byKind: Record<RecipientKind, number> = { 'ca-nhan': 0, 'tap-the': 0, 'ho-gia-dinh': 0 };
  for (const r of records) byKind[r.kind]++;
  return [`${n(byKind['ca-nhan'])} cá nhân`, `${n(byKind['tap-the'])} tập thể`, ...(byKind['ho-gia-dinh'] ? [`${n(byKind['ho-gia-dinh'])} hộ gia đình`] : [])].join(', ');
}

/** The indented lines under "Đã đọc …": imported, errors, set aside, to check, notes. */
export function listSummary(result: ListResult): string[] {
  const n = formatCount;
  const lines: string[] = [];
  lines.push(`  Nhập: ${n(result.records.length)} (${kindCounts(result.records)})`);
  lines.push(`  Lỗi, không nhập: ${n(result.errors.length)}`);
  for (const e of result.errors) lines.push(`    ${formatIssue(e)}`);
  const empty = result.skipped.filter((s) => s.message === 'dòng trống');
  const otherSkipped = result.skipped.filter((s) => s.message !== 'dòng trống');
  const emptyPlaces = empty.map((s) => (s.page !== undefined ? `${s.page}/${s.row}` : String(s.row)));
  lines.push(`  Bỏ qua: ${n(result.skipped.length)}${empty.length ? ` (${n(empty.length)} dòng trống: ${emptyPlaces.join(', ')})` : ''}`);
  for (const s of otherSkipped) lines.push(`    ${formatIssue(s)}`);
  if (result.warnings.length) {
    lines.push(`  Đã nhập nhưng cần kiểm tra: ${n(result.warnings.length)}`);
    for (const w of result.warnings) lines.push(`    ${formatIssue(w)}`);
  }
  for (const note of result.notes) lines.push(`  Lưu ý: ${note}`);
  return lines;
}

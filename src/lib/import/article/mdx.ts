/**
 * An extracted article → an MDX draft in the project's report format. The article's
 * text is untrusted: every character that MDX or Markdown would read as syntax ({ } < >
 * * _ [ ] # …, and lines starting with import / export) is escaped, so a copied page can
 * neither run code nor change the markup. Frontmatter values are JSON strings, which YAML
 * reads as double-quoted scalars.
 */
import { AWARD_CLASS_LABELS } from '../../../schemas/award.ts';
import { EVENT_KIND_LABELS, EVENT_KINDS } from '../../../schemas/report.ts';
import type { RecipientKind } from '../../../schemas/common.ts';
import type { AwardEntry } from '../../content/validate.ts';
import { toIso } from '../../dates.ts';
import { cleanText, slugify } from '../../text.ts';
import type { ArticleDraft } from './article.ts';

/** Characters MDX or Markdown read as syntax, and the character references that show them instead. */
const REFERENCES: Record<string, string> = {
  '{': '&#123;',
  '}': '&#125;',
  '<': '&lt;',
  '>': '&gt;',
  '*': '&#42;',
  _: '&#95;',
  '[': '&#91;',
  ']': '&#93;',
  '`': '&#96;',
  '~': '&#126;',
  '|': '&#124;',
  '\\': '&#92;',
  '&': '&amp;',
};

/**
 * Escape text for an MDX paragraph: it renders as the same characters, and as nothing
 * else. Character references rather than backslashes, because a backslash would stay
 * visible inside a web address that GFM links.
 */
export function escapeMdx(text: string): string {
  let t = cleanText(text).replace(/[{}<>*_`[\]~|\\&]/g, (c) => REFERENCES[c]!);
  // Constructs that only count at the start of a line.
  t = t
    .replace(/^(#{1,6})(?=\s|$)/, (m) => '&#35;'.repeat(m.length))
    .replace(/^([-+])(?=\s|$)/, (m) => `&#${m.charCodeAt(0)};`)
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, (_m, n: string, p: string) => `${n}&#${p.charCodeAt(0)};`);
  if (/^[-=\s]+$/.test(t)) t = t.replace(/[-=]/g, (c) => `&#${c.charCodeAt(0)};`);
  // MDX reads a line starting with import / export as JavaScript.
  if (/^(import|export)(?![\p{L}\p{N}_$])/u.test(t)) t = `&#${t.charCodeAt(0)};${t.slice(1)}`;
  return t;
}

/** A YAML comment line: no line breaks, so the text cannot step out of the comment. */
function comment(text: string): string {
  return `# ${text.replace(/[\r\n\u2028\u2029]+/g, ' ')}`;
}

const q = (s: string) => JSON.stringify(cleanText(s));

function list(values: readonly string[]): string {
  return `[${values.map(q).join(', ')}]`;
}

/** A file name from the headline, at most 80 characters, cut between words. */
export function draftSlug(title: string | null, fallback: string): string {
  let slug = slugify(title ?? '') || slugify(fallback) || 'bai-nhap';
  if (slug.length > 80) slug = slug.slice(0, 80).replace(/-[^-]*$/, '');
  return slug;
}

function recipientKinds(text: string | undefined, award: AwardEntry | undefined): RecipientKind[] {
  if (!text || !award) return [];
  const t = text.toLowerCase();
  const kinds: RecipientKind[] = [];
  if (/tập thể|đơn vị/.test(t)) kinds.push('tap-the');
  if (/cá nhân/.test(t)) kinds.push('ca-nhan');
  if (/hộ gia đình/.test(t)) kinds.push('ho-gia-dinh');
  return kinds.filter((k) => award.recipients.includes(k));
}

export interface DraftOptions {
  /** The file the article came from, named in the header comment. */
  from: string;
  /** Today, for the header comment. */
  today: string;
  awards: Map<string, AwardEntry>;
}

export function renderDraft(d: ArticleDraft, opts: DraftOptions): string {
  const lines: string[] = ['---'];
  lines.push(comment(`Bản nháp nhập từ "${opts.from}" ngày ${opts.today}. Kiểm tra từng trường với bài gốc, rồi đổi draft thành false.`));
  if (d.warnings.length) {
    lines.push(comment('Cần kiểm tra:'));
    for (const w of d.warnings) lines.push(comment(`  - ${w}`));
  }
  lines.push(`title: ${q(d.title ?? 'CẦN ĐẶT TIÊU ĐỀ')}${d.title ? '' : '  # không tìm thấy tiêu đề trong bài'}`);
  const iso = toIso(d.date);
  lines.push(`date: ${q(iso ?? 'không rõ')}  # "2023-01-09", "9/1/2023", "2023-03" hoặc "không rõ"`);
  lines.push(`eventKind: ${q(d.eventKind)}  # ${EVENT_KINDS.map((k) => EVENT_KIND_LABELS[k]).join(', ')}`);
  lines.push(`summary: ${q(d.summary ?? d.title ?? 'CẦN VIẾT TÓM TẮT')}  # lấy từ đoạn đầu; hãy viết lại thành một hai câu`);
  lines.push(`provinces: ${list(d.provinces)}`);
  lines.push(`clusters: ${list(d.clusters)}`);
  if (d.newClusters.length) {
    lines.push(comment('Cụm, khối bài nêu nhưng chưa có trong thư mục nội dung; đã ghi bản nháp (kiểm tra, đổi tên bỏ dấu _, rồi thêm mã vào clusters):'));
    for (const c of d.newClusters) lines.push(comment(`  ${c.file} → mã "${c.id}" (${c.data.name})`));
  }
  lines.push(`movements: ${list(d.movementIds)}`);
  if (d.movementsMissing.length) {
    lines.push(comment('Phong trào bài trích dẫn nhưng chưa có trong thư mục nội dung (tạo rồi thêm mã vào movements):'));
    for (const name of d.movementsMissing) lines.push(comment(`  “${name}”`));
  }
  const honours = d.awards.filter((a) => {
    const award = opts.awards.get(a.id);
    return award && (!award.classes.length || a.awardClass);
  });
  if (honours.length) {
    lines.push('honours:');
    for (const h of honours) {
      const award = opts.awards.get(h.id);
      lines.push(`  - award: ${q(h.id)}  # ${award?.name ?? ''}${h.awardClass ? ` ${AWARD_CLASS_LABELS[h.awardClass]}` : ''}`);
      if (h.awardClass) lines.push(`    awardClass: ${q(h.awardClass)}`);
      lines.push(`    recipients: ${q(h.recipients ?? 'bài không nêu rõ')}`);
      const kinds = recipientKinds(h.recipients, award);
      if (kinds.length) lines.push(`    recipientKinds: ${list(kinds)}`);
    }
  } else lines.push('honours: []');
  if (d.officials.length) {
    lines.push('officials:');
    for (const o of d.officials) {
      lines.push(`  - name: ${q(o.name)}`);
      lines.push(`    titles: ${list(o.titles)}`);
    }
  } else lines.push('officials: []');
  lines.push(`authors: ${list(d.authors)}`);
  lines.push(`photoCredits: ${list(d.photoCredits)}`);
  if (d.source) {
    lines.push('source:');
    lines.push(`  publisher: ${q(d.source.publisher)}`);
    if (d.source.url) lines.push(`  url: ${q(d.source.url)}`);
  }
  lines.push('draft: true  # bản nháp không được đăng; đổi thành false khi đã kiểm tra xong');
  lines.push('---', '');

  for (const b of d.blocks) {
    switch (b.kind) {
      case 'heading':
        lines.push(`## ${escapeMdx(b.text)}`, '');
        break;
      case 'paragraph':
        lines.push(escapeMdx(b.text), '');
        break;
      case 'caption':
        lines.push('{/* chú thích ảnh: gắn vào ảnh trong images nếu có ảnh */}', `*${escapeMdx(b.text)}*`, '');
        break;
      default:
        break;
    }
  }
  return lines.join('\n').replace(/\n+$/, '\n');
}

/**
 * Officials named in an article, with their titles, in the two ways Vietnamese news
 * writes them:
 * - name first: "Đồng chí Nguyễn Văn A, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, chủ trì…",
 *   "Đ/c Trần Thị B – Phó Giám đốc Sở Nội vụ báo cáo…";
 * - title first: "Chủ tịch UBND tỉnh Lai Châu Hà Văn Tám – Cụm trưởng … cho biết".
 * Titles that run on with commas are split; the list ends at the first words that are
 * not a title (a verb: "phát biểu", "dự", "trao" …). A person in a possessive ("của
 * Tổng Bí thư …", "của Chủ tịch Hồ Chí Minh") is not at the event and is left out.
 */
import { cleanText } from '../../text.ts';
import type { Finding } from '../shared/report.ts';
import { NAME_TOKEN, NOT_OFFICIALS, SURNAMES, nameKey } from '../shared/vi.ts';

export interface Official {
  name: string;
  titles: string[];
}

const NAME = '\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){1,4}';
const HONORIFIC = new RegExp(`(?<![\\p{L}])(?:[Đđ]ồng chí|[Đđ]\\/[cC])\\s+(${NAME})`, 'gu');
const TITLE_HEAD = new RegExp(
  '(?<![\\p{L}])((?:(?:Phó|Quyền|Nguyên|Tổng)\\s+)?(?:Chủ tịch|Bí thư|Giám đốc|Trưởng [Bb]an|Trưởng phòng|Bộ trưởng|Thứ trưởng|Thủ tướng|[ỦU][yỷ] viên|Chánh [Vv]ăn phòng|Cụm trưởng|Khối trưởng|Chủ nhiệm|Tư lệnh|Chính ủy|Viện trưởng|Chánh án))(?![\\p{L}])',
  'gu',
);
const TITLE_WORD =
  /(Bí thư|Chủ tịch|[ỦU][yỷ] viên|Giám đốc|trưởng|Trưởng|Phó|Quyền|Chánh|Chỉ huy|Tư lệnh|Chính ủy|Thư ký|Chủ nhiệm|Đại biểu|Thành viên|Tổng|tướng|Đại tá|Thượng tá|Trung tá|Thiếu tá|Phụ trách|Thủ tướng)/u;
/** Words that end a title: what the person does. */
const VERBS = [
  'phát biểu', 'báo cáo', 'cho biết', 'đề nghị', 'khẳng định', 'nhấn mạnh', 'chủ trì', 'phát động', 'ký kết', 'chúc mừng',
  'đánh giá', 'yêu cầu', 'lưu ý', 'mong muốn', 'chỉ đạo', 'bế mạc', 'khai mạc', 'làm việc', 'trình bày', 'điều hành',
  'quán triệt', 'công bố', 'tham dự', 'tới dự', 'về dự', 'đến dự', 'có mặt', 'giới thiệu', 'kết luận', 'trả lời',
  'thông tin', 'chia sẻ', 'hướng dẫn', 'bắt tay', 'chụp ảnh', 'trò chuyện', 'động viên', 'thăm hỏi', 'tặng hoa',
  'cắt băng', 'thay mặt', 'thừa ủy quyền', 'trao tặng', 'kiểm tra', 'cảm ơn', 'ghi nhận', 'biểu dương', 'khen ngợi',
  'cho rằng', 'đề xuất', 'kêu gọi', 'dự', 'trao', 'tặng', 'thăm', 'cùng', 'là', 'được', 'nhận', 'đã', 'đọc', 'gặp',
  'tiếp', 'đón', 'nêu', 'nói', 'mong', 'tại', 'đồng chí',
];
const VERB = new RegExp(`(?<![\\p{L}])(?:${VERBS.join('|')})(?![\\p{L}])`, 'u');
/** Capitalised words that start a title rather than continue a name. */
const TITLE_STARTERS = new Set(['Phó', 'Chủ', 'Bí', 'Trưởng', 'Giám', 'Ủy', 'Uỷ', 'Quyền', 'Tổng', 'Thứ', 'Bộ', 'Cụm', 'Khối', 'Chánh', 'Nguyên', 'Thủ']);

/**
 * "Thi đua – Khen thưởng" names a body; its dash is not the dash between a name and a
 * title. It is hidden while titles are cut and put back after.
 */
const BODY_DASH = /(thi đua)(\s*)([–—-])(\s*)(khen thưởng)/giu;
const DASHES = ['–', '—', '-'];
function protect(text: string): string {
  return text.replace(BODY_DASH, (_w, a: string, s1: string, d: string, s2: string, b: string) => `${a}${String.fromCharCode(0xe000 + DASHES.indexOf(d) * 2 + (s1 || s2 ? 1 : 0))}${b}`);
}
function restore(text: string): string {
  return text.replace(/[\uE000-\uE005]/g, (c) => {
    const code = c.charCodeAt(0) - 0xe000;
    const dash = DASHES[Math.floor(code / 2)]!;
    return code % 2 ? ` ${dash} ` : dash;
  });
}

/** Titles after a name: ", title, title, verb …" or " – title, title verb …". */
function titlesAfter(rest: string): string[] {
  const m = /^\s*(?:,|[–—-])\s*/u.exec(rest);
  if (!m) return [];
  const region = rest.slice(m[0].length).split(/[.;:!?](?=\s|$)|\s[(]|[)]/u)[0] ?? '';
  const titles: string[] = [];
  for (const segment of region.split(/\s*,\s*/)) {
    const s = segment.trim();
    if (!s || /^\p{Ll}/u.test(s)) break;
    const verb = VERB.exec(s);
    const title = cleanText(verb ? s.slice(0, verb.index) : s).replace(/[\s–—-]+$/u, '');
    if (title && TITLE_WORD.test(title)) titles.push(title);
    else break;
    if (verb) break;
  }
  return titles;
}

/** Drop title words glued to the end of a name by the regular expression ("Nguyễn Văn A Phó …"). */
function trimName(raw: string): { name: string; extra: string } {
  const words = raw.split(/\s+/);
  while (words.length > 2 && TITLE_STARTERS.has(words[words.length - 1]!)) words.pop();
  const name = words.join(' ');
  return { name, extra: raw.slice(name.length) };
}

function validName(name: string): boolean {
  const words = name.split(' ');
  return words.length >= 2 && words.length <= 5 && SURNAMES.has(words[0]!) && words.every((w) => NAME_TOKEN.test(w)) && !NOT_OFFICIALS.has(name);
}

/** Capitalised place names to skip between a title and a name ("… tỉnh Nghệ An Nguyễn Đức Trung"). */
function splitPlaceAndName(tokens: string[], places: readonly string[]): { place: string[]; name: string[] } | undefined {
  for (const place of [...places].sort((a, b) => b.length - a.length)) {
    const p = place.split(' ');
    if (p.every((w, i) => tokens[i] === w) && validName(tokens.slice(p.length).join(' '))) return { place: p, name: tokens.slice(p.length) };
  }
  for (let k = 0; k < tokens.length - 1; k++) {
    const rest = tokens.slice(k);
    if (rest.length <= 5 && validName(rest.join(' '))) return { place: tokens.slice(0, k), name: rest };
  }
  return undefined;
}

/**
 * @param texts paragraphs, captions and headings of the article
 * @param places province names, to tell "Nghệ An" from a name after a title
 */
export function findOfficials(texts: readonly string[], places: readonly string[]): Finding<Official[]> {
  const people: Official[] = [];
  const add = (name: string, titles: string[]) => {
    if (!validName(name)) return;
    let p = people.find((x) => x.name === name);
    if (!p) {
      p = { name, titles: [] };
      people.push(p);
    }
    for (const t of titles) p.titles.push(t);
  };

  for (const raw of texts) {
    const text = protect(cleanText(raw));
    for (const m of text.matchAll(HONORIFIC)) {
      const { name, extra } = trimName(m[1]!);
      const after = extra + text.slice(m.index! + m[0].length);
      add(name, titlesAfter(extra ? `, ${extra.trim()}${text.slice(m.index! + m[0].length)}` : after));
    }
    for (const m of text.matchAll(TITLE_HEAD)) {
      const at = m.index!;
      const before = text.slice(Math.max(0, at - 16), at);
      if (/(?<![\p{L}])của(?:\s+(?:đồng chí|đ\/c))?\s*$/iu.test(before)) continue;
      // The title runs to the first punctuation or dash; the name is the capitalised run at its end.
      const span = /^[^,;:.()“”"–—]*/u.exec(text.slice(at))![0].replace(/\s+-\s.*$/u, '');
      const tokens = span.trim().split(/\s+/);
      // The last run of capitalised words before a lower-case word (the verb) or the end.
      let end = tokens.length;
      let startRun = -1;
      for (let i = 0; i < tokens.length; i++) {
        if (NAME_TOKEN.test(tokens[i]!)) {
          if (startRun < 0) startRun = i;
        } else {
          if (startRun >= 0 && i - startRun >= 2 && splitPlaceAndName(tokens.slice(startRun, i), places)) {
            end = i;
            break;
          }
          startRun = -1;
        }
      }
      if (startRun < 0) continue;
      const run = tokens.slice(startRun, end);
      const split = splitPlaceAndName(run, places);
      if (!split || startRun === 0) continue;
      const title = cleanText([...tokens.slice(0, startRun), ...split.place].join(' '));
      const name = split.name.join(' ');
      if (!TITLE_WORD.test(title) || VERB.test(title)) continue;
      const consumed = [...tokens.slice(0, end)].join(' ');
      const restStart = text.indexOf(consumed, at) + consumed.length;
      const rest = end === tokens.length ? text.slice(restStart) : '';
      add(name, [title, ...titlesAfter(rest)]);
    }
  }

  for (const p of people) p.titles = p.titles.map(restore);
  // Titles: in the order first written, without repeats, a shorter form dropped when a
  // longer one starts with it ("Chủ tịch UBND tỉnh" under "Chủ tịch UBND tỉnh Nghệ An").
  for (const p of people) {
    const keys = p.titles.map((t) => nameKey(t).replace(/[^\p{L}\p{N} ]/gu, ''));
    p.titles = p.titles.filter((t, i) => {
      const k = keys[i]!;
      if (keys.indexOf(k) !== i) return false;
      return !keys.some((other, j) => j !== i && other.length > k.length && other.startsWith(k + ' '));
    });
  }
  return { value: people, warnings: [] };
}

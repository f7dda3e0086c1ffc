/**
 * The facts a decision states about itself, read from its lines as the document lays
 * them out (ND 30/2020/NĐ-CP, Phụ lục I): the issuing body and "Số: 45/QĐ-UBND" in the
 * left column of the top block, "<place>, ngày 10 tháng 4 năm 2024" in the right; the
 * title "QUYẾT ĐỊNH" and the subject "Về việc tặng …"; "Điều 1. Tặng … cho 03 tập thể
 * và 05 cá nhân"; the signature block (KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / the name). A list
 * sent on its own still names its decision: "(Kèm theo Quyết định số … ngày … của …)".
 */
import type { RecipientKind } from '../../../schemas/common.ts';
import type { PartialDate } from '../../dates.ts';
import { cleanText } from '../../text.ts';
import type { FactKey, FactTexts, Reference } from '../shared/decision-facts.ts';
import { findAwards } from '../shared/find-awards.ts';
import { findProvinces } from '../shared/find-places.ts';
import type { Finding } from '../shared/report.ts';
import { isPersonName, looseKey, nameKey, wordKey } from '../shared/vi.ts';
import type { Line } from './document.ts';

export interface FoundFacts {
  texts: FactTexts;
  /** Where each fact was read, in words: "dòng “Số: 45/QĐ-UBND”", "suy ra từ “…”". */
  sources: Partial<Record<FactKey, string>>;
  /** Counts Điều 1 gives: "03 tập thể và 05 cá nhân". */
  counts: Partial<Record<RecipientKind, number>>;
  /** Whether the document has the decision itself, or only its attached list. */
  hasDecision: boolean;
}

const isCaps = (text: string) => /\p{L}/u.test(text) && text === text.toUpperCase();
const SEPARATOR = /^[-_–—=.*\s]+$/;

/** "NGUYỄN VĂN BÌNH" → "Nguyễn Văn Bình". */
export function titleCase(text: string): string {
  return text.toLowerCase().replace(/(^|[\s(])(\p{L})/gu, (_m, s: string, c: string) => s + c.toUpperCase());
}

/** A title in capitals as the content writes it: "KT. CHỦ TỊCH" → "KT. Chủ tịch", "PHÓ CHỦ TỊCH" → "Phó Chủ tịch". */
export function officeCase(caps: string): string {
  const m = /^((?:TM|KT|Q|TL|TUQ)\.\s*)?(.*)$/u.exec(cleanText(caps))!;
  const prefix = m[1] ? m[1].trim() + ' ' : '';
  const words = m[2]!.toLowerCase().split(' ');
  if (words[0]) words[0] = words[0].charAt(0).toUpperCase() + words[0].slice(1);
  if (words[0] === 'Phó' && words[1]) words[1] = words[1].charAt(0).toUpperCase() + words[1].slice(1);
  return (prefix + words.join(' ')).replace(/ủy ban nhân dân/g, 'Ủy ban nhân dân').replace(/^((?:TM|KT|Q|TL|TUQ)\. )ủy/u, '$1Ủy');
}

/** A province's name as the reference writes it, from any case ("LẠNG SƠN" → "Lạng Sơn"). */
function provinceName(text: string, ref: Reference): string | undefined {
  const key = nameKey(titleCase(cleanText(text)));
  return ref.provinces.all.find((p) => nameKey(p.name) === key)?.name;
}

/** The issuing body as the content writes it: "ỦY BAN NHÂN DÂN / TỈNH LẠNG SƠN" → "UBND tỉnh Lạng Sơn". */
export function issuerName(capsLines: readonly string[], ref: Reference): { issuer: string; province?: string; recased: boolean } | undefined {
  const joined = cleanText(capsLines.join(' '));
  if (!joined) return undefined;
  const ubnd = /^(?:ỦY|UỶ|UY) BAN NHÂN DÂN (TỈNH|THÀNH PHỐ|TP\.?) (.+)$/u.exec(joined.toUpperCase());
  if (ubnd) {
    const name = provinceName(ubnd[2]!, ref);
    const level = ubnd[1] === 'TỈNH' ? 'tỉnh' : 'thành phố';
    return { issuer: `UBND ${level} ${name ?? titleCase(ubnd[2]!)}`, province: name, recased: !name };
  }
  const upper = joined.toUpperCase();
  if (upper.startsWith('CHỦ TỊCH NƯỚC')) return { issuer: 'Chủ tịch nước', recased: false };
  if (upper.startsWith('THỦ TƯỚNG CHÍNH PHỦ')) return { issuer: 'Thủ tướng Chính phủ', recased: false };
  if (upper === 'CHÍNH PHỦ') return { issuer: 'Chính phủ', recased: false };
  // Another body ("SỞ NỘI VỤ", "BỘ NỘI VỤ"): the last line is the body itself, the lines above its parent.
  const own = capsLines[capsLines.length - 1]!;
  return { issuer: officeCase(own), recased: true };
}

const DATE_WORDS = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu;
const DATE_DIGITS = /ngày\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/iu;
const NUMBER = /Số\s*[:.]?\s*(\d+[\p{L}\d]*(?:\s*\/\s*[\p{L}\d.–-]+)+)/u;
const ANNEX = /Kèm theo (?:Quyết định|QĐ)\s+(?:số\s*)?([^\s,]+)\s+ngày\s+(.+?)(?:\s+của\s+(.+?))?\s*\)?\s*$/iu;

function dateIn(text: string): string | undefined {
  const m = DATE_WORDS.exec(text) ?? DATE_DIGITS.exec(text);
  return m ? `${Number(m[1])}/${Number(m[2])}/${m[3]}` : undefined;
}

/** The type of commendation from the words of the subject and Điều 1, with the words it was read from. */
function typeFrom(text: string): { type: string; because: string; inferred: boolean } | undefined {
  // looseKey keeps positions, so a match points at the words as written.
  const source = cleanText(text);
  const loose = looseKey(source);
  const w = (words: string) => words.split(' ').join('\\s+');
  const rules: [string, string, boolean][] = [
    [w('dot xuat'), 'đột xuất', false],
    [w('qua trinh cong hien'), 'quá trình cống hiến', false],
    [w('nien han'), 'niên hạn', false],
    [`${w('doi ngoai')}|${w('nguoi nuoc ngoai')}|${w('kieu bao')}`, 'đối ngoại', false],
    [`${w('chuyen de')}|${w('theo dot')}|${w('trong phong trao')}|${w('phong trao thi dua')}|${w('tong ket')}\\s+\\d+\\s+nam`, 'chuyên đề', true],
    [`${w('nam hoc')}\\s+\\d{4}|${w('hoan thanh xuat sac nhiem vu')}|${w('thanh tich xuat sac trong')}\\s+(?:${w('cong tac')}|${w('thuc hien nhiem vu')})|${w('thuc hien nhiem vu')}`, 'thường xuyên', true],
  ];
  for (const [pattern, type, inferred] of rules) {
    const m = new RegExp(`(?<![a-z])(?:${pattern})(?![a-z])`).exec(loose);
    if (m) return { type, because: source.slice(m.index, m.index + m[0].length), inferred };
  }
  return undefined;
}

const SIGN_TITLE = /^(?:(?:TM|KT|Q|TL|TUQ)\.\s*)?(?:PHÓ\s+)?(?:CHỦ TỊCH|GIÁM ĐỐC|THỦ TƯỚNG|BỘ TRƯỞNG|TRƯỞNG BAN|CHÁNH VĂN PHÒNG|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|HỘI ĐỒNG|BAN|SỞ|CHÍNH PHỦ)/u;

/** The decision's facts from its lines (tables left out). */
export function findFacts(lines: readonly Line[], ref: Reference): Finding<FoundFacts> {
  const texts: FactTexts = {};
  const sources: Partial<Record<FactKey, string>> = {};
  const warnings: string[] = [];
  const counts: Partial<Record<RecipientKind, number>> = {};
  const quote = (l: Line) => `dòng “${l.text.length > 90 ? `${l.text.slice(0, 87)}…` : l.text}”`;

  const titleAt = lines.findIndex((l) => l.segments.some((s) => /^QUYẾT ĐỊNH:?$/u.test(s.text)) && !/^QUYẾT ĐỊNH:$/u.test(l.text));
  const hasDecision = titleAt >= 0;

  // The top block: left column (issuer, number), right column (place and date).
  const top = hasDecision ? lines.slice(0, titleAt) : lines.slice(0, 12);
  const left: string[] = [];
  const right: string[] = [];
  for (const l of top) {
    for (const s of l.segments) {
      if (SEPARATOR.test(s.text)) continue;
      (s.x < l.width * 0.45 ? left : right).push(s.text);
    }
  }
  for (const l of top) {
    const m = NUMBER.exec(l.text);
    if (m) {
      texts.number = m[1]!.replace(/\s*\/\s*/g, '/');
      sources.number = quote(l);
      break;
    }
  }
  for (const l of top) {
    const d = dateIn(l.text);
    if (d) {
      texts.date = d;
      sources.date = quote(l);
      break;
    }
  }
  let issuerProvince: string | undefined;
  if (hasDecision) {
    const numberAt = left.findIndex((t) => NUMBER.test(t));
    const capsLines = (numberAt >= 0 ? left.slice(0, numberAt) : left).filter((t) => isCaps(t) && !/^CỘNG HÒA|^CỘNG HOÀ|^ĐỘC LẬP/u.test(t));
    const issuer = issuerName(capsLines, ref);
    if (issuer) {
      texts.issuer = issuer.issuer;
      sources.issuer = `dòng “${capsLines.join(' / ')}”`;
      issuerProvince = issuer.province;
      if (issuer.recased) warnings.push(`cơ quan ban hành: tên viết hoa “${capsLines.join(' ')}” đã được viết lại thành “${issuer.issuer}”; hãy kiểm tra`);
    }
  }

  // Subject: "Về việc …" after the title, until the authority line or "Căn cứ".
  let bodyStart = titleAt + 1;
  if (hasDecision) {
    const at = lines.findIndex((l, i) => i > titleAt && i < titleAt + 6 && /^(Về việc|V\/v)\b/iu.test(l.text));
    if (at >= 0) {
      const parts = [lines[at]!.text];
      let i = at + 1;
      while (i < lines.length && i < at + 4 && !isCaps(lines[i]!.text) && !SEPARATOR.test(lines[i]!.text) && !/^(Căn cứ|Xét|Theo|Điều)/u.test(lines[i]!.text)) {
        parts.push(lines[i]!.text);
        i++;
      }
      texts.subject = cleanText(parts.join(' ').replace(/^V\/v\b/u, 'Về việc'));
      sources.subject = quote(lines[at]!);
      bodyStart = i;
    }
  }

  // Điều 1: the award, its class, the type, the counts.
  const articleAt = lines.findIndex((l, i) => i >= bodyStart && /^Điều\s*1\s*[.:]/u.test(l.text));
  const article2At = lines.findIndex((l, i) => i > articleAt && /^Điều\s*2\s*[.:]/u.test(l.text));
  const article1 = articleAt >= 0 ? cleanText(lines.slice(articleAt, article2At > 0 ? article2At : articleAt + 1).map((l) => l.text).join(' ')) : '';
  const firstSentence = article1.split(/(?<=[.;:])\s/u).slice(0, 2).join(' ');
  for (const [kind, words] of [['tap-the', 'tập thể'], ['ca-nhan', 'cá nhân'], ['ho-gia-dinh', 'hộ gia đình']] as const) {
    const m = new RegExp(`(\\d+)\\s*(?:\\([^)]*\\)\\s*)?${words}`, 'iu').exec(firstSentence);
    if (m) counts[kind] = Number(m[1]);
  }

  // The list on its own: "(Kèm theo Quyết định số 45/QĐ-UBND ngày 10/4/2024 của Chủ tịch UBND tỉnh Lạng Sơn)".
  // "(Kèm theo …" may wrap onto the next lines, up to its closing bracket.
  const annexAt = lines.findIndex((l) => /Kèm theo (?:Quyết định|QĐ)/iu.test(l.text));
  let annexText = annexAt >= 0 ? lines[annexAt]!.text : '';
  for (let i = annexAt + 1; annexAt >= 0 && i < annexAt + 3 && annexText.startsWith('(') && !annexText.includes(')'); i++) annexText += ` ${lines[i]?.text ?? ''}`;
  const annexLine = annexAt >= 0 && ANNEX.test(annexText) ? { ...lines[annexAt]!, text: cleanText(annexText) } : undefined;
  if (annexLine) {
    const m = ANNEX.exec(annexLine.text)!;
    const number = m[1]!.replace(/[,;)]$/, '');
    const date = dateIn(`ngày ${m[2]}`);
    if (!texts.number) {
      texts.number = number;
      sources.number = quote(annexLine);
    } else if (nameKey(number) !== nameKey(texts.number)) warnings.push(`số quyết định: đầu văn bản ghi “${texts.number}”, danh sách kèm theo ghi “${number}”; hãy kiểm tra`);
    if (date && !texts.date) {
      texts.date = date;
      sources.date = quote(annexLine);
    } else if (date && texts.date && date !== texts.date) warnings.push(`ngày ký: đầu văn bản ghi ${texts.date}, danh sách kèm theo ghi ${date}; hãy kiểm tra`);
    if (m[3] && !texts.issuer) {
      const by = cleanText(m[3]);
      const ubnd = /^(?:Chủ tịch\s+)?(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(tỉnh|thành phố)\s+(.+)$/iu.exec(by);
      if (ubnd) {
        issuerProvince = provinceName(ubnd[2]!, ref);
        texts.issuer = `UBND ${ubnd[1]!.toLowerCase()} ${issuerProvince ?? ubnd[2]}`;
      } else texts.issuer = by.replace(/^Chủ tịch nước.*$/iu, 'Chủ tịch nước');
      sources.issuer = quote(annexLine);
    }
  }

  // Award and class: the subject and Điều 1, by name; a bare "Bằng khen" from the issuer.
  const awardText = [texts.subject ?? '', firstSentence].join('. ');
  const date: PartialDate = texts.date ? parseDay(texts.date) : { precision: 'unknown' };
  const awards = findAwards(awardText, ref.awards, date).value;
  if (awards.length) {
    const chosen = awards[0]!;
    texts.award = chosen.id;
    sources.award = `“${chosen.sentence.length > 90 ? `${chosen.sentence.slice(0, 87)}…` : chosen.sentence}”`;
    if (chosen.awardClass) texts.class = chosen.awardClass;
    if (awards.length > 1) warnings.push(`hình thức khen thưởng: quyết định nhắc ${awards.map((a) => `“${a.name}”`).join(', ')}; đã lấy “${chosen.name}”, hãy kiểm tra`);
  } else if (texts.issuer) {
    const key = wordKey(awardText);
    const form = /(?<![a-z])(bang khen|co thi dua|giay khen)(?![a-z])/.exec(key)?.[1];
    const by = wordKey(texts.issuer);
    const id =
      form === 'giay khen'
        ? 'giay-khen'
        : form && /^ubnd (tinh|thanh pho)/.test(by)
          ? (form === 'bang khen' ? 'bang-khen-ubnd-tinh' : 'co-thi-dua-ubnd-tinh')
          : form && /^(thu tuong|chinh phu)/.test(by)
            ? (form === 'bang khen' ? 'bang-khen-thu-tuong' : 'co-thi-dua-chinh-phu')
            : undefined;
    if (id && ref.awards.has(id)) {
      texts.award = id;
      sources.award = `“${form === 'bang khen' ? 'Bằng khen' : form === 'co thi dua' ? 'Cờ thi đua' : 'Giấy khen'}” của ${texts.issuer}`;
    }
  }
  if (texts.award && !texts.class) {
    const cls = /hạng\s+(Nhất|Nhì|Ba|I{1,3})(?![\p{L}])/iu.exec(awardText);
    if (cls) texts.class = cls[1]!;
  }

  const type = typeFrom(awardText);
  if (type) {
    texts.type = type.type;
    sources.type = `${type.inferred ? 'suy ra từ' : 'theo'} “${type.because}”`;
    if (type.inferred) warnings.push(`loại hình khen thưởng: “${type.type}” suy ra từ lời văn (“${type.because}”), quyết định không ghi thẳng; hãy kiểm tra`);
  }

  // Province: the issuer's, else a province the subject or Điều 1 names as one.
  if (issuerProvince) {
    texts.province = issuerProvince;
    sources.province = `theo cơ quan ban hành`;
  } else {
    const named = findProvinces(awardText, '', date, ref.provinces).value;
    if (named.length === 1) {
      texts.province = named[0]!;
      sources.province = 'theo tỉnh, thành phố quyết định nêu';
    }
  }

  // Signer: after the last article, the right column: authority and title in capitals, then the name.
  if (hasDecision) {
    const lastArticle = lines.reduce((at, l, i) => (/^Điều\s*\d+\s*[.:]/u.test(l.text) ? i : at), -1);
    const listAt = lines.findIndex((l, i) => i > lastArticle && /^DANH SÁCH\b/u.test(l.text));
    const block = lines.slice(lastArticle + 1, listAt > 0 ? listAt : Math.min(lines.length, lastArticle + 40));
    // Two columns (recipients on the left, the signature on the right): the right one; else every line.
    const twoColumns = block.some((l) => l.segments.some((s) => s.x >= l.width * 0.45));
    const stream = twoColumns ? block.flatMap((l) => l.segments.filter((s) => s.x >= l.width * 0.45).map((s) => s.text)) : block.map((l) => l.text);
    const titles: string[] = [];
    let name: string | undefined;
    for (const t of stream) {
      if (/^\(?(đã ký|ký|ký tên|ký, đóng dấu|ký tên, đóng dấu)\)?$/iu.test(t) || SEPARATOR.test(t)) continue;
      if (!name && SIGN_TITLE.test(t) && isCaps(t)) titles.push(t);
      else if (titles.length && !name && (isPersonName(t) || isPersonName(titleCase(t)))) name = isCaps(t) ? titleCase(t) : t;
    }
    if (name) {
      texts.signer = titles.length ? `${name} (${titles.map(officeCase).join(' – ')})` : name;
      sources.signer = 'khối chữ ký';
    }
  }
  return { value: { texts, sources, counts, hasDecision }, warnings };
}

function parseDay(text: string): PartialDate {
  const [d, m, y] = text.split('/').map(Number);
  return { precision: 'day', year: y!, month: m!, day: d! };
}

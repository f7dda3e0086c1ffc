/** Numbers and abbreviations in the forms Vietnamese readers expect. */

const numberFormat = new Intl.NumberFormat('vi-VN');

/** 1283 → "1.283". */
export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

/** Abbreviations common in decisions and news, with their expansion for <abbr title>. */
export const ABBREVIATIONS: Record<string, string> = {
  UBND: 'Ủy ban nhân dân',
  HĐND: 'Hội đồng nhân dân',
  'TĐKT': 'Thi đua – Khen thưởng',
  'QĐ': 'Quyết định',
  TTg: 'Thủ tướng Chính phủ',
  MTTQ: 'Mặt trận Tổ quốc',
  CSTĐ: 'Chiến sĩ thi đua',
  NTM: 'nông thôn mới',
  'KT-XH': 'kinh tế – xã hội',
};

export type TextPart = { text: string; abbr?: string };

const ABBR_PATTERN = new RegExp(
  `(?<![\\p{L}\\d])(${Object.keys(ABBREVIATIONS)
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})(?![\\p{L}\\d])`,
  'gu',
);

/** Split text into plain parts and known abbreviations, so a component can wrap the latter in <abbr>. */
export function splitAbbreviations(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(ABBR_PATTERN)) {
    const at = match.index ?? 0;
    if (at > last) parts.push({ text: text.slice(last, at) });
    parts.push({ text: match[0], abbr: ABBREVIATIONS[match[0]] });
    last = at + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

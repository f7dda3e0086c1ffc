/**
 * Legacy Vietnamese encodings (TCVN3, VNI) and the reading of bytes: every letter round
 * trips, the tables agree with text seen in the wild, and files the importer cannot read
 * with confidence are refused with a message that names the encoding.
 */
import { describe, expect, it } from 'vitest';
import { decodeBytes, decodeText, EncodingError } from '../src/lib/import/shared/decode.ts';
import { detectLegacy, fixLegacyPiece, fromTcvn3, fromVni, toTcvn3, toVni, VIETNAMESE_LETTERS } from '../src/lib/import/shared/legacy.ts';

const latin1 = (s: string) => Buffer.from(s, 'latin1');

/** Windows-1258 bytes for Vietnamese text: precomposed vowels with their marks, tones as separate bytes. */
function toWindows1258(text: string): Buffer {
  const tones: Record<string, number> = { '\u0300': 0xcc, '\u0301': 0xec, '\u0309': 0xd2, '\u0303': 0xde, '\u0323': 0xf2 };
  const own: Record<string, number> = { ă: 0xe3, Ă: 0xc3, đ: 0xf0, Đ: 0xd0, ơ: 0xf5, Ơ: 0xd5, ư: 0xfd, Ư: 0xdd, â: 0xe2, Â: 0xc2, ê: 0xea, Ê: 0xca, ô: 0xf4, Ô: 0xd4 };
  const bytes: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const d = ch.normalize('NFD');
    const tone = [...d].find((c) => c in tones);
    const base = (tone ? d.replace(tone, '') : d).normalize('NFC');
    bytes.push(own[base] ?? base.charCodeAt(0));
    if (tone) bytes.push(tones[tone]!);
  }
  return Buffer.from(bytes);
}

describe('the tables', () => {
  it('cover the 134 Vietnamese letters, each once', () => {
    expect(VIETNAMESE_LETTERS).toHaveLength(134);
    expect(new Set(VIETNAMESE_LETTERS).size).toBe(134);
    for (const c of VIETNAMESE_LETTERS) expect(c.normalize('NFC')).toBe(c);
  });

  it('VNI: every letter, lower and upper case, comes back as it went in', () => {
    const wrong = VIETNAMESE_LETTERS.filter((c) => fromVni(toVni(c)) !== c);
    expect(wrong).toEqual([]);
    const all = VIETNAMESE_LETTERS.join(' ');
    expect(fromVni(toVni(all))).toBe(all);
  });

  it('TCVN3: the 67 lower-case letters and Ă Â Ê Ô Ơ Ư Đ come back alone', () => {
    const own = VIETNAMESE_LETTERS.filter((c) => c === c.toLowerCase() || 'ĂÂÊÔƠƯĐ'.includes(c));
    expect(own).toHaveLength(74);
    expect(own.filter((c) => fromTcvn3(toTcvn3(c)) !== c)).toEqual([]);
  });

  it('TCVN3: the 60 capitals with a tone (no codes of their own) come back from the word around them', () => {
    const capitals = VIETNAMESE_LETTERS.filter((c) => c !== c.toLowerCase() && !'ĂÂÊÔƠƯĐ'.includes(c));
    expect(capitals).toHaveLength(60);
    // In a word in capitals ("NGUYỄN"), and at the start of a name in title case ("Lê Ánh").
    expect(capitals.filter((c) => fromTcvn3(toTcvn3(`N${c}N`)) !== `N${c}N`)).toEqual([]);
    expect(capitals.filter((c) => fromTcvn3(toTcvn3(`Lê ${c}nh`)) !== `Lê ${c}nh`)).toEqual([]);
    expect(fromTcvn3(toTcvn3('DANH SÁCH CÁ NHÂN ĐƯỢC KHEN THƯỞNG'))).toBe('DANH SÁCH CÁ NHÂN ĐƯỢC KHEN THƯỞNG');
    // In running text the case cannot be known; lower case is what the legacy font would show.
    expect(fromTcvn3(toTcvn3('Ủy ban nhân dân'))).toBe('ủy ban nhân dân');
  });

  it('agree with legacy text as it is seen in old documents', () => {
    expect(fromTcvn3('Céng hßa x· héi chñ nghÜa ViÖt Nam')).toBe('Cộng hòa xã hội chủ nghĩa Việt Nam');
    expect(fromTcvn3('Hä vµ tªn')).toBe('Họ và tên');
    expect(fromTcvn3('§¬n vÞ')).toBe('Đơn vị');
    expect(fromVni('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam')).toBe('Cộng hòa xã hội chủ nghĩa Việt Nam');
    expect(fromVni('Hoï vaø teân')).toBe('Họ và tên');
    expect(fromVni('ÑÔN VÒ')).toBe('ĐƠN VỊ');
  });
});

describe('detection', () => {
  it('tells Unicode, TCVN3 and VNI apart', () => {
    const text = 'Họ và tên: Nguyễn Văn Đức, Trưởng phòng Nội vụ huyện Lộc Bình';
    expect(detectLegacy(text).kind).toBe('unicode');
    expect(detectLegacy(toTcvn3(text))).toMatchObject({ kind: 'legacy', encoding: 'tcvn3' });
    expect(detectLegacy(toVni(text))).toMatchObject({ kind: 'legacy', encoding: 'vni' });
  });

  it('does not take old-style Unicode ("hoà", "khoá") for VNI', () => {
    expect(detectLegacy('Hoà Bình, khoá học, Lê Tú, xoè hoa').kind).toBe('unicode');
  });

  it('calls text with signs of both encodings ambiguous', () => {
    const mixed = `${toTcvn3('Nguyễn Văn Đức, Trưởng phòng')}\n${toVni('Trần Thị Thủy, Kế toán trưởng')}`;
    expect(detectLegacy(mixed).kind).toBe('ambiguous');
  });

  it('leaves a cell alone that is already Unicode or plain ASCII', () => {
    expect(fixLegacyPiece('Nguyễn Văn Đức', 'tcvn3')).toBe('Nguyễn Văn Đức');
    expect(fixLegacyPiece('UBND', 'tcvn3')).toBe('UBND');
    expect(fixLegacyPiece('NguyÔn V¨n §øc', 'tcvn3')).toBe('Nguyễn Văn Đức');
  });
});

describe('reading bytes', () => {
  const text = 'STT,Họ và tên\n1,Nguyễn Văn Đức\n2,Lê Ánh\n';

  it('reads UTF-8 with and without a BOM, and UTF-16', () => {
    expect(decodeBytes(Buffer.from(text)).text).toBe(text);
    expect(decodeBytes(Buffer.from(`\uFEFF${text}`)).text).toBe(text);
    expect(decodeBytes(Buffer.from(`\uFEFF${text}`, 'utf16le'))).toMatchObject({ text, label: 'UTF-16' });
    expect(decodeBytes(Buffer.from(text, 'utf16le'))).toMatchObject({ text, label: 'UTF-16' });
  });

  it('reads an 8-bit TCVN3 or VNI file, and converts it line by line', () => {
    const t = decodeBytes(latin1(toTcvn3(text)));
    expect(t.legacy).toBe('tcvn3');
    expect(t.label).toContain('TCVN3');
    expect(decodeText(latin1(toTcvn3(text))).text).toBe(text);
    expect(decodeText(latin1(toVni(text))).text).toBe(text);
  });

  it('reads a UTF-8 file whose text is still TCVN3 (re-saved without converting)', () => {
    const d = decodeBytes(Buffer.from(toTcvn3(text)));
    expect(d).toMatchObject({ legacy: 'tcvn3' });
    expect(d.label).toContain('UTF-8');
    expect(decodeText(Buffer.from(toTcvn3(text))).text).toBe(text);
  });

  it('reads Windows-1258, whose tones are separate bytes', () => {
    const d = decodeBytes(toWindows1258(text));
    expect(d).toMatchObject({ label: 'Windows-1258', legacy: null });
    expect(d.text).toBe(text);
  });

  it('refuses bytes it cannot place, naming the encodings it tried and how to re-save', () => {
    const garbage = Buffer.from([0x53, 0x54, 0x54, 0x2c, 0x81, 0x9f, 0x8d, 0x0a, 0x31, 0x2c, 0x90, 0x8f, 0x0a]);
    expect(() => decodeBytes(garbage)).toThrow(EncodingError);
    expect(() => decodeBytes(garbage)).toThrow(/không phải UTF-8.*TCVN3, VNI, Windows-1258.*CSV UTF-8/s);
  });

  it('refuses text that is part TCVN3 and part VNI, naming both', () => {
    const mixed = latin1(`${toTcvn3('Nguyễn Văn Đức, Trưởng phòng Nội vụ')}\n${toVni('Trần Thị Thủy, Kế toán trưởng')}\n`);
    expect(() => decodeBytes(mixed)).toThrow(/TCVN3.*VNI.*--encoding tcvn3/s);
  });

  it('obeys an encoding given by the user', () => {
    expect(decodeText(latin1(toVni(text)), 'vni').text).toBe(text);
    expect(decodeText(latin1(toTcvn3(text)), 'tcvn3').text).toBe(text);
    expect(decodeBytes(toWindows1258(text), 'windows-1258').text).toBe(text);
  });
});

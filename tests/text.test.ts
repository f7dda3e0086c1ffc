import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  closest,
  compareVi,
  compareViWords,
  comparePersonNames,
  cleanText,
  foldDiacritics,
  nfc,
  searchKey,
  slugify,
  splitPersonName,
} from '../src/lib/text.ts';

const NFD_NGUYEN = 'Nguye\u0302\u0303n';

describe('nfc', () => {
  it('composes combining marks', () => {
    expect(NFD_NGUYEN).not.toBe('Nguyễn');
    expect(nfc(NFD_NGUYEN)).toBe('Nguyễn');
    expect(nfc(NFD_NGUYEN)).toHaveLength(6);
  });
  it('folds the Icelandic eth into Đ', () => {
    expect(nfc('\u00D0ặng')).toBe('Đặng');
  });
  it('cleanText collapses spaces and non-breaking spaces', () => {
    expect(cleanText('  Trần\u00A0 Văn   An \n')).toBe('Trần Văn An');
  });
});

describe('folding and slugs', () => {
  it('folds đ and Đ, which have no decomposition', () => {
    expect('đ'.normalize('NFD')).toBe('đ');
    expect(foldDiacritics('Đặng Đức Đạt')).toBe('Dang Duc Dat');
  });
  it('makes slugs with đ → d', () => {
    expect(slugify('Đặng Thị Hường – Hà Giang')).toBe('dang-thi-huong-ha-giang');
    expect(slugify('Quyết định 123/QĐ-UBND')).toBe('quyet-dinh-123-qd-ubnd');
    expect(slugify(NFD_NGUYEN + ' Văn Bình')).toBe('nguyen-van-binh');
  });
  it('gives the same search key with or without marks', () => {
    expect(searchKey('Đà Nẵng')).toBe(searchKey('da nang'));
    expect(searchKey('Điện  Biên')).toBe('dien bien');
  });
});

describe('Vietnamese collation', () => {
  it('orders letters as the Vietnamese alphabet does', () => {
    const sorted = ['Đông', 'Dung', 'Ánh', 'Ân', 'An', 'Ăn', 'Bình'].sort(compareVi);
    expect(sorted).toEqual(['An', 'Ánh', 'Ăn', 'Ân', 'Bình', 'Dung', 'Đông']);
  });
  it('orders tones ngang, huyền, hỏi, ngã, sắc, nặng', () => {
    expect(['hạ', 'há', 'hã', 'hả', 'hà', 'ha'].sort(compareVi)).toEqual(['ha', 'hà', 'hả', 'hã', 'há', 'hạ']);
  });
  it('puts Đ after D, unlike a code-unit sort', () => {
    expect(['Đào', 'Dương', 'Yên'].sort()).toEqual(['Dương', 'Yên', 'Đào']);
    expect(['Đào', 'Dương', 'Yên'].sort(compareVi)).toEqual(['Dương', 'Đào', 'Yên']);
  });
  it('compares word by word so letters outrank tones across syllables', () => {
    expect(['Hạ Long', 'Hà Nam', 'Hà Giang'].sort(compareViWords)).toEqual(['Hà Giang', 'Hà Nam', 'Hạ Long']);
  });
  it('orders people by given name, then middle, then family name', () => {
    const names = ['Trần Văn Bình', 'Nguyễn Thị An', 'Lê Văn An', 'Đặng Đức Anh'];
    expect([...names].sort((a, b) => comparePersonNames(a, b))).toEqual([
      'Nguyễn Thị An',
      'Lê Văn An',
      'Đặng Đức Anh',
      'Trần Văn Bình',
    ]);
  });
  it('honours an explicit two-syllable given name', () => {
    expect(splitPersonName('Phạm Bình Minh')).toEqual({ family: 'Phạm', middle: 'Bình', given: 'Minh' });
    expect(comparePersonNames('Phạm Bình Minh', 'Lê Văn Cường', 'Bình Minh')).toBeLessThan(0);
  });
});

describe('closest', () => {
  it('suggests a near id and nothing for a far one', () => {
    expect(closest('quang-nihn', ['quang-ninh', 'quang-nam', 'ha-noi'])).toBe('quang-ninh');
    expect(closest('xyz-abc-def', ['quang-ninh', 'ha-noi'])).toBeUndefined();
  });
});

describe('nfc and cleanText, quick path', () => {
  // The reference: what both did before text already in NFC skipped the normalisation.
  const slowNfc = (s: string) => s.normalize('NFC').replace(/\u00D0/g, '\u0110');
  const slowClean = (s: string) => slowNfc(s).replace(/[\s\u00A0\u200B]+/g, ' ').trim();
  const letters = [
    ...'aAàÀảãáạăằắẳẵặâầấẩẫậđĐÐeéêềếểễệiíìỉĩịoóòôồốơờớợuúùưừứửữựyýỳỷỹỵ',
    ...'\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031B',
    ...' \u00A0\u200B\t\n\u2003\u212B\u2126\u0340\u00C5\u00B4\u01B0\u01B1\u1EF9\u1EFA\uFB01',
    ...'0123456789,.-–()/"',
  ];

  it('give exactly what normalising every string gives', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...letters), maxLength: 24 }), (s) => {
        expect(nfc(s)).toBe(slowNfc(s));
        expect(cleanText(s)).toBe(slowClean(s));
      }),
      { numRuns: 5000 },
    );
    // Decomposed marks are composed; a lone Ð becomes Đ; runs of spaces collapse.
    expect(nfc('Đa\u0306\u0323ng')).toBe('Đặng');
    expect(cleanText('  Ðức\u00A0 Anh ')).toBe('Đức Anh');
  });
});

/**
 * Bytes of a file → text, whatever a province's office saved it as: UTF-8 (with or
 * without BOM), UTF-16 ("Unicode Text" from Excel), Windows-1258, or the legacy TCVN3
 * and VNI encodings. What cannot be read with confidence is refused with a message that
 * names the encoding and says how to re-save the file.
 */
import { ImportError } from './report.ts';
import { detectLegacy, fixLegacyPiece, fromLegacy, LEGACY_NAMES, wellFormedShare, type LegacyEncoding } from './legacy.ts';

export type EncodingChoice = 'auto' | 'utf-8' | 'utf-16' | 'windows-1258' | LegacyEncoding;
export const ENCODING_CHOICES: readonly EncodingChoice[] = ['auto', 'utf-8', 'utf-16', 'windows-1258', 'tcvn3', 'vni'];

export interface DecodedText {
  /** The text; when `legacy` is set, its legacy pieces are still to be converted. */
  text: string;
  /** How the bytes were read, for the summary: "UTF-8", "TCVN3 (ABC, phông .VnTime)". */
  label: string;
  /**
   * The legacy encoding of the text, still to convert piece by piece with
   * fixLegacyPiece: cell by cell in a table, line by line in an article, so that the case
   * of TCVN3 capitals is judged within one cell and so that pieces already in Unicode
   * (a list partly retyped) are left alone.
   */
  legacy: LegacyEncoding | null;
}

/** A file whose encoding the importer will not guess at. The message is for the press officer. */
export class EncodingError extends ImportError {}

const RESAVE =
  'Hãy mở tệp bằng Excel hoặc LibreOffice và lưu lại dạng “CSV UTF-8”, hoặc chuyển mã sang Unicode bằng Unikey (Công cụ chuyển mã), rồi chạy lại.';

export function ambiguousMessage(): string {
  return `Tệp có dấu hiệu của cả hai bảng mã cũ ${LEGACY_NAMES.tcvn3} và ${LEGACY_NAMES.vni}, nên không chuyển mã tự động được. ${RESAVE} Nếu biết chắc bảng mã, thêm --encoding tcvn3 hoặc --encoding vni.`;
}

function utf16Guess(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  const n = Math.min(bytes.length, 4000);
  for (let i = 0; i + 1 < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = Math.floor(n / 2);
  if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Windows-1258 writes tones as separate bytes after the vowel (0xCC, 0xEC, 0xD2, 0xDE, 0xF2). */
function windows1258Signs(latin1: string): number {
  return latin1.match(/[aeiouyAEIOUYâêôÂÊÔ\u00E3\u00C3\u00F5\u00D5\u00FD\u00DD][\u00CC\u00EC\u00D2\u00DE\u00F2]/g)?.length ?? 0;
}

function decodeWith(bytes: Uint8Array, label: string): string {
  return new TextDecoder(label).decode(bytes);
}

/** Read bytes as text. `choice` forces an encoding; "auto" (the default) looks at the bytes. */
export function decodeBytes(bytes: Uint8Array, choice: EncodingChoice = 'auto'): DecodedText {
  const latin1 = () => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  switch (choice) {
    case 'utf-8':
      return { text: decodeWith(bytes, 'utf-8').replace(/^\uFEFF/, ''), label: 'UTF-8', legacy: null };
    case 'utf-16': {
      const be = bytes[0] === 0xfe && bytes[1] === 0xff;
      return { text: decodeWith(bytes, be ? 'utf-16be' : 'utf-16le').replace(/^\uFEFF/, ''), label: 'UTF-16', legacy: null };
    }
    case 'windows-1258':
      return { text: decodeWith(bytes, 'windows-1258').normalize('NFC'), label: 'Windows-1258', legacy: null };
    case 'tcvn3':
    case 'vni': {
      // Forced legacy: valid UTF-8 holding legacy characters, or raw 8-bit bytes.
      try {
        const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
        return { text, label: `UTF-8 chứa chữ ${LEGACY_NAMES[choice]}`, legacy: choice };
      } catch {
        return { text: latin1(), label: LEGACY_NAMES[choice], legacy: choice };
      }
    }
    default:
      break;
  }

  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return finishUtf8(decodeWith(bytes.subarray(3), 'utf-8'));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decodeWith(bytes.subarray(2), 'utf-16le'), label: 'UTF-16', legacy: null };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decodeWith(bytes.subarray(2), 'utf-16be'), label: 'UTF-16', legacy: null };
  const wide = utf16Guess(bytes);
  if (wide) return { text: decodeWith(bytes, wide), label: 'UTF-16', legacy: null };

  let utf8: string | undefined;
  try {
    utf8 = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    utf8 = undefined;
  }
  if (utf8 !== undefined) return finishUtf8(utf8);

  // Not UTF-8: an 8-bit file. Its bytes, read as Latin-1, are the legacy codes. The
  // candidates are decoded (a sample) and the one giving well-formed Vietnamese wins.
  const raw = latin1();
  const sample = raw.slice(0, 100_000);
  const found = detectLegacy(sample);
  const candidates: { label: string; legacy: LegacyEncoding | null; score: number }[] = [];
  if (found.kind === 'legacy') {
    candidates.push({ label: LEGACY_NAMES[found.encoding], legacy: found.encoding, score: wellFormedShare(fromLegacy(sample, found.encoding)) });
  }
  if (windows1258Signs(sample) >= 2) {
    candidates.push({ label: 'Windows-1258', legacy: null, score: wellFormedShare(decodeWith(bytes.subarray(0, 100_000), 'windows-1258').normalize('NFC')) });
  }
  if (found.kind === 'ambiguous' && candidates.length === 0) throw new EncodingError(ambiguousMessage());
  candidates.sort((x, y) => y.score - x.score);
  const best = candidates[0];
  if (best && best.score >= 0.8) {
    if (best.legacy) return { text: raw, label: best.label, legacy: best.legacy };
    return { text: decodeWith(bytes, 'windows-1258').normalize('NFC'), label: 'Windows-1258', legacy: null };
  }
  throw new EncodingError(
    `Tệp không phải UTF-8 và không nhận ra bảng mã cũ nào (TCVN3, VNI, Windows-1258). ${RESAVE} ` +
      'Nếu biết chắc bảng mã, thêm --encoding tcvn3, --encoding vni hoặc --encoding windows-1258.',
  );
}

function finishUtf8(text: string): DecodedText {
  // The head of a long file is enough to tell; tables check each cell again anyway.
  const found = detectLegacy(text.length > 200_000 ? text.slice(0, 200_000) : text);
  if (found.kind === 'legacy') {
    return { text, label: `UTF-8 chứa chữ ${LEGACY_NAMES[found.encoding]}`, legacy: found.encoding };
  }
  if (found.kind === 'ambiguous') throw new EncodingError(ambiguousMessage());
  return { text, label: 'UTF-8', legacy: null };
}

/** Decode and convert line by line: for running text (articles). */
export function decodeText(bytes: Uint8Array, choice: EncodingChoice = 'auto'): { text: string; label: string } {
  const d = decodeBytes(bytes, choice);
  if (!d.legacy) return { text: d.text, label: d.label };
  const legacy = d.legacy;
  return { text: d.text.split('\n').map((line) => fixLegacyPiece(line, legacy)).join('\n'), label: d.label };
}

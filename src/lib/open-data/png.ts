/**
 * Writes an indexed-colour PNG (colour type 3, eight bits a pixel): a palette of at most
 * 256 colours and one byte per pixel naming its colour. A preview card has a handful of
 * colours and their anti-aliased blends, so it fits a palette, and a third of the bytes
 * of an RGB image makes it quicker to compress and smaller to serve. Compression level
 * 3: level 6 saves a fifth of the bytes for three times the time (1.5 ms against 5 ms a card).
 */
import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  // The checksum covers the chunk's type and data, not its length.
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/**
 * A PNG of `width` × `height` pixels; `indices` holds one palette index per pixel, row by
 * row, and `palette` the colours as [r, g, b] triples.
 */
export function encodeIndexedPng(width: number, height: number, palette: readonly (readonly [number, number, number])[], indices: Uint8Array): Buffer {
  if (palette.length === 0 || palette.length > 256) throw new RangeError(`a PNG palette holds 1 to 256 colours, not ${palette.length}`);
  if (indices.length !== width * height) throw new RangeError(`${width} × ${height} pixels need ${width * height} indices, not ${indices.length}`);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per index
  header[9] = 3; // indexed colour
  // Bytes 10–12: deflate, the standard filters, no interlacing (all zero).
  const colours = Buffer.alloc(palette.length * 3);
  palette.forEach((c, i) => colours.set(c, i * 3));
  // Each row starts with its filter type; 0 ("none") suits flat areas of one index.
  const rows = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y += 1) rows.set(indices.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('PLTE', colours),
    chunk('IDAT', deflateSync(rows, { level: 3 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

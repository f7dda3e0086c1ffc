/**
 * The report photo of the incremental fixture, drawn with sharp: two bands of colour whose
 * split moves with `variant`. Every variant has the same size and format, so replacing the
 * photo changes only its pixels, the hardest case for a cache keyed on a file's name or size.
 */
import sharp from 'sharp';

export const PHOTO_WIDTH = 240;
export const PHOTO_HEIGHT = 160;

/** A PNG of PHOTO_WIDTH × PHOTO_HEIGHT; different variants give different bytes. */
export async function photoPng(variant: number): Promise<Buffer> {
  const split = 40 + ((variant * 37) % 160);
  const pixels = Buffer.alloc(PHOTO_WIDTH * PHOTO_HEIGHT * 3);
  for (let y = 0; y < PHOTO_HEIGHT; y++) {
    for (let x = 0; x < PHOTO_WIDTH; x++) {
      const i = (y * PHOTO_WIDTH + x) * 3;
      const left = x < split;
      pixels[i] = left ? 200 : 250;
      pixels[i + 1] = left ? 30 + ((variant * 53) % 120) : 200;
      pixels[i + 2] = left ? 40 : (variant * 91) % 256;
    }
  }
  return sharp(pixels, { raw: { width: PHOTO_WIDTH, height: PHOTO_HEIGHT, channels: 3 } })
    .png({ compressionLevel: 9 })
    .toBuffer();
}

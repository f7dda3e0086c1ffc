/**
 * Draws a preview card with the site's own font (Be Vietnam Pro, the WOFF files of
 * @fontsource): the text is laid out here, from the font's advance widths and kerning,
 * and each glyph is rasterised once (by sharp, from its outline) and then stamped onto
 * the card wherever it occurs. A card is mostly the same few dozen letters at five
 * sizes, so after the first cards nearly all the work is copying pixels and encoding
 * the PNG: about 5 ms a card, where rasterising each card's SVG took 25 ms.
 *
 * Fontsource splits the font into Unicode subsets; every letter is taken from the first
 * subset that has it ("đ", "ư", "ễ" come from the Vietnamese one).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import opentype, { type Font, type Glyph } from 'opentype.js';
import sharp from 'sharp';
import { CARD_HEIGHT, CARD_WIDTH, type CardSpec } from './cards.ts';
import { encodeIndexedPng } from './png.ts';

const SUBSETS = ['latin', 'vietnamese', 'latin-ext'] as const;
const WEIGHTS = [400, 700] as const;
type Weight = (typeof WEIGHTS)[number];

/** The faces a card is drawn with: for each weight, the subsets in the order they are searched. */
export interface CardFonts {
  faces: Record<Weight, Font[]>;
  /** Rasterised glyphs, by face, glyph and size; filled as cards are drawn. */
  glyphs: Map<string, GlyphMask | null>;
}

/** One glyph's coverage: `alpha` is `width` × `height`, its top-left corner at (left, top) from the pen on the baseline. */
interface GlyphMask {
  left: number;
  top: number;
  width: number;
  height: number;
  alpha: Buffer;
}

/** The folder of @fontsource/be-vietnam-pro's font files. */
export function fontDir(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('@fontsource/be-vietnam-pro/package.json')), 'files');
}

/** The font files a card needs, read and parsed once. */
export function loadFonts(dir: string = fontDir(), subsets: readonly string[] = SUBSETS): CardFonts {
  const face = (weight: Weight) =>
    subsets.map((subset) => {
      const file = readFileSync(path.join(dir, `be-vietnam-pro-${subset}-${weight}-normal.woff`));
      return opentype.parse(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer);
    });
  return { faces: { 400: face(400), 700: face(700) }, glyphs: new Map() };
}

/** A glyph placed on a line: which face and glyph, and its pen position in pixels. */
export interface PlacedGlyph {
  face: number;
  glyph: Glyph;
  x: number;
}

/** A line of text set in one size and weight. */
export interface TextLine {
  glyphs: PlacedGlyph[];
  width: number;
}

interface TextStyle {
  size: number;
  weight: Weight;
}

/** The glyphs of `text` in one style, each letter from the first subset that has it, kerned within a subset. */
export function setLine(text: string, style: TextStyle, fonts: CardFonts): TextLine {
  const faces = fonts.faces[style.weight];
  const glyphs: PlacedGlyph[] = [];
  let x = 0;
  let previous: { face: number; glyph: Glyph } | undefined;
  for (const char of text.normalize('NFC')) {
    let face = faces.findIndex((f) => f.charToGlyphIndex(char) > 0);
    // A letter no subset has is drawn as the first subset's "missing letter" box, as a browser would.
    if (face < 0) face = 0;
    const font = faces[face]!;
    const glyph = font.charToGlyph(char);
    const scale = style.size / font.unitsPerEm;
    if (previous?.face === face) x += font.getKerningValue(previous.glyph, glyph) * scale;
    glyphs.push({ face, glyph, x });
    x += (glyph.advanceWidth ?? 0) * scale;
    previous = { face, glyph };
  }
  return { glyphs, width: x };
}

/** `text` broken into lines no wider than `width`, at spaces (a word longer than a line is cut where it overflows). */
export function wrapText(text: string, width: number, style: TextStyle, fonts: CardFonts): TextLine[] {
  const lines: TextLine[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word;
    if (setLine(candidate, style, fonts).width <= width || !current) {
      current = candidate;
    } else {
      lines.push(setLine(current, style, fonts));
      current = word;
    }
    // A single word wider than the line: cut it letter by letter.
    while (setLine(current, style, fonts).width > width && [...current].length > 1) {
      const letters = [...current];
      let fit = letters.length - 1;
      while (fit > 1 && setLine(letters.slice(0, fit).join(''), style, fonts).width > width) fit -= 1;
      lines.push(setLine(letters.slice(0, fit).join(''), style, fonts));
      current = letters.slice(fit).join('');
    }
  }
  if (current) lines.push(setLine(current, style, fonts));
  return lines;
}

/** Size of the headline, smaller as it gets longer, so up to about 140 characters fit. */
function titleSize(title: string): number {
  if (title.length <= 50) return 68;
  if (title.length <= 90) return 58;
  return 48;
}

const PAD_X = 72;
const PAD_Y = 56;
const BAR = 24;
const TEXT_LEFT = BAR + PAD_X;
const TEXT_WIDTH = CARD_WIDTH - TEXT_LEFT - PAD_X;

/** A block of lines to draw: its style, colour, opacity and where each baseline falls. */
export interface TextBlock {
  lines: TextLine[];
  style: TextStyle;
  colour: string;
  opacity: number;
  baselines: number[];
}

/** Height of a line box in CSS's "normal" line height: the font's ascent, descent and gap. */
function normalLineHeight(font: Font, size: number): number {
  const hhea = (font.tables as { hhea?: { lineGap?: number } }).hhea;
  return ((font.ascender - font.descender + (hhea?.lineGap ?? 0)) / font.unitsPerEm) * size;
}

/**
 * The card's layout: the kicker at the top, the footer at the bottom, the headline
 * between them with equal space above and below (a flex column spread "space-between").
 * Within a line box the text sits as CSS puts it: half the leading above the ascent.
 */
export function layoutCard(spec: CardSpec, fonts: CardFonts): TextBlock[] {
  const { accent, text } = spec.colours;
  const block = (content: string, style: TextStyle, colour: string, opacity: number, lineHeight?: number) => {
    const font = fonts.faces[style.weight][0]!;
    const box = lineHeight === undefined ? normalLineHeight(font, style.size) : lineHeight * style.size;
    const lines = content ? wrapText(content, TEXT_WIDTH, style, fonts) : [];
    const ascent = (font.ascender / font.unitsPerEm) * style.size;
    const descent = (-font.descender / font.unitsPerEm) * style.size;
    const offset = (box - ascent - descent) / 2 + ascent;
    return { lines, style, colour, opacity, box, offset, height: lines.length * box };
  };
  const kicker = block(spec.kicker, { size: 30, weight: 700 }, accent, 1);
  const title = block(spec.title, { size: titleSize(spec.title), weight: 700 }, text, 1, 1.22);
  const footer = block(spec.footer, { size: 28, weight: 400 }, text, 0.92);
  const gap = (CARD_HEIGHT - 2 * PAD_Y - kicker.height - title.height - footer.height) / 2;
  const tops = [PAD_Y, PAD_Y + kicker.height + gap, CARD_HEIGHT - PAD_Y - footer.height];
  return [kicker, title, footer].map((b, i) => ({
    lines: b.lines,
    style: b.style,
    colour: b.colour,
    opacity: b.opacity,
    baselines: b.lines.map((_, line) => tops[i]! + line * b.box + b.offset),
  }));
}

/** A glyph's coverage at a size, rasterised from its outline the first time it is needed. */
async function glyphMask(fonts: CardFonts, weight: Weight, face: number, glyph: Glyph, size: number): Promise<GlyphMask | null> {
  const key = `${weight}:${face}:${glyph.index}:${size}`;
  const known = fonts.glyphs.get(key);
  if (known !== undefined) return known;
  const box = glyph.getPath(0, 0, size).getBoundingBox();
  let mask: GlyphMask | null = null;
  if (Number.isFinite(box.x1) && box.x2 > box.x1 && box.y2 > box.y1) {
    // One pixel of margin, so anti-aliased edges are not cut off.
    const left = Math.floor(box.x1) - 1;
    const top = Math.floor(box.y1) - 1;
    const width = Math.ceil(box.x2) + 1 - left;
    const height = Math.ceil(box.y2) + 1 - top;
    const d = glyph.getPath(-left, -top, size).toPathData(2);
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><path d="${d}" fill="#000"/></svg>`;
    const alpha = await sharp(Buffer.from(svg)).ensureAlpha().extractChannel(3).raw().toBuffer();
    mask = { left, top, width, height, alpha };
  }
  fonts.glyphs.set(key, mask);
  return mask;
}

type Rgb = readonly [number, number, number];

function rgb(hex: string): Rgb {
  const value = Number.parseInt(hex.replace('#', '').padEnd(6, '0').slice(0, 6), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** Palette index of the background and of the accent bar; text colours follow. */
const BACKGROUND = 0;
const BAR_COLOUR = 1;
const FIRST_TEXT = 2;

/** Every card's first layer: the background with the accent bar down its left edge, as palette indices. */
const BACKDROP = (() => {
  const row = new Uint8Array(CARD_WIDTH).fill(BACKGROUND);
  row.fill(BAR_COLOUR, 0, BAR);
  const pixels = new Uint8Array(CARD_WIDTH * CARD_HEIGHT);
  for (let y = 0; y < CARD_HEIGHT; y += 1) pixels.set(row, y * CARD_WIDTH);
  return pixels;
})();

/** A painted card: one palette index per pixel, row by row, and the palette. */
export interface CardImage {
  indices: Uint8Array;
  palette: Rgb[];
}

/**
 * Stamps a glyph's coverage into `indices`, its top-left corner at (originX, originY).
 * Text of one colour and opacity owns `levels` palette entries from `first` on, from the
 * faintest edge to the solid colour; where glyphs touch, the stronger coverage wins.
 */
function stamp(indices: Uint8Array, mask: GlyphMask, originX: number, originY: number, first: number, levels: number): void {
  const { alpha, width, height } = mask;
  const firstX = Math.max(0, -originX);
  const lastX = Math.min(width, CARD_WIDTH - originX);
  for (let my = Math.max(0, -originY); my < height && originY + my < CARD_HEIGHT; my += 1) {
    let from = my * width + firstX;
    let at = (originY + my) * CARD_WIDTH + originX + firstX;
    for (let mx = firstX; mx < lastX; mx += 1, from += 1, at += 1) {
      const level = ((alpha[from]! * levels + 127) / 255) | 0;
      if (level === 0) continue;
      const under = indices[at]!;
      if (under < FIRST_TEXT || (under - FIRST_TEXT) % levels < level) indices[at] = first + level - 1;
    }
  }
}

/** The card as palette indices: the backdrop, then every block of text stamped on it. */
export async function paintCard(spec: CardSpec, fonts: CardFonts): Promise<CardImage> {
  const background = rgb(spec.colours.background);
  const blocks = layoutCard(spec, fonts);
  const inks = [...new Set(blocks.map((b) => `${b.colour}@${b.opacity}`))];
  // As many shades per ink as the 256-colour palette allows (84 for three inks: smoother than the eye can tell).
  const levels = Math.floor((256 - FIRST_TEXT) / Math.max(1, inks.length));
  const palette: Rgb[] = [background, rgb(spec.colours.accent)];
  for (const ink of inks) {
    const [colour, opacity] = ink.split('@') as [string, string];
    const fg = rgb(colour);
    for (let level = 1; level <= levels; level += 1) {
      const a = (level / levels) * Number(opacity);
      palette.push([0, 1, 2].map((c) => Math.round(background[c]! + (fg[c]! - background[c]!) * a)) as unknown as Rgb);
    }
  }
  const indices = BACKDROP.slice();
  for (const block of blocks) {
    const first = FIRST_TEXT + inks.indexOf(`${block.colour}@${block.opacity}`) * levels;
    for (const [index, line] of block.lines.entries()) {
      const baseline = Math.round(block.baselines[index]!);
      for (const placed of line.glyphs) {
        const mask = await glyphMask(fonts, block.style.weight, placed.face, placed.glyph, block.style.size);
        if (mask) stamp(indices, mask, Math.round(TEXT_LEFT + placed.x) + mask.left, baseline + mask.top, first, levels);
      }
    }
  }
  return { indices, palette };
}

/** The card as a PNG. */
export async function renderCard(spec: CardSpec, fonts: CardFonts): Promise<Buffer> {
  const { indices, palette } = await paintCard(spec, fonts);
  return encodeIndexedPng(CARD_WIDTH, CARD_HEIGHT, palette, indices);
}

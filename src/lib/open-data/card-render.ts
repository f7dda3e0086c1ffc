/**
 * Draws a preview card: satori lays the text out with the site's own font (Be Vietnam
 * Pro, from @fontsource, WOFF files) and turns it into an SVG of outlines; sharp turns
 * that into a PNG. Fontsource splits the font into Unicode subsets; each subset is
 * loaded as a family of its own and listed in order, so satori takes every letter from
 * a subset that has it ("đ", "ư", "ễ" come from the Vietnamese one).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { CARD_HEIGHT, CARD_WIDTH, type CardSpec } from './cards.ts';

type SatoriOptions = Parameters<typeof satori>[1];
type Font = SatoriOptions['fonts'][number];

const SUBSETS = ['latin', 'vietnamese', 'latin-ext'] as const;
const WEIGHTS = [400, 700] as const;
const FAMILY = SUBSETS.map((s) => `BV-${s}`).join(', ');

/** The folder of @fontsource/be-vietnam-pro's font files. */
export function fontDir(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('@fontsource/be-vietnam-pro/package.json')), 'files');
}

/** The font files a card needs, read once. */
export function loadFonts(dir: string = fontDir()): Font[] {
  return SUBSETS.flatMap((subset) =>
    WEIGHTS.map((weight) => ({
      name: `BV-${subset}`,
      weight,
      style: 'normal' as const,
      data: readFileSync(path.join(dir, `be-vietnam-pro-${subset}-${weight}-normal.woff`)),
    })),
  );
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: unknown } };
const el = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({ type, props: { style, children } });

/** Size of the headline, smaller as it gets longer, so up to about 140 characters fit. */
function titleSize(title: string): number {
  if (title.length <= 50) return 68;
  if (title.length <= 90) return 58;
  return 48;
}

const PAD_X = 72;
const PAD_Y = 56;
const BAR = 24;

/** The card's layout, as satori's element tree. */
export function cardTree(spec: CardSpec): Node {
  const { background, accent, text } = spec.colours;
  return el(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      // satori sizes boxes without their padding and border (content-box), so the
      // inner size is given and the whole comes to exactly CARD_WIDTH × CARD_HEIGHT.
      width: CARD_WIDTH - 2 * PAD_X - BAR,
      height: CARD_HEIGHT - 2 * PAD_Y,
      padding: `${PAD_Y}px ${PAD_X}px`,
      backgroundColor: background,
      color: text,
      fontFamily: FAMILY,
      borderLeft: `${BAR}px solid ${accent}`,
    },
    [
      el('div', { display: 'flex', fontSize: 30, fontWeight: 700, color: accent }, spec.kicker),
      el('div', { display: 'flex', fontSize: titleSize(spec.title), fontWeight: 700, lineHeight: 1.22 }, spec.title),
      el('div', { display: 'flex', fontSize: 28, fontWeight: 400, opacity: 0.92 }, spec.footer),
    ],
  );
}

/** The card as SVG (text as outlines, so it needs no font to show). */
export async function cardSvg(spec: CardSpec, fonts: Font[]): Promise<string> {
  return satori(cardTree(spec) as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts });
}

/** The card as a PNG. */
export async function renderCard(spec: CardSpec, fonts: Font[]): Promise<Buffer> {
  const svg = await cardSvg(spec, fonts);
  return sharp(Buffer.from(svg)).removeAlpha().png({ compressionLevel: 6, adaptiveFiltering: false }).toBuffer();
}

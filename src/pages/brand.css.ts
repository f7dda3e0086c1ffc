/**
 * The brand colours of src/site.config.ts as a stylesheet of their own, so that pages
 * carry no inline style and the Content Security Policy needs no 'unsafe-inline'.
 */
import type { APIRoute } from 'astro';
import { siteConfig } from '../site.config.ts';

const HEX = /^#[0-9a-f]{3}(?:[0-9a-f]{3})?$/i;

export const GET: APIRoute = () => {
  const { primary, primaryDark, accent } = siteConfig.colours;
  for (const [name, value] of Object.entries(siteConfig.colours)) {
    if (!HEX.test(value)) throw new Error(`src/site.config.ts: colours.${name}: "${value}" không phải mã màu dạng #a4161a`);
  }
  const css = `:root{--colour-primary:${primary};--colour-primary-dark:${primaryDark};--colour-accent:${accent}}\n`;
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};

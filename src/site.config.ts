import type { PortalMember } from './schemas/portal.ts';

/**
 * The one file a province edits to make the site its own.
 * The base path can also come from the BASE_PATH environment variable at build time.
 */
export interface SiteConfig {
  /** Site name shown in the header and the page titles. */
  name: string;
  /** One line under the name. */
  tagline: string;
  /** The body that publishes the site, shown in the footer and as publisher in feeds. */
  publisher: string;
  /**
   * Single-province mode: the id of the owning province (its page becomes the home page).
   * Leave undefined for a national site. The SITE_PROVINCE environment variable overrides it at build time.
   */
  province?: string;
  /** Public address of the site, without the base path: "https://thiduakhenthuong.example.gov.vn". */
  url: string;
  /** Base path when the site is served from a subfolder: "/bang-vang/". */
  base: string;
  /** Logo file in public/, or undefined for the text logo. */
  logo?: string;
  /** Brand colours; keep the contrast of text on them at 4.5:1 or more. */
  colours: { primary: string; primaryDark: string; accent: string };
  /**
   * Portal mode (docs/federation.md): the member sites a national or regional portal searches
   * and summarises, each `{ name, province, address, id?, folder? }` (src/schemas/portal.ts).
   * Empty for a province's own site. The PORTAL_MEMBERS environment variable names a JSON
   * file `{ "members": [ … ] }` that replaces this list at build time.
   */
  members: PortalMember[];
}

export const siteConfig: SiteConfig = {
  name: 'Bảng Vàng',
  tagline: 'Thi đua – khen thưởng: tin tức và bảng vàng vinh danh',
  publisher: 'Ban Thi đua – Khen thưởng (trang trình diễn)',
  province: process.env.SITE_PROVINCE || undefined,
  url: 'https://bang-vang.example.org',
  base: '/',
  logo: undefined,
  colours: { primary: '#a4161a', primaryDark: '#7a0f12', accent: '#f2c14e' },
  members: [],
};

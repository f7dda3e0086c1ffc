/**
 * Addresses of the portal's pages (under /toan-quoc/, with the base path) and of the members'
 * pages the portal links to (under each member's own address).
 */
import { withBase } from '../urls.ts';

export const portalPaths = {
  home: () => withBase('toan-quoc/'),
  member: (id: string) => withBase(`toan-quoc/${id}/`),
  clusters: () => withBase('toan-quoc/cum-khoi/'),
  search: (member?: string) => `${withBase('toan-quoc/tim-kiem/')}${member ? `?thanh-vien=${encodeURIComponent(member)}` : ''}`,
};

/** A page of a member's site: its address (ending in "/") and a path under its base ("quyet-dinh/x/"). */
export function memberPage(address: string, sitePath: string): string {
  return address + sitePath.replace(/^\/+/, '');
}

export const memberPaths = {
  decision: (address: string, id: string) => memberPage(address, `quyet-dinh/${id}/`),
  cluster: (address: string, id: string) => memberPage(address, `cum-khoi-thi-dua/${id}/`),
  news: (address: string) => memberPage(address, 'tin-tuc/'),
  openData: (address: string) => memberPage(address, 'du-lieu/'),
};

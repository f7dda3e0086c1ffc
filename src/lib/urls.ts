/**
 * Every internal address goes through these builders, so the site works from a
 * subfolder (base path) and a page's address is decided in one place.
 */
const BASE: string = (import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL ?? '/';

/** Prefix a site path ("tin-tuc/") with the base path; always ends with "/" unless it names a file. */
export function withBase(sitePath: string, base: string = BASE): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  const p = sitePath.replace(/^\/+/, '');
  const joined = `${b}${p}`;
  return /\.[a-z0-9]+$/i.test(joined) || joined.endsWith('/') || joined.includes('#') ? joined : `${joined}/`;
}

export const paths = {
  home: () => withBase(''),
  reports: (page = 1) => withBase(page > 1 ? `tin-tuc/trang/${page}/` : 'tin-tuc/'),
  reportsOfYear: (year: number, page = 1) => withBase(`tin-tuc/nam/${year}/${page > 1 ? `${page}/` : ''}`),
  reportsOfProvince: (id: string, page = 1) => withBase(`tin-tuc/tinh/${id}/${page > 1 ? `${page}/` : ''}`),
  reportsOfKind: (kind: string, page = 1) => withBase(`tin-tuc/loai/${kind}/${page > 1 ? `${page}/` : ''}`),
  report: (id: string) => withBase(`tin-tuc/${id}/`),
  movements: () => withBase('phong-trao/'),
  movement: (id: string) => withBase(`phong-trao/${id}/`),
  provinces: () => withBase('tinh-thanh/'),
  province: (id: string) => withBase(`tinh-thanh/${id}/`),
  provinceYear: (id: string, year: number) => withBase(`tinh-thanh/${id}/${year}/`),
  decisions: () => withBase('quyet-dinh/'),
  decision: (id: string) => withBase(`quyet-dinh/${id}/`),
  record: (decisionId: string, anchor: string) => `${withBase(`quyet-dinh/${decisionId}/`)}#${anchor}`,
  awards: () => withBase('khen-thuong/'),
  award: (id: string, page = 1) => withBase(`khen-thuong/${id}/${page > 1 ? `${page}/` : ''}`),
  honorees: () => withBase('guong-dien-hinh/'),
  honoree: (id: string) => withBase(`guong-dien-hinh/${id}/`),
  clusters: () => withBase('cum-khoi-thi-dua/'),
  cluster: (id: string) => withBase(`cum-khoi-thi-dua/${id}/`),
};

/**
 * Structured data (JSON-LD, schema.org) for search engines: a NewsArticle for each report
 * and, for each decision, the list of those it honours with the award each received.
 */
import { toIso, type PartialDate } from '../dates.ts';

/**
 * JSON for a <script type="application/ld+json"> element. "<", ">" and "&" are written as
 * \u003c, \u003e and \u0026 (the same JSON to a reader), so no text in the data, such as
 * "</script>", can end the element or start markup.
 */
export function jsonLdText(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

export interface Organisation {
  name: string;
  url: string;
  logo?: string;
}

/** A report as a schema.org NewsArticle. */
export function newsArticleLd(article: {
  url: string;
  headline: string;
  description: string;
  date: PartialDate;
  authors: string[];
  publisher: Organisation;
  images: string[];
  keywords?: string[];
}): Record<string, unknown> {
  const published = toIso(article.date) ?? undefined;
  const publisher = { '@type': 'Organization', name: article.publisher.name, url: article.publisher.url, ...(article.publisher.logo ? { logo: { '@type': 'ImageObject', url: article.publisher.logo } } : {}) };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: { '@type': 'WebPage', '@id': article.url },
    url: article.url,
    // Google shows at most 110 characters of a headline.
    headline: article.headline.length > 110 ? `${article.headline.slice(0, 109)}…` : article.headline,
    description: article.description,
    inLanguage: 'vi',
    ...(published ? { datePublished: published, dateModified: published } : {}),
    author: article.authors.length > 0 ? article.authors.map((name) => ({ '@type': 'Person', name })) : [publisher],
    publisher,
    image: article.images,
    ...(article.keywords && article.keywords.length > 0 ? { keywords: article.keywords.join(', ') } : {}),
  };
}

/**
 * Items listed in a decision's structured data. A decision may honour 2,000 people; the
 * page carries the first ones in the decision's order and says how many there are in all
 * (numberOfItems), and the whole list is in the decision's downloads.
 */
export const LD_RECORD_LIMIT = 100;

export interface LdRecord {
  stt: number;
  name: string;
  kind: string;
  /** The award as a person reads it: "Bằng khen của Chủ tịch UBND tỉnh", "… (truy tặng)". */
  award: string;
  url: string;
  title?: string;
  unit?: string;
}

/** A decision as a schema.org ItemList of the people (Person) and collectives (Organization) it honours. */
export function decisionLd(decision: {
  url: string;
  name: string;
  description: string;
  date: PartialDate;
  issuer: string;
  /** The records in the decision's order; only the first LD_RECORD_LIMIT are listed. */
  records: readonly LdRecord[];
  /** How many records the decision has in all. */
  count: number;
  downloads: { csv: string; json: string };
}): Record<string, unknown> {
  const shown = decision.records.slice(0, LD_RECORD_LIMIT);
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    '@id': `${decision.url}#danh-sach`,
    url: decision.url,
    name: decision.name,
    description: decision.description,
    inLanguage: 'vi',
    ...(toIso(decision.date) ? { dateCreated: toIso(decision.date) } : {}),
    creator: { '@type': 'GovernmentOrganization', name: decision.issuer },
    numberOfItems: decision.count,
    itemListOrder: 'https://schema.org/ItemListOrderAscending',
    itemListElement: shown.map((r) => ({
      '@type': 'ListItem',
      position: r.stt,
      item: {
        '@type': r.kind === 'ca-nhan' ? 'Person' : 'Organization',
        '@id': r.url,
        name: r.name,
        award: r.award,
        ...(r.kind === 'ca-nhan' && r.title ? { jobTitle: r.title } : {}),
        ...(r.unit ? (r.kind === 'ca-nhan' ? { worksFor: { '@type': 'Organization', name: r.unit } } : { parentOrganization: { '@type': 'Organization', name: r.unit } }) : {}),
      },
    })),
    subjectOf: {
      '@type': 'Dataset',
      name: decision.name,
      description: decision.description,
      inLanguage: 'vi',
      distribution: [
        { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: decision.downloads.csv },
        { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: decision.downloads.json },
      ],
    },
  };
}

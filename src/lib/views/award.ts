/** An award's page (its facts and everyone who received it, page by page) and the list of awards by level. */
import { AWARD_CATEGORY_LABELS, AWARD_CLASS_LABELS, AWARD_LEVELS, AWARD_LEVEL_LABELS } from '../../schemas/award.ts';
import { RECIPIENT_KIND_LABELS } from '../../schemas/common.ts';
import { t } from '../../i18n/t.ts';
import { formatNumber } from '../format.ts';
import { openDataPaths } from '../open-data/paths.ts';
import { pages } from '../reports.ts';
import { awardOf, provinceOf, recordAnchor, RECIPIENTS_PER_PAGE } from '../rolls.ts';
import type { AwardEntry, DecisionEntry, SiteData } from '../site-data.ts';
import { paths } from '../urls.ts';
import type { PageOf } from './pages.ts';
import { awardOfSite, dateView, downloadsView, pagerView, provinceName, type DateView, type DownloadsView, type LinkView, type PageHead, type PagerView } from './parts.ts';

/** A recipient in an award's roll, linked to its record on the decision's page. */
export interface RecipientRow {
  href: string;
  name: string;
  province: string;
  award: string;
  decision: { href: string; number: string; date: DateView };
}

export interface AwardView {
  head: PageHead;
  name: string;
  description?: string;
  category: string;
  conferredBy: string;
  recipientKinds: string;
  classes?: string;
  legalBasis?: string;
  validUntil?: DateView;
  replacedBy?: LinkView;
  /** "1.283": everyone who received it, on all pages. */
  total: string;
  rows: RecipientRow[];
  /** On the first page, when anyone received it. */
  downloads?: DownloadsView;
  pager: PagerView;
}

export function awardPages(site: SiteData): PageOf<AwardView>[] {
  return site.awards.flatMap((award) => {
    const all = site.rolls.recipientsOf(award.id);
    const chunks = pages(all, RECIPIENTS_PER_PAGE);
    const facts = awardFacts(site, award);
    // The decision cell, made once per decision: a page of 200 rows mostly shares a few decisions.
    const cells = new Map<DecisionEntry, RecipientRow['decision']>();
    const cell = (decision: DecisionEntry) => {
      let made = cells.get(decision);
      if (!made) {
        made = { href: paths.decision(decision.id), number: decision.data.number, date: dateView(decision.data.date) };
        cells.set(decision, made);
      }
      return made;
    };
    return chunks.map((items, i) => {
      const page = i + 1;
      return {
        params: { id: award.id, page: page === 1 ? undefined : String(page) },
        view: {
          ...facts,
          head: { title: page > 1 ? `${award.data.name} – ${t('common.page', { page, pages: chunks.length })}` : award.data.name, description: award.data.description },
          total: formatNumber(all.length),
          rows: items.map(({ decision, record }) => ({
            href: paths.record(decision.id, recordAnchor(record)),
            name: record.name,
            province: provinceName(site, provinceOf(decision.data, record)),
            award: awardOfSite(site, award.id, awardOf(decision.data, record).awardClass),
            decision: cell(decision),
          })),
          downloads: page === 1 && all.length > 0 ? downloadsView(openDataPaths.awardCsv(award.id), openDataPaths.awardJson(award.id)) : undefined,
          pager: pagerView(page, chunks.length, (n) => paths.award(award.id, n)),
        },
      };
    });
  });
}

function awardFacts(site: SiteData, award: AwardEntry): Omit<AwardView, 'head' | 'total' | 'rows' | 'downloads' | 'pager'> {
  const a = award.data;
  const replacedBy = a.replacedBy ? site.awardById.get(a.replacedBy) : undefined;
  return {
    name: a.name,
    description: a.description,
    category: AWARD_CATEGORY_LABELS[a.category],
    conferredBy: a.conferredBy,
    recipientKinds: a.recipients.map((k) => RECIPIENT_KIND_LABELS[k]).join(', '),
    classes: a.classes.length > 0 ? a.classes.map((c) => AWARD_CLASS_LABELS[c]).join(', ') : undefined,
    legalBasis: a.legalBasis,
    validUntil: a.validUntil ? dateView(a.validUntil) : undefined,
    replacedBy: replacedBy ? { href: paths.award(replacedBy.id), text: replacedBy.data.name } : undefined,
  };
}

/** /khen-thuong/: the awards by level, in order of precedence. */
export interface AwardsIndexView {
  head: PageHead;
  levels: { id: string; title: string; awards: (LinkView & { old: boolean })[] }[];
}

export function awardsIndexView(site: SiteData): AwardsIndexView {
  return {
    head: { title: t('awards.title'), description: t('awards.intro') },
    levels: AWARD_LEVELS.map((level) => ({
      id: `cap-${level}`,
      title: AWARD_LEVEL_LABELS[level],
      awards: site.awards.filter((a) => a.data.level === level).map((a) => ({ href: paths.award(a.id), text: a.data.name, old: a.data.validUntil !== undefined })),
    })),
  };
}

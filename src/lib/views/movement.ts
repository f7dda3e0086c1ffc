/** A movement's page (its facts, the movements within it, its news, decisions and figures) and the list of movements. */
import { MOVEMENT_LEVEL_LABELS } from '../../schemas/movement.ts';
import { t } from '../../i18n/t.ts';
import type { MovementEntry, SiteData } from '../site-data.ts';
import { paths } from '../urls.ts';
import { bodyDigest } from './key.ts';
import type { PageOf } from './pages.ts';
import { dateView, decisionCard, figureView, reportCard, type DateView, type DecisionCard, type FigureView, type LinkView, type PageHead, type ReportCard } from './parts.ts';

export interface MovementView {
  head: PageHead;
  name: string;
  summary?: string;
  slogan?: string;
  launchedBy: string;
  level: string;
  scope: string;
  start: DateView;
  /** Absent while the movement goes on. */
  end?: DateView;
  parent?: LinkView;
  children: LinkView[];
  reports: ReportCard[];
  decisions: DecisionCard[];
  figures: FigureView[];
  /** The Markdown body's digest: the page renders the body itself. */
  body: string;
}

const link = (m: MovementEntry): LinkView => ({ href: paths.movement(m.id), text: m.data.name });

export function movementView(site: SiteData, movement: MovementEntry): MovementView {
  const m = movement.data;
  const parent = m.parent ? site.movementById.get(m.parent) : undefined;
  return {
    head: { title: m.name, description: m.summary },
    name: m.name,
    summary: m.summary,
    slogan: m.slogan,
    launchedBy: m.launchedBy,
    level: MOVEMENT_LEVEL_LABELS[m.level],
    scope: m.scope,
    start: dateView(m.period.start),
    end: m.period.end ? dateView(m.period.end) : undefined,
    parent: parent ? link(parent) : undefined,
    children: site.movements.filter((x) => x.data.parent === movement.id).map(link),
    reports: site.reports.filter((r) => r.data.movements.includes(movement.id)).map(reportCard),
    decisions: site.decisions.filter((d) => d.data.movement === movement.id).map((d) => decisionCard(site, d)),
    figures: site.figures.filter((f) => f.data.movements.includes(movement.id)).map((f) => figureView(site, f)),
    body: bodyDigest(movement),
  };
}

export function movementPages(site: SiteData): PageOf<MovementView, MovementEntry>[] {
  return site.movements.map((movement) => ({ params: { id: movement.id }, view: movementView(site, movement), entry: movement }));
}

/** /phong-trao/: movements in progress, then those that ended. */
export interface MovementsIndexView {
  head: PageHead;
  groups: { id: string; title: string; items: { link: LinkView; launchedBy: string; start: DateView; end?: DateView; summary?: string }[] }[];
}

export function movementsIndexView(site: SiteData): MovementsIndexView {
  const item = (m: MovementEntry) => ({
    link: link(m),
    launchedBy: m.data.launchedBy,
    start: dateView(m.data.period.start),
    end: m.data.period.end ? dateView(m.data.period.end) : undefined,
    summary: m.data.summary,
  });
  return {
    head: { title: t('movements.title') },
    groups: [
      { id: 'dang-dien-ra', title: t('movements.inProgress'), items: site.movements.filter((m) => !m.data.period.end).map(item) },
      { id: 'da-ket-thuc', title: t('movements.ended'), items: site.movements.filter((m) => m.data.period.end).map(item) },
    ],
  };
}

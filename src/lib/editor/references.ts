/**
 * The ids a field of the schemas refers to, and the choices the editor offers for them:
 * every province, award, movement, cluster, profile, report and decision the content has,
 * with its Vietnamese name as the label. The lists are made when the site is built (and on
 * every load of the editor under `npm run dev`), from the checked content.
 */
import type { ValidatedContent } from '../content/validate.ts';
import { formatViDate, sortKey } from '../dates.ts';
import { compareVi } from '../text.ts';
import type { ChoiceOption } from './schema-fields.ts';

export const REFERENCE_TARGETS = ['provinces', 'awards', 'movements', 'clusters', 'honorees', 'reports', 'decisions'] as const;
export type ReferenceTarget = (typeof REFERENCE_TARGETS)[number];

/**
 * What an id field refers to, by its path in a collection ("figures.source") or, failing
 * that, by its name anywhere ("province"). `null`: the field names an id of its own (a
 * figure value's key), not another entry.
 */
const BY_PATH: Record<string, ReferenceTarget | null> = {
  'figures.source': 'reports',
  'figures.values.key': null,
  'figures.values.partOf': null,
  'movements.parent': 'movements',
};
const BY_NAME: Record<string, ReferenceTarget> = {
  province: 'provinces',
  provinces: 'provinces',
  award: 'awards',
  replacedBy: 'awards',
  movement: 'movements',
  movements: 'movements',
  cluster: 'clusters',
  clusters: 'clusters',
  honoree: 'honorees',
  honorees: 'honorees',
  report: 'reports',
  reports: 'reports',
  decision: 'decisions',
  decisions: 'decisions',
};

/** The collection an id field points to; undefined when nothing is known about it. */
export function referenceTarget(collection: string, path: readonly string[]): ReferenceTarget | null | undefined {
  const key = [collection, ...path].join('.');
  if (key in BY_PATH) return BY_PATH[key];
  return BY_NAME[path[path.length - 1]!];
}

/** The content the choices are made from: what the content check returns. */
export type ReferenceContent = Pick<ValidatedContent, 'provinces' | 'awards' | 'movements' | 'clusters' | 'honorees' | 'reports' | 'decisions'>;

const byLabel = (a: ChoiceOption, b: ChoiceOption) => compareVi(a.label, b.label) || a.value.localeCompare(b.value);

/**
 * The choices of each kind of reference. A province that merged in 2025 and the unit that
 * took its name are both offered, each with the period it existed, because the editor
 * cannot narrow the list to the entry's date: the author picks the unit of the time.
 */
export function referenceOptions(content: ReferenceContent): Record<ReferenceTarget, ChoiceOption[]> {
  const provinces = content.provinces.all.map((p) => {
    const period = p.validUntil ? `đến ${formatViDate(p.validUntil)}` : p.validFrom ? `từ ${formatViDate(p.validFrom)}` : '';
    return { value: p.id, label: period ? `${p.name} (${period})` : p.name };
  });
  const awards = [...content.awards.values()]
    .sort((a, b) => a.precedence - b.precedence || compareVi(a.name, b.name))
    .map((a) => ({ value: a.id, label: a.validUntil ? `${a.name} (đến ${formatViDate(a.validUntil)})` : a.validFrom ? `${a.name} (từ ${formatViDate(a.validFrom)})` : a.name }));
  const reports = [...content.reports]
    .sort((a, b) => sortKey(b.data.date).localeCompare(sortKey(a.data.date)) || a.id.localeCompare(b.id))
    .map((r) => ({ value: r.id, label: `${r.data.title} (${formatViDate(r.data.date)})` }));
  const decisions = [...content.decisions]
    .sort((a, b) => sortKey(b.data.date).localeCompare(sortKey(a.data.date)) || a.id.localeCompare(b.id))
    .map((d) => ({ value: d.id, label: `${d.data.number}, ${formatViDate(d.data.date)}, ${d.data.issuer}` }));
  return {
    provinces: provinces.sort(byLabel),
    // Awards keep the order of precedence the law gives them, as the site lists them.
    awards,
    movements: content.movements.map((m) => ({ value: m.id, label: m.data.name })).sort(byLabel),
    clusters: content.clusters.map((c) => ({ value: c.id, label: c.data.name })).sort(byLabel),
    honorees: content.honorees.map((h) => ({ value: h.id, label: h.data.unit ? `${h.data.name} (${h.data.unit})` : h.data.name })).sort(byLabel),
    reports,
    decisions,
  };
}

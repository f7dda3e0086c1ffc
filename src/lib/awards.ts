/** How awards are named and ordered on the pages: the one place an award's display name is made. */
import { AWARD_CLASS_LABELS, type AwardClass } from '../schemas/award.ts';

/** "Huân chương Lao động" + "ba" → "Huân chương Lao động hạng Ba". */
export function awardLabel(name: string, awardClass?: AwardClass): string {
  return awardClass ? `${name} ${AWARD_CLASS_LABELS[awardClass]}` : name;
}

/**
 * The name of award `id` as a page shows it, with its class: from the taxonomy (and the
 * content folder's own awards.json), or the id itself when it is unknown.
 */
export function awardName(awards: ReadonlyMap<string, { data: { name: string } }>, id: string, awardClass?: AwardClass): string {
  return awardLabel(awards.get(id)?.data.name ?? id, awardClass);
}

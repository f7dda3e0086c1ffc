/** How awards are named and ordered on the pages. */
import { AWARD_CLASS_LABELS, type AwardClass } from '../schemas/award.ts';

/** "Huân chương Lao động" + "ba" → "Huân chương Lao động hạng Ba". */
export function awardLabel(name: string, awardClass?: AwardClass): string {
  return awardClass ? `${name} ${AWARD_CLASS_LABELS[awardClass]}` : name;
}

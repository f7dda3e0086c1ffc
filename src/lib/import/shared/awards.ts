/**
 * Awards of the taxonomy by every spelling a list or a decision may use: the id, the
 * name, the short name and the aliases ("Bằng khen của Chủ tịch UBND tỉnh", "BK UBND
 * tỉnh"), and classes as documents write them ("hạng Ba", "III", "3").
 */
import type { AwardClass } from '../../../schemas/award.ts';
import type { AwardEntry } from '../../content/validate.ts';
import { slugify } from '../../text.ts';
import { wordKey } from './vi.ts';

/** Award ids by every spelling of their names, to read an award column or an --award option. */
export function awardLookup(awards: Map<string, AwardEntry>): (text: string) => AwardEntry | undefined {
  const byKey = new Map<string, AwardEntry>();
  for (const a of awards.values()) {
    for (const spelling of [a.id, a.name, a.shortName ?? '', ...a.aliases]) {
      const key = slugify(spelling);
      if (key && !byKey.has(key)) byKey.set(key, a);
    }
  }
  return (text: string) => byKey.get(slugify(text));
}

const CLASSES: Record<string, AwardClass> = { nhat: 'nhat', i: 'nhat', '1': 'nhat', nhi: 'nhi', ii: 'nhi', '2': 'nhi', ba: 'ba', iii: 'ba', '3': 'ba' };

/** "Ba", "hạng Ba", "III", "3" → "ba"; anything else → null. */
export function parseClass(text: string): AwardClass | null {
  const key = wordKey(text).replace(/^hang\s+/, '');
  return CLASSES[key] ?? null;
}

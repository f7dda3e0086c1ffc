/**
 * Checked content as plain data, to hand to a worker thread: the build checks the content
 * once, on the main thread, and its workers (search index, downloads) take that result
 * instead of reading and checking every file again. Maps and the province index are not
 * kept by the structured clone that carries it; they are rebuilt on the other side.
 */
import { ProvinceIndex } from '../provinces.ts';
import type { AwardEntry, ProvinceEntry, ValidatedContent } from './validate.ts';

export type TransferableContent = Omit<ValidatedContent, 'provinces' | 'awards'> & {
  provinces: ProvinceEntry[];
  awards: AwardEntry[];
};

export function toTransferable(content: ValidatedContent): TransferableContent {
  return { ...content, provinces: [...content.provinces.all], awards: [...content.awards.values()] };
}

export function fromTransferable(plain: TransferableContent): ValidatedContent {
  return { ...plain, provinces: new ProvinceIndex(plain.provinces), awards: new Map(plain.awards.map((a) => [a.id, a])) };
}

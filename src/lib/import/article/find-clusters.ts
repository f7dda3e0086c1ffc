/**
 * Clusters and blocs (cụm, khối thi đua) of the content folder that an article names.
 */
import type { ProvinceIndex } from '../../provinces.ts';
import type { ProvinceEntry } from '../../content/validate.ts';
import { nfc } from '../../text.ts';
import type { ClusterRef } from '../shared/context.ts';
import type { Finding } from '../shared/report.ts';
import { looseKey, wordKey } from '../shared/vi.ts';

const LEAD_WORDS = /^(?:cum|khoi)(?:\s+thi\s+dua)?\s+/;
/** The last place named at the end of a cluster's name: "… thành phố Móng Cái", "… tỉnh Quảng Ninh". */
const PLACE_SUFFIX = /^(.*\S)\s+(?:cua\s+)?(tinh|thanh pho|tp|huyen|thi xa|quan)\s+(.+)$/;

interface ClusterKey {
  ref: ClusterRef;
  kind: 'cum' | 'khoi';
  /** Words of the name without "Cụm/Khối thi đua", "các", numbers and the place. */
  core: string[];
  /** The place the name ends with, or the cluster's province name. */
  place?: string;
  placeLevel?: 'tinh' | 'huyen';
}

function coreWords(words: string): string[] {
  return words
    .split(' ')
    .filter((w) => w && w !== 'cac' && !/^\d+$/.test(w))
    .filter((w, i, all) => !(i === 0 && (w === 'tinh' || (w === 'thanh' && all[1] === 'pho'))) && !(i === 1 && w === 'pho' && all[0] === 'thanh'));
}

function clusterKey(ref: ClusterRef, index: ProvinceIndex<ProvinceEntry>): ClusterKey {
  let words = wordKey(ref.name);
  const kind = words.startsWith('khoi') ? 'khoi' : 'cum';
  words = words.replace(LEAD_WORDS, '');
  let place: string | undefined;
  let placeLevel: ClusterKey['placeLevel'];
  const suffix = PLACE_SUFFIX.exec(words);
  if (suffix && ref.level !== 'trung-uong') {
    place = suffix[3]!;
    placeLevel = suffix[2] === 'tinh' || ref.level === 'tinh' ? 'tinh' : 'huyen';
    words = suffix[1]!;
  }
  if (!place && ref.province) {
    const p = index.get(ref.province);
    if (p) {
      place = wordKey(p.name);
      placeLevel = 'tinh';
    }
  }
  // "các tỉnh Bắc Trung Bộ" → "bac trung bo".
  words = words.replace(/^(?:cac\s+)?(?:\d+\s+)?(?:tinh|thanh pho)(?:\s*,?\s*thanh pho)?\s+/, '');
  return { ref, kind, core: coreWords(words), place, placeLevel };
}

function countOf(haystack: string, needle: string): number {
  if (!needle) return 0;
  let n = 0;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length)) n++;
  return n;
}

/**
 * Clusters and blocs of the content folder that the text names: "Cụm thi đua các tỉnh Bắc
 * Trung Bộ", "Cụm Bắc Trung bộ", "Khối thi đua Nội chính". When blocs of two places share
 * a name (the Fatherland Front bloc of a province and of a city in it), the words after
 * the name ("… tỉnh") or the place the text names most decide.
 */
export function findClusters(
  text: string,
  clusters: readonly ClusterRef[],
  index: ProvinceIndex<ProvinceEntry>,
): Finding<string[]> {
  const keys = clusters.map((c) => clusterKey(c, index));
  const loose = ` ${wordKey(text)} `;
  const out: string[] = [];
  const warnings: string[] = [];
  const unmatched = new Set<string>();
  const source = nfc(text);
  const folded = looseKey(source);
  for (const mention of folded.matchAll(/(?<![a-z0-9])(cum|khoi)([ \t]+thi[ \t]+dua)?[ \t]+/g)) {
    const after = folded.slice(mention.index! + mention[0].length, mention.index! + mention[0].length + 160);
    const afterWords = coreWords(wordKey(after).replace(/^(?:cac\s+)?(?:\d+\s+)?(?:tinh|thanh pho)(?:\s*thanh pho)?\s+/, ''));
    const kind = mention[1] as 'cum' | 'khoi';
    const hits = keys.filter((k) => k.kind === kind && k.core.length > 0 && k.core.every((w, i) => afterWords[i] === w));
    if (hits.length === 0) {
      // Worth a warning only when a proper name follows ("Khối Nội chính", not "khối đã …").
      const original = source.slice(mention.index!, mention.index! + mention[0].length + 80);
      const after = original.slice(mention[0].length);
      if (/^(?:các\s+|\d+\s+tỉnh\s+)?\p{Lu}/u.test(after) && !/^(?:Phó|Trưởng)(?![\p{L}])/u.test(after)) {
        unmatched.add(original.split(/\s+/).slice(0, 8).join(' ').replace(/[,.;:]+$/, ''));
      }
      continue;
    }
    let chosen = hits;
    if (hits.length > 1) {
      const coreLength = hits[0]!.core.length;
      const next = afterWords.slice(coreLength, coreLength + 3).join(' ');
      const byLevel = /^(tinh|thanh pho)/.test(next) ? hits.filter((k) => k.placeLevel === 'tinh') : [];
      if (byLevel.length === 1) chosen = byLevel;
      else {
        const counts = hits.map((k) => countOf(loose, ` ${k.place ?? ''} `));
        const max = Math.max(...counts);
        chosen = max > 0 && counts.filter((c) => c === max).length === 1 ? [hits[counts.indexOf(max)]!] : [];
        if (chosen.length === 0) {
          const written = source.slice(mention.index!, mention.index! + mention[0].length + 60).split(/\s+/).slice(0, 8).join(' ');
          warnings.push(`cụm, khối: “${written}…” có thể là ${hits.map((k) => `"${k.ref.id}"`).join(' hoặc ')}; hãy chọn`);
        }
      }
    } else if (hits[0]!.place && countOf(loose, ` ${hits[0]!.place} `) === 0) {
      chosen = [];
    }
    for (const k of chosen) if (!out.includes(k.ref.id)) out.push(k.ref.id);
  }
  for (const u of unmatched) warnings.push(`cụm, khối: bài nhắc “${u}…” nhưng thư mục nội dung chưa có cụm, khối nào khớp`);
  return { value: out, warnings };
}

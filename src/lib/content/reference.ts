/**
 * Reference data that ships with the project: the provinces before and after the 2025
 * merger and the award taxonomy of the law. A content directory may add awards of its
 * own (a province's Kỷ niệm chương, say) in `awards.json`.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import provinces from '../../data/provinces.json' with { type: 'json' };
import awards from '../../data/awards.json' with { type: 'json' };
import { displayPath, parseJson, type ReadProblem } from './read.ts';

export interface ReferenceItem {
  file: string;
  data: unknown;
}

export const PROVINCES_FILE = 'src/data/provinces.json';
export const AWARDS_FILE = 'src/data/awards.json';

export function loadReferenceData(dir: string): {
  provinces: ReferenceItem[];
  awards: ReferenceItem[];
  provincesFile: string;
  awardsFile: string;
  problems: ReadProblem[];
} {
  const problems: ReadProblem[] = [];
  const awardItems: ReferenceItem[] = (awards as unknown[]).map((data) => ({ file: AWARDS_FILE, data }));
  const extraPath = path.join(dir, 'awards.json');
  if (existsSync(extraPath)) {
    const file = displayPath(extraPath);
    try {
      const extra = parseJson(readFileSync(extraPath, 'utf8'));
      if (!Array.isArray(extra)) {
        problems.push({ file, field: '(cả tệp)', message: 'phải là một danh sách [ … ] các hình thức khen thưởng' });
      } else {
        const known = new Set(awardItems.map((a) => (a.data as { id: string }).id));
        extra.forEach((data, i) => {
          const id = (data as { id?: unknown })?.id;
          if (typeof id !== 'string' || !id) problems.push({ file, field: `[${i}].id`, message: 'thiếu mã (id)' });
          else if (known.has(id)) problems.push({ file, field: `[${i}].id`, message: `mã "${id}" đã có trong danh mục chung` });
          else awardItems.push({ file, data });
        });
      }
    } catch (error) {
      problems.push({ file, field: '(cả tệp)', message: (error as Error).message });
    }
  }
  return {
    provinces: (provinces as unknown[]).map((data) => ({ file: PROVINCES_FILE, data })),
    awards: awardItems,
    provincesFile: PROVINCES_FILE,
    awardsFile: AWARDS_FILE,
    problems,
  };
}

/**
 * What the importers need to know about a content folder: the provinces and awards
 * (reference data plus the folder's own awards.json), and the ids and names of its
 * clusters and movements. Also a way to check a file the importer is about to write,
 * exactly as `npm run check:content` will, without reading the whole folder.
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { awardSchema } from '../../../schemas/award.ts';
import { provinceSchema } from '../../../schemas/province.ts';
import { ProvinceIndex } from '../../provinces.ts';
import { cleanText } from '../../text.ts';
import { readCollection } from '../../content/read.ts';
import { loadReferenceData } from '../../content/reference.ts';
import { parseWith, validateContent, type AwardEntry, type Problem, type ProvinceEntry } from '../../content/validate.ts';

export interface ClusterRef {
  id: string;
  name: string;
  kind: string;
  level: string;
  province?: string;
}

export interface MovementRef {
  id: string;
  name: string;
}

export interface ImportContext {
  dir: string;
  provinces: ProvinceIndex<ProvinceEntry>;
  awards: Map<string, AwardEntry>;
  clusters: ClusterRef[];
  movements: MovementRef[];
}

/** Provinces and awards only: enough for the honour-list importer. */
export function loadReference(dir: string): Pick<ImportContext, 'dir' | 'provinces' | 'awards'> {
  const reference = loadReferenceData(dir);
  const problems: Problem[] = [];
  const provinces: ProvinceEntry[] = [];
  for (const raw of reference.provinces) {
    const { id, ...rest } = raw.data as { id: string };
    const data = parseWith(provinceSchema, { file: raw.file, data: rest }, problems);
    if (data) provinces.push({ id, ...data });
  }
  const awards = new Map<string, AwardEntry>();
  for (const raw of reference.awards) {
    const { id, ...rest } = raw.data as { id: string };
    const data = parseWith(awardSchema, { file: raw.file, data: rest }, problems);
    if (data) awards.set(id, { id, ...data });
  }
  return { dir, provinces: new ProvinceIndex(provinces), awards };
}

/** Everything the article importer matches names against. */
export function loadContext(dir: string): ImportContext {
  const base = loadReference(dir);
  const clusters: ClusterRef[] = [];
  for (const e of readCollection(dir, 'clusters').entries) {
    const d = e.data as Record<string, unknown>;
    if (typeof d?.name !== 'string') continue;
    clusters.push({
      id: e.id,
      name: cleanText(d.name),
      kind: String(d.kind ?? ''),
      level: String(d.level ?? ''),
      province: typeof d.province === 'string' ? d.province : undefined,
    });
  }
  const movements: MovementRef[] = [];
  for (const e of readCollection(dir, 'movements').entries) {
    const d = e.data as Record<string, unknown>;
    if (typeof d?.name === 'string') movements.push({ id: e.id, name: cleanText(d.name) });
  }
  return { ...base, clusters, movements };
}

/**
 * Check files before writing them into `dir`: they are put in an empty content folder
 * (with the folder's awards.json and, where asked, the collections they refer to) and
 * checked by the project's own validator. Problems come back with the paths they will
 * have in `dir`.
 */
export function checkBeforeWriting(
  dir: string,
  files: { relative: string; content: string }[],
  { withCollections = [] as string[] } = {},
): Problem[] {
  const scratch = mkdtempSync(path.join(tmpdir(), 'bang-vang-kiem-tra-'));
  try {
    const extraAwards = path.join(dir, 'awards.json');
    if (existsSync(extraAwards)) copyFileSync(extraAwards, path.join(scratch, 'awards.json'));
    for (const folder of withCollections) {
      const from = path.join(dir, folder);
      if (existsSync(from)) cpSync(from, path.join(scratch, folder), { recursive: true });
    }
    for (const f of files) {
      const target = path.join(scratch, f.relative);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, f.content);
    }
    const { problems } = validateContent(scratch);
    const scratchShown = (p: string) => path.resolve(p).startsWith(path.resolve(scratch));
    return problems.map((p) => ({
      ...p,
      file: scratchShown(p.file) ? path.join(dir, path.relative(path.resolve(scratch), path.resolve(p.file))) : p.file,
    }));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * Decisions already in the folder with the same number and issuer: the validator refuses
 * a second copy. Reads only the head of each file, where number and issuer are written.
 */
export function findSameDecision(dir: string, number: string, issuer: string, exceptFile?: string): string | undefined {
  const root = path.join(dir, 'decisions');
  if (!existsSync(root)) return undefined;
  const want = `${number.toLowerCase()}|${issuer.toLowerCase()}`;
  const stack = [root];
  while (stack.length) {
    const folder = stack.pop()!;
    for (const name of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, name.name);
      if (name.isDirectory()) stack.push(full);
      else if (name.name.endsWith('.json') && !name.name.startsWith('_') && path.resolve(full) !== (exceptFile && path.resolve(exceptFile))) {
        const text = readFileSync(full, 'utf8');
        const head = text.slice(0, 4000);
        const num = /"number"\s*:\s*"((?:[^"\\]|\\.)*)"/.exec(head);
        const iss = /"issuer"\s*:\s*"((?:[^"\\]|\\.)*)"/.exec(head);
        let key: string | undefined;
        if (num && iss) key = `${cleanText(JSON.parse(`"${num[1]}"`)).toLowerCase()}|${cleanText(JSON.parse(`"${iss[1]}"`)).toLowerCase()}`;
        else {
          try {
            const d = JSON.parse(text) as { number?: string; issuer?: string };
            key = `${cleanText(d.number ?? '').toLowerCase()}|${cleanText(d.issuer ?? '').toLowerCase()}`;
          } catch {
            key = undefined;
          }
        }
        if (key === want) return full;
      }
    }
  }
  return undefined;
}

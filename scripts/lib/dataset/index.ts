/**
 * A deterministic synthetic dataset for benchmarks and scale tests: decisions with
 * exactly N records over ten years (2016–2025), reports, movements, clusters and
 * profiles, all valid against the project's schemas and cross-reference rules.
 *
 * Everything comes from a seeded PRNG (random.ts) and the reference data in src/data: the
 * same seed and N give byte-identical files. Each part of the dataset draws from a stream of
 * its own, so that a change to one part does not shift the others. The parts are made in
 * order, each from what the earlier ones made: movements, clusters, profiles, decisions
 * (which cite movements and list profiles), then reports (which tell of all of them).
 */
import { generateClusters } from './clusters.ts';
import { generateDecisions, MIN_SIZE } from './decisions.ts';
import type { GeneratedFile } from './files.ts';
import { generateHonorees, type HonoreeOut } from './honorees.ts';
import { generateMovements } from './movements.ts';
import { PlaceBook } from './places.ts';
import { currentOf, loadReference } from './reference.ts';
import { generateReports } from './reports.ts';

export { decisionSizes } from './decisions.ts';
export type { GeneratedFile } from './files.ts';
export { hashString, mulberry32, parseSeed, Rng, Weighted } from './random.ts';
export { GENERATED_FOLDERS, MARKER_FILE, outputDirProblem, writeDataset } from './write.ts';

export interface DatasetStats {
  records: number;
  decisions: number;
  reports: number;
  movements: number;
  clusters: number;
  honorees: number;
  /** Files written, the marker file included. */
  files: number;
}

export interface Dataset {
  files: GeneratedFile[];
  stats: DatasetStats;
}

export interface GenerateOptions {
  /** Records in all the decisions together: exactly this many. */
  records: number;
  seed: number;
}

export function generateDataset({ records, seed }: GenerateOptions): Dataset {
  if (!Number.isInteger(records) || records < MIN_SIZE) throw new Error(`records must be an integer ≥ ${MIN_SIZE}`);
  const ref = loadReference();
  const places = new PlaceBook(seed);
  const movementPart = generateMovements(ref, places, seed);
  const clusterPart = generateClusters(ref, seed);
  const honoreePart = generateHonorees(ref, places, seed, Math.max(1, Math.round(records / 1000)));
  const honoreesByCurrent = new Map<string, HonoreeOut[]>();
  for (const h of honoreePart.honorees) {
    const key = currentOf(ref, h.province);
    const list = honoreesByCurrent.get(key) ?? [];
    list.push(h);
    honoreesByCurrent.set(key, list);
  }
  const decisionPart = generateDecisions({ ref, places, movements: movementPart.movements, honoreesByCurrent }, seed, records);
  const reportFiles = generateReports(ref, seed, Math.max(1, Math.floor(records / 100)), {
    decisions: decisionPart.decisions,
    clusters: clusterPart.clusters,
    movements: movementPart.movements,
    honorees: honoreePart.honorees,
  });
  const files = [...movementPart.files, ...clusterPart.files, ...honoreePart.files, ...decisionPart.files, ...reportFiles];
  return {
    files,
    stats: {
      records,
      decisions: decisionPart.files.length,
      reports: reportFiles.length,
      movements: movementPart.files.length,
      clusters: clusterPart.files.length,
      honorees: honoreePart.files.length,
      files: files.length + 1,
    },
  };
}

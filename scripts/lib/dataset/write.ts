/**
 * Writing the dataset into a folder: only a new or empty folder, or one the generator wrote
 * before (it holds the marker file), whose generated folders are then replaced.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Dataset, GenerateOptions } from './index.ts';

/** Written at the top of the output folder; its presence allows the folder to be replaced. */
export const MARKER_FILE = '.bang-vang-dataset';
/** The folders the generator owns inside the output folder. */
export const GENERATED_FOLDERS = ['reports', 'movements', 'honorees', 'clusters', 'decisions'] as const;

/** Why the folder cannot be written into, or undefined when it can. */
export function outputDirProblem(dir: string): string | undefined {
  if (!existsSync(dir)) return undefined;
  if (!statSync(dir).isDirectory()) return `"${dir}" là một tệp, không phải thư mục.`;
  const entries = readdirSync(dir);
  if (entries.length === 0) return undefined;
  if (!entries.includes(MARKER_FILE)) {
    return `Thư mục "${dir}" đã có dữ liệu và không phải do công cụ này tạo (thiếu tệp ${MARKER_FILE}). Hãy chọn thư mục trống hoặc thư mục chưa có.`;
  }
  return undefined;
}

/** Replace the generated folders of `dir` with the dataset. Call outputDirProblem first. */
export function writeDataset(dir: string, dataset: Dataset, options: GenerateOptions): void {
  const problem = outputDirProblem(dir);
  if (problem) throw new Error(problem);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, MARKER_FILE),
    `${JSON.stringify({ generator: 'scripts/generate-dataset.ts', records: options.records, seed: options.seed })}\n`,
  );
  for (const folder of GENERATED_FOLDERS) rmSync(path.join(dir, folder), { recursive: true, force: true });
  const made = new Set<string>();
  for (const file of dataset.files) {
    const full = path.join(dir, file.path);
    const parent = path.dirname(full);
    if (!made.has(parent)) {
      mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    writeFileSync(full, file.content);
  }
}

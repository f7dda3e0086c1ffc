/**
 * Compares two built sites file by file, and says how they differ in a way a developer can
 * act on: which files, and for text the lines around the first difference (pages are split
 * at tags, since Astro writes a page on very few lines; Pagefind's gzipped files are
 * unpacked first).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface TreeDifference {
  /** Files only the first site has (the incremental build, in these tests). */
  onlyInFirst: string[];
  /** Files only the second site has (the build from an empty cache). */
  onlyInSecond: string[];
  /** Files both have, with different bytes. */
  differing: string[];
}

/** Every file under `dir`, as sorted '/'-separated paths relative to it. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

export function compareTrees(first: string, second: string): TreeDifference {
  const a = listFiles(first);
  const b = listFiles(second);
  const inB = new Set(b);
  const inA = new Set(a);
  return {
    onlyInFirst: a.filter((f) => !inB.has(f)),
    onlyInSecond: b.filter((f) => !inA.has(f)),
    differing: a.filter((f) => inB.has(f) && digest(path.join(first, f)) !== digest(path.join(second, f))),
  };
}

export function isSame(d: TreeDifference): boolean {
  return d.onlyInFirst.length + d.onlyInSecond.length + d.differing.length === 0;
}

const TEXT = /\.(html|xml|json|css|js|mjs|txt|csv|svg|webmanifest|ts)$/;

/** The file as text when it is text (gzip unpacked), else undefined. */
function textOf(file: string): string | undefined {
  let bytes = readFileSync(file);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = gunzipSync(bytes);
    } catch {
      return undefined;
    }
  } else if (!TEXT.test(file)) {
    return undefined;
  }
  const text = bytes.toString('utf8');
  // Pagefind's unpacked files start with a signature and hold JSON or CBOR: keep only readable ones.
  return text.includes('\uFFFD') ? undefined : text;
}

/** Lines worth diffing: one per tag or JSON item, since a built page is one long line. */
function splitLines(text: string): string[] {
  return text
    .replace(/>(?=<)/g, '>\n')
    .replace(/,(?=")/g, ',\n')
    .split('\n');
}

const clip = (line: string, max = 220) => (line.length > max ? `${line.slice(0, max)}…` : line);

type Op = { kind: ' ' | '-' | '+'; line: string };

/** A line diff of a and b (longest common subsequence); past `limit` cells, one block each. */
function diffLines(a: string[], b: string[], limit = 4_000_000): Op[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const ops: Op[] = a.slice(0, start).map((line) => ({ kind: ' ', line }));
  const x = a.slice(start, endA);
  const y = b.slice(start, endB);
  if ((x.length + 1) * (y.length + 1) > limit) {
    ops.push(...x.map((line): Op => ({ kind: '-', line })), ...y.map((line): Op => ({ kind: '+', line })));
  } else {
    // lcs[i][j]: the longest common subsequence of x[i..] and y[j..].
    const width = y.length + 1;
    const lcs = new Int32Array((x.length + 1) * width);
    for (let i = x.length - 1; i >= 0; i--) {
      for (let j = y.length - 1; j >= 0; j--) {
        lcs[i * width + j] = x[i] === y[j] ? lcs[(i + 1) * width + j + 1]! + 1 : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < x.length || j < y.length) {
      if (i < x.length && j < y.length && x[i] === y[j]) {
        ops.push({ kind: ' ', line: x[i++]! });
        j++;
      } else if (i < x.length && (j === y.length || lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!)) {
        ops.push({ kind: '-', line: x[i++]! });
      } else {
        ops.push({ kind: '+', line: y[j++]! });
      }
    }
  }
  ops.push(...a.slice(endA).map((line): Op => ({ kind: ' ', line })));
  return ops;
}

/**
 * The lines that differ between two texts, each change with a line of context, "-" for the
 * first text and "+" for the second, at most `maxLines` lines.
 */
export function lineDiff(first: string, second: string, context = 1, maxLines = 16): string {
  const ops = diffLines(splitLines(first), splitLines(second));
  const shown = new Set<number>();
  ops.forEach((op, i) => {
    if (op.kind === ' ') return;
    for (let k = Math.max(0, i - context); k <= Math.min(ops.length - 1, i + context); k++) shown.add(k);
  });
  const out: string[] = [];
  let last = -1;
  for (const i of [...shown].sort((p, q) => p - q)) {
    if (out.length >= maxLines) {
      out.push(`  … ${ops.filter((op, k) => k > last && op.kind !== ' ').length} more changed lines`);
      break;
    }
    if (last >= 0 && i > last + 1) out.push('  …');
    out.push(`  ${ops[i]!.kind} ${clip(ops[i]!.line)}`);
    last = i;
  }
  return out.join('\n');
}

/**
 * A report of how `first` (incremental) and `second` (clean) differ: the first `maxFiles`
 * differing files, each with the lines that differ ("-" incremental, "+" clean).
 */
export function describeDifference(first: string, second: string, d: TreeDifference, maxFiles = 6): string {
  const out: string[] = [];
  const list = (title: string, files: string[]) => {
    if (files.length === 0) return;
    out.push(`${title} (${files.length}): ${files.slice(0, 12).join(', ')}${files.length > 12 ? ', …' : ''}`);
  };
  list('only in the incremental build', d.onlyInFirst);
  list('only in the clean build', d.onlyInSecond);
  list('different', d.differing);
  for (const file of d.differing.slice(0, maxFiles)) {
    const a = textOf(path.join(first, file));
    const b = textOf(path.join(second, file));
    out.push(`--- ${file} (- incremental, + clean)`);
    if (a === undefined || b === undefined) {
      const size = (f: string) => readFileSync(path.join(f, file)).length;
      out.push(`  binary: ${size(first)} bytes, sha256 ${digest(path.join(first, file)).slice(0, 12)} vs ${size(second)} bytes, sha256 ${digest(path.join(second, file)).slice(0, 12)}`);
    } else {
      out.push(lineDiff(a, b));
    }
  }
  return out.join('\n');
}

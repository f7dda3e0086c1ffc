/**
 * The synthetic dataset generator: deterministic, exact in size, and valid against
 * the same validator the site uses.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import awardsJson from '../src/data/awards.json' with { type: 'json' };
import { parseMdx } from '../src/lib/content/read.ts';
import { formatProblems, validateContent } from '../src/lib/content/validate.ts';
import {
  decisionSizes,
  generateDataset,
  MARKER_FILE,
  mulberry32,
  parseSeed,
  Rng,
  writeDataset,
  type Dataset,
} from '../scripts/lib/dataset/index.ts';
import { markdownFile } from '../scripts/lib/dataset/files.ts';
import { memoryIO, run } from '../scripts/lib/cli.ts';
import { main } from '../scripts/generate-dataset.ts';

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'bang-vang-gen-'));
  temps.push(dir);
  return dir;
}

/** Every file under a folder, as relative path → bytes. */
function readTree(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (sub: string) => {
    for (const name of readdirSync(path.join(dir, sub)).sort()) {
      const rel = sub ? `${sub}/${name}` : name;
      if (statSync(path.join(dir, rel)).isDirectory()) walk(rel);
      else out.set(rel, readFileSync(path.join(dir, rel)));
    }
  };
  walk('');
  return out;
}

interface DecisionJson {
  number: string;
  date: string;
  issuer: string;
  award: string;
  sample: boolean;
  records: { name: string; kind: string; posthumous?: boolean }[];
}
const decisionsOf = (d: Dataset): DecisionJson[] =>
  d.files.filter((f) => f.path.startsWith('decisions/')).map((f) => JSON.parse(f.content) as DecisionJson);

const small = generateDataset({ records: 3000, seed: 42 });

describe('the PRNG', () => {
  it('is mulberry32, repeatable from its seed', () => {
    const a = mulberry32(1);
    const b = mulberry32(1);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(mulberry32(2)()).not.toBe(first[0]);
  });
  it('reads a seed as a number, or hashes text', () => {
    expect(parseSeed('42')).toBe(42);
    expect(parseSeed('bang-vang')).toBe(parseSeed('bang-vang'));
    expect(parseSeed('bang-vang')).not.toBe(parseSeed('bang-vàng'));
  });
});

describe('determinism', () => {
  it('writes byte-identical files for the same seed and N', () => {
    const one = tempDir();
    const two = tempDir();
    writeDataset(one, small, { records: 3000, seed: 42 });
    writeDataset(two, generateDataset({ records: 3000, seed: 42 }), { records: 3000, seed: 42 });
    const a = readTree(one);
    const b = readTree(two);
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [file, bytes] of a) expect(bytes.equals(b.get(file)!), file).toBe(true);
    expect(a.size).toBe(small.stats.files);
  });
  it('gives different data for a different seed', () => {
    const other = generateDataset({ records: 3000, seed: 43 });
    const join = (d: Dataset) => d.files.map((f) => `${f.path}\n${f.content}`).join('\n');
    expect(join(other)).not.toBe(join(small));
    expect(decisionsOf(other).map((d) => d.records[0]!.name)).not.toEqual(decisionsOf(small).map((d) => d.records[0]!.name));
  });
});

describe('sizes', () => {
  it('has exactly N records, for awkward N too', () => {
    for (const n of [5, 9, 2000, 2001, 2004, 3000, 12345]) {
      const d = generateDataset({ records: n, seed: 7 });
      const total = decisionsOf(d).reduce((sum, x) => sum + x.records.length, 0);
      expect(total, `N=${n}`).toBe(n);
      expect(d.stats.records).toBe(n);
    }
  });
  it('keeps every decision between 5 and 2000 records, mostly small', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const rng = new Rng(seed);
      for (const n of [5, 6, 10, 1999, 2003, 4005, 250_000]) {
        const sizes = decisionSizes(rng, n);
        expect(sizes.reduce((a, b) => a + b, 0)).toBe(n);
        for (const s of sizes) {
          expect(s).toBeGreaterThanOrEqual(5);
          expect(s).toBeLessThanOrEqual(2000);
        }
      }
    }
    const sizes = decisionsOf(small).map((d) => d.records.length);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(5);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(2000);
    const many = decisionSizes(new Rng(3), 200_000).sort((a, b) => a - b);
    expect(many[many.length >> 1]).toBeLessThan(100);
  });
  it('scales reports and profiles with N', () => {
    expect(small.stats).toMatchObject({ records: 3000, reports: 30, honorees: 3, clusters: 11 });
    expect(small.stats.movements).toBeGreaterThanOrEqual(30);
    expect(generateDataset({ records: 50, seed: 1 }).stats).toMatchObject({ reports: 1, honorees: 1 });
  });
});

describe('validity', () => {
  it('passes the validator with no problem at N = 3000', () => {
    const dir = tempDir();
    writeDataset(dir, small, { records: 3000, seed: 42 });
    const { problems, content } = validateContent(dir);
    expect(formatProblems(problems)).toBe('');
    expect(content.decisions.reduce((n, d) => n + d.data.records.length, 0)).toBe(3000);
    expect(content.decisions).toHaveLength(small.stats.decisions);
    expect(content.reports).toHaveLength(30);
    expect(content.honorees).toHaveLength(3);
    expect(content.clusters.filter((c) => c.data.kind === 'cum')).toHaveLength(8);
    expect(content.decisions.every((d) => d.data.sample)).toBe(true);
  });
  it('uses every award of the taxonomy and every province entity over a larger run', () => {
    const big = generateDataset({ records: 100_000, seed: 5 });
    const decisions = decisionsOf(big);
    const used = new Set(decisions.map((d) => d.award));
    expect((awardsJson as { id: string }[]).map((a) => a.id).filter((id) => !used.has(id))).toEqual([]);
    const folders = new Set(big.files.filter((f) => f.path.startsWith('decisions/')).map((f) => f.path.split('/')[1]));
    expect(folders.size).toBe(87);
    expect(decisions.some((d) => d.records.some((r) => r.posthumous))).toBe(true);
    const kinds = new Set(decisions.flatMap((d) => d.records.map((r) => r.kind)));
    expect([...kinds].sort()).toEqual(['ca-nhan', 'ho-gia-dinh', 'tap-the']);
    const keys = decisions.map((d) => `${d.number.toLowerCase()}|${d.issuer.toLowerCase()}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
  it('cites a movement only from the day it starts, in decisions and reports', () => {
    // At 200,000 records with seed 1 a decision cited a movement four days before it started.
    for (const [records, seed] of [[200_000, 1]] as const) {
      const d = generateDataset({ records, seed });
      const starts = new Map<string, string>();
      for (const f of d.files.filter((x) => x.path.startsWith('movements/'))) {
        starts.set(f.path.slice('movements/'.length, -'.md'.length), (parseMdx(f.content).data as { period: { start: string } }).period.start);
      }
      // ISO dates compare as text; a month ("2025-07") comes before every day of it.
      const early: string[] = [];
      for (const f of d.files) {
        if (f.path.startsWith('decisions/')) {
          const { movement, date } = JSON.parse(f.content) as { movement?: string; date: string };
          if (movement && starts.get(movement)! > date) early.push(`${f.path}: ${date} < ${starts.get(movement)}`);
        } else if (f.path.startsWith('reports/')) {
          const { movements, date } = parseMdx(f.content).data as { movements: string[]; date: string };
          for (const m of movements) if (starts.get(m)! > date) early.push(`${f.path}: ${date} < ${starts.get(m)}`);
        }
      }
      expect(early, `${records} records, seed ${seed}`).toEqual([]);
    }
  });
});

describe('articles', () => {
  it('have frontmatter the site reads back as written, strings quoted, fields left undefined left out', () => {
    const frontmatter = {
      title: 'Tỉnh Quảng Ninh trao “Cờ thi đua”: 12 tập thể',
      date: '2024-02-31',
      count: 12,
      exemplar: false,
      place: undefined,
      provinces: ['quang-ninh', 'yes'],
      clusters: [],
      period: { start: '2023-03', end: undefined },
      honours: [{ award: 'co-thi-dua-ubnd-tinh', awardClass: undefined, recipientKinds: ['tap-the'], count: 12 }],
    };
    const file = markdownFile(frontmatter, ['Đoạn một.', 'Đoạn hai.']);
    expect(file).toBe(
      [
        '---',
        'title: "Tỉnh Quảng Ninh trao “Cờ thi đua”: 12 tập thể"',
        'date: "2024-02-31"',
        'count: 12',
        'exemplar: false',
        'provinces:',
        '  - "quang-ninh"',
        '  - "yes"',
        'clusters: []',
        'period:',
        '  start: "2023-03"',
        'honours:',
        '  - award: "co-thi-dua-ubnd-tinh"',
        '    recipientKinds:',
        '      - "tap-the"',
        '    count: 12',
        '---',
        '',
        'Đoạn một.',
        '',
        'Đoạn hai.',
        '',
      ].join('\n'),
    );
    const { place: _place, ...written } = frontmatter;
    expect(parseMdx(file)).toEqual({
      data: { ...written, period: { start: '2023-03' }, honours: [{ award: 'co-thi-dua-ubnd-tinh', recipientKinds: ['tap-the'], count: 12 }] },
      body: '\nĐoạn một.\n\nĐoạn hai.\n',
    });
  });
});

describe('names', () => {
  const names = decisionsOf(small).flatMap((d) => d.records.map((r) => r.name));
  it('are NFC', () => {
    const notNfc = names.filter((n) => n !== n.normalize('NFC'));
    expect(notNfc).toEqual([]);
    for (const f of small.files) expect(f.content === f.content.normalize('NFC'), f.path).toBe(true);
  });
  it('include đ and Đ, and common family names', () => {
    expect(names.some((n) => n.includes('đ'))).toBe(true);
    expect(names.some((n) => n.includes('Đ'))).toBe(true);
    const people = decisionsOf(small).flatMap((d) => d.records.filter((r) => r.kind === 'ca-nhan').map((r) => r.name));
    const nguyen = people.filter((n) => n.startsWith('Nguyễn ')).length / people.length;
    expect(nguyen).toBeGreaterThan(0.25);
    expect(nguyen).toBeLessThan(0.5);
  });
});

describe('the command line', () => {
  const USAGE = 'Cách dùng: npm run generate -- --records N --out THƯ_MỤC [--seed S]';
  async function generate(...args: string[]) {
    const io = memoryIO();
    const code = await run(main, args, io);
    return { code, stdout: io.stdout.join('\n'), stderr: io.stderr.join('\n') };
  }

  it('refuses bad arguments with a Vietnamese message, the usage and exit code 2', async () => {
    const cases: [string[], string][] = [
      [[], 'Thiếu --records N (số lượt khen thưởng cần tạo).'],
      [['--records', 'abc', '--out', '/tmp/x'], '--records phải là một số nguyên dương, ví dụ 200000, đang là "abc".'],
      [['--records', '3', '--out', '/tmp/x'], '--records phải từ 5 trở lên (mỗi quyết định có ít nhất 5 lượt), đang là 3.'],
      [['--records', '20.000.000', '--out', '/tmp/x'], '--records tối đa là 10.000.000, đang là 20000000.'],
      [['--records', '100'], 'Thiếu --out THƯ_MỤC (thư mục để ghi dữ liệu).'],
      [['--records', '100', '--out', '/tmp/x', '--seed', ' '], '--seed không được để trống.'],
      [['--bogus'], 'Không có tùy chọn --bogus.'],
      [['--records', '100', 'thư-mục'], 'Không hiểu tham số “thư-mục”.'],
    ];
    for (const [args, message] of cases) {
      expect(await generate(...args), args.join(' ')).toEqual({ code: 2, stdout: '', stderr: `${message}\n\n${USAGE}` });
    }
  });
  it('reads the thousands grouped as people write them', async () => {
    const out = path.join(tempDir(), 'ds');
    const r = await generate('--records', '1.000', '--out', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Đã tạo 1000 lượt khen thưởng /);
  });
  it('refuses a folder with other content, and replaces one it wrote before', async () => {
    const foreign = tempDir();
    writeFileSync(path.join(foreign, 'notes.txt'), 'keep me');
    const refused = await generate('--records', '50', '--out', foreign);
    expect(refused).toEqual({
      code: 2,
      stdout: '',
      stderr: `Thư mục "${foreign}" đã có dữ liệu và không phải do công cụ này tạo (thiếu tệp ${MARKER_FILE}). Hãy chọn thư mục trống hoặc thư mục chưa có.`,
    });
    expect(readdirSync(foreign)).toEqual(['notes.txt']);

    const out = path.join(tempDir(), 'ds');
    const first = await generate('--records', '50', '--out', out, '--seed', '9');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^Đã tạo 50 lượt khen thưởng trong \d+ quyết định, 1 tin bài, \d+ phong trào, 11 cụm\/khối, 1 hồ sơ; \d+ tệp trong [\d.]+ giây \(seed 9\) → /);
    expect(first.stdout.endsWith(` → ${out}`)).toBe(true);
    mkdirSync(path.join(out, 'decisions', 'stale'), { recursive: true });
    writeFileSync(path.join(out, 'decisions', 'stale', 'old.json'), '{}');
    const again = await generate('--records', '60', '--out', out, '--seed', '9');
    expect(again.code).toBe(0);
    expect(readdirSync(path.join(out, 'decisions'))).not.toContain('stale');
    expect(validateContent(out).problems).toEqual([]);
  });
  it('runs as `npm run generate` does, and exits 0', () => {
    const out = path.join(tempDir(), 'ds');
    const r = spawnSync(process.execPath, [path.resolve('scripts/generate-dataset.ts'), '--records', '20', '--out', out], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual([MARKER_FILE, 'clusters', 'decisions', 'honorees', 'movements', 'reports']);
  });
});

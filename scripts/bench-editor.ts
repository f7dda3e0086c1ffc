/**
 * npm run bench:editor [-- --dist dist]
 *
 * What the web editor at <base>/quan-tri/ weighs in a build: each of its files, raw and
 * gzip-compressed (level 9, what a static host sends at best), and the total a first visit
 * in Vietnamese downloads. Build first (`npm run build`). Exit codes: 0 printed, 1 no editor
 * in that build, 2 wrong use.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { consoleIO, fail, readArguments, runIfEntry, type CliIO } from './lib/cli.ts';

const USAGE = `Cách dùng: npm run bench:editor [-- --dist dist]
In kích thước các tệp của trình biên tập (/quan-tri/) trong bản dựng, trước và sau khi nén gzip.`;

const OPTIONS = {
  dist: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Files a first visit loads: the page, its configuration, the CMS, its fonts, Vietnamese, the editor's own files. */
const FIRST_VISIT = /^(index\.html|config\.json|sveltia-cms\.js|bien-tap\.(css|js)|xem-truoc\.css|fonts\/.*|sveltia@[^/]+\/locales\/vi\.json|sveltia\/package\.json)$/;

function walk(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(dir, `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

export function main(argv: string[], io: CliIO = consoleIO): number {
  const { values } = readArguments(argv, OPTIONS, USAGE);
  const dir = path.join(values.dist ?? 'dist', 'quan-tri');
  if (!existsSync(path.join(dir, 'index.html'))) fail(`Không có trình biên tập trong ${dir}: chạy npm run build trước.`, 1);
  const rows = walk(dir)
    .filter((f) => !/^sveltia@[^/]+\/locales\//.test(f) || f.endsWith('/vi.json'))
    .map((file) => {
      const raw = statSync(path.join(dir, file)).size;
      return { file, raw, gzip: gzipSync(readFileSync(path.join(dir, file)), { level: 9 }).length, first: FIRST_VISIT.test(file) };
    })
    .sort((a, b) => b.raw - a.raw);
  const width = Math.max(...rows.map((r) => r.file.length), 20);
  io.out(`${'tệp'.padEnd(width)}  ${'gốc'.padStart(11)}  ${'gzip'.padStart(11)}  lần đầu`);
  for (const r of rows) io.out(`${r.file.padEnd(width)}  ${kib(r.raw).padStart(11)}  ${kib(r.gzip).padStart(11)}  ${r.first ? 'có' : ''}`);
  const first = rows.filter((r) => r.first);
  const sum = (list: typeof rows, key: 'raw' | 'gzip') => list.reduce((n, r) => n + r[key], 0);
  io.out(`${'lần mở đầu tiên, tối đa (tiếng Việt)'.padEnd(width)}  ${kib(sum(first, 'raw')).padStart(11)}  ${kib(sum(first, 'gzip')).padStart(11)}`);
  io.out(`(Tối đa: phông chữ chỉ được tải khi dùng tới. Bản dịch khác ngoài vi.json không được tính: trình duyệt chỉ tải ngôn ngữ của nó.)`);
  return 0;
}

runIfEntry(import.meta.url, main);

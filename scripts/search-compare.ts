/**
 * npm run bench:search-compare -- --data DIR --site NAME=OUT [--site NAME=OUT …] [--visits 5]
 *
 * Two or more builds of the same dataset, side by side: the fresh visit of the search page
 * for a full name (scripts/lib/search-visit.ts, as `npm run bench:search` measures it), made
 * on each build in turn, visit after visit, so that a busy machine slows every build alike.
 * For each build and query it prints the median time from opening the address to the results
 * on screen, the fastest and slowest visit, the record's rank and what the visit transferred.
 * For choosing between designs (docs/search.md); the figures to quote are bench:search's.
 *
 * --data: the content folder the builds were made from (the names are picked from it);
 * --site: a name for a build and its output folder, given once per build.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { foldDiacritics } from '../src/lib/text.ts';
import { serveStatic, type StaticServer } from '../tests/browser/serve.ts';
import { consoleIO, fail, readArguments, runIfEntry, type CliIO } from './lib/cli.ts';
import { measureFreshVisit, median, pickNames, type Measure } from './lib/search-visit.ts';

const USAGE = `Cách dùng:
  npm run bench:search-compare -- --data .bench/data-200000 --site cu=.bench/a --site moi=.bench/b [--visits 5]`;

const OPTIONS = {
  data: { type: 'string' },
  site: { type: 'string', multiple: true },
  visits: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function main(argv: string[], io: CliIO = consoleIO): Promise<number> {
  const { values } = readArguments(argv, OPTIONS, USAGE);
  if (!values.data || !existsSync(values.data)) fail(`Không thấy thư mục dữ liệu --data "${values.data ?? ''}".\n\n${USAGE}`, 2);
  const sites = (values.site ?? []).map((spec) => {
    const at = spec.indexOf('=');
    if (at < 1) fail(`--site "${spec}": cần dạng TÊN=THƯ_MỤC.\n\n${USAGE}`, 2);
    const dir = path.resolve(spec.slice(at + 1));
    if (!existsSync(path.join(dir, 'tim-kiem', 'index.html'))) fail(`--site "${spec}": không thấy trang tìm kiếm đã dựng trong ${dir}.`, 2);
    return { name: spec.slice(0, at), dir };
  });
  if (sites.length < 2) fail(`Cần ít nhất hai --site để so sánh.\n\n${USAGE}`, 2);
  const visits = Math.max(1, Number(values.visits ?? 5));
  const names = pickNames(values.data);
  const queries = names.flatMap((person) => [person.name, foldDiacritics(person.name)].map((typed) => ({ typed, person })));

  const servers: StaticServer[] = [];
  const measures = new Map<string, Measure[]>();
  try {
    for (const site of sites) servers.push(await serveStatic(site.dir, '/', { compress: true }));
    for (let visit = 0; visit < visits; visit++) {
      for (const { typed, person } of queries) {
        for (const [i, site] of sites.entries()) {
          const measure = await measureFreshVisit(servers[i]!.url, typed, person);
          const key = `${typed}\u0000${site.name}`;
          measures.set(key, [...(measures.get(key) ?? []), measure]);
        }
      }
      io.err(`lượt ${visit + 1}/${visits} xong`);
    }
  } finally {
    for (const server of servers) await server.close();
  }

  io.out(`\n${visits} lần mỗi truy vấn trên mỗi bản dựng, xen kẽ; Node ${process.version}, ${new Date().toISOString()}\n`);
  const header = ['truy vấn', ...sites.map((s) => `${s.name}: ms trung vị (thấp nhất–cao nhất), hạng, KB`)];
  io.out(`| ${header.join(' | ')} |\n|${header.map((_, i) => (i ? ' ---: ' : ' --- ')).join('|')}|`);
  const all = new Map<string, number[]>();
  for (const { typed } of queries) {
    const cells = sites.map((site) => {
      const list = measures.get(`${typed}\u0000${site.name}`) ?? [];
      const times = list.map((m) => m.ms).sort((a, b) => a - b);
      all.set(site.name, [...(all.get(site.name) ?? []), ...times]);
      const worstRank = Math.max(...list.map((m) => m.rank || Infinity));
      const kb = Math.max(...list.map((m) => m.bytes)) / 1024;
      return `${median(times).toFixed(0)} (${times[0]!.toFixed(0)}–${times.at(-1)!.toFixed(0)}), ${Number.isFinite(worstRank) ? worstRank : '–'}, ${kb.toFixed(0)}`;
    });
    io.out(`| ${typed} | ${cells.join(' | ')} |`);
  }
  const overall = sites.map((site) => `${site.name} ${median((all.get(site.name) ?? []).sort((a, b) => a - b)).toFixed(0)} ms`);
  io.out(`\nTrung vị của mọi lần: ${overall.join(', ')}.`);
  return 0;
}

runIfEntry(import.meta.url, main);

/**
 * npm run bench:portal — a national portal simulated on one machine (docs/federation.md).
 *
 * For each size of member (--records, 20,000 and 200,000 records), generates --distinct
 * members (3: different seeds and provinces) and builds each as a province builds its site,
 * under its own base path (/<province>/), then adds the files a portal reads that a member's
 * build does not write yet (its whole-name index and its summary: scripts/lib/portal/members.ts).
 * For each number of members (--members, 3, 10 and 34; beyond the distinct ones, built
 * members are reused under other provinces' addresses), it builds the portal over them from
 * their folders (--runs times, each from an empty output and cache) and serves the portal and
 * the members from one host, text compressed with gzip as static hosts do. Then, in Chromium,
 * in a fresh browser each time (--visits times), it searches a name that only one built
 * member holds:
 *
 * - as a citizen types it: the whole-name lookup, one shard of each member's name index;
 * - by words (`theo=tu`): Pagefind's multisite search over every member's two bundles.
 *
 * It prints one table (build seconds, what reading the members took, bytes, requests and
 * milliseconds to results on screen) and the issue's targets, each measured and marked met or
 * not; it exits 1 when one is missed. `--record` writes the tables into docs/federation.md.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { validateContent } from '../src/lib/content/validate.ts';
import { foldDiacritics } from '../src/lib/text.ts';
import { serveStatic } from '../tests/browser/serve.ts';
import { consoleIO, fail, readArguments, runIfEntry, type CliIO } from './lib/cli.ts';
import { namesOnlyIn } from './lib/portal/members.ts';
import { buildMembers, buildPortal, currentProvinces, hostFolder, writeMembersFile, type BuiltMember } from './lib/portal/simulate.ts';
import { measurePortalVisit, type PortalVisit } from './lib/portal/visit.ts';
import { median } from './lib/search-visit.ts';

const USAGE = `Cách dùng: npm run bench:portal -- [--records 20000,200000] [--members 3,10,34] [--distinct 3] [--runs 3] [--visits 5] [--no-build] [--dir .bench/portal] [--record]
  --records   số lượt khen của mỗi trang thành viên, mỗi cỡ một lần đo
  --members   số trang thành viên của cổng
  --distinct  số trang thành viên dựng riêng cho mỗi cỡ (các trang còn lại dùng lại chúng ở địa chỉ khác)
  --runs      số lần dựng cổng cho mỗi cấu hình (lấy trung vị)
  --visits    số lần mở trang tìm kiếm trong trình duyệt mới cho mỗi cách tìm
  --no-build  dùng lại các trang thành viên đã dựng trong --dir
  --record    ghi bảng kết quả vào docs/federation.md`;

const OPTIONS = {
  records: { type: 'string', default: '20000,200000' },
  members: { type: 'string', default: '3,10,34' },
  distinct: { type: 'string', default: '3' },
  runs: { type: 'string', default: '3' },
  visits: { type: 'string', default: '5' },
  'no-build': { type: 'boolean', default: false },
  dir: { type: 'string', default: '.bench/portal' },
  record: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The budget for a name search over 34 members, on a fresh visit. */
export const PORTAL_BUDGET = { bytes: 1_000_000, ms: 1500, buildRatio: 1.5 };

function numbers(text: string, option: string, min = 1): number[] {
  const list = text.split(',').map((s) => s.trim().replace(/[_.]/g, ''));
  if (list.some((s) => !/^\d+$/.test(s) || Number(s) < min)) fail(`--${option} phải là các số nguyên từ ${min} trở lên, cách nhau bằng dấu phẩy, đang là "${text}".`, 2);
  return list.map(Number);
}

interface Measured {
  records: number;
  members: number;
  builds: number[];
  reads: number[];
  name: PortalVisit[];
  words: PortalVisit[];
  /** The same name on the holding member's own search page, in the same conditions: a yardstick for a busy machine. */
  own: PortalVisit[];
}

const kb = (bytes: number) => (bytes / 1024).toFixed(0);
const s = (x: number) => x.toFixed(1);
const ms = (list: PortalVisit[]) => {
  const times = list.map((v) => v.ms).sort((a, b) => a - b);
  return { median: median(times), min: times[0]!, max: times[times.length - 1]! };
};
const most = (list: PortalVisit[], pick: (v: PortalVisit) => number) => Math.max(...list.map(pick));

function table(results: readonly Measured[]): string {
  const rows = results.map((r) => {
    const builds = [...r.builds].sort((a, b) => a - b);
    const n = ms(r.name);
    const w = ms(r.words);
    const o = r.own.length ? ms(r.own) : undefined;
    return [
      r.records.toLocaleString('en-US'),
      r.members,
      r.builds.map(s).join(', '),
      s(median(builds)),
      s(median([...r.reads].sort((a, b) => a - b))),
      `${kb(most(r.name, (v) => v.bytes))} (${kb(most(r.name, (v) => v.nameBytes))})`,
      most(r.name, (v) => v.requests),
      `${Math.round(n.median)} (${Math.round(n.min)}–${Math.round(n.max)})`,
      `${kb(most(r.words, (v) => v.bytes))} (${kb(most(r.words, (v) => v.pagefindBytes))})`,
      most(r.words, (v) => v.requests),
      `${Math.round(w.median)} (${Math.round(w.min)}–${Math.round(w.max)})`,
      o ? `${Math.round(o.median)} (${Math.round(o.min)}–${Math.round(o.max)})` : '',
    ].join(' | ');
  });
  return [
    '| records per member | members | portal build s (runs) | median s | reading members s | name search KB (shards) | requests | ms to results, median (range) | Pagefind merge KB (Pagefind) | requests | ms to results, median (range) | one member’s own search, ms |',
    '| ---: | ---: | --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | --- | --- |',
    ...rows.map((row) => `| ${row} |`),
  ].join('\n');
}

interface Target {
  what: string;
  measured: string;
  met: boolean;
}

function targets(results: readonly Measured[]): Target[] {
  const out: Target[] = [];
  const sizes = [...new Set(results.map((r) => r.records))].sort((a, b) => a - b);
  const counts = [...new Set(results.map((r) => r.members))];
  const medianBuild = (r: Measured) => median([...r.builds].sort((a, b) => a - b));
  // The growth of the build is checked between sizes ten times apart, as npm run bench does.
  for (const small of sizes) {
    const large = sizes.find((x) => x >= small * 10);
    if (!large) continue;
    for (const n of counts) {
      const a = results.find((r) => r.records === small && r.members === n);
      const b = results.find((r) => r.records === large && r.members === n);
      if (!a || !b) continue;
      const ratio = medianBuild(b) / medianBuild(a);
      out.push({
        what: `portal build, ${n} members: ${large.toLocaleString('en-US')} records ≤ ${PORTAL_BUDGET.buildRatio} × ${small.toLocaleString('en-US')}`,
        measured: `${s(medianBuild(b))} s / ${s(medianBuild(a))} s = ${ratio.toFixed(2)}`,
        met: ratio <= PORTAL_BUDGET.buildRatio,
      });
    }
  }
  const widest = Math.max(...counts);
  for (const r of results.filter((x) => x.members === widest)) {
    const bytes = most(r.name, (v) => v.bytes);
    const time = ms(r.name).median;
    out.push({
      what: `name search, ${r.members} members of ${r.records.toLocaleString('en-US')} records: ≤ 1 MB and ≤ 1.5 s`,
      measured: `${kb(bytes)} KB, ${Math.round(time)} ms (median of ${r.name.length})`,
      met: bytes <= PORTAL_BUDGET.bytes && time <= PORTAL_BUDGET.ms && r.name.every((v) => v.rank >= 1),
    });
    const words = most(r.words, (v) => v.bytes);
    const wordsTime = ms(r.words).median;
    out.push({
      what: `the same by Pagefind's multisite merge (for information)`,
      measured: `${kb(words)} KB, ${Math.round(wordsTime)} ms`,
      met: words <= PORTAL_BUDGET.bytes && wordsTime <= PORTAL_BUDGET.ms,
    });
  }
  return out;
}

function targetTable(list: readonly Target[]): string {
  return ['| target | measured | met |', '| --- | --- | --- |', ...list.map((t) => `| ${t.what} | ${t.measured} | ${t.met ? 'yes' : '**no**'} |`)].join('\n');
}

/** The log line the portal's build writes after reading its members: seconds. */
function readSeconds(log: string): number {
  const m = /Cổng: đọc dữ liệu của \d+\/\d+ trang thành viên trong ([\d.]+) s/.exec(log);
  return m ? Number(m[1]) : NaN;
}

export async function main(argv: string[], io: CliIO = consoleIO): Promise<number> {
  const { values } = readArguments(argv, OPTIONS, USAGE);
  const sizes = numbers(values.records, 'records', 5);
  const counts = numbers(values.members, 'members');
  const [distinct] = numbers(values.distinct, 'distinct');
  const [runs] = numbers(values.runs, 'runs');
  const [visits] = numbers(values.visits, 'visits');
  const provinces = currentProvinces();
  if (Math.max(...counts) > provinces.length) fail(`--members: cổng mô phỏng có nhiều nhất ${provinces.length} trang thành viên (các tỉnh, thành phố hiện nay).`, 2);
  if (distinct! < 2) fail('--distinct phải từ 2 trở lên: cần một tên chỉ có ở một trang thành viên.', 2);
  const dir = path.resolve(values.dir);
  const results: Measured[] = [];
  io.out(`Máy: ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, Node ${process.version}, tải hiện tại ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}.`);

  for (const records of sizes) {
    const plans = provinces.slice(0, distinct).map((p, i) => ({ id: p.id, name: p.name, province: p.id, records, seed: i + 1 }));
    const membersDir = path.join(dir, `members-${records}`);
    const built: BuiltMember[] = await buildMembers(membersDir, plans, { reuse: values['no-build'], log: io.out });
    // A person only the last built member holds, with marks (typed again without them).
    const contents = built.map((m) => validateContent(m.contentDir).content);
    const person = namesOnlyIn(contents[contents.length - 1]!, contents.slice(0, -1), 1)[0];
    if (!person) fail(`Không tìm được tên nào chỉ có ở trang ${built[built.length - 1]!.id}.`, 1);
    for (const n of counts) {
      const listed = provinces.slice(0, n).map((p, i) => ({ id: p.id, name: p.name, province: p.id, address: `/${p.id}/`, folder: built[i % distinct!]!.outDir }));
      const membersFile = path.join(dir, `portal-${records}-${n}.json`);
      writeMembersFile(membersFile, listed);
      const out = path.join(dir, `portal-${records}-${n}`);
      const cacheDir = path.join(dir, `portal-cache-${records}-${n}`);
      const builds: number[] = [];
      const reads: number[] = [];
      for (let run = 0; run < runs!; run++) {
        rmSync(out, { recursive: true, force: true });
        rmSync(cacheDir, { recursive: true, force: true });
        const result = await buildPortal({ dir, membersFile, outDir: out, cacheDir });
        if (result.code !== 0) fail(`Dựng cổng với ${n} trang thành viên ${records} lượt khen không thành công:\n${result.log.slice(-3000)}`, 1);
        builds.push(result.seconds);
        reads.push(readSeconds(result.log));
        io.out(`cổng ${n} trang × ${records} lượt khen: dựng ${s(result.seconds)} s (đọc trang thành viên ${readSeconds(result.log)} s)`);
      }
      const host = hostFolder(path.join(dir, 'host'), out, listed.map((m) => ({ id: m.id, folder: m.folder })));
      const server = await serveStatic(host, '/', { compress: true });
      const holder = listed[distinct! - 1]!.id;
      const target = `${server.origin}/${holder}/quyet-dinh/${person!.decision}/#${person!.anchor}`;
      const name: PortalVisit[] = [];
      const words: PortalVisit[] = [];
      const own: PortalVisit[] = [];
      try {
        for (let v = 0; v < visits!; v++) {
          const typed = v % 2 === 0 ? person!.name : foldDiacritics(person!.name).toLowerCase();
          name.push(await measurePortalVisit(`${server.url}toan-quoc/tim-kiem/?q=${encodeURIComponent(typed)}`, target));
          words.push(await measurePortalVisit(`${server.url}toan-quoc/tim-kiem/?q=${encodeURIComponent(typed)}&theo=tu`, target));
          // Once per size: the site's own search (Pagefind, one site), which meets 500 ms on a quiet machine.
          if (n === counts[0]) own.push(await measurePortalVisit(`${server.url}${holder}/tim-kiem/?q=${encodeURIComponent(typed)}`, target));
        }
      } finally {
        await server.close();
      }
      const last = name[name.length - 1]!;
      io.out(`  tìm "${person!.name}": ${last.status} ${kb(last.bytes)} KB, ${Math.round(last.ms)} ms; theo từ: ${words[words.length - 1]!.status} ${kb(words[words.length - 1]!.bytes)} KB, ${Math.round(words[words.length - 1]!.ms)} ms`);
      results.push({ records, members: n, builds, reads, name, words, own });
    }
  }

  const checked = targets(results);
  const report = `${table(results)}\n\n${targetTable(checked)}`;
  io.out(`\n${report}`);
  if (values.record) {
    const doc = path.resolve('docs/federation.md');
    const text = existsSync(doc) ? readFileSync(doc, 'utf8') : '';
    const start = '<!-- bench:start -->';
    const end = '<!-- bench:end -->';
    if (!text.includes(start) || !text.includes(end)) fail(`docs/federation.md: không thấy ${start} … ${end} để ghi bảng.`, 1);
    const note = `Measured with \`npm run bench:portal -- ${argv.join(' ')}\` on ${new Date().toISOString().slice(0, 10)} (${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, load ${os.loadavg()[0]!.toFixed(1)}):`;
    writeFileSync(doc, text.replace(new RegExp(`${start}[\\s\\S]*${end}`), `${start}\n${note}\n\n${report}\n${end}`));
    io.out('Đã ghi vào docs/federation.md.');
  }
  return checked.every((t) => t.met || t.what.includes('for information')) ? 0 : 1;
}

runIfEntry(import.meta.url, main);

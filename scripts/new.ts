/**
 * npm run new -- report "Tiêu đề" [--date 9/1/2023] [--province quang-ninh] [--kind "tổng kết"]
 * npm run new -- movement "Tên phong trào" [--province quang-ninh] [--date …] [--launched-by …] [--level …] [--scope …]
 * npm run new -- decision "Về việc tặng …" --province quang-ninh [--date …] [--number …] [--issuer …] [--award …] [--class …] [--type …]
 *
 * Creates the file in the content folder (CONTENT_DIR, else src/content), named after the
 * title, with every required field filled so that `npm run check:content` passes as it is,
 * and short comments on what to write. Refuses to overwrite a file unless --force.
 * Exit codes: 0 created, 1 the file exists or would not pass the check, 2 wrong use.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { AwardClass } from '../src/schemas/award.ts';
import { COMMENDATION_TYPE_LABELS, COMMENDATION_TYPES, type CommendationType } from '../src/schemas/decision.ts';
import { MOVEMENT_LEVEL_LABELS, MOVEMENT_LEVELS, type MovementLevel } from '../src/schemas/movement.ts';
import { EVENT_KIND_LABELS, EVENT_KINDS, type EventKind } from '../src/schemas/report.ts';
import { contentDir, displayPath } from '../src/lib/content/read.ts';
import { formatProblems, type ProvinceEntry } from '../src/lib/content/validate.ts';
import { formatViDate, parsePartialDate, toIso, type PartialDate } from '../src/lib/dates.ts';
import { existedAt } from '../src/lib/provinces.ts';
import { RESERVED_REPORT_SEGMENTS } from '../src/lib/reports.ts';
import { cleanText, closest, slugify } from '../src/lib/text.ts';
import { siteConfig } from '../src/site.config.ts';
import { checkBeforeWriting, findSameDecision, loadReference } from '../src/lib/import/shared/context.ts';
import { awardLookup } from '../src/lib/import/shared/awards.ts';
import { decisionFile, KIND_WORDS, movementFile, reportFile, type ScaffoldResult } from '../src/lib/import/new/scaffold.ts';
import { nameKey } from '../src/lib/import/shared/vi.ts';
import { consoleIO, fail, readArguments, runIfEntry, type CliIO } from './lib/cli.ts';

export const USAGE = `Cách dùng:
  npm run new -- report "Tiêu đề bài" [--date 9/1/2023] [--province quang-ninh] [--kind "tổng kết"]
  npm run new -- movement "Tên phong trào" [--province quang-ninh] [--date 2023-03] [--launched-by "UBND tỉnh …"] [--level tinh] [--scope "…"]
  npm run new -- decision "Về việc tặng Bằng khen …" --province quang-ninh [--date 5/1/2023] [--number "12/QĐ-UBND"]
                 [--issuer "UBND tỉnh …"] [--award bang-khen-ubnd-tinh] [--class ba] [--type "thường xuyên"]
Chung: --force ghi đè tệp đã có. Tệp được tạo trong thư mục nội dung (CONTENT_DIR, mặc định src/content).`;


const OPTIONS = {
  date: { type: 'string' },
  province: { type: 'string' },
  kind: { type: 'string' },
  summary: { type: 'string' },
  'launched-by': { type: 'string' },
  level: { type: 'string' },
  scope: { type: 'string' },
  number: { type: 'string' },
  issuer: { type: 'string' },
  award: { type: 'string' },
  class: { type: 'string' },
  type: { type: 'string' },
  force: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function main(argv: string[], io: CliIO = consoleIO): Promise<number> {
  const { values: v, positionals } = readArguments(argv, OPTIONS, USAGE);
  const kind = KIND_WORDS[slugify(positionals[0] ?? '')];
  if (!kind) fail(positionals[0] ? `Không biết loại “${positionals[0]}”: dùng report, movement hoặc decision.\n\n${USAGE}` : USAGE, 2);
  const title = cleanText(positionals.slice(1).join(' '));
  if (!title) fail(`Thiếu tiêu đề (tên) trong dấu ngoặc kép.\n\n${USAGE}`, 2);
  if (!slugify(title)) fail('Tiêu đề phải có ít nhất một chữ hoặc số để đặt tên tệp.', 2);

  const dir = contentDir(io.env);
  const ref = loadReference(dir);
  const problems: string[] = [];
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());

  function dateOption(fallback: string | undefined, exact: boolean): { text: string; date: PartialDate } | undefined {
    const raw = v.date ?? fallback;
    if (raw === undefined) return undefined;
    const r = parsePartialDate(raw, { allowUnknown: !exact });
    if (!r.ok) {
      problems.push(`--date: ${r.reason}`);
      return undefined;
    }
    if (exact && r.date.precision !== 'day') {
      problems.push('--date: quyết định cần đủ ngày, tháng, năm, ví dụ "5/1/2023"');
      return undefined;
    }
    return { text: toIso(r.date) ?? 'không rõ', date: r.date };
  }

  function provinceOption(raw: string | undefined, date: PartialDate | undefined): ProvinceEntry | undefined {
    if (!raw) return undefined;
    const byId = ref.provinces.get(raw) ?? ref.provinces.all.find((p) => nameKey(p.name) === nameKey(raw.replace(/^(tỉnh|thành phố|tp\.?)\s+/iu, '')) && (!date || existedAt(p, date)));
    if (!byId) {
      const near = closest(raw, ref.provinces.byId.keys());
      problems.push(`--province: không có tỉnh, thành phố nào là “${raw}”.${near ? ` Có phải "${near}"?` : ''}`);
      return undefined;
    }
    if (date && !existedAt(byId, date)) {
      const instead = ref.provinces.sameNameAt(byId.id, date).map((p) => `"${p.id}"`);
      problems.push(`--province: ${byId.name} (mã "${byId.id}") chưa có hoặc không còn vào ${formatViDate(date)}.${instead.length ? ` Hãy dùng ${instead.join(' hoặc ')}.` : ' Hãy ghi --date cho đúng.'}`);
      return undefined;
    }
    return byId;
  }

  function choiceOption<T extends string>(name: string, raw: string | undefined, values: readonly T[], labels: Record<T, string>): T | undefined {
    if (raw === undefined) return undefined;
    const key = slugify(raw);
    const found = values.find((x) => x === key || slugify(labels[x]) === key || slugify(labels[x]).startsWith(`${key}-`));
    if (!found) problems.push(`--${name}: chỉ nhận một trong: ${values.map((x) => `${x} (${labels[x]})`).join(', ')}`);
    return found;
  }

  let result: ScaffoldResult | undefined;
  if (kind === 'report') {
    const d = dateOption(today, false);
    const provinces = (v.province ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    const ids = provinces.map((p) => provinceOption(p, d?.date)?.id).filter((x): x is string => !!x);
    const eventKind = choiceOption<EventKind>('kind', v.kind, EVENT_KINDS, EVENT_KIND_LABELS);
    if (d && !problems.length) result = reportFile({ title, date: d.text, eventKind, provinces: ids, summary: v.summary });
    if (result && (RESERVED_REPORT_SEGMENTS as readonly string[]).includes(result.relative.replace(/^reports\/|\.mdx$/g, ''))) {
      result.relative = result.relative.replace(/\.mdx$/, '-tin.mdx');
    }
  } else if (kind === 'movement') {
    const d = dateOption(undefined, false);
    const province = provinceOption(v.province ?? siteConfig.province, d?.date);
    const level = choiceOption<MovementLevel>('level', v.level, MOVEMENT_LEVELS, MOVEMENT_LEVEL_LABELS);
    if (!problems.length) result = movementFile({ title, start: d?.text, province, launchedBy: v['launched-by'], level, scope: v.scope });
  } else {
    const d = dateOption(today, true);
    const provinceRaw = v.province ?? siteConfig.province;
    if (!provinceRaw) problems.push('--province: quyết định cần ghi tỉnh, thành phố, ví dụ --province quang-ninh');
    const province = provinceOption(provinceRaw, d?.date);
    const award = v.award ? awardLookup(ref.awards)(v.award) : ref.awards.get('bang-khen-ubnd-tinh');
    if (!award) {
      const near = closest(v.award ?? '', ref.awards.keys());
      problems.push(`--award: không có hình thức khen thưởng nào là “${v.award}”.${near ? ` Có phải "${near}"?` : ''}`);
    }
    let awardClass: AwardClass | undefined;
    if (v.class) {
      const map: Record<string, AwardClass> = { nhat: 'nhat', nhi: 'nhi', ba: 'ba', 'hang-nhat': 'nhat', 'hang-nhi': 'nhi', 'hang-ba': 'ba' };
      awardClass = map[slugify(v.class)];
      if (!awardClass) problems.push(`--class: “${v.class}” không phải hạng; ghi nhất, nhì hoặc ba`);
    }
    if (award && award.classes.length && !awardClass) problems.push(`--class: “${award.name}” có hạng; thêm --class nhất, nhì hoặc ba`);
    if (award && !award.classes.length && awardClass) problems.push(`--class: “${award.name}” không chia hạng`);
    const type = choiceOption<CommendationType>('type', v.type, COMMENDATION_TYPES, COMMENDATION_TYPE_LABELS);
    if (d && d.date.precision === 'day' && province && award && !problems.length) {
      result = decisionFile({ title, date: d.text, year: d.date.year, province, award, awardClass, number: v.number, issuer: v.issuer, type });
    }
  }
  if (problems.length || !result) fail(`${problems.join('\n')}\n\n${USAGE}`, 2);

  const target = path.join(dir, result.relative);
  if (existsSync(target) && !v.force) fail(`Đã có tệp ${displayPath(target)}; đặt tiêu đề khác hoặc thêm --force để ghi đè.`, 1);
  const found = checkBeforeWriting(dir, [{ relative: result.relative, content: result.content }]);
  if (kind === 'decision') {
    const data = JSON.parse(result.content) as { number: string; issuer: string };
    const same = findSameDecision(dir, data.number, data.issuer, target);
    if (same) found.push({ file: displayPath(target), field: 'number', message: `quyết định số ${data.number} của ${data.issuer} đã có ở tệp ${displayPath(same)}` });
  }
  if (found.length) fail(`Tệp mới chưa qua được bước kiểm tra nội dung, chưa ghi:\n${formatProblems(found)}`, 1);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, result.content);
  io.out(`Đã tạo ${displayPath(target)}.`);
  for (const note of result.notes) io.out(note);
  return 0;
}

runIfEntry(import.meta.url, main);

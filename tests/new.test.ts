/**
 * `npm run new`: a report, a movement or a decision created from a title lands in the
 * right folder under a slug of the title, and passes `npm run check:content` as it is.
 * Both tools run in-process (their `main`), and as commands where the exit code of the real
 * process is what is tested.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblems, validateContent } from '../src/lib/content/validate.ts';
import { checkBeforeWriting, loadReference } from '../src/lib/import/shared/context.ts';
import { decisionFile, movementFile, reportFile, slugOf } from '../src/lib/import/new/scaffold.ts';
import { memoryIO, run, type Main } from '../scripts/lib/cli.ts';
import { main as checkContent } from '../scripts/check-content.ts';
import { main as newFile, USAGE } from '../scripts/new.ts';
import { FIXTURE } from './helpers.ts';

const SCRIPT = path.resolve('scripts/new.ts');

const temps: string[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});
function contentCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'bang-vang-new-'));
  temps.push(dir);
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}
/** The command as a real process, with the content folder and no province of the site. */
const command = (args: string[], dir: string) =>
  spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: dir, SITE_PROVINCE: '' } });

/** A tool in-process on the content folder: its exit code and what it printed. */
async function inProcess(main: Main, args: string[], dir: string) {
  const io = memoryIO({ CONTENT_DIR: dir });
  const status = await run(main, args, io);
  return { status, stdout: io.stdout.join('\n'), stderr: io.stderr.join('\n') };
}

describe('npm run new', () => {
  it('creates a report, a movement and a decision that pass check:content as they are', async () => {
    const dir = contentCopy();
    const report = await inProcess(newFile, ['report', 'Hội nghị tổng kết thi đua năm 2024 của tỉnh'], dir);
    expect(report.stderr).toBe('');
    expect(report.status).toBe(0);
    expect(report.stdout).toMatch(/^Đã tạo .*reports\/hoi-nghi-tong-ket-thi-dua-nam-2024-cua-tinh\.mdx\.\n/);
    const movement = await inProcess(newFile, ['movement', 'Tuổi trẻ chung tay xây dựng nông thôn mới', '--province', 'Tuyên Quang'], dir);
    expect(movement.status).toBe(0);
    const decision = await inProcess(newFile, ['decision', 'Về việc tặng Bằng khen cho các tập thể, cá nhân', '--province', 'tuyen-quang', '--date', '2/8/2025'], dir);
    expect(decision.status).toBe(0);

    const files = {
      report: path.join(dir, 'reports/hoi-nghi-tong-ket-thi-dua-nam-2024-cua-tinh.mdx'),
      movement: path.join(dir, 'movements/tuoi-tre-chung-tay-xay-dung-nong-thon-moi.mdx'),
      decision: path.join(dir, 'decisions/tuyen-quang/2025/ve-viec-tang-bang-khen-cho-cac-tap-the-ca-nhan.json'),
    };
    for (const f of Object.values(files)) expect(existsSync(f), f).toBe(true);

    const check = await inProcess(checkContent, [], dir);
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
    expect(check.stdout).toMatch(/^Nội dung hợp lệ \(/);
    expect(formatProblems(validateContent(dir).problems)).toBe('');

    const mdx = readFileSync(files.report, 'utf8');
    expect(mdx).toContain('title: "Hội nghị tổng kết thi đua năm 2024 của tỉnh"');
    expect(mdx).toContain('\ndraft: true');
    expect(mdx).toMatch(/\n# Loại sự kiện: tong-ket \(tổng kết\)/);
    expect(readFileSync(files.movement, 'utf8')).toContain('launchedBy: "UBND tỉnh Tuyên Quang"');
    const json = JSON.parse(readFileSync(files.decision, 'utf8'));
    expect(json).toMatchObject({ date: '2025-08-02', province: 'tuyen-quang', issuer: 'UBND tỉnh Tuyên Quang', award: 'bang-khen-ubnd-tinh', sample: true });
    expect(decision.stdout).toContain('"sample": true làm trang ghi "dữ liệu mẫu"');
  });

  it('refuses to overwrite, and says how', async () => {
    const dir = contentCopy();
    expect((await inProcess(newFile, ['report', 'Một bài'], dir)).status).toBe(0);
    const again = await inProcess(newFile, ['report', 'Một bài'], dir);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/^Đã có tệp .*reports\/mot-bai\.mdx; đặt tiêu đề khác hoặc thêm --force để ghi đè\.$/);
    expect((await inProcess(newFile, ['report', 'Một bài', '--force'], dir)).status).toBe(0);
  });

  it('explains wrong use in Vietnamese, with the usage, and exits 2', async () => {
    const dir = contentCopy();
    const withUsage = (message: string) => `${message}\n\n${USAGE}`;
    const cases: [string[], string][] = [
      [['poster', 'Tiêu đề'], withUsage('Không biết loại “poster”: dùng report, movement hoặc decision.')],
      [['report'], withUsage('Thiếu tiêu đề (tên) trong dấu ngoặc kép.')],
      [['report', '!!!'], 'Tiêu đề phải có ít nhất một chữ hoặc số để đặt tên tệp.'],
      [
        ['decision', 'Tặng Bằng khen', '--province', 'ha-giang', '--date', '1/8/2025'],
        withUsage('--province: Hà Giang (mã "ha-giang") chưa có hoặc không còn vào 1/8/2025. Hãy ghi --date cho đúng.'),
      ],
      [
        ['decision', 'Tặng Huân chương', '--province', 'quang-ninh', '--award', 'Huân chương Lao động'],
        withUsage('--class: “Huân chương Lao động” có hạng; thêm --class nhất, nhì hoặc ba'),
      ],
      [
        ['report', 'Tin', '--kind', 'hop'],
        withUsage(
          '--kind: chỉ nhận một trong: tong-ket (tổng kết), so-ket (sơ kết), phat-dong (phát động), ky-giao-uoc (ký giao ước), ' +
            'trao-tang (trao tặng), gap-mat (gặp mặt, tri ân), dai-hoi (đại hội thi đua), tin-tuc (tin tức)',
        ),
      ],
      [['report', 'Tin', '--dat', '1/1/2024'], withUsage('Không có tùy chọn --dat. Có phải --date?')],
    ];
    for (const [args, stderr] of cases) {
      expect(await inProcess(newFile, args, dir), args.join(' ')).toEqual({ status: 2, stdout: '', stderr });
    }
  });

  it('as a command, exits 2 when a decision names no province and the site has none', () => {
    const noProvince = command(['decision', 'Về việc tặng Giấy khen'], contentCopy());
    expect(noProvince.status).toBe(2);
    expect(noProvince.stdout).toBe('');
    expect(noProvince.stderr).toBe(`--province: quyết định cần ghi tỉnh, thành phố, ví dụ --province quang-ninh\n\n${USAGE}\n`);
  });
});

describe('the templates', () => {
  const ref = loadReference(FIXTURE);
  const check = (r: { relative: string; content: string }) => formatProblems(checkBeforeWriting(FIXTURE, [r]));

  it('are valid with every option the command takes', () => {
    expect(check(reportFile({ title: 'Tin', date: 'không rõ' }))).toBe('');
    expect(check(reportFile({ title: 'Tin', date: '2023-03', eventKind: 'ky-giao-uoc', provinces: ['ha-giang'], summary: 'Tóm tắt.' }))).toBe('');
    expect(check(movementFile({ title: 'Phong trào' }))).toBe('');
    expect(check(movementFile({ title: 'Phong trào', start: '2023-03-01', province: ref.provinces.get('ha-giang'), level: 'xa', scope: 'các thôn' }))).toBe('');
    for (const [id, awardClass] of [['co-thi-dua-ubnd-tinh'], ['huan-chuong-lao-dong', 'nhi'], ['gia-dinh-van-hoa']] as const) {
      const r = decisionFile({ title: `Về việc tặng ${id}`, date: '2024-05-06', year: 2024, province: ref.provinces.get('quang-ninh')!, award: ref.awards.get(id)!, awardClass });
      expect(check(r), id).toBe('');
    }
  });

  it('name the file after the title, at most 80 characters, cut between words', () => {
    expect(slugOf('Đại hội Thi đua yêu nước tỉnh Quảng Ninh lần thứ VI')).toBe('dai-hoi-thi-dua-yeu-nuoc-tinh-quang-ninh-lan-thu-vi');
    const long = slugOf('Tổng kết thi đua, khen thưởng năm 2024 và phát động phong trào thi đua năm 2025 của các sở, ban, ngành tỉnh');
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long).toMatch(/^tong-ket-thi-dua.*[a-z0-9]$/);
  });
});

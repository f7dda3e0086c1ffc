/**
 * The checks that depend on the day of the build, and the variants of the bad-content
 * cases that share their rule: the day is given to the validator (or as BUILD_DATE to
 * check:content), so these results do not change with the calendar.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validateContent } from '../src/lib/content/validate.ts';
import type { Day } from '../src/lib/dates.ts';
import { cleanEnv } from './build-site.ts';
import { CLUSTER, DECISION, DECISION_2, FIGURE, HONOREE, LOCAL_AWARDS, localAward, MOVEMENT, REPORT } from './bad-content.ts';
import { copyFixture, editJson, FIXTURE, replaceIn } from './helpers.ts';

const day = (year: number, month: number, d: number): Day => ({ precision: 'day', year, month, day: d });
/** The day after the fixture's last dated fact (decision of 2/9/2025). */
const LATER = day(2026, 1, 10);

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

/** Problems of the fixture after a change, checked against `today`, as "file: field: message". */
function problems(change: (dir: string) => void, today: Day = LATER): string[] {
  const copy = copyFixture();
  cleanup = copy.cleanup;
  change(copy.dir);
  return validateContent(copy.dir, { today }).problems.map(
    (p) => `${path.relative(copy.dir, path.resolve(p.file)).split(path.sep).join('/')}: ${p.field}: ${p.message}`,
  );
}

describe('the day of the build', () => {
  it('accepts a decision signed that very day, and refuses it the day before', () => {
    expect(problems(() => {}, day(2025, 9, 2))).toEqual([]);
    expect(problems(() => {}, day(2025, 9, 1))).toEqual([
      `${DECISION_2}: date: 2/9/2025 chưa tới (hôm nay là 1/9/2025): quyết định không thể được ký vào ngày chưa tới; hãy kiểm tra lại`,
    ]);
  });

  it('is BUILD_DATE for check:content, and a BUILD_DATE that is not a day is reported', () => {
    const run = (BUILD_DATE: string) =>
      spawnSync(process.execPath, ['scripts/check-content.ts'], { env: { ...cleanEnv(), CONTENT_DIR: FIXTURE, BUILD_DATE }, encoding: 'utf8' });
    const before = run('2025-09-01');
    expect(before.status).toBe(1);
    expect(before.stderr).toContain(`${DECISION_2}: date: 2/9/2025 chưa tới (hôm nay là 1/9/2025)`);
    expect(run('2/9/2025').status).toBe(0);
    const wrong = run('2025-13-01');
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain('(biến môi trường): BUILD_DATE: "2025-13-01" không phải một ngày đủ ngày, tháng, năm; hãy viết "2026-12-04" hoặc "4/12/2026"');
  });

  it('refuses a launch, an update, a pact and figures dated after it, each saying why', () => {
    expect(
      problems((dir) => {
        writeFileSync(
          path.join(dir, 'movements/phong-trao-sap-toi.mdx'),
          '---\nname: "Phong trào sắp tới"\nlaunchedBy: "UBND tỉnh Tuyên Quang"\nlevel: "tỉnh"\nscope: "toàn tỉnh"\nperiod:\n  start: "3/2026"\n---\n',
        );
        replaceIn(path.join(dir, HONOREE), 'exemplar: true', 'exemplar: true\nupdated: "2026-01-11"');
        writeFileSync(
          path.join(dir, 'clusters/khoi-sap-toi.json'),
          JSON.stringify({
            name: 'Khối thi đua các sở', kind: 'khối', level: 'tỉnh', organiser: 'Hội đồng Thi đua – Khen thưởng tỉnh', memberKind: 'cơ quan',
            years: [{ year: 2026, members: ['Sở Nội vụ', 'Sở Tài chính'], pactDate: '2026-02-01' }],
          }),
        );
        editJson(path.join(dir, FIGURE), (f) => {
          // Quảng Ninh, unchanged by the 2025 merger, existed over the whole period.
          f.province = 'quang-ninh';
          f.period = { from: '1/2022', to: '2/2026' };
        });
      }),
    ).toEqual([
      'movements/phong-trao-sap-toi.mdx: period.start: tháng 3/2026 chưa tới (hôm nay là 10/1/2026): phong trào chưa thể được phát động vào thời gian chưa tới; hãy kiểm tra lại',
      `${HONOREE}: updated: 11/1/2026 chưa tới (hôm nay là 10/1/2026): hồ sơ không thể được cập nhật vào ngày chưa tới; hãy kiểm tra lại`,
      'clusters/khoi-sap-toi.json: years[0].pactDate: 1/2/2026 chưa tới (hôm nay là 10/1/2026): giao ước không thể được ký vào ngày chưa tới; hãy kiểm tra lại',
      `${FIGURE}: period.to: tháng 2/2026 chưa tới (hôm nay là 10/1/2026): chưa thể có số liệu của thời gian chưa tới; hãy kiểm tra lại`,
    ]);
  });

  it('lets a draft carry a date to come, and a cluster record next year', () => {
    expect(
      problems((dir) => {
        const file = path.join(dir, REPORT);
        replaceIn(file, 'date: "15/1/2023"', 'date: "20/1/2026"\ndraft: true');
        replaceIn(file, 'provinces: ["ha-giang", "tuyen-quang-truoc-2025"]', 'provinces: ["tuyen-quang"]');
        editJson(path.join(dir, CLUSTER), (c) => {
          c.years.push({ year: 2027, members: ['tuyen-quang', 'lao-cai'] });
        });
      }),
    ).toEqual([]);
  });
});

describe('variants of the bad-content cases', () => {
  it('orders the dates of a local award', () => {
    expect(
      problems((dir) => writeFileSync(path.join(dir, LOCAL_AWARDS), JSON.stringify([localAward({ validFrom: '2020-01-01', validUntil: '2019-12-31' })]))),
    ).toEqual([`${LOCAL_AWARDS}: ky-niem-chuong-ha-giang.validUntil: kết thúc (31/12/2019) trước khi bắt đầu (1/1/2020)`]);
  });

  it('names the award of a local list whose field is wrong', () => {
    expect(problems((dir) => writeFileSync(path.join(dir, LOCAL_AWARDS), JSON.stringify([localAward({ precedence: 0 })])))).toEqual([
      `${LOCAL_AWARDS}: ky-niem-chuong-ha-giang.precedence: phải lớn hơn 0`,
    ]);
  });

  it('finds a loop of parent movements through another movement', () => {
    expect(
      problems((dir) => {
        replaceIn(path.join(dir, MOVEMENT), 'level: "tỉnh"', 'level: "tỉnh"\nparent: "phong-trao-con"');
        writeFileSync(
          path.join(dir, 'movements/phong-trao-con.mdx'),
          '---\nname: "Phong trào con"\nlaunchedBy: "UBND tỉnh Hà Giang"\nlevel: "tỉnh"\nscope: "toàn tỉnh"\nparent: "phong-trao-thu-nghiem"\nperiod:\n  start: "3/2022"\n---\n',
        );
      }),
    ).toEqual([
      'movements/phong-trao-con.mdx: parent: phong trào cha lặp vòng: "phong-trao-con" → "phong-trao-thu-nghiem" → "phong-trao-con"; hãy bỏ "parent" ở một trong các phong trào này',
      `${MOVEMENT}: parent: phong trào cha lặp vòng: "phong-trao-thu-nghiem" → "phong-trao-con" → "phong-trao-thu-nghiem"; hãy bỏ "parent" ở một trong các phong trào này`,
    ]);
  });

  it('reports figures starting after today once, not also as after their report', () => {
    expect(
      problems((dir) =>
        editJson(path.join(dir, FIGURE), (f) => {
          f.period = { asOf: '2027-01-01' };
          f.province = 'tuyen-quang';
        }),
      ),
    ).toEqual([`${FIGURE}: period.asOf: 1/1/2027 chưa tới (hôm nay là 10/1/2026): chưa thể có số liệu của thời gian chưa tới; hãy kiểm tra lại`]);
  });

  it('accepts a given name of two words, an achievement year before the decision, and a number with its own year', () => {
    expect(
      problems((dir) =>
        editJson(path.join(dir, DECISION), (d) => {
          d.records[4].name = 'Phạm Bình Minh';
          d.records[4].givenName = 'Bình Minh';
          d.achievementYear = 2021;
          d.number = '15/2022/QĐ-UBND';
        }),
      ),
    ).toEqual([]);
  });

  it('refuses a percentage part of a count, and a khối whose head is also its deputy, in their own words', () => {
    expect(
      problems((dir) => {
        editJson(path.join(dir, FIGURE), (f) => {
          f.values[1] = { key: 'ty-le', label: 'Tỷ lệ khen đột xuất', kind: 'phần trăm', value: 25, partOf: 'tap-the' };
        });
        writeFileSync(
          path.join(dir, 'clusters/khoi-so.json'),
          JSON.stringify({
            name: 'Khối các sở', kind: 'khối', level: 'tỉnh', organiser: 'Hội đồng Thi đua – Khen thưởng tỉnh', memberKind: 'cơ quan',
            years: [{ year: 2023, members: ['Sở Nội vụ', 'Sở Tài chính'], leader: 'Sở Nội vụ', deputy: 'Sở Nội vụ' }],
          }),
        );
      }),
    ).toEqual([
      'clusters/khoi-so.json: years[0].deputy: "Sở Nội vụ" là khối trưởng năm 2023; khối phó phải là một thành viên khác',
      `${FIGURE}: values[1].partOf: "Tỷ lệ khen đột xuất" (phần trăm) không thể là phần của "Tập thể được khen" (số lượng, tập thể): khác loại hoặc khác đơn vị`,
    ]);
  });
});

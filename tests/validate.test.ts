/**
 * The whole-directory checks: every acceptance case of bad content fails with a
 * message naming the file and the field, and good content passes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import path from 'node:path';
import { formatProblems, validateContent } from '../src/lib/content/validate.ts';
import { copyFixture, editJson, FIXTURE, replaceIn } from './helpers.ts';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function broken(change: (dir: string) => void): string[] {
  const copy = copyFixture();
  cleanup = copy.cleanup;
  change(copy.dir);
  const { problems } = validateContent(copy.dir);
  // Report paths relative to the copy, as an author working in that folder would see them.
  return problems.map((p) => `${path.relative(copy.dir, path.resolve(p.file)).split(path.sep).join('/')}: ${p.field}: ${p.message}`);
}

const REPORT = 'reports/hoi-nghi-cum-bien-gioi.mdx';
const DECISION = 'decisions/ha-giang/2022/qd-thu-nghiem-1.json';
const CLUSTER = 'clusters/cum-thu-nghiem.json';

describe('the fixture content', () => {
  it('is valid, and every record is read', () => {
    const { problems, content } = validateContent(FIXTURE);
    expect(formatProblems(problems)).toBe('');
    expect(content.reports.map((r) => r.id)).toEqual(['hoi-nghi-cum-bien-gioi']);
    expect(content.decisions.map((d) => d.id).sort()).toEqual(['ha-giang/2022/qd-thu-nghiem-1', 'tuyen-quang/2025/qd-thu-nghiem-2']);
    expect(content.decisions.reduce((n, d) => n + d.data.records.length, 0)).toBe(7);
  });
});

describe('bad content is refused with file and field', () => {
  it('a report naming an unknown province, with a suggestion', () => {
    expect(broken((dir) => replaceIn(path.join(dir, REPORT), '"ha-giang", "tuyen', '"ha-giag", "tuyen'))).toEqual([
      `${REPORT}: provinces[0]: không có tỉnh, thành phố nào mã "ha-giag". Có phải "ha-giang"?`,
    ]);
  });
  it('a report naming an unknown movement', () => {
    expect(broken((dir) => replaceIn(path.join(dir, REPORT), '["phong-trao-thu-nghiem"]', '["xyz-khong-ton-tai-abc"]'))).toEqual([
      `${REPORT}: movements[0]: không có phong trào nào mã "xyz-khong-ton-tai-abc".`,
    ]);
  });
  it('a report naming an unknown award', () => {
    expect(broken((dir) => replaceIn(path.join(dir, REPORT), 'award: "bang-khen-ubnd-tinh"', 'award: "bang-khen-ubnd-tin"'))).toEqual([
      `${REPORT}: honours[0].award: không có hình thức khen thưởng nào mã "bang-khen-ubnd-tin". Có phải "bang-khen-ubnd-tinh"?`,
    ]);
  });
  it('a collective given an award only individuals can receive', () => {
    const messages = broken((dir) =>
      editJson(path.join(dir, DECISION), (d) => {
        d.records[0].award = 'chien-si-thi-dua-co-so';
      }),
    );
    expect(messages).toEqual([
      `${DECISION}: records[0].kind: Tổ xung kích thôn Lũng Cú là tập thể, nhưng "Chiến sĩ thi đua cơ sở" chỉ tặng cho cá nhân.`,
    ]);
  });
  it('a cluster member that did not exist that year (the post-2025 Tuyên Quang in 2022)', () => {
    const messages = broken((dir) =>
      editJson(path.join(dir, CLUSTER), (c) => {
        c.years[0].members[1] = 'tuyen-quang';
        c.years[0].results[2].member = 'tuyen-quang';
      }),
    );
    expect(messages).toEqual([
      `${CLUSTER}: years[0].members[1]: Tuyên Quang (mã "tuyen-quang", tồn tại từ 1/7/2025) chưa có hoặc không còn vào năm 2022. Vào thời điểm đó hãy dùng "tuyen-quang-truoc-2025".`,
    ]);
  });
  it('an impossible date (31/02/2023)', () => {
    expect(broken((dir) => replaceIn(path.join(dir, REPORT), 'date: "15/1/2023"', 'date: "31/02/2023"'))).toEqual([
      `${REPORT}: date: ngày 31/2/2023 không có thật (tháng 2/2023 chỉ có 28 ngày)`,
    ]);
  });
  it('an impossible date written bare in YAML, which YAML itself would roll over to March', () => {
    expect(broken((dir) => replaceIn(path.join(dir, REPORT), 'date: "15/1/2023"', 'date: 2023-02-31'))).toEqual([
      `${REPORT}: date: ngày 31/2/2023 không có thật (tháng 2/2023 chỉ có 28 ngày)`,
    ]);
  });
  it('two decisions with the same number and issuer', () => {
    const messages = broken((dir) =>
      editJson(path.join(dir, 'decisions/tuyen-quang/2025/qd-thu-nghiem-2.json'), (d) => {
        d.number = 'T-01/QĐ-UBND';
        d.issuer = 'UBND tỉnh Hà Giang';
        d.province = 'ha-giang';
        d.date = '2022-12-21';
      }),
    );
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(
      /^decisions\/tuyen-quang\/2025\/qd-thu-nghiem-2\.json: number: quyết định số T-01\/QĐ-UBND của UBND tỉnh Hà Giang đã có ở tệp .*decisions\/ha-giang\/2022\/qd-thu-nghiem-1\.json; mỗi quyết định chỉ nhập một lần$/,
    );
  });
  it('a decision dated before its province existed', () => {
    expect(
      broken((dir) =>
        editJson(path.join(dir, 'decisions/tuyen-quang/2025/qd-thu-nghiem-2.json'), (d) => {
          d.date = '2025-06-02';
        }),
      ),
    ).toEqual([
      'decisions/tuyen-quang/2025/qd-thu-nghiem-2.json: province: Tuyên Quang (mã "tuyen-quang", tồn tại từ 1/7/2025) chưa có hoặc không còn vào 2/6/2025. Vào thời điểm đó hãy dùng "tuyen-quang-truoc-2025".',
    ]);
  });
  it('an award class that the award does not have, and a missing class', () => {
    expect(
      broken((dir) =>
        editJson(path.join(dir, DECISION), (d) => {
          d.records[1].awardClass = 'nhat';
          d.records[2].award = 'huan-chuong-lao-dong';
        }),
      ),
    ).toEqual([
      `${DECISION}: records[1].awardClass: "Bằng khen của Chủ tịch UBND tỉnh" không có hạng Nhất.`,
      `${DECISION}: records[2].awardClass: "Huân chương Lao động" có hạng (hạng Nhất, hạng Nhì, hạng Ba); cần ghi hạng.`,
    ]);
  });
  it('a leader who is not a member, and a broken JSON file, reported together', () => {
    const messages = broken((dir) => {
      editJson(path.join(dir, CLUSTER), (c) => {
        c.years[0].leader = 'nghe-an';
      });
      replaceIn(path.join(dir, 'decisions/tuyen-quang/2025/qd-thu-nghiem-2.json'), '"stt": 2,', '"stt": 2');
    });
    expect(messages).toEqual([
      'decisions/tuyen-quang/2025/qd-thu-nghiem-2.json: (cả tệp): tệp JSON viết sai cú pháp (dòng 20): kiểm tra dấu phẩy, ngoặc và dấu ngoặc kép',
      `${CLUSTER}: years[0].leader: "nghe-an" không có trong danh sách thành viên năm 2022 (members)`,
    ]);
  });
});

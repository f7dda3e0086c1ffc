/**
 * The whole-directory checks: every acceptance case of bad content fails with a
 * message naming the file and the field, and good content passes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import path from 'node:path';
import { formatProblems, validateContent } from '../src/lib/content/validate.ts';
import { copyFixture, editJson, FIXTURE, replaceIn } from './helpers.ts';
import { BAD_CASES, CLUSTER, DECISION, DECISION_2 } from './bad-content.ts';

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
  for (const bad of BAD_CASES) {
    it(bad.name, () => {
      const messages = broken(bad.change);
      expect(messages).toHaveLength(1);
      if (bad.expected.endsWith(' ')) expect(messages[0]!.startsWith(bad.expected), messages[0]).toBe(true);
      else expect(messages[0]).toBe(bad.expected);
    });
  }
  it('names the first file of a duplicated decision', () => {
    expect(broken(BAD_CASES.find((c) => c.name.startsWith('two decisions'))!.change)[0]).toMatch(/đã có ở tệp .*decisions\/ha-giang\/2022\/qd-thu-nghiem-1\.json; mỗi quyết định chỉ nhập một lần$/);
  });
  it('a decision dated before its province existed', () => {
    expect(
      broken((dir) =>
        editJson(path.join(dir, DECISION_2), (d) => {
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
      replaceIn(path.join(dir, DECISION_2), '"stt": 2,', '"stt": 2');
    });
    expect(messages).toEqual([
      'decisions/tuyen-quang/2025/qd-thu-nghiem-2.json: (cả tệp): tệp JSON viết sai cú pháp (dòng 20): kiểm tra dấu phẩy, ngoặc và dấu ngoặc kép',
      `${CLUSTER}: years[0].leader: "nghe-an" không có trong danh sách thành viên năm 2022 (members)`,
    ]);
  });
});

/**
 * The kinds of bad content the build must refuse, each as one change to the small
 * fixture and the line ("file: field: message") the author must then read.
 * Shared by the validator test and the build test, so both check the same cases.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { validateContent } from '../src/lib/content/validate.ts';
import { buildDay, formatViDate } from '../src/lib/dates.ts';
import { copyFixture, editJson, replaceIn } from './helpers.ts';

export const REPORT = 'reports/hoi-nghi-cum-bien-gioi.mdx';
export const DECISION = 'decisions/ha-giang/2022/qd-thu-nghiem-1.json';
export const DECISION_2 = 'decisions/tuyen-quang/2025/qd-thu-nghiem-2.json';
export const CLUSTER = 'clusters/cum-thu-nghiem.json';
export const FIGURE = 'figures/ha-giang-khen-thuong-2022.json';
export const MOVEMENT = 'movements/phong-trao-thu-nghiem.mdx';
export const HONOREE = 'honorees/nguoi-thu-nghiem.mdx';
/** A content folder's own awards, beside the law's. */
export const LOCAL_AWARDS = 'awards.json';

/**
 * The day the checks take as today, as the builds and check:content these cases run in
 * will (they inherit BUILD_DATE when it is set). Dates "in the future" below are typed
 * years such as 2202 for 2022, far enough ahead to stay in the future.
 */
const today = buildDay();
if (!today.ok) throw new Error(today.reason);
export const TODAY = formatViDate(today.day);

/** A province's own commemorative medal, as a content folder's awards.json would add it. */
export const localAward = (extra: Record<string, unknown>) => ({
  id: 'ky-niem-chuong-ha-giang',
  name: 'Kỷ niệm chương Vì sự nghiệp xây dựng tỉnh Hà Giang',
  category: 'kỷ niệm chương',
  level: 'bo-nganh-tinh',
  precedence: 60,
  conferredBy: 'Chủ tịch UBND tỉnh Hà Giang',
  recipients: ['cá nhân'],
  ...extra,
});

export interface BadCase {
  name: string;
  change: (dir: string) => void;
  /** The whole line, or its start when the message ends with a path that depends on where the content lives. */
  expected: string;
}

export const BAD_CASES: BadCase[] = [
  {
    name: 'a report naming an unknown province, with a suggestion',
    change: (dir) => replaceIn(path.join(dir, REPORT), '"ha-giang", "tuyen', '"ha-giag", "tuyen'),
    expected: `${REPORT}: provinces[0]: không có tỉnh, thành phố nào mã "ha-giag". Có phải "ha-giang"?`,
  },
  {
    name: 'a report naming an unknown movement',
    change: (dir) => replaceIn(path.join(dir, REPORT), '["phong-trao-thu-nghiem"]', '["xyz-khong-ton-tai-abc"]'),
    expected: `${REPORT}: movements[0]: không có phong trào nào mã "xyz-khong-ton-tai-abc".`,
  },
  {
    name: 'a report naming an unknown award',
    change: (dir) => replaceIn(path.join(dir, REPORT), 'award: "bang-khen-ubnd-tinh"', 'award: "bang-khen-ubnd-tin"'),
    expected: `${REPORT}: honours[0].award: không có hình thức khen thưởng nào mã "bang-khen-ubnd-tin". Có phải "bang-khen-ubnd-tinh"?`,
  },
  {
    name: 'a collective given an award only individuals can receive',
    change: (dir) =>
      editJson(path.join(dir, DECISION), (d) => {
        d.records[0].award = 'chien-si-thi-dua-co-so';
      }),
    expected: `${DECISION}: records[0].kind: Tổ xung kích thôn Lũng Cú là tập thể, nhưng "Chiến sĩ thi đua cơ sở" chỉ tặng cho cá nhân.`,
  },
  {
    name: 'a cluster member that did not exist that year (the post-2025 Tuyên Quang in 2022)',
    change: (dir) =>
      editJson(path.join(dir, CLUSTER), (c) => {
        c.years[0].members[1] = 'tuyen-quang';
        c.years[0].results[2].member = 'tuyen-quang';
      }),
    expected: `${CLUSTER}: years[0].members[1]: Tuyên Quang (mã "tuyen-quang", tồn tại từ 1/7/2025) chưa có hoặc không còn vào năm 2022. Vào thời điểm đó hãy dùng "tuyen-quang-truoc-2025".`,
  },
  {
    name: 'an impossible date (31/02/2023)',
    change: (dir) => replaceIn(path.join(dir, REPORT), 'date: "15/1/2023"', 'date: "31/02/2023"'),
    expected: `${REPORT}: date: ngày 31/2/2023 không có thật (tháng 2/2023 chỉ có 28 ngày)`,
  },
  {
    name: 'an impossible date written bare in YAML, which YAML itself would roll over to March',
    change: (dir) => replaceIn(path.join(dir, REPORT), 'date: "15/1/2023"', 'date: 2023-02-31'),
    expected: `${REPORT}: date: ngày 31/2/2023 không có thật (tháng 2/2023 chỉ có 28 ngày)`,
  },
  {
    name: 'two decisions with the same number and issuer',
    change: (dir) =>
      editJson(path.join(dir, DECISION_2), (d) => {
        d.number = 'T-01/QĐ-UBND';
        d.issuer = 'UBND tỉnh Hà Giang';
        d.province = 'ha-giang';
        d.date = '2022-12-21';
      }),
    expected: `${DECISION_2}: number: quyết định số T-01/QĐ-UBND của UBND tỉnh Hà Giang đã có ở tệp `,
  },
  {
    name: 'a figure about a province that did not exist in its period',
    change: (dir) =>
      editJson(path.join(dir, FIGURE), (f) => {
        f.province = 'tuyen-quang';
      }),
    expected: `${FIGURE}: province: Tuyên Quang (mã "tuyen-quang", tồn tại từ 1/7/2025) chưa có hoặc không còn vào tháng 1/2022. Vào thời điểm đó hãy dùng "tuyen-quang-truoc-2025".`,
  },
  {
    name: 'a figure whose period does not exist',
    change: (dir) =>
      editJson(path.join(dir, FIGURE), (f) => {
        f.period.to = '13/2022';
      }),
    expected: `${FIGURE}: period.to: tháng 13 không có thật (tháng phải từ 1 đến 12)`,
  },
  {
    name: 'a part larger than its whole',
    change: (dir) =>
      editJson(path.join(dir, FIGURE), (f) => {
        f.values[1].value = 30;
      }),
    expected: `${FIGURE}: values[1].value: phần (30) lớn hơn tổng của nó "Tập thể được khen" (12)`,
  },

  // Addresses: only http: and https:, written in full.
  {
    name: 'a source address that would run code in the reader\'s browser (javascript:)',
    change: (dir) =>
      replaceIn(path.join(dir, REPORT), 'authors: ["Ban biên tập thử nghiệm"]', 'authors: ["Ban biên tập thử nghiệm"]\nsource:\n  publisher: "Báo thử nghiệm"\n  url: "javascript:alert(1)"'),
    expected: `${REPORT}: source.url: địa chỉ bắt đầu bằng "javascript:" không được nhận: chỉ nhận địa chỉ trang web bắt đầu bằng https:// hoặc http://`,
  },
  {
    name: 'a source address without its https://',
    change: (dir) =>
      editJson(path.join(dir, DECISION), (d) => {
        d.source = { publisher: 'Cổng thông tin điện tử tỉnh Hà Giang', url: 'hagiang.gov.vn/qd-t-01' };
      }),
    expected: `${DECISION}: source.url: phải là một địa chỉ web đầy đủ, bắt đầu bằng https://`,
  },
  {
    name: 'a source address whose host name lacks its domain',
    change: (dir) =>
      editJson(path.join(dir, DECISION), (d) => {
        d.source = { publisher: 'Cổng thông tin điện tử tỉnh Hà Giang', url: 'https://hagiang/qd-t-01' };
      }),
    expected: `${DECISION}: source.url: địa chỉ "https://hagiang/qd-t-01" thiếu tên miền đầy đủ, ví dụ https://nghean.gov.vn/…`,
  },
  // Dates that cannot be right for what they date.
  {
    name: 'a decision dated before 2/9/1945 (1922 typed for 2022)',
    change: (dir) =>
      editJson(path.join(dir, DECISION), (d) => {
        d.date = '1922-12-20';
      }),
    expected: `${DECISION}: date: 20/12/1922 là trước ngày 2/9/1945, ngày nước Việt Nam Dân chủ Cộng hòa ra đời; trước đó chưa có thi đua, khen thưởng của Nhà nước, nên hãy kiểm tra lại năm`,
  },
  {
    name: 'a decision signed after the day of the build (2202 typed for 2022)',
    change: (dir) =>
      editJson(path.join(dir, DECISION_2), (d) => {
        d.date = '2202-09-02';
      }),
    expected: `${DECISION_2}: date: 2/9/2202 chưa tới (hôm nay là ${TODAY}): quyết định không thể được ký vào ngày chưa tới; hãy kiểm tra lại`,
  },
  {
    name: 'a published report dated after the day of the build',
    change: (dir) => {
      const file = path.join(dir, REPORT);
      replaceIn(file, 'date: "15/1/2023"', 'date: "15/1/2202"');
      // Provinces as they are now, so that the date is the only mistake.
      replaceIn(file, 'provinces: ["ha-giang", "tuyen-quang-truoc-2025"]', 'provinces: ["tuyen-quang"]');
    },
    expected: `${REPORT}: date: 15/1/2202 chưa tới (hôm nay là ${TODAY}): bài đã đăng không thể mang ngày chưa tới (bài chưa đăng thì ghi draft: true); hãy kiểm tra lại`,
  },
  {
    name: 'a cluster year more than a year after the build',
    change: (dir) =>
      writeFileSync(
        path.join(dir, 'clusters/khoi-thu-nghiem.json'),
        JSON.stringify({
          name: 'Khối thi đua thử nghiệm các sở',
          kind: 'khối',
          level: 'tỉnh',
          organiser: 'Hội đồng Thi đua – Khen thưởng tỉnh Hà Giang',
          province: 'ha-giang',
          memberKind: 'cơ quan',
          years: [{ year: 2202, members: ['Sở Nội vụ', 'Sở Tài chính'] }],
        }),
      ),
    expected: `clusters/khoi-thu-nghiem.json: years[0].year: năm 2202 chưa tới (hôm nay là ${TODAY}): chỉ ghi được đến năm thi đua ${today.day.year + 1}; hãy kiểm tra lại`,
  },
  {
    name: 'a cluster year of five digits',
    change: (dir) =>
      editJson(path.join(dir, CLUSTER), (c) => {
        c.years[0].year = 20222;
      }),
    expected: `${CLUSTER}: years[0].year: năm 20222 không có thật: năm viết bằng 4 chữ số, ví dụ 2023`,
  },
  {
    name: 'an achievement year after the decision that rewards it',
    change: (dir) =>
      editJson(path.join(dir, DECISION), (d) => {
        d.achievementYear = 2023;
      }),
    expected: `${DECISION}: achievementYear: năm thành tích 2023 ở sau năm 2022, năm ký quyết định: không thể khen thành tích của năm chưa tới; hãy kiểm tra lại`,
  },
  {
    name: 'a day and month written the other way round (1/15/2023)',
    change: (dir) => replaceIn(path.join(dir, REPORT), 'date: "15/1/2023"', 'date: "1/15/2023"'),
    expected: `${REPORT}: date: tháng 15 không có thật (tháng phải từ 1 đến 12); ngày viết trước tháng, có phải ngày 15/1/2023?`,
  },
  // Ranges and dates that must agree with each other.
  {
    name: 'a movement that ends before it starts',
    change: (dir) => replaceIn(path.join(dir, MOVEMENT), 'start: "3/2022"', 'start: "3/2022"\n  end: "2/2022"'),
    expected: `${MOVEMENT}: period.end: kết thúc (tháng 2/2022) trước khi bắt đầu (tháng 3/2022)`,
  },
  {
    name: 'a pact dated in the year after its emulation year',
    change: (dir) =>
      editJson(path.join(dir, CLUSTER), (c) => {
        c.years[0].pactDate = '2023-03-10';
      }),
    expected: `${CLUSTER}: years[0].pactDate: ngày ký giao ước 10/3/2023 không khớp năm thi đua 2022: giao ước của một năm được ký trong năm đó hoặc năm trước; hãy kiểm tra lại ngày hoặc năm`,
  },
  {
    name: 'a report presenting awards of a decision signed after it',
    change: (dir) => replaceIn(path.join(dir, REPORT), 'date: "15/1/2023"', 'date: "15/12/2022"'),
    expected: `${REPORT}: honours[0].decision: quyết định "ha-giang/2022/qd-thu-nghiem-1" ký ngày 20/12/2022, sau ngày của bài (15/12/2022): không thể trao tặng theo quyết định chưa ký; hãy kiểm tra lại ngày của bài hoặc mã quyết định`,
  },
  {
    name: 'a decision signed before the movement it rewards started',
    change: (dir) => replaceIn(path.join(dir, MOVEMENT), 'start: "3/2022"', 'start: "3/2023"'),
    expected: `${DECISION}: movement: quyết định ký ngày 20/12/2022, trước khi phong trào "Thi đua thử nghiệm vì bản làng sạch đẹp" bắt đầu (tháng 3/2023); hãy kiểm tra lại ngày hoặc mã phong trào`,
  },
  {
    name: 'figures for a period after the report that gives them',
    change: (dir) =>
      editJson(path.join(dir, FIGURE), (f) => {
        f.period = { from: '2/2023', to: '6/2023' };
      }),
    expected: `${FIGURE}: period.from: số liệu tính từ tháng 2/2023, sau ngày của bài nguồn "hoi-nghi-cum-bien-gioi" (15/1/2023): bài viết không thể nêu số liệu của thời gian sau nó; hãy kiểm tra lại`,
  },
  {
    name: 'figures both as of a date and over a span',
    change: (dir) =>
      editJson(path.join(dir, FIGURE), (f) => {
        f.period.asOf = '30/6/2022';
      }),
    expected: `${FIGURE}: period.asOf: ghi "asOf" cho một thời điểm hoặc "from", "to" cho một khoảng, không ghi cả hai`,
  },
  // Names and lists.
  {
    name: 'a name that is only digits',
    change: (dir) =>
      editJson(path.join(dir, DECISION), (d) => {
        d.records[1].name = '12345';
      }),
    expected: `${DECISION}: records[1].name: "12345" không phải là tên: tên phải có chữ cái`,
  },
  {
    name: 'a name of blanks only',
    change: (dir) =>
      editJson(path.join(dir, DECISION), (d) => {
        d.records[2].name = '   ';
      }),
    expected: `${DECISION}: records[2].name: đang để trống, cần điền`,
  },
  {
    name: 'a province listed twice',
    change: (dir) => replaceIn(path.join(dir, REPORT), 'provinces: ["ha-giang", "tuyen-quang-truoc-2025"]', 'provinces: ["ha-giang", "tuyen-quang-truoc-2025", "ha-giang"]'),
    expected: `${REPORT}: provinces[2]: "ha-giang" đã có ở trên trong danh sách này; mỗi mục chỉ ghi một lần`,
  },
  {
    name: 'a given name that is not the end of the name',
    change: (dir) =>
      editJson(path.join(dir, DECISION), (d) => {
        d.records[4].givenName = 'Văn';
      }),
    expected: `${DECISION}: records[4].givenName: "Văn" không phải phần cuối của họ tên "Bùi Văn An"; tên ("givenName") là một hoặc vài chữ cuối của họ tên`,
  },
  {
    name: 'a collective linked to the profile of a person',
    change: (dir) =>
      editJson(path.join(dir, DECISION), (d) => {
        d.records[0].honoree = 'nguoi-thu-nghiem';
      }),
    expected: `${DECISION}: records[0].honoree: hồ sơ "nguoi-thu-nghiem" là của cá nhân, còn Tổ xung kích thôn Lũng Cú là tập thể; hãy kiểm tra lại mã hồ sơ`,
  },
  // Decisions' numbers and lists.
  {
    name: 'a decision number copied with its "Số:"',
    change: (dir) =>
      editJson(path.join(dir, DECISION), (d) => {
        d.number = 'Số: T-01/QĐ-UBND';
      }),
    expected: `${DECISION}: number: số quyết định viết liền theo dạng số/ký hiệu, ví dụ "12/QĐ-UBND" hoặc "98/2023/NĐ-CP" (không ghi chữ "Số:", không có dấu cách); đang là "Số: T-01/QĐ-UBND"`,
  },
  {
    name: 'a decision number carrying another year than its date',
    change: (dir) =>
      editJson(path.join(dir, DECISION), (d) => {
        d.number = '15/2021/QĐ-UBND';
      }),
    expected: `${DECISION}: number: số "15/2021/QĐ-UBND" mang năm 2021, nhưng quyết định ký ngày 20/12/2022; năm trong số là năm ký, hãy kiểm tra lại số hoặc ngày`,
  },
  {
    name: 'a decision published without its number (the placeholder of npm run new left in)',
    change: (dir) =>
      editJson(path.join(dir, DECISION_2), (d) => {
        d.number = 'Chưa có số – Tặng Giấy khen đột xuất';
        delete d.sample;
      }),
    expected: `${DECISION_2}: number: chưa có số quyết định: ghi số đúng như trên quyết định, ví dụ "12/QĐ-UBND", trước khi bỏ "sample": true`,
  },
  {
    name: 'an STT of 0',
    change: (dir) =>
      editJson(path.join(dir, DECISION), (d) => {
        d.records[0].stt = 0;
      }),
    expected: `${DECISION}: records[0].stt: STT phải từ 1 trở lên`,
  },
  // Clusters.
  {
    name: 'the leader named deputy too',
    change: (dir) =>
      editJson(path.join(dir, CLUSTER), (c) => {
        c.years[0].deputy = 'ha-giang';
      }),
    expected: `${CLUSTER}: years[0].deputy: "ha-giang" là cụm trưởng năm 2022; cụm phó phải là một thành viên khác`,
  },
  {
    name: 'a member with two results in one year',
    change: (dir) =>
      editJson(path.join(dir, CLUSTER), (c) => {
        c.years[0].results[2].member = 'ha-giang';
      }),
    expected: `${CLUSTER}: years[0].results[2].member: "ha-giang" đã có kết quả ở trên; mỗi thành viên chỉ có một kết quả trong năm`,
  },
  {
    name: 'a rank beyond the number of members',
    change: (dir) =>
      editJson(path.join(dir, CLUSTER), (c) => {
        c.years[0].results[2].rank = 30;
      }),
    expected: `${CLUSTER}: years[0].results[2].rank: hạng 30 lớn hơn số thành viên năm 2022 (3)`,
  },
  {
    name: 'a negative score',
    change: (dir) =>
      editJson(path.join(dir, CLUSTER), (c) => {
        c.years[0].results[0].score = -95.5;
      }),
    expected: `${CLUSTER}: years[0].results[0].score: điểm không được âm`,
  },
  // Figures.
  {
    name: 'a count that is not a whole number',
    change: (dir) =>
      editJson(path.join(dir, FIGURE), (f) => {
        f.values[0].value = 12.5;
      }),
    expected: `${FIGURE}: values[0].value: số lượng phải là số nguyên, đang là 12.5`,
  },
  {
    name: 'a unit on a ratio, which the page would not show',
    change: (dir) =>
      editJson(path.join(dir, FIGURE), (f) => {
        f.values[2].unit = 'chỉ tiêu';
      }),
    expected: `${FIGURE}: values[2].unit: "chỉ tiêu" sẽ không hiện ra vì tỷ số không có đơn vị; hãy ghi nó vào nhãn ("label") và bỏ trường "unit"`,
  },
  {
    name: 'a total on a count, which the page would not show',
    change: (dir) =>
      editJson(path.join(dir, FIGURE), (f) => {
        f.values[0].total = 20;
      }),
    expected: `${FIGURE}: values[0].total: chỉ tỷ số mới có tổng số ("total"); với số lượng, tổng số sẽ không hiện ra. Hãy chọn "tỷ số" hoặc bỏ trường này`,
  },
  {
    name: 'a value part of itself',
    change: (dir) =>
      editJson(path.join(dir, FIGURE), (f) => {
        f.values[1].partOf = 'dot-xuat';
      }),
    expected: `${FIGURE}: values[1].partOf: một giá trị không thể là phần của chính nó`,
  },
  {
    name: 'a part counted in another unit than its whole',
    change: (dir) =>
      editJson(path.join(dir, FIGURE), (f) => {
        f.values[1].unit = 'cá nhân';
      }),
    expected: `${FIGURE}: values[1].partOf: "trong đó khen đột xuất" (số lượng, cá nhân) không thể là phần của "Tập thể được khen" (số lượng, tập thể): khác loại hoặc khác đơn vị`,
  },
  // Movements and awards that point at themselves.
  {
    name: 'a movement that is its own parent',
    change: (dir) => replaceIn(path.join(dir, MOVEMENT), 'level: "tỉnh"', 'level: "tỉnh"\nparent: "phong-trao-thu-nghiem"'),
    expected: `${MOVEMENT}: parent: một phong trào không thể là phong trào cha của chính nó`,
  },
  {
    name: 'a local award replaced by itself',
    change: (dir) => writeFileSync(path.join(dir, LOCAL_AWARDS), JSON.stringify([localAward({ replacedBy: 'ky-niem-chuong-ha-giang' })])),
    expected: `${LOCAL_AWARDS}: ky-niem-chuong-ha-giang.replacedBy: một hình thức khen thưởng không thể được thay bằng chính nó`,
  },
];

/** Whether a problem line is the one a case expects (its start, when the case gives only that). */
export function isExpectedLine(line: string, bad: BadCase): boolean {
  return bad.expected.endsWith(' ') ? line.startsWith(bad.expected) : line === bad.expected;
}

/**
 * The problems of the fixture with these cases applied together, as lines whose file is
 * relative to the content folder; undefined when the changes cannot all be made (two of
 * them change the same text).
 */
export function problemLinesWith(cases: readonly BadCase[]): string[] | undefined {
  const copy = copyFixture();
  try {
    try {
      for (const bad of cases) bad.change(copy.dir);
    } catch {
      return undefined;
    }
    return validateContent(copy.dir).problems.map(
      (p) => `${path.relative(copy.dir, path.resolve(p.file)).split(path.sep).join('/')}: ${p.field}: ${p.message}`,
    );
  } finally {
    copy.cleanup();
  }
}

/** Whether the lines are exactly the cases' lines, one each: no case hides another's problem nor adds one. */
function oneLineEach(lines: readonly string[], cases: readonly BadCase[]): boolean {
  const left = [...lines];
  for (const bad of cases) {
    const i = left.findIndex((line) => isExpectedLine(line, bad));
    if (i < 0) return false;
    left.splice(i, 1);
  }
  return left.length === 0;
}

/**
 * The cases in groups that can be applied to one copy of the fixture and built once: a
 * case joins the first group with which the checker still gives exactly one line per
 * case (a broken file whose other checks are then skipped, or two changes of the same
 * field, keep cases apart). A real build per group instead of per case keeps the build
 * test to a few builds however many cases there are; each case alone is checked for its
 * single line by tests/validate.test.ts.
 */
export function groupsBuiltTogether(cases: readonly BadCase[] = BAD_CASES): BadCase[][] {
  const groups: BadCase[][] = [];
  for (const bad of cases) {
    const group = groups.find((g) => {
      const lines = problemLinesWith([...g, bad]);
      return lines !== undefined && oneLineEach(lines, [...g, bad]);
    });
    if (group) group.push(bad);
    else groups.push([bad]);
  }
  return groups;
}

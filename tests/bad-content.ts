/**
 * The kinds of bad content the build must refuse, each as one change to the small
 * fixture and the line ("file: field: message") the author must then read.
 * Shared by the validator test and the build test, so both check the same cases.
 */
import path from 'node:path';
import { editJson, replaceIn } from './helpers.ts';

export const REPORT = 'reports/hoi-nghi-cum-bien-gioi.mdx';
export const DECISION = 'decisions/ha-giang/2022/qd-thu-nghiem-1.json';
export const DECISION_2 = 'decisions/tuyen-quang/2025/qd-thu-nghiem-2.json';
export const CLUSTER = 'clusters/cum-thu-nghiem.json';
export const FIGURE = 'figures/ha-giang-khen-thuong-2022.json';

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
];

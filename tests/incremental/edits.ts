/**
 * Ordinary edits a press officer makes to a content folder, one per collection and per field
 * that a page other than the entry's own shows. Each works on the incremental fixture
 * (tests/fixtures/content-incremental) and on any state a sequence of edits leads it to:
 * `step` makes each change new (the same edit twice in a row changes the text twice), and an
 * edit that finds nothing to change says so (returns false) instead of changing nothing.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { photoPng } from './photo.ts';

export interface EditContext {
  /** The content folder; an edit that moves or copies it sets the new path here. */
  dir: string;
  /** The edit's place in its sequence, from 1: it makes every new value different. */
  step: number;
}

export interface Edit {
  /** What changes, as a test names it. */
  name: string;
  /**
   * Files of the built site this edit changes, adds or removes, from the fixture's first
   * build: the pages beside the entry's own where a stale cache would show. Empty: the site
   * must stay the same.
   */
  changes: string[];
  /** Apply it; false when the content holds nothing this edit can change. */
  apply: (ctx: EditContext) => Promise<boolean> | boolean;
}

const PROFILE = 'honorees/nguoi-thu-nghiem.mdx';
const MOVEMENT = 'movements/phong-trao-thu-nghiem.mdx';
const CLUSTER = 'clusters/cum-thu-nghiem.json';
const FIGURES = 'figures/ha-giang-khen-thuong-2022.json';
const PHOTO = 'reports/images/trao-ky-niem-chuong.png';
/** The report the figures come from: never deleted, the figures would lose their source. */
const FIGURES_SOURCE = 'reports/hoi-nghi-cum-bien-gioi.mdx';
/** A new report's and a new decision's file name starts with this. */
const ADDED = 'them-lan-';

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
const writeJson = (file: string, data: unknown) => {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
};

/** Set a front-matter field written `key: "value"` on a line of its own; fails loudly if absent. */
export function setFrontMatter(file: string, key: string, value: string): void {
  const text = readFileSync(file, 'utf8');
  const line = new RegExp(`^${key}: .*$`, 'm');
  if (!line.test(text)) throw new Error(`${file} has no "${key}:" line`);
  writeFileSync(file, text.replace(line, `${key}: ${JSON.stringify(value)}`));
}

/** Files of a collection folder, recursively, as sorted paths relative to the content folder. */
function filesOf(dir: string, folder: string, ext: RegExp): string[] {
  const root = path.join(dir, folder);
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => ext.test(f) && !path.basename(f).startsWith('_'))
    .map((f) => path.join(folder, f).split(path.sep).join('/'))
    .sort();
}

export const EDITS: Edit[] = [
  {
    name: "a profile's position",
    changes: ['guong-dien-hinh/nguoi-thu-nghiem/index.html', 'tin-tuc/hoi-nghi-cum-bien-gioi/index.html', 'tin-tuc/trao-ky-niem-chuong/index.html'],
    apply: ({ dir, step }) => {
      setFrontMatter(path.join(dir, PROFILE), 'position', `Trưởng thôn, nhiệm kỳ thứ ${step + 1}`);
      return true;
    },
  },
  {
    name: "a movement's name",
    changes: ['phong-trao/phong-trao-thu-nghiem/index.html', 'tin-tuc/hoi-nghi-cum-bien-gioi/index.html', 'quyet-dinh/ha-giang/2022/qd-thu-nghiem-1/index.html', 'quyet-dinh/ha-giang/2023/qd-ky-niem-chuong/index.html', 'pagefind/pagefind-entry.json'],
    apply: ({ dir, step }) => {
      setFrontMatter(path.join(dir, MOVEMENT), 'name', `Thi đua vì bản làng sạch đẹp, giai đoạn ${step + 1}`);
      return true;
    },
  },
  {
    name: "a record's name",
    changes: ['quyet-dinh/ha-giang/2022/qd-thu-nghiem-1/index.html', 'khen-thuong/bang-khen-ubnd-tinh/index.html', 'du-lieu/quyet-dinh/ha-giang/2022/qd-thu-nghiem-1.csv', 'pagefind/khen-thuong/pagefind-entry.json'],
    apply: ({ dir, step }) => {
      const file = filesOf(dir, 'decisions', /\.json$/).map((f) => path.join(dir, f))[0];
      if (!file) return false;
      const decision = readJson(file);
      if (decision.records.length === 0) return false;
      decision.records[0].name = `Tổ tự quản đường bản số ${step + 1}`;
      writeJson(file, decision);
      return true;
    },
  },
  {
    name: "a cluster's leader",
    changes: ['cum-khoi-thi-dua/cum-thu-nghiem/index.html'],
    apply: ({ dir }) => {
      const file = path.join(dir, CLUSTER);
      const cluster = readJson(file);
      const year = cluster.years[0];
      const members: string[] = year.members;
      const next = members[(members.indexOf(year.leader) + 1) % members.length]!;
      if (year.deputy === next) year.deputy = year.leader;
      year.leader = next;
      writeJson(file, cluster);
      return true;
    },
  },
  {
    name: "a local award's name in awards.json",
    changes: ['khen-thuong/ky-niem-chuong-vi-ban-lang/index.html', 'khen-thuong/ky-niem-chuong-ban-lang-2020/index.html', 'quyet-dinh/ha-giang/2023/qd-ky-niem-chuong/index.html', 'tinh-thanh/ha-giang/2023/index.html', 'tin-tuc/trao-ky-niem-chuong/index.html', 'du-lieu/khen-thuong/ky-niem-chuong-vi-ban-lang.csv'],
    apply: ({ dir, step }) => {
      const file = path.join(dir, 'awards.json');
      const awards = readJson(file);
      awards[0].name = `Kỷ niệm chương Vì bản làng xanh, sạch, đẹp (mẫu ${step + 1})`;
      writeJson(file, awards);
      return true;
    },
  },
  {
    name: "a figure's value",
    changes: ['tin-tuc/hoi-nghi-cum-bien-gioi/index.html', 'phong-trao/phong-trao-thu-nghiem/index.html', 'cum-khoi-thi-dua/cum-thu-nghiem/index.html', 'tinh-thanh/ha-giang/index.html'],
    apply: ({ dir, step }) => {
      const file = path.join(dir, FIGURES);
      const figures = readJson(file);
      // The whole, not a part: a part larger than its whole would be refused.
      const whole = figures.values.find((v: { key: string }) => v.key === 'tap-the');
      whole.value += step + 1;
      writeJson(file, figures);
      return true;
    },
  },
  {
    name: 'a report added',
    changes: ['tin-tuc/them-lan-1/index.html', 'tin-tuc/index.html', 'tin-tuc/hoi-nghi-cum-bien-gioi/index.html', 'guong-dien-hinh/nguoi-thu-nghiem/index.html', 'tin-tuc/rss.xml', 'anh-chia-se/tin-tuc/them-lan-1.png'],
    apply: ({ dir, step }) => {
      const file = path.join(dir, 'reports', `${ADDED}${step}.md`);
      if (existsSync(file)) return false;
      writeFileSync(
        file,
        [
          '---',
          `title: "Thôn vùng cao thứ ${step} hoàn thành đường bê tông"`,
          `date: "${10 + step}/2/2023"`,
          'eventKind: "sơ kết"',
          `summary: "Bài thử nghiệm số ${step}: một thôn nữa làm xong đường nhờ bà con góp công."`,
          'provinces: ["ha-giang"]',
          'movements: ["phong-trao-thu-nghiem"]',
          'honorees: ["nguoi-thu-nghiem"]',
          'authors: ["Ban biên tập thử nghiệm"]',
          '---',
          '',
          `Đường bê tông thứ ${step} nối thôn với trung tâm xã.`,
          '',
        ].join('\n'),
      );
      return true;
    },
  },
  {
    name: 'a report deleted',
    changes: ['tin-tuc/ban-lang-sach-dep/index.html', 'tin-tuc/index.html', 'tin-tuc/hoi-nghi-cum-bien-gioi/index.html', 'anh-chia-se/tin-tuc/ban-lang-sach-dep.png'],
    apply: ({ dir }) => {
      const reports = filesOf(dir, 'reports', /\.mdx?$/).filter((f) => f !== FIGURES_SOURCE);
      // A report added earlier in the sequence first, then the fixture's own.
      const victim = reports.find((f) => path.basename(f).startsWith(ADDED)) ?? reports[0];
      if (!victim) return false;
      rmSync(path.join(dir, victim));
      return true;
    },
  },
  {
    name: 'a decision added',
    changes: ['quyet-dinh/ha-giang/2024/them-lan-1/index.html', 'khen-thuong/bang-khen-ubnd-tinh/index.html', 'tinh-thanh/ha-giang/2024/index.html', 'du-lieu/quyet-dinh.json'],
    apply: ({ dir, step }) => {
      const file = path.join(dir, 'decisions', 'ha-giang', '2024', `${ADDED}${step}.json`);
      if (existsSync(file)) return false;
      writeJson(file, {
        number: `T-${10 + step}/QĐ-UBND`,
        date: `2024-03-${String(step).padStart(2, '0')}`,
        issuer: 'UBND tỉnh Hà Giang',
        subject: `Tặng Bằng khen đợt ${step} (dữ liệu kiểm thử).`,
        award: 'bang-khen-ubnd-tinh',
        commendationType: 'thường xuyên',
        province: 'ha-giang',
        movement: 'phong-trao-thu-nghiem',
        sample: true,
        records: [
          { stt: 1, name: `Giàng Seo Chứ ${step}`, kind: 'cá nhân', title: 'Trưởng thôn', unit: 'Thôn Séo Lủng' },
          { stt: 2, name: `Tổ vệ sinh môi trường số ${step}`, kind: 'tập thể', unit: 'Xã Lũng Cú' },
        ],
      });
      return true;
    },
  },
  {
    name: "a decision's record removed",
    changes: ['quyet-dinh/ha-giang/2022/qd-thu-nghiem-1/index.html', 'khen-thuong/bang-khen-ubnd-tinh/index.html', 'tinh-thanh/tuyen-quang/2022/index.html', 'tinh-thanh/tuyen-quang-truoc-2025/2022/index.html'],
    apply: ({ dir }) => {
      for (const relative of filesOf(dir, 'decisions', /\.json$/)) {
        const file = path.join(dir, relative);
        const decision = readJson(file);
        // The last record of the first decision with more than one: the fixture's is of
        // another province (Tuyên Quang's pages count it), the next one links a profile.
        if (decision.records.length < 2) continue;
        decision.records.pop();
        writeJson(file, decision);
        return true;
      }
      return false;
    },
  },
  {
    name: 'an image replaced',
    changes: ['tin-tuc/trao-ky-niem-chuong/index.html'],
    apply: async ({ dir, step }) => {
      writeFileSync(path.join(dir, PHOTO), await photoPng(step));
      return true;
    },
  },
  {
    name: 'the content folder moved to another path',
    changes: [],
    apply: (ctx) => {
      const moved = path.join(path.dirname(ctx.dir), `content-moved-${ctx.step}`);
      if (existsSync(moved)) return false;
      renameSync(ctx.dir, moved);
      ctx.dir = moved;
      return true;
    },
  },
  {
    name: 'the content folder copied to another path, the old one kept',
    changes: [],
    apply: (ctx) => {
      const copy = path.join(path.dirname(ctx.dir), `content-copy-${ctx.step}`);
      if (existsSync(copy)) return false;
      cpSync(ctx.dir, copy, { recursive: true });
      ctx.dir = copy;
      return true;
    },
  },
  {
    name: "a report's title",
    changes: ['tin-tuc/hoi-nghi-cum-bien-gioi/index.html', 'tin-tuc/trao-ky-niem-chuong/index.html', 'phong-trao/phong-trao-thu-nghiem/index.html', 'anh-chia-se/tin-tuc/hoi-nghi-cum-bien-gioi.png'],
    apply: ({ dir, step }) => {
      setFrontMatter(path.join(dir, FIGURES_SOURCE), 'title', `Cụm biên giới phía Bắc tổng kết năm thi đua (bản sửa ${step})`);
      return true;
    },
  },
];

export function editNamed(name: string): Edit {
  const edit = EDITS.find((e) => e.name === name);
  if (!edit) throw new Error(`no edit named ${name}`);
  return edit;
}

/**
 * The article importer, on articles written for these tests in the shapes portals
 * publish (a date line, a "date 2023-03" marker, no headline, share links, "Tin khác"
 * lists, captions printed twice, HTML with its page furniture), and — when
 * ../shared/seeds is there — on the real seed articles.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { mdxToMdast } from 'satteri';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblems, validateContent } from '../src/lib/content/validate.ts';
import { articleJson, extractArticle, type ArticleDraft } from '../src/lib/import/article/article.ts';
import { checkBeforeWriting, loadContext } from '../src/lib/import/shared/context.ts';
import { escapeMdx, renderDraft } from '../src/lib/import/article/mdx.ts';
import { main } from '../scripts/import-article.ts';
import { main as seedReport } from '../scripts/seed-report.ts';
import { runTool } from './import-helpers.ts';

const DIR = path.resolve('tests/fixtures/import');
const CONTENT = path.join(DIR, 'content');
const SEEDS = path.resolve('..', 'shared', 'seeds');
const ctx = loadContext(CONTENT);

const read = (file: string) => readFileSync(path.join(DIR, file), 'utf8');
const extract = (file: string) => extractArticle({ text: read(file), html: file.endsWith('.html') ? true : undefined }, ctx);
const json = (file: string) => articleJson(extract(file));
const bodyText = (d: ArticleDraft) => d.blocks.map((b) => b.text).join('\n');

const temps: string[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});
function contentCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'bang-vang-bai-'));
  temps.push(dir);
  cpSync(CONTENT, dir, { recursive: true });
  return dir;
}

describe('a review conference: "Ngày 12/1", the year only elsewhere', () => {
  const j = json('bai-tong-ket.txt');

  it('finds the date, inferring the year from the review, and says so', () => {
    expect(j.date).toBe('2024-01-12');
    expect(j.warnings.find((w) => w.startsWith('ngày:'))).toBe(
      'ngày: bài ghi “Ngày 12/1” không có năm; bài là hội nghị tổng kết năm 2023, họp vào tháng 1 nên là năm 2024 — hãy kiểm tra',
    );
  });

  it('finds the headline, the province and the bloc (the one of the province, not the city of the same name)', () => {
    expect(j.title).toBe('Lạng Sơn biểu dương tập thể, cá nhân tiêu biểu trong phong trào thi đua năm 2023');
    expect(j.provinces).toEqual(['lang-son']);
    expect(j.clusters).toEqual(['lang-son-khoi-van-hoa']);
  });

  it('takes as movements the quoted names after "phong trào", not every quoted phrase', () => {
    expect(j.movements).toEqual([
      'Cả nước chung sức xây dựng nông thôn mới',
      'Vì người nghèo – Không để ai bị bỏ lại phía sau',
      'Lạng Sơn chung tay vì biên cương xanh',
      'Mỗi xã một sản phẩm tiêu biểu',
    ]);
  });

  it('finds the awards conferred, forms sharing one conferrer included, and none from the "Tin khác" list', () => {
    expect(j.awards).toEqual([
      { id: 'huan-chuong-lao-dong', name: 'Huân chương Lao động', awardClass: 'nhi' },
      { id: 'co-thi-dua-chinh-phu', name: 'Cờ thi đua của Chính phủ' },
      { id: 'bang-khen-thu-tuong', name: 'Bằng khen của Thủ tướng Chính phủ' },
      { id: 'bang-khen-ubnd-tinh', name: 'Bằng khen của Chủ tịch UBND tỉnh' },
      { id: 'co-thi-dua-ubnd-tinh', name: 'Cờ thi đua của Ủy ban nhân dân tỉnh' },
    ]);
  });

  it('splits run-on titles on commas and merges the two ways a person is named', () => {
    expect(j.officials).toEqual([
      { name: 'Lục Văn Thành', titles: ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh Lạng Sơn'] },
      { name: 'Nông Thị Hạnh', titles: ['Phó Chủ tịch UBND tỉnh'] },
    ]);
  });

  it('finds the author, and names the missing source in the warnings', () => {
    expect(j.authors).toEqual(['Hà Linh']);
    expect(j.source).toBeNull();
    expect(j.warnings).toContain('nguồn: không tìm thấy nơi đăng bài; hãy điền source.publisher');
  });

  it('strips the share links and the "Tin khác" list, and keeps the caption as a caption', () => {
    const d = extract('bai-tong-ket.txt');
    expect(bodyText(d)).not.toMatch(/Chia sẻ|In bài|Tin khác|Huân chương Độc lập|Cụm thi đua số 1/);
    expect(d.blocks.filter((b) => b.kind === 'caption').map((b) => b.text)).toContain('Toàn cảnh hội nghị.');
    expect(d.eventKind).toBe('tong-ket');
  });
});

describe('a cluster article without a headline, dated "date 2024-04"', () => {
  const j = json('bai-cum-khong-tieu-de.txt');

  it('gives the month, no headline, and says both', () => {
    expect(j.title).toBeNull();
    expect(j.date).toBe('2024-04');
    expect(j.warnings).toContain('tiêu đề: không tìm thấy tiêu đề (dòng đầu là một đoạn văn); hãy đặt tiêu đề');
    expect(j.warnings.some((w) => w.startsWith('ngày: bài chỉ ghi tháng (tháng 4/2024'))).toBe(true);
  });

  it('resolves provinces to the units of the time (Lào Cai before the 2025 merger) and finds the cluster', () => {
    expect(j.provinces).toEqual(['lai-chau', 'dien-bien', 'son-la', 'ha-giang', 'lao-cai-truoc-2025']);
    expect(j.clusters).toEqual(['mien-nui-phia-bac']);
  });

  it('reads awards written conferrer first ("đề nghị Chính phủ tặng Cờ thi đua") and by name', () => {
    expect(j.awards.map((a) => a.id)).toEqual(['co-thi-dua-chinh-phu', 'bang-khen-thu-tuong']);
  });

  it('finds officials named title first, skipping the province between title and name', () => {
    expect(j.officials).toEqual([
      { name: 'Lò Văn Pảo', titles: ['Phó Trưởng Ban Thi đua – Khen thưởng Trung ương'] },
      { name: 'Hà Văn Tám', titles: ['Chủ tịch UBND tỉnh Lai Châu', 'Cụm trưởng Cụm thi đua các tỉnh miền núi phía Bắc năm 2023'] },
      { name: 'Vàng Thị Mỷ', titles: ['Phó Giám đốc Sở Nội vụ tỉnh Sơn La'] },
    ]);
  });

  it('reads the labelled byline and source', () => {
    expect(j.authors).toEqual(['Thu Trang']);
    expect(j.source).toEqual({ publisher: 'laichau.gov.vn', url: null });
    expect(j.movements).toEqual(['Cả nước chung sức xây dựng nông thôn mới']);
  });
});

describe('an article with a date line ("15/03/2024 09:05") and captions printed twice', () => {
  const d = extract('bai-dong-thoi-gian.txt');
  const j = articleJson(d);

  it('dates it by the date line, not by an earlier date in its body', () => {
    expect(j.date).toBe('2024-03-15');
  });

  it('keeps each caption once, as a caption, with the photographer as a credit', () => {
    const captions = d.blocks.filter((b) => b.kind === 'caption').map((b) => b.text);
    expect(captions).toEqual([
      'Các đơn vị ký kết giao ước thi đua.',
      'Các khu phố đã tổ chức 120 buổi ra quân làm vệ sinh',
      'Ông Phạm Văn Tuấn, Tổ trưởng tổ dân phố số 3 cùng bà con trồng cây trên phố Hoàng Liên',
    ]);
    expect(d.photoCredits).toEqual(['Minh Khôi']);
    expect(j.warnings).toContain('chú thích ảnh: 2 chú thích in lặp lại trong bài đã được gộp');
  });

  it('reads the byline of several authors and the publisher under it, and drops "Loading..."', () => {
    expect(j.authors).toEqual(['Minh Châu', 'Quốc Bảo']);
    expect(j.source).toEqual({ publisher: 'Trung tâm Truyền thông thành phố', url: null });
    expect(bodyText(d)).not.toContain('Loading');
    expect(j.movements).toEqual(['Thành phố biên giới xanh – sạch – đẹp', 'Mỗi gia đình một hàng rào xanh', 'Khu phố văn minh, không rác thải nhựa']);
    expect(j.provinces).toEqual(['lao-cai-truoc-2025']);
  });
});

describe('an article that gives no date, no place, no author', () => {
  const j = json('bai-khong-ngay.txt');

  it('invents nothing: null and empty, each named in the warnings', () => {
    expect(j.date).toBeNull();
    expect(j.provinces).toEqual([]);
    expect(j.authors).toEqual([]);
    expect(j.source).toBeNull();
    expect(j.awards).toEqual([]);
    expect(j.officials).toEqual([]);
    expect(j.warnings).toEqual(
      expect.arrayContaining([
        'ngày: không tìm thấy ngày của bài; hãy điền ngày',
        'tỉnh: bài không nêu rõ tỉnh, thành phố nào',
        'tác giả: không tìm thấy tên tác giả',
      ]),
    );
    expect(j.movements).toEqual(['Toàn dân đoàn kết xây dựng đời sống văn hóa']);
  });
});

describe('a page saved from a portal (HTML)', () => {
  const d = extract('trang-cong-thong-tin.html');
  const j = articleJson(d);

  it('reads headline, date ("31/12/2021 14:15"), site name and address', () => {
    expect(j.title).toBe('Hà Tĩnh tuyên dương 120 điển hình tiên tiến giai đoạn 2020 – 2025');
    expect(j.date).toBe('2021-12-31');
    expect(j.source).toEqual({ publisher: 'Cổng thông tin điện tử tỉnh Hà Tĩnh', url: 'https://hatinh.example.vn/tin-tuc/tuyen-duong-dien-hinh-tien-tien' });
    expect(j.authors).toEqual(['Phương Anh']);
  });

  it('leaves out menus, breadcrumb, share and print links, comments, "Tin khác", scripts and footer', () => {
    expect(bodyText(d)).not.toMatch(/Trang chủ|Chia sẻ|Facebook|In bài|Bình luận|Tin khác|phát động thi đua năm 2022|không phải bài viết|©/);
  });

  it('keeps figure and table captions as captions, the one printed twice once, and the sub-heading', () => {
    expect(d.blocks.filter((b) => b.kind === 'caption').map((b) => b.text)).toEqual([
      'Đồng chí Trần Văn Lực trao Bằng khen cho các điển hình tiên tiến.',
      'Các đại biểu chụp ảnh lưu niệm.',
    ]);
    expect(d.photoCredits).toEqual(['Hồng Nhung']);
    expect(d.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(['Lan tỏa những việc làm tốt']);
  });

  it('finds the facts in the body', () => {
    expect(j.provinces).toEqual(['ha-tinh']);
    expect(j.movements).toEqual(['Hà Tĩnh chung sức xây dựng nông thôn mới', 'Người Hà Tĩnh ưu tiên dùng hàng Việt']);
    expect(j.awards).toEqual([{ id: 'bang-khen-ubnd-tinh', name: 'Bằng khen của Chủ tịch UBND tỉnh' }]);
    expect(j.officials).toEqual([{ name: 'Trần Văn Lực', titles: ['Phó Chủ tịch UBND tỉnh'] }]);
  });
});

describe('a portal page copied as text: date bar, breadcrumbs, "Gửi Email / In trang / Lưu", share row, "Tin khác"', () => {
  const d = extract('bai-trang-chu-sao-chep.txt');
  const j = articleJson(d);

  it('takes the headline, not the date bar; the date from the lead and the date line, never the date bar', () => {
    expect(j.title).toBe('Cụm thi đua các tỉnh Tây Bắc ký kết giao ước thi đua năm 2024');
    expect(j.date).toBe('2024-03-12');
    expect(d.eventKind).toBe('ky-giao-uoc');
  });

  it('keeps none of the chrome in the body, and stops at "Tin khác"', () => {
    const body = bodyText(d);
    for (const chrome of ['Thứ Năm, Ngày 14', 'Trang chủ', 'Gửi Email', 'In trang', 'Chia sẻ', 'Facebook', 'Tin khác', 'Lai Châu trao Cờ thi đua', 'Xem nhiều nhất', 'lịch tiếp công dân']) {
      expect(body, chrome).not.toContain(chrome);
    }
    expect(d.blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(6);
    expect(j.authors).toEqual(['Quỳnh Anh']);
  });

  it('finds awards in prose by their short forms and with the giver named earlier in the sentence', () => {
    expect(j.awards).toEqual([
      { id: 'co-thi-dua-chinh-phu', name: 'Cờ thi đua của Chính phủ' },
      { id: 'bang-khen-thu-tuong', name: 'Bằng khen của Thủ tướng Chính phủ' },
      { id: 'huan-chuong-lao-dong', name: 'Huân chương Lao động', awardClass: 'ba' },
      { id: 'huan-chuong-lao-dong', name: 'Huân chương Lao động', awardClass: 'nhi' },
      { id: 'co-thi-dua-ubnd-tinh', name: 'Cờ thi đua của Ủy ban nhân dân tỉnh' },
      { id: 'bang-khen-ubnd-tinh', name: 'Bằng khen của Chủ tịch UBND tỉnh' },
    ]);
    expect(j.warnings.filter((w) => w.startsWith('khen thưởng:'))).toEqual([]);
  });

  it('finds movements named without quotes, and says which to create and how', () => {
    expect(j.movements).toEqual(['Cả nước chung sức xây dựng nông thôn mới', 'Toàn dân đoàn kết xây dựng đời sống văn hóa', 'Dân vận khéo']);
    expect(d.movementIds).toEqual(['ca-nuoc-chung-suc-xay-dung-nong-thon-moi']);
    expect(j.warnings).toContain(
      'phong trào: “Dân vận khéo” chưa có trong thư mục nội dung (tạo bằng npm run new -- movement "Dân vận khéo" --level trung-uong --launched-by "Ban Dân vận Trung ương")',
    );
  });

  it('proposes the cluster the content folder lacks, with its members, leader and deputy', () => {
    expect(j.clusters).toEqual([]);
    expect(j.newClusters).toEqual([
      {
        id: 'cum-thi-dua-cac-tinh-tay-bac',
        file: 'clusters/_cum-thi-dua-cac-tinh-tay-bac.json',
        data: {
          name: 'Cụm thi đua các tỉnh Tây Bắc',
          kind: 'cum',
          level: 'trung-uong',
          organiser: 'Hội đồng Thi đua – Khen thưởng Trung ương',
          memberKind: 'tinh',
          years: [{ year: 2024, members: ['lai-chau', 'dien-bien', 'son-la', 'hoa-binh', 'yen-bai', 'lao-cai-truoc-2025'], leader: 'son-la', deputy: 'hoa-binh' }],
        },
      },
    ]);
    expect(j.warnings).toContain(
      'cụm, khối: “Cụm thi đua các tỉnh Tây Bắc” chưa có trong thư mục nội dung; đề xuất bản nháp clusters/_cum-thi-dua-cac-tinh-tay-bac.json (cụm các tỉnh: coi là do Hội đồng Thi đua – Khen thưởng Trung ương tổ chức; năm 2024: 6 thành viên, cụm trưởng "son-la", cụm phó "hoa-binh"); kiểm tra rồi đổi tên bỏ dấu “_”',
    );
  });

  it('writes the cluster draft set aside beside the report; renamed, it passes the content check', async () => {
    const dir = contentCopy();
    const r = await runTool(main, [path.join(DIR, 'bai-trang-chu-sao-chep.txt')], dir);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Đã ghi bản nháp cụm, khối');
    const draft = path.join(dir, 'clusters/_cum-thi-dua-cac-tinh-tay-bac.json');
    expect(existsSync(draft)).toBe(true);
    expect(formatProblems(validateContent(dir).problems)).toBe('');
    renameSync(draft, path.join(dir, 'clusters/cum-thi-dua-cac-tinh-tay-bac.json'));
    const { problems, content } = validateContent(dir);
    expect(formatProblems(problems)).toBe('');
    expect(content.clusters.find((c) => c.id === 'cum-thi-dua-cac-tinh-tay-bac')?.data.years[0]?.leader).toBe('son-la');
  });
});

describe('a saved portal page whose markup says nothing (no classes, no <h1>, the site name as <title>)', () => {
  const d = extract('trang-cong-thong-tin-khong-lop.html');
  const j = articleJson(d);

  it('takes the first line of the article as the headline, not the site name nor the date bar', () => {
    expect(j.title).toBe('Yên Bái biểu dương 150 tập thể, cá nhân điển hình năm 2023');
    expect(j.date).toBe('2024-01-04');
    expect(d.eventKind).toBe('tong-ket');
  });

  it('leaves the date bar, breadcrumbs, "Gửi Email / In trang / Lưu", share links and related articles out', () => {
    const body = bodyText(d);
    for (const chrome of ['Ngày 08 Tháng 1', 'Trang chủ', 'Gửi Email', 'Lưu', 'Chia sẻ', 'Facebook', 'Bài viết liên quan', 'phát động thi đua hoàn thành', 'Bản quyền']) {
      expect(body, chrome).not.toContain(chrome);
    }
    expect(j.authors).toEqual(['Hoàng Mai']);
  });

  it('finds the movements named without quotes and the awards by their full names', () => {
    expect(j.movements).toEqual(['Cả nước chung sức xây dựng nông thôn mới', 'Vì người nghèo – Không để ai bị bỏ lại phía sau']);
    expect(j.awards.map((a) => a.id)).toEqual(['co-thi-dua-ubnd-tinh', 'bang-khen-ubnd-tinh']);
    expect(j.newClusters).toEqual([]);
  });
});

describe('the MDX draft', () => {
  const render = (d: ArticleDraft) => renderDraft(d, { from: 'bai.txt', today: '2024-05-01', awards: ctx.awards });

  it('passes the content check for every fixture article', () => {
    for (const file of readdirSync(DIR).filter((f) => /^(bai-|trang-).*\.(txt|html)$/.test(f))) {
      const problems = checkBeforeWriting(CONTENT, [{ relative: `reports/${file}.mdx`, content: render(extract(file)) }], { withCollections: ['clusters', 'movements'] });
      expect(formatProblems(problems), file).toBe('');
    }
  });

  it('is a draft with the facts in its frontmatter, comments naming what to check, and the body', () => {
    const mdx = render(extract('bai-tong-ket.txt'));
    expect(mdx).toMatch(/^---\n# Bản nháp nhập từ "bai\.txt" ngày 2024-05-01/);
    expect(mdx).toContain('\ndraft: true');
    expect(mdx).toContain('\neventKind: "tong-ket"');
    expect(mdx).toContain('\ndate: "2024-01-12"');
    expect(mdx).toContain('\nmovements: ["ca-nuoc-chung-suc-xay-dung-nong-thon-moi"]');
    expect(mdx).toContain('#   “Lạng Sơn chung tay vì biên cương xanh”');
    expect(mdx).toContain('  - award: "huan-chuong-lao-dong"  # Huân chương Lao động hạng Nhì\n    awardClass: "nhi"\n    recipients: "Sở Giáo dục và Đào tạo tỉnh"');
    expect(mdx).toContain('{/* chú thích ảnh: gắn vào ảnh trong images nếu có ảnh */}\n*Toàn cảnh hội nghị.*');
  });

  it('cannot be made to run code or change markup by the article text', async () => {
    const d = extract('bai-chen-ma.txt');
    const mdx = render(d);
    const tree = (await mdxToMdast(mdx)) as unknown as Node;
    interface Node {
      type: string;
      value?: string;
      children?: Node[];
    }
    const types = new Set<string>();
    const expressions: string[] = [];
    const links: string[] = [];
    let text = '';
    const walk = (n: Node & { url?: string }) => {
      types.add(n.type);
      if (n.type === 'link') links.push(n.url ?? '');
      if (n.type === 'mdxFlowExpression' || n.type === 'mdxTextExpression') expressions.push(n.value ?? '');
      if (n.type === 'text') text += `${n.value}\n`;
      n.children?.forEach(walk);
    };
    walk(tree);
    // Sub-headings are the importer's own markup; nothing else may come from the text.
    for (const t of ['mdxjsEsm', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'image', 'list', 'thematicBreak', 'html', 'code', 'inlineCode', 'emphasis', 'strong', 'delete']) {
      expect(types.has(t), t).toBe(false);
    }
    expect(expressions).toEqual([]);
    // A bare web address is linked by GFM as in any report; the javascript: one stays text.
    expect(links).toEqual(['https://example.org']);
    expect(text).toContain('và <');
    expect(text).toContain('import x from "./khong-co-that.js"');
    expect(text).toContain('export const biMat = 1;');
    expect(text).toContain('{/* chú thích giả */} và {alert(1)} và <Component prop={1} />');
    expect(text).toContain('<script>alert("x")</script> & &amp; \\ * _ ` ~ |');
    expect(text).toContain('[liên kết](javascript:alert(1)) và ![ảnh](x.png) và <');
  });

  it('escapes what MDX and Markdown read as syntax, with character references', () => {
    expect(escapeMdx('a {b} <c> *d* _e_ [f](g) `h` ~i~ | & \\')).toBe(
      'a &#123;b&#125; &lt;c&gt; &#42;d&#42; &#95;e&#95; &#91;f&#93;(g) &#96;h&#96; &#126;i&#126; &#124; &amp; &#92;',
    );
    expect(escapeMdx('# x')).toBe('&#35; x');
    expect(escapeMdx('- x')).toBe('&#45; x');
    expect(escapeMdx('12. x')).toBe('12&#46; x');
    expect(escapeMdx('---')).toBe('&#45;&#45;&#45;');
    expect(escapeMdx('import a')).toBe('&#105;mport a');
    expect(escapeMdx('export a')).toBe('&#101;xport a');
    expect(escapeMdx('important')).toBe('important');
    expect(escapeMdx('Nguyễn Văn A, 9.548 lượt')).toBe('Nguyễn Văn A, 9.548 lượt');
  });
});

describe('npm run import:article', () => {
  const run = (args: string[], contentDir: string) => runTool(main, args, contentDir);

  it('--json prints one object with exactly the agreed keys and writes nothing', async () => {
    const dir = contentCopy();
    const r = await run([path.join(DIR, 'bai-cum-khong-tieu-de.txt'), '--json'], dir);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['title', 'date', 'provinces', 'clusters', 'movements', 'awards', 'officials', 'authors', 'source', 'warnings', 'newClusters']);
    expect(out.date).toBe('2024-04');
    expect(existsSync(path.join(dir, 'reports'))).toBe(false);
  });

  it('writes the draft to reports/<slug of the headline>.mdx, valid content, and refuses to overwrite it', async () => {
    const dir = contentCopy();
    const file = path.join(DIR, 'trang-cong-thong-tin.html');
    const r = await run([file], dir);
    expect(r.status).toBe(0);
    const target = path.join(dir, 'reports', 'ha-tinh-tuyen-duong-120-dien-hinh-tien-tien-giai-doan-2020-2025.mdx');
    expect(existsSync(target)).toBe(true);
    expect(r.stdout).toContain('(draft: true)');
    const { problems, content } = validateContent(dir);
    expect(formatProblems(problems)).toBe('');
    expect(content.reports[0]?.data).toMatchObject({ draft: true, provinces: ['ha-tinh'], authors: ['Phương Anh'] });
    const again = await run([file], dir);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('thêm --force để ghi đè');
  });

  it('takes a headline from --title when the article has none, and reports wrong use with exit 2', async () => {
    const dir = contentCopy();
    const r = await run([path.join(DIR, 'bai-cum-khong-tieu-de.txt'), '--title', 'Cụm miền núi phía Bắc tổng kết năm 2023'], dir);
    expect(r.status).toBe(0);
    expect(existsSync(path.join(dir, 'reports', 'cum-mien-nui-phia-bac-tong-ket-nam-2023.mdx'))).toBe(true);
    expect((await run([], dir)).status).toBe(2);
    expect((await run([path.join(DIR, 'bai-khong-ngay.txt'), '--encoding', 'ebcdic'], dir)).status).toBe(2);
  });
});

describe.skipIf(!existsSync(SEEDS))('the seed articles in ../shared/seeds', () => {
  const real = loadContext(path.resolve('src/content'));
  const seed = (prefix: string) => {
    const file = readdirSync(SEEDS).find((f) => f.startsWith(prefix))!;
    return articleJson(extractArticle({ text: readFileSync(path.join(SEEDS, file), 'utf8') }, real));
  };

  it('000: Quảng Ninh review conference on 9 January 2023, its awards', () => {
    const j = seed('000');
    expect(j.date).toBe('2023-01-09');
    expect(j.warnings.some((w) => w.startsWith('ngày:') && w.includes('năm 2023'))).toBe(true);
    expect(j.provinces).toEqual(['quang-ninh']);
    expect(j.awards.find((a) => a.id === 'huan-chuong-lao-dong')?.awardClass).toBe('ba');
    expect(j.awards.map((a) => a.id)).toEqual(expect.arrayContaining(['bang-khen-thu-tuong', 'co-thi-dua-chinh-phu', 'co-thi-dua-ubnd-tinh', 'bang-khen-ubnd-tinh']));
    expect(j.movements).toEqual(expect.arrayContaining(['Dân vận khéo', 'Doanh nghiệp giỏi']));
  });

  it('001: the Bắc Trung Bộ cluster in March 2023, six provinces as they were then', () => {
    const j = seed('001');
    expect(j.date).toBe('2023-03');
    expect([...j.provinces].sort()).toEqual(['ha-tinh', 'nghe-an', 'quang-binh', 'quang-tri-truoc-2025', 'thanh-hoa', 'thua-thien-hue']);
    expect(j.clusters).toEqual(['bac-trung-bo']);
    expect(j.awards.map((a) => a.id).sort()).toEqual(['bang-khen-thu-tuong', 'co-thi-dua-chinh-phu']);
    expect(j.movements).toEqual(expect.arrayContaining(['Nghệ An làm theo lời Bác dặn', 'Doanh nghiệp Việt Nam hội nhập và phát triển']));
  });

  it('004: Móng Cái, 2 November 2023, the movements it quotes', () => {
    const j = seed('004');
    expect(j.date).toBe('2023-11-02');
    expect(j.provinces).toEqual(['quang-ninh']);
    expect(j.movements).toEqual(expect.arrayContaining(['Vì an ninh Tổ quốc', 'Nâng cao y đức', 'Khuyến học, khuyến tài']));
    expect(j.movements.length).toBeGreaterThanOrEqual(15);
  });
});

describe('npm run import:seeds', () => {
  it('says so and exits 0 when the seeds folder is not there', async () => {
    const r = await runTool(seedReport, ['--dir', path.join(tmpdir(), 'khong-co-thu-muc-nay')], CONTENT);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Không có thư mục bài mẫu');
  });
});

/**
 * Markdown from the web editor is untrusted: a `.md` report holding a script, raw HTML, an
 * `import` line, `{…}` expressions and `javascript:` links is built into a page where all of
 * it is text, nothing of it runs at build time, and trusted `.mdx` files keep their HTML.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isSafeUrl } from '../src/lib/markdown/untrusted.ts';
import { buildSite, type BuiltSite } from './build-site.ts';
import { copyFixture } from './helpers.ts';

const UNTRUSTED = `---
title: "Bài từ trình biên tập"
date: "9/1/2023"
eventKind: "tin tức"
summary: "Bài thử những gì không được chạy."
provinces: ["ha-giang"]
---

import fs from 'node:fs'

export const secret = fs.readFileSync('/etc/hostname', 'utf8')

Biểu thức {process.exit(3)} và {1 + 1} giữ nguyên.

<script>document.title = 'bị chèn mã'</script>

Ảnh <img src="x" onerror="alert(1)"> và <iframe src="https://example.org"></iframe> trong câu.

<div onclick="alert(2)">Khối HTML</div>

[Bấm vào đây](javascript:alert(3)) và [liên kết tham chiếu][xau] và <javascript:alert(4)> và [chữ hoa](JaVaScRiPt:alert(5)).

[xau]: javascript:alert(6)

[Trang tỉnh](/tinh-thanh/ha-giang/) và [cổng tỉnh](https://hagiang.gov.vn/) vẫn là liên kết.

![Ảnh ngoài](https://example.org/anh.png)
`;

const TRUSTED_MDX = `---
title: "Bài MDX của người có quyền"
date: "10/1/2023"
eventKind: "tin tức"
summary: "MDX vẫn giữ HTML."
provinces: ["ha-giang"]
---

Chữ <strong className="dam">đậm bằng HTML</strong> trong MDX.
`;

/** The article body of a report's page: the elements inside <main>. */
function mainOf(html: string) {
  const doc = parseDocument(html);
  const find = (node: any): any => (node.name === 'main' ? node : (node.children ?? []).map(find).find(Boolean));
  return find(doc);
}

function elements(node: any, out: any[] = []): any[] {
  if (node.type === 'tag' || node.type === 'script' || node.type === 'style') out.push(node);
  for (const child of node.children ?? []) elements(child, out);
  return out;
}

const textOf = (node: any): string => (node.type === 'text' ? node.data : (node.children ?? []).map(textOf).join(''));
/** The page's text with the typographic quotes of smart punctuation made plain again. */
const plainText = (node: any) => textOf(node).replace(/[‘’]/g, "'").replace(/[“”]/g, '"');

describe('isSafeUrl', () => {
  it('takes http(s), mailto, tel and paths; refuses other schemes, however they are written', () => {
    for (const url of ['https://a.vn/', 'http://a.vn', 'mailto:a@b.vn', 'tel:0123', '/tin-tuc/', './images/a.png', '#muc', '?q=1', 'bai-viet/']) {
      expect(isSafeUrl(url), url).toBe(true);
    }
    for (const url of ['javascript:alert(1)', 'JavaScript:alert(1)', ' java\tscript:alert(1)', 'data:text/html,<script>', 'vbscript:x', 'file:///etc/passwd']) {
      expect(isSafeUrl(url), url).toBe(false);
    }
  });
});

describe('an untrusted .md report, built', () => {
  let site: BuiltSite;
  let copy: ReturnType<typeof copyFixture>;
  let main: any;

  beforeAll(() => {
    copy = copyFixture();
    writeFileSync(path.join(copy.dir, 'reports', 'bai-tu-trinh-bien-tap.md'), UNTRUSTED);
    writeFileSync(path.join(copy.dir, 'reports', 'bai-mdx-tin-cay.mdx'), TRUSTED_MDX);
    site = buildSite(copy.dir);
    if (site.status !== 0) throw new Error(`build failed (${site.status}):\n${site.output}`);
    main = mainOf(readFileSync(path.join(site.outDir, 'tin-tuc', 'bai-tu-trinh-bien-tap', 'index.html'), 'utf8'));
  });
  afterAll(() => {
    site?.cleanup();
    copy?.cleanup();
  });

  it('runs nothing at build time: the import and the expressions are text on the page', () => {
    const text = plainText(main);
    expect(text).toContain("import fs from 'node:fs'");
    expect(text).toContain("export const secret = fs.readFileSync('/etc/hostname', 'utf8')");
    expect(text).toContain('Biểu thức {process.exit(3)} và {1 + 1} giữ nguyên.');
  });

  it('shows raw HTML as text and adds no element, handler or script from it', () => {
    const text = plainText(main);
    expect(text).toContain("<script>document.title = 'bị chèn mã'</script>");
    expect(text).toContain('<img src="x" onerror="alert(1)">');
    expect(text).toContain('<div onclick="alert(2)">Khối HTML</div>');
    const tags = elements(main);
    expect(tags.filter((e) => ['script', 'img', 'iframe', 'div'].includes(e.name) && /alert|example\.org|^x$/.test(JSON.stringify(e.attribs)))).toEqual([]);
    expect(tags.flatMap((e) => Object.keys(e.attribs ?? {})).filter((name) => name.startsWith('on'))).toEqual([]);
  });

  it('keeps the words of javascript: links and drops their address; safe links stay links', () => {
    const links = elements(main).filter((e) => e.name === 'a');
    const hrefs = links.map((a) => a.attribs.href);
    expect(hrefs.filter((h) => /script:/i.test(h))).toEqual([]);
    const text = plainText(main);
    expect(text).toContain('Bấm vào đây và liên kết tham chiếu và javascript:alert(4) và chữ hoa.');
    expect(hrefs).toContain('/tinh-thanh/ha-giang/');
    expect(hrefs).toContain('https://hagiang.gov.vn/');
  });

  it('turns an image from another site into a link to it, so the page loads nothing from there', () => {
    const images = elements(main).filter((e) => e.name === 'img');
    expect(images.map((i) => i.attribs.src).filter((s) => /example\.org/.test(s))).toEqual([]);
    const link = elements(main).find((e) => e.name === 'a' && e.attribs.href === 'https://example.org/anh.png');
    expect(link && textOf(link)).toBe('Ảnh ngoài');
  });

  it('leaves trusted .mdx alone: its HTML is still HTML', () => {
    const mdx = mainOf(readFileSync(path.join(site.outDir, 'tin-tuc', 'bai-mdx-tin-cay', 'index.html'), 'utf8'));
    const strong = elements(mdx).find((e) => e.name === 'strong' && e.attribs.class === 'dam');
    expect(strong && textOf(strong)).toBe('đậm bằng HTML');
  });
});

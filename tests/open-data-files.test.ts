/**
 * The downloads as the build writes them (src/lib/open-data/files.ts): every file under
 * its address with the site's base path, and the cache that lets a build whose decisions
 * are unchanged copy them instead of writing them again.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateContent } from '../src/lib/content/validate.ts';
import { downloadFiles, textOf } from '../src/lib/open-data/files.ts';
import { cachedFolder, copyTree, rollsKey, storeFolder } from '../src/lib/build-cache.ts';

const { problems, content } = validateContent(path.resolve('src/content'));
const address = { site: 'https://example.gov.vn', base: '/thi-dua/' };
const work = mkdtempSync(path.join(tmpdir(), 'bang-vang-files-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the download files of the demo content', () => {
  const files = [...downloadFiles(content, address)];
  const byPath = new Map(files.map((f) => [f.path, textOf(f)]));

  it('has a CSV and a JSON file for every decision, and the index lists each decision once', () => {
    expect(problems).toEqual([]);
    expect(new Set(files.map((f) => f.path)).size).toBe(files.length);
    const index = JSON.parse(byPath.get('du-lieu/quyet-dinh.json')!);
    expect(index.decisions.map((d: { id: string }) => d.id).sort()).toEqual(content.decisions.map((d) => d.id).sort());
    for (const decision of content.decisions) {
      const csv = byPath.get(`du-lieu/quyet-dinh/${decision.id}.csv`)!;
      // BOM, the header, then one line per record.
      expect(csv.startsWith('\uFEFF')).toBe(true);
      expect(csv.trimEnd().split('\r\n')).toHaveLength(decision.data.records.length + 1);
      const json = JSON.parse(byPath.get(`du-lieu/quyet-dinh/${decision.id}.json`)!);
      expect(json.records).toHaveLength(decision.data.records.length);
    }
  });

  it('gives addresses under the base path the site is published at', () => {
    const decision = content.decisions[0]!;
    const json = JSON.parse(byPath.get(`du-lieu/quyet-dinh/${decision.id}.json`)!);
    expect(json.site).toBe('https://example.gov.vn/thi-dua/');
    expect(json.decision.url).toBe(`https://example.gov.vn/thi-dua/quyet-dinh/${decision.id}/`);
    expect(json.decision.csv).toBe(`https://example.gov.vn/thi-dua/du-lieu/quyet-dinh/${decision.id}.csv`);
  });

  it('files a merged unit’s records under its successor too: Hà Giang 2022 in Tuyên Quang’s roll', () => {
    const tuyenQuang = JSON.parse(byPath.get('du-lieu/tinh-thanh/tuyen-quang/2022.json')!);
    expect(tuyenQuang.lineage).toContain('ha-giang');
    expect(tuyenQuang.url).toBe('https://example.gov.vn/thi-dua/tinh-thanh/tuyen-quang/2022/');
    expect(tuyenQuang.decisions.some((d: { province: string }) => d.province === 'ha-giang')).toBe(true);
  });

  it('has a CSV and a JSON file for every award, recipients or not', () => {
    for (const award of content.awards.values()) {
      expect(byPath.has(`du-lieu/khen-thuong/${award.id}.csv`)).toBe(true);
      const json = JSON.parse(byPath.get(`du-lieu/khen-thuong/${award.id}.json`)!);
      expect(json.award).toBe(award.id);
    }
  });
});

describe('the cache of files made from the rolls', () => {
  it('keeps its key when a report is added, and changes it when a record, a name, the address or the code changes', () => {
    const key = rollsKey(content, address, 'code-1');
    const withReport = { ...content, reports: [...content.reports, content.reports[0]!] };
    expect(rollsKey(withReport, address, 'code-1')).toBe(key);
    expect(rollsKey(content, { ...address, base: '/' }, 'code-1')).not.toBe(key);
    expect(rollsKey(content, address, 'code-2')).not.toBe(key);

    const [first, ...rest] = content.decisions;
    const records = first!.data.records.map((r, i) => (i === 0 ? { ...r, name: `${r.name} Anh` } : r));
    const edited = { ...content, decisions: [{ ...first!, data: { ...first!.data, records } }, ...rest] };
    expect(rollsKey(edited, address, 'code-1')).not.toBe(key);
    // What else the files depend on (a tool's version, say) is part of the key.
    expect(rollsKey(content, address, 'code-1', { pagefind: '1.6.0' })).not.toBe(key);
  });

  it('gives back exactly the files stored, and only once a build completed them', () => {
    const written = path.join(work, 'written');
    mkdirSync(path.join(written, 'quyet-dinh'), { recursive: true });
    writeFileSync(path.join(written, 'quyet-dinh.json'), '{"a":1}\n');
    writeFileSync(path.join(written, 'quyet-dinh', 'x.csv'), '\uFEFFa,b\r\n');
    const cache = path.join(work, 'cache');
    expect(cachedFolder(cache, 'k1')).toBeUndefined();
    storeFolder(cache, 'k1', written, '{"groups":3}');
    const found = cachedFolder(cache, 'k1');
    expect(found?.note).toBe('{"groups":3}');
    const copy = path.join(work, 'copy');
    expect(copyTree(found!.folder, copy)).toEqual({ files: 2, bytes: 8 + 8 });
    expect(readFileSync(path.join(copy, 'quyet-dinh', 'x.csv'), 'utf8')).toBe('\uFEFFa,b\r\n');
    expect(readdirSync(copy).sort()).toEqual(['quyet-dinh', 'quyet-dinh.json']);
    // A newer key replaces the older one.
    storeFolder(cache, 'k2', written);
    expect(cachedFolder(cache, 'k1')).toBeUndefined();
    expect(existsSync(path.join(cache, 'k2'))).toBe(true);
  });
});

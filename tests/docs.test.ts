import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderContentFormats } from '../scripts/docs-content-formats.ts';

describe('docs/content-formats.md', () => {
  it('matches the schemas (run `npm run docs:formats` after changing a schema)', () => {
    expect(readFileSync('docs/content-formats.md', 'utf8')).toBe(renderContentFormats());
  });
  it('documents every field of a decision record', () => {
    const doc = renderContentFormats();
    for (const field of ['stt', 'name', 'kind', 'title', 'unit', 'province', 'citation', 'posthumous', 'honoree']) {
      expect(doc).toMatch(new RegExp(`\\| \`${field}\` \\| (yes|no) \\| \\S`));
    }
  });
});

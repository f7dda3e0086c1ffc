/**
 * npm run editor:config [-- --schemas DIR] [--content DIR] [--out FILE]
 *
 * Prints the web editor's configuration (the file served at <base>/quan-tri/config.json),
 * generated from the schemas and the content as the build does, and lists the fields that
 * have no Vietnamese label in src/i18n/vi.json yet. `--schemas` reads another copy of
 * src/schemas/ (to see what a new field will look like). Exit codes: 0 done, 1 a field has no
 * label or a reference no list of ids, 2 wrong use.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import vi from '../src/i18n/vi.json' with { type: 'json' };
import { loadSchemaModules, projectEditorConfig } from '../src/lib/editor/project.ts';
import { siteConfig } from '../src/site.config.ts';
import { consoleIO, readArguments, runIfEntry, type CliIO } from './lib/cli.ts';

const USAGE = `Cách dùng: npm run editor:config -- [--schemas src/schemas] [--content src/content] [--out config.json]
In ra cấu hình trình biên tập (/quan-tri/config.json) sinh từ các schema và nội dung.`;

const OPTIONS = {
  schemas: { type: 'string' },
  content: { type: 'string' },
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function main(argv: string[], io: CliIO = consoleIO, labels: Record<string, string> = vi): Promise<number> {
  const { values } = readArguments(argv, OPTIONS, USAGE);
  const schemaDir = path.resolve(values.schemas ?? 'src/schemas');
  const generated = projectEditorConfig({
    modules: await loadSchemaModules(schemaDir),
    schemaDir,
    labels,
    base: process.env.BASE_PATH || siteConfig.base,
    siteUrl: process.env.SITE_URL || siteConfig.url,
    ...(values.content ? { content: path.resolve(values.content) } : {}),
  });
  const json = `${JSON.stringify(generated.config, null, 1)}\n`;
  if (values.out) {
    writeFileSync(values.out, json);
    io.out(`Đã viết ${values.out}.`);
  } else {
    io.out(json);
  }
  for (const key of generated.missingLabels) io.err(`Chưa có nhãn tiếng Việt: thêm "${key}" vào src/i18n/vi.json (đang hiện dòng chú thích của schema).`);
  for (const warning of generated.warnings) io.err(`Cảnh báo: ${warning}`);
  return generated.missingLabels.length > 0 || generated.warnings.length > 0 ? 1 : 0;
}

runIfEntry(import.meta.url, main);

/**
 * Refuses to build a site from bad content: runs the same checks as
 * `npm run check:content` before Astro reads a single entry, and prints every
 * problem as "file: field: message".
 * Also normalises MDX sources to NFC, so a name typed with combining marks reaches
 * the page in the same form as every other text.
 */
import type { AstroIntegration } from 'astro';
import { formatProblems } from '../lib/content/validate.ts';
import { checkedContent } from '../lib/content/checked.ts';
import { contentDir } from '../lib/content/read.ts';

export class ContentError extends Error {
  readonly problems: string;
  constructor(problems: string) {
    super(`Nội dung chưa hợp lệ, chưa thể dựng trang:\n${problems}`);
    this.problems = problems;
    this.name = 'ContentError';
    // The list is the message; a stack trace would only bury it.
    this.stack = this.message;
  }
}

export default function contentCheck(): AstroIntegration {
  return {
    name: 'bang-vang:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger, updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'bang-vang:nfc-mdx',
                enforce: 'pre',
                transform(code, id) {
                  if (/\.mdx?(\?|$)/.test(id)) return { code: code.normalize('NFC'), map: null };
                  return undefined;
                },
              },
            ],
          },
        });
        if (command !== 'build') return;
        const started = performance.now();
        const { problems, content } = checkedContent(contentDir());
        if (problems.length > 0) {
          throw new ContentError(formatProblems(problems));
        }
        const records = content.decisions.reduce((n, d) => n + d.data.records.length, 0);
        logger.info(
          `Nội dung hợp lệ: ${content.reports.length} tin, ${content.movements.length} phong trào, ` +
            `${content.decisions.length} quyết định (${records} lượt khen), ${content.clusters.length} cụm/khối ` +
            `(${Math.round(performance.now() - started)} ms, Node ${process.version})`,
        );
      },
    },
  };
}

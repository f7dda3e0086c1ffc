/**
 * The page the live server (`npm run dev`) shows instead of any page while the content has
 * problems: every problem as "file: field: message", in Vietnamese, and nothing else to read
 * past. It loads Vite's client, so it reloads by itself once the file is fixed and saved.
 */
import { t } from '../../i18n/t.ts';
import { escapeHtml } from '../html.ts';
import type { Problem } from './problems.ts';

export function problemsPage(problems: readonly Problem[], base: string): string {
  const items = problems.map((p) => `<li><code>${escapeHtml(p.file)}</code>: <strong>${escapeHtml(p.field)}</strong>: ${escapeHtml(p.message)}</li>`).join('\n');
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t('dev.problemsTitle'))}</title>
<script type="module" src="${escapeHtml(base)}@vite/client"></script>
<style>body{font:1.05rem/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}h1{color:#a4161a}li{margin:.5rem 0;overflow-wrap:anywhere}code{background:#f3f3f3;padding:0 .2rem}</style>
</head>
<body>
<main data-content-problems>
<h1>${escapeHtml(t('dev.problemsTitle'))}</h1>
<p>${escapeHtml(t('dev.problemsIntro'))}</p>
<ul>
${items}
</ul>
</main>
</body>
</html>
`;
}

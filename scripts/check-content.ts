/**
 * npm run check:content — read every content file and print every problem at once,
 * as "file: field: message". Exits 1 when there is any.
 */
import { contentDir } from '../src/lib/content/read.ts';
import { formatProblems, validateContent } from '../src/lib/content/validate.ts';

const dir = contentDir();
const { problems, content } = validateContent(dir);
if (problems.length > 0) {
  console.error(formatProblems(problems));
  console.error(`\n${problems.length} lỗi trong nội dung (${dir}). Sửa các lỗi trên rồi chạy lại.`);
  process.exit(1);
}
const records = content.decisions.reduce((n, d) => n + d.data.records.length, 0);
console.log(
  `Nội dung hợp lệ (${dir}): ${content.reports.length} tin bài, ${content.movements.length} phong trào, ` +
    `${content.honorees.length} hồ sơ, ${content.clusters.length} cụm/khối, ${content.decisions.length} quyết định với ${records} lượt khen thưởng.`,
);

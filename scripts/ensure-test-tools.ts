/**
 * Runs before `npm test`: the browser tests drive Debian's Chromium, and the test of reading a
 * scanned decision runs Tesseract (with its Vietnamese data) and poppler's pdftoppm. Where one
 * is missing and we may install system packages (root with apt-get, as in CI), install it;
 * otherwise say exactly what to do. Chromium is required; without the OCR tools the OCR test
 * is skipped, except in CI (CI=true), where every test runs.
 * Exit codes: 0 everything is there (or was installed), 1 Chromium is missing, 2 wrong use.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { consoleIO, fail, readArguments, runIfEntry, type CliIO } from './lib/cli.ts';

const USAGE = `Cách dùng: node scripts/ensure-test-tools.ts
Kiểm tra các chương trình mà bộ kiểm thử cần: Chromium (CHROMIUM_PATH, mặc định /usr/bin/chromium) và Tesseract, poppler để đọc bản quét; cài các gói của Debian khi thiếu và được quyền.`;

const OPTIONS = { help: { type: 'boolean', short: 'h' } } as const;

/** Debian's packages for the OCR test, and the file each one installs. */
const OCR_PACKAGES = [
  { name: 'tesseract-ocr', file: '/usr/bin/tesseract' },
  { name: 'tesseract-ocr-vie', file: '/usr/share/tesseract-ocr/5/tessdata/vie.traineddata' },
  { name: 'poppler-utils', file: '/usr/bin/pdftoppm' },
];

export function main(argv: string[], io: CliIO = consoleIO): number {
  readArguments(argv, OPTIONS, USAGE, { positionals: false });
  const env = io.env ?? process.env;
  // Where the browser tests look for it (tests/browser/launch.ts).
  const chromium = env.CHROMIUM_PATH || '/usr/bin/chromium';
  const missing = [...(existsSync(chromium) ? [] : ['chromium']), ...OCR_PACKAGES.filter((p) => !existsSync(p.file)).map((p) => p.name)];
  if (missing.length === 0) return 0;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (!isRoot || !hasApt) {
    if (missing.includes('chromium')) {
      fail(
        `Không tìm thấy Chromium tại ${chromium}. Cài bằng: sudo apt-get install -y chromium ` +
          '(hoặc đặt biến CHROMIUM_PATH trỏ tới trình duyệt Chromium có sẵn), rồi chạy lại npm test.',
        1,
      );
    }
    io.err(`Chưa có ${missing.join(', ')}: bỏ qua kiểm thử đọc bản quét (OCR). Cài bằng: sudo apt-get install -y ${missing.join(' ')}`);
    return 0;
  }
  io.out(`Đang cài các gói của Debian mà bộ kiểm thử cần: ${missing.join(', ')}…`);
  // apt-get's own progress goes straight to the terminal.
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return 0;
}

runIfEntry(import.meta.url, main);

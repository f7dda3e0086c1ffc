/**
 * Runs before `npm test`: the browser tests drive Debian's Chromium. Where it is
 * missing and we may install system packages (root with apt-get, as in CI), install it;
 * otherwise say exactly what to do.
 * Exit codes: 0 Chromium is there (or was installed), 1 it is missing, 2 wrong use.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { consoleIO, fail, readArguments, runIfEntry, type CliIO } from './lib/cli.ts';

const USAGE = `Cách dùng: node scripts/ensure-browser.ts
Kiểm tra Chromium (CHROMIUM_PATH, mặc định /usr/bin/chromium) cho các kiểm thử trên trình duyệt; cài gói "chromium" của Debian khi thiếu và được quyền.`;

const OPTIONS = { help: { type: 'boolean', short: 'h' } } as const;

export function main(argv: string[], io: CliIO = consoleIO): number {
  readArguments(argv, OPTIONS, USAGE, { positionals: false });
  // Where the browser tests look for it (tests/browser/launch.ts).
  const chromium = (io.env ?? process.env).CHROMIUM_PATH || '/usr/bin/chromium';
  if (existsSync(chromium)) return 0;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (!isRoot || !hasApt) {
    fail(
      `Không tìm thấy Chromium tại ${chromium}. Cài bằng: sudo apt-get install -y chromium ` +
        '(hoặc đặt biến CHROMIUM_PATH trỏ tới trình duyệt Chromium có sẵn), rồi chạy lại npm test.',
      1,
    );
  }
  io.out('Chưa có Chromium để chạy kiểm thử trên trình duyệt; đang cài gói "chromium" của Debian…');
  // apt-get's own progress goes straight to the terminal.
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return 0;
}

runIfEntry(import.meta.url, main);

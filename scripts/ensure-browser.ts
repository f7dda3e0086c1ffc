/**
 * Runs before `npm test`: the browser tests drive Debian's Chromium. Where it is
 * missing and we may install system packages (root with apt-get, as in CI), install it;
 * otherwise say exactly what to do.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

if (!existsSync(CHROMIUM)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt) {
    console.log('Chưa có Chromium để chạy kiểm thử trên trình duyệt; đang cài gói "chromium" của Debian…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } else {
    console.error(
      `Không tìm thấy Chromium tại ${CHROMIUM}. Cài bằng: sudo apt-get install -y chromium ` +
        '(hoặc đặt biến CHROMIUM_PATH trỏ tới trình duyệt Chromium có sẵn), rồi chạy lại npm test.',
    );
    process.exit(1);
  }
}

/**
 * The contract every command-line tool keeps (scripts/lib/cli.ts): `main(argv, io)` returns
 * the exit code; a wrong option prints what is wrong, in Vietnamese, and the usage, and exits
 * 2; --help prints the usage and exits 0; a problem is printed as its message alone, never
 * as a stack trace. Each tool is checked in-process, and a few as real processes.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CliError, fail, memoryIO, readArguments, run, wholeNumber, type Main } from '../scripts/lib/cli.ts';
import { FIXTURE } from './helpers.ts';

const TOOLS: Record<string, { script: string; usage: string }> = {
  'check:content': { script: 'scripts/check-content.ts', usage: 'Cách dùng: npm run check:content' },
  generate: { script: 'scripts/generate-dataset.ts', usage: 'Cách dùng: npm run generate -- --records N --out THƯ_MỤC [--seed S]' },
  'docs:formats': { script: 'scripts/docs-content-formats.ts', usage: 'Cách dùng: npm run docs:formats [-- --check]' },
  bench: { script: 'scripts/bench.ts', usage: 'Cách dùng: npm run bench [-- --records 20000,200000]' },
  'bench:open-data': { script: 'scripts/bench-open-data.ts', usage: 'Cách dùng: npm run bench:open-data [-- --data .bench/data-200000]' },
  'bench:search': { script: 'scripts/search-bench.ts', usage: 'Cách dùng: npm run bench:search [-- --records 200000]' },
  pretest: { script: 'scripts/ensure-test-tools.ts', usage: 'Cách dùng: node scripts/ensure-test-tools.ts' },
  new: { script: 'scripts/new.ts', usage: 'Cách dùng:\n  npm run new -- report' },
};

/** The beginning of `text`, as long as `expected`: a failure shows both. */
const start = (text: string, expected: string) => text.slice(0, expected.length);

async function mainOf(script: string): Promise<Main> {
  return ((await import(path.resolve(script))) as { main: Main }).main;
}

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

const OPTIONS = {
  records: { type: 'string' },
  force: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;
const USAGE = 'Cách dùng: công-cụ --records N [--force]';

/** What `readArguments` throws for `argv`, as the runner would print it. */
async function wrongUse(argv: string[], positionals = true) {
  const io = memoryIO();
  const code = await run(() => void readArguments(argv, OPTIONS, USAGE, { positionals }), argv, io);
  return { code, stderr: io.stderr.join('\n'), stdout: io.stdout.join('\n') };
}

describe('readArguments', () => {
  it('reads options and the other words', () => {
    const { values, positionals } = readArguments(['báo-cáo', '--records', '12', '--force', 'hai'], OPTIONS, USAGE);
    expect(values).toEqual({ records: '12', force: true });
    expect(positionals).toEqual(['báo-cáo', 'hai']);
  });
  it('says in Vietnamese what is wrong with an option, then the usage, and exits 2', async () => {
    expect(await wrongUse(['--bogus'])).toEqual({ code: 2, stdout: '', stderr: `Không có tùy chọn --bogus.\n\n${USAGE}` });
    expect((await wrongUse(['--recods', '5'])).stderr).toBe(`Không có tùy chọn --recods. Có phải --records?\n\n${USAGE}`);
    expect((await wrongUse(['-x'])).stderr).toBe(`Không có tùy chọn -x.\n\n${USAGE}`);
    expect((await wrongUse(['--records'])).stderr).toBe(`Thiếu giá trị sau --records.\n\n${USAGE}`);
    expect((await wrongUse(['--records', '--force'])).stderr).toBe(`Thiếu giá trị sau --records.\n\n${USAGE}`);
    expect((await wrongUse(['--force=yes'])).stderr).toBe(`--force không nhận giá trị.\n\n${USAGE}`);
  });
  it('refuses words besides the options where a tool takes none', async () => {
    expect(await wrongUse(['thừa'], false)).toEqual({ code: 2, stdout: '', stderr: `Không hiểu tham số “thừa”.\n\n${USAGE}` });
    expect((await wrongUse(['thừa'], true)).code).toBe(0);
  });
  it('prints the usage for --help and -h, and exits 0', async () => {
    for (const flag of ['--help', '-h']) expect(await wrongUse([flag])).toEqual({ code: 0, stdout: USAGE, stderr: '' });
  });
});

describe('wholeNumber', () => {
  it('reads counts with or without grouped thousands', () => {
    for (const text of ['200000', '200_000', '200.000', '200,000', ' 200000 ']) expect(wholeNumber('records', text)).toBe(200_000);
    expect(wholeNumber('runs', '0')).toBe(0);
  });
  it('refuses anything else, naming the option', () => {
    const message = (text: string, limits = {}) => {
      try {
        wholeNumber('records', text, limits);
      } catch (error) {
        expect(error).toBeInstanceOf(CliError);
        expect((error as CliError).exitCode).toBe(2);
        return (error as CliError).message;
      }
      throw new Error(`${text} was accepted`);
    };
    expect(message('abc', { min: 1, example: '200000' })).toBe('--records phải là một số nguyên dương, ví dụ 200000, đang là "abc".');
    expect(message('-5')).toBe('--records phải là một số nguyên, đang là "-5".');
    expect(message('2.5')).toBe('--records phải là một số nguyên, đang là "2.5".');
    expect(message('20.00')).toBe('--records phải là một số nguyên, đang là "20.00".');
    expect(message('3', { min: 5 })).toBe('--records phải từ 5 trở lên, đang là 3.');
    expect(message('12000000', { max: 10_000_000, usage: USAGE })).toBe(`--records tối đa là 10.000.000, đang là 12000000.\n\n${USAGE}`);
  });
});

describe('run', () => {
  it('prints a problem as its message alone, and returns its exit code', async () => {
    const io = memoryIO();
    expect(await run(() => fail('Không đọc được tệp a.xlsx: tệp đã hỏng.', 1), [], io)).toBe(1);
    expect(io.stderr).toEqual(['Không đọc được tệp a.xlsx: tệp đã hỏng.']);
    expect(io.stdout).toEqual([]);
  });
  it('returns 0 when main returns nothing, and its own code otherwise', async () => {
    expect(await run(() => undefined, [], memoryIO())).toBe(0);
    expect(await run(async () => 3, [], memoryIO())).toBe(3);
  });
  it('lets a fault of the tool itself through, with its stack', async () => {
    await expect(run(() => JSON.parse('{'), [], memoryIO())).rejects.toThrow(SyntaxError);
  });
});

describe('every command-line tool, in-process', () => {
  for (const [name, tool] of Object.entries(TOOLS)) {
    it(`${name}: a wrong option exits 2 with the usage; --help exits 0 with it`, async () => {
      const main = await mainOf(tool.script);
      const wrong = memoryIO();
      expect(await run(main, ['--khong-co'], wrong)).toBe(2);
      expect(wrong.stdout).toEqual([]);
      expect(start(wrong.stderr.join('\n'), `Không có tùy chọn --khong-co.\n\n${tool.usage}`)).toBe(`Không có tùy chọn --khong-co.\n\n${tool.usage}`);
      const help = memoryIO();
      expect(await run(main, ['--help'], help)).toBe(0);
      expect(help.stderr).toEqual([]);
      expect(start(help.stdout.join('\n'), tool.usage)).toBe(tool.usage);
    });
  }

  it('check:content reads the folder in io.env and exits 1 with every problem', async () => {
    const main = await mainOf('scripts/check-content.ts');
    const good = memoryIO({ CONTENT_DIR: FIXTURE });
    expect(await run(main, [], good)).toBe(0);
    expect(start(good.stdout.join('\n'), `Nội dung hợp lệ (${FIXTURE}): `)).toBe(`Nội dung hợp lệ (${FIXTURE}): `);

    const dir = mkdtempSync(path.join(tmpdir(), 'bang-vang-cli-'));
    temps.push(dir);
    cpSync(FIXTURE, dir, { recursive: true });
    writeFileSync(path.join(dir, 'reports', 'hong.md'), '---\ntitle: "Tin"\ndate: "31/2/2024"\neventKind: "tong-ket"\nsummary: "Tóm tắt."\n---\n\nNội dung.\n');
    const bad = memoryIO({ CONTENT_DIR: dir });
    expect(await run(main, [], bad)).toBe(1);
    const file = path.join(dir, 'reports', 'hong.md');
    expect(bad.stderr).toEqual([
      [
        `${file}: date: ngày 31/2/2024 không có thật (tháng 2/2024 chỉ có 29 ngày)`,
        '',
        `1 lỗi trong nội dung (${dir}). Sửa các lỗi trên rồi chạy lại.`,
      ].join('\n'),
    ]);
    expect(bad.stdout).toEqual([]);
  });

  it('docs:formats --check finds docs/content-formats.md up to date', async () => {
    const io = memoryIO();
    expect(await run(await mainOf('scripts/docs-content-formats.ts'), ['--check'], io)).toBe(0);
    expect(io.stdout).toEqual(['docs/content-formats.md khớp với các schema.']);
  });
});

describe('as real commands', () => {
  const command = (script: string, args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  const STACK = /\n\s+at .*:\d+:\d+/;

  it('exit 2 on a wrong option and 0 on --help, with the same text as in-process', () => {
    const wrong = command(TOOLS.generate!.script, ['--khong-co']);
    expect(wrong.status).toBe(2);
    expect(wrong.stdout).toBe('');
    expect(wrong.stderr).toBe(`Không có tùy chọn --khong-co.\n\n${TOOLS.generate!.usage}\n`);
    const help = command(TOOLS['check:content']!.script, ['-h']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Cách dùng: npm run check:content\n/);
  });

  it('print a problem without a stack trace, and exit with its code', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bang-vang-cli-'));
    temps.push(dir);
    writeFileSync(path.join(dir, 'ghi-chu.txt'), 'của người khác');
    const refused = command(TOOLS.generate!.script, ['--records', '50', '--out', dir]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toBe(
      `Thư mục "${dir}" đã có dữ liệu và không phải do công cụ này tạo (thiếu tệp .bang-vang-dataset). Hãy chọn thư mục trống hoặc thư mục chưa có.\n`,
    );
    expect(refused.stderr).not.toMatch(STACK);
  });

  it('are not run when imported: importing a tool prints nothing and writes nothing', () => {
    const script = `for (const s of ${JSON.stringify(Object.values(TOOLS).map((t) => path.resolve(t.script)))}) await import(s);`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('');
    expect(r.status).toBe(0);
  });
});

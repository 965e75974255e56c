import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/main.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

async function run(argv: string[], env: NodeJS.ProcessEnv = {}) {
  const r = await runCli(argv, { env });
  return { code: r.code, text: r.stdout + r.stderr };
}

describe('help', () => {
  it('every command has help with examples, exit 0', async () => {
    for (const cmd of ['validate', 'lint', 'rules', 'explain', 'render', 'diff', 'init', 'schema', 'fmt', 'test-rules']) {
      const r = await run([cmd, '--help']);
      expect(r.code, cmd).toBe(0);
      expect(r.text, cmd).toContain(`Usage: mplan ${cmd}`);
    }
    expect((await run(['lint', '--help'])).text).toContain('Examples:');
  });

  it('is in Japanese, commander words included, with --lang ja or LANG=ja_JP.UTF-8', async () => {
    for (const r of [await run(['lint', '--help', '--lang', 'ja']), await run(['lint', '--help'], { LANG: 'ja_JP.UTF-8' })]) {
      expect(r.code).toBe(0);
      expect(r.text).toContain('使い方: mplan lint');
      expect(r.text).toContain('オプション:');
      expect(r.text).toContain('例:');
      expect(r.text).not.toMatch(/\(default:|\(choices:|^Options:/m);
    }
  });

  it('says render writes HTML and PDF too, in en and ja', async () => {
    expect((await run(['--help'])).text).toMatch(/render \[options\].*Markdown, HTML or PDF/);
    expect((await run(['--help', '--lang', 'ja'])).text).toMatch(/render \[options\].*Markdown・HTML・PDF/);
  });

  it('every command takes --lang en|ja (issue 9)', async () => {
    const io = { stdout: { write: () => true }, stderr: { write: () => true }, cwd: process.cwd(), env: {} };
    const program = buildProgram(io, 'en', () => undefined);
    const without = program.commands.filter((c) => c.name() !== 'help' && !c.options.some((o) => o.long === '--lang'));
    expect(without.map((c) => c.name())).toEqual([]);
    expect((await run(['schema', '--out', tempDir('mplan-lang-test-'), '--lang', 'ja'])).code).toBe(0);
  });

  it('an unknown option or command is a usage error, exit 2', async () => {
    expect((await run(['lint', '--no-such-option'])).code).toBe(2);
    expect((await run(['lnit'])).code).toBe(2);
  });

  it('a reader that stops early (`mplan --help | head -1`) is not an error and prints no stack trace', () => {
    const r = spawnSync('sh', ['-c', 'node bin/mplan.js --help | head -1; node bin/mplan.js rules | head -1'], { encoding: 'utf8' });
    expect(r.stderr).not.toMatch(/EPIPE|at .*\(node:/);
  });
});

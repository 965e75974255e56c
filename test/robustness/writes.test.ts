/**
 * Writing files safely (issue 13 item 1, issue 14 items 4, 6, 7): no output
 * option replaces a plan file or adds one; writes go through symbolic links,
 * keep the file's mode, refuse read-only files and write special files in
 * place. Everything happens inside temporary folders; special files are FIFOs
 * made here, never the machine's /dev.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, lstatSync, mkdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileSafe } from '../../src/write/index.js';
import { runCli } from '../helpers/cli.js';
import { Repo } from '../helpers/repo.js';
import { writePlan, MINIMAL_PLAN as PLAN } from '../helpers/plan.js';
import { fingerprint, hasStackTrace } from './helpers.js';

const KPI = 'kind: KPI\nid: kpi-visits\nname: Visits\nunit: count\n';

/** The plan's files as `mplan lint` reports them, to show a refused write changed nothing mplan reads. */
async function lintJson(dir: string): Promise<string> {
  return (await runCli(['lint', '--format', 'json'], { cwd: dir })).stdout;
}

describe('output options never replace or add a plan file', () => {
  const cases: Array<{ what: string; args: (target: string) => string[] }> = [
    { what: 'render -o', args: (t) => ['render', 'report', '-o', t] },
    { what: 'lint --format name=FILE', args: (t) => ['lint', '--format', `sarif=${t}`] },
    { what: 'lint -o', args: (t) => ['lint', '--format', 'json', '-o', t] },
    { what: 'lint --write-baseline', args: (t) => ['lint', '--write-baseline', t] },
  ];
  for (const { what, args } of cases) {
    for (const target of ['mplan.yaml', 'kpis/visits.yaml', 'kpis/new.yml']) {
      it(`${what} ${target}: exit 2, a clear message, the plan byte-identical and the next lint unchanged`, async () => {
        const dir = writePlan({ 'kpis/visits.yaml': KPI });
        const before = fingerprint(dir);
        const lintBefore = await lintJson(dir);
        for (const lang of ['en', 'ja']) {
          const r = await runCli([...args(target), '--lang', lang], { cwd: dir });
          expect(r.code).toBe(2);
          expect(r.stderr).toContain(target);
          expect(r.stderr).toMatch(lang === 'en' ? /plan/ : /計画/);
          expect(hasStackTrace(r.stderr)).toBe(false);
        }
        expect(fingerprint(dir)).toBe(before);
        expect(await lintJson(dir)).toBe(lintBefore);
      });
    }
  }

  it('allows a .yaml output that lint.ignore covers, and any output outside the plan', async () => {
    const dir = writePlan({ 'kpis/visits.yaml': KPI }, `${PLAN}lint:\n  ignore: [out/**]\n`);
    expect((await runCli(['render', 'report', '-o', 'out/report.yaml'], { cwd: dir })).code).toBe(0);
    expect(readFileSync(path.join(dir, 'out/report.yaml'), 'utf8')).toContain('Test plan');
    expect((await runCli(['lint', '--format', 'sarif=report.sarif'], { cwd: dir })).code).not.toBe(2);
    expect(readFileSync(path.join(dir, 'report.sarif'), 'utf8')).toContain('"version": "2.1.0"');
  });

  it('writes no output at all when one of several is refused', async () => {
    const dir = writePlan({ 'kpis/visits.yaml': KPI });
    const r = await runCli(['lint', '--format', 'sarif=first.sarif', '--format', 'json=goals/x.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(() => statSync(path.join(dir, 'first.sarif'))).toThrow();
  });

  it('diff -o refuses a plan file', async () => {
    const repo = new Repo().write({ 'mplan.yaml': PLAN, 'kpis/visits.yaml': KPI });
    repo.commit('plan');
    const before = readFileSync(path.join(repo.dir, 'kpis/visits.yaml'), 'utf8');
    const r = await runCli(['diff', 'main', '-o', 'kpis/visits.yaml'], { cwd: repo.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('kpis/visits.yaml');
    expect(readFileSync(path.join(repo.dir, 'kpis/visits.yaml'), 'utf8')).toBe(before);
    expect((await runCli(['diff', 'main', '-o', 'diff.txt'], { cwd: repo.dir })).code).toBe(0);
  });
});

describe('writing a file', () => {
  it('writes through a symbolic link: the link stays a link and its target gets the content', () => {
    const dir = writePlan({ 'real/report.md': 'old\n' }, null);
    symlinkSync('real/report.md', path.join(dir, 'report.md'));
    writeFileSafe(path.join(dir, 'report.md'), 'new\n');
    expect(lstatSync(path.join(dir, 'report.md')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(path.join(dir, 'report.md'))).toBe('real/report.md');
    expect(readFileSync(path.join(dir, 'real/report.md'), 'utf8')).toBe('new\n');
  });

  it('keeps the mode of the file it replaces (a private file stays private)', () => {
    const dir = writePlan({ 'private.md': 'old\n' }, null);
    chmodSync(path.join(dir, 'private.md'), 0o600);
    writeFileSafe(path.join(dir, 'private.md'), 'new\n');
    expect(statSync(path.join(dir, 'private.md')).mode & 0o777).toBe(0o600);
    expect(readFileSync(path.join(dir, 'private.md'), 'utf8')).toBe('new\n');
  });

  it('keeps the owner of the file it replaces where it may (as root, any owner)', () => {
    const dir = writePlan({ 'shared.md': 'old\n' }, null);
    const file = path.join(dir, 'shared.md');
    const root = process.getuid?.() === 0;
    if (root) chownSync(file, 4242, 4343);
    const { uid, gid } = statSync(file);
    writeFileSafe(file, 'new\n');
    expect([statSync(file).uid, statSync(file).gid]).toEqual([uid, gid]);
    expect(readFileSync(file, 'utf8')).toBe('new\n');
  });

  it('refuses a read-only file by its mode, even when running as root (exit 2, en and ja)', async () => {
    const dir = writePlan({ 'kpis/visits.yaml': KPI });
    writeFileSync(path.join(dir, 'report.md'), 'keep me\n');
    chmodSync(path.join(dir, 'report.md'), 0o444);
    for (const [lang, words] of [['en', /read-only/], ['ja', /読み取り専用/]] as const) {
      const r = await runCli(['render', 'report', '-o', 'report.md', '--lang', lang], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(words);
      expect(r.stderr).toContain('report.md');
    }
    expect(readFileSync(path.join(dir, 'report.md'), 'utf8')).toBe('keep me\n');
  });

  it('writes into a FIFO in place instead of replacing it with a regular file', async () => {
    const dir = writePlan({}, null);
    const fifo = path.join(dir, 'pipe');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    // A reader in another process, so the blocking open of the FIFO finds it.
    const reader = spawn('cat', [fifo]);
    let got = '';
    reader.stdout.on('data', (b: Buffer) => (got += b.toString()));
    const done = new Promise((resolve) => reader.on('close', resolve));
    writeFileSafe(fifo, 'through the pipe\n');
    const stillFifo = lstatSync(fifo).isFIFO();
    if (!stillFifo) reader.kill();
    await done;
    expect(stillFifo).toBe(true);
    expect(got).toBe('through the pipe\n');
  });

  it('names the problem in words, never a bare error code', async () => {
    const dir = writePlan({ 'kpis/visits.yaml': KPI });
    mkdirSync(path.join(dir, 'out.md'));
    writeFileSync(path.join(dir, 'blocker'), 'a file where a folder should be\n');
    for (const [target, words] of [['out.md', /folder/], ['blocker/report.md', /not a folder|in the way/]] as const) {
      const r = await runCli(['render', 'report', '-o', target], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(words);
      expect(r.stderr).not.toMatch(/: E[A-Z]+\.?$/m);
    }
    for (const [args, words] of [
      [['lint', '--baseline', 'out.md'], /it is a folder/],
      [['lint', '--baseline', 'missing.json'], /does not exist/],
      [['lint', '--format', 'json=out.md'], /`out\.md` is a folder/],
      [['lint', '--baseline', 'out.md', '--lang', 'ja'], /フォルダです/],
    ] as const) {
      const r = await runCli([...args], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(words);
      expect(r.stderr).not.toMatch(/\bE[A-Z]{3,}\b/);
    }
  });
});

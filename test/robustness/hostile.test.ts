/**
 * Hostile input corpus (issue 3, point 5; issue 8 "Robustness"): every file
 * here is built in a temp plan folder, then `mplan validate` and `mplan lint`
 * run on it in-process. Each case must give a located, plain-words message,
 * exit 1 (or 0 where the input is accepted), no stack trace, no prototype
 * pollution, and leave the plan's files exactly as they were.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { runJson } from '../helpers/cli.js';
import { writePlan } from '../helpers/plan.js';
import { fingerprint, hasStackTrace, positionExists } from './helpers.js';
import type { JsonDiagnostic, JsonRun as Run } from '../helpers/cli.js';

const GOAL = 'kind: Goal\nid: g-1\nname: Repeat buyers\nstatement: First-time buyers come back.\n';

/** Problems that concern a whole file or document: one message, never one per nesting level or per alias. */
const ONCE_PER_FILE = /^(yaml-too-deep|yaml-alias-bomb|file-|line-|symlink-|folder-)/;

interface Expect {
  /** The diagnostic the case is about. */
  rule: string;
  file: string;
  line?: number;
  column?: number;
  severity?: string;
}

/** Run validate (en) and lint (ja) and check everything every hostile case must satisfy. */
async function hostile(dir: string, want: Expect | null, codes: { validate: number[]; lint?: number[] } = { validate: [1] }): Promise<Run> {
  const before = fingerprint(dir);
  const validate = await runJson(['validate', dir], dir);
  const lint = await runJson(['lint', dir, '--lang', 'ja'], dir);
  for (const [run, allowed] of [
    [validate, codes.validate],
    [lint, codes.lint ?? [0, 1]],
  ] as const) {
    expect(allowed).toContain(run.code);
    expect(hasStackTrace(run.stderr), run.stderr).toBe(false);
    expect(hasStackTrace(run.stdout), run.stdout).toBe(false);
    expect(run.stderr).not.toMatch(/internal error|内部エラー/);
    for (const d of run.diagnostics) {
      // Plain words: a real message (not the bare id), no parser jargon.
      expect(d.message).not.toBe(d.messageId);
      expect(d.message).not.toMatch(/call stack|\{\{|\[object Object\]|NaN/i);
      expectLocated(dir, d);
    }
    if (want) {
      const found = run.diagnostics.find((d) => d.rule === want.rule && d.file === want.file);
      expect(found, `${want.rule} in ${want.file}: ${JSON.stringify(run.diagnostics, null, 1)}`).toBeDefined();
      if (want.line !== undefined) expect(found!.line).toBe(want.line);
      if (want.column !== undefined) expect(found!.column).toBe(want.column);
      expect(found!.severity).toBe(want.severity ?? 'error');
      // File and YAML problems say how to fix them in a hint (schema messages often carry it in the message).
      if (!want.rule.startsWith('schema-')) expect(found!.hint, 'the message says how to fix it').toBeTruthy();
    }
  }
  // Only one message per problem: a stack overflow or a bomb is reported once, not per level.
  if (want && ONCE_PER_FILE.test(want.rule)) expect(validate.diagnostics.filter((d) => d.rule === want.rule && d.file === want.file).length).toBe(1);
  expect(fingerprint(dir), 'the plan files are unchanged').toBe(before);
  return validate;
}

/** The diagnostic points at a line:column that exists in its file (or 1:1 for files that cannot be opened). */
function expectLocated(dir: string, d: JsonDiagnostic): void {
  expect(d.file).toBeTruthy();
  const abs = path.join(dir, d.file);
  let content: Buffer | undefined;
  try {
    const st = lstatSync(abs);
    if (st.isFile()) content = readFileSync(abs);
    else if (st.isSymbolicLink() && existsSync(abs) && statSync(abs).isFile()) content = readFileSync(abs);
  } catch {
    content = undefined;
  }
  if (content === undefined) {
    expect([d.line, d.column]).toEqual([1, 1]);
  } else {
    expect(positionExists(content, d.line, d.column), `${d.file}:${d.line}:${d.column} exists`).toBe(true);
  }
}

afterEach(() => {
  expect(({} as Record<string, unknown>).polluted, 'no prototype pollution').toBeUndefined();
  expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  expect((globalThis as Record<string, unknown>).pwned).toBeUndefined();
});

describe('hostile plan files', () => {
  it('malformed YAML: located syntax error', async () => {
    const dir = writePlan({ 'goals/a.yaml': 'kind: Goal\nid: g-1\nname: [unclosed\nstatement: x\n' });
    await hostile(dir, { rule: 'yaml-syntax', file: 'goals/a.yaml' });
  });

  it('binary file', async () => {
    const dir = writePlan({ 'a.yaml': Buffer.from([0x6b, 0x69, 0x6e, 0x64, 0x00, 0x01, 0xff, 0x89, 0x50, 0x4e, 0x47]) });
    await hostile(dir, { rule: 'file-binary', file: 'a.yaml', line: 1, column: 1 });
  });

  it('non-UTF-8 file (Latin-1): points at the first bad byte', async () => {
    const bytes = Buffer.concat([Buffer.from('kind: Goal\nid: g-1\nname: caf'), Buffer.from([0xe9]), Buffer.from('\nstatement: x\n')]);
    const dir = writePlan({ 'a.yaml': bytes });
    await hostile(dir, { rule: 'file-not-utf8', file: 'a.yaml', line: 3, column: 10 });
  });

  it('non-UTF-8 file (Shift_JIS)', async () => {
    // 「目標」 in Shift_JIS
    const bytes = Buffer.concat([Buffer.from('kind: Goal\nid: g-1\nname: '), Buffer.from([0x96, 0xda, 0x95, 0x57]), Buffer.from('\n')]);
    const dir = writePlan({ 'a.yaml': bytes });
    await hostile(dir, { rule: 'file-not-utf8', file: 'a.yaml', line: 3, column: 7 });
  });

  it('UTF-8 BOM and CRLF line endings are accepted, with correct line:col', async () => {
    const dir = writePlan({
      'ok.yaml': `\ufeff${GOAL.replace(/\n/g, '\r\n')}`,
      'bad.yaml': '\ufeffkind: Goal\r\nid: g-2\r\nname: Two\r\nstatement: Yes\r\nhorizon: someday\r\n',
      'kind.yaml': '\ufeffkind: Gaol\r\nid: g-3\r\n',
    });
    const v = await hostile(dir, { rule: 'schema-enum', file: 'bad.yaml', line: 5, column: 10 });
    const kind = v.diagnostics.find((d) => d.file === 'kind.yaml');
    expect(kind).toMatchObject({ rule: 'kind-unknown', line: 1, column: 7 });
    expect(v.diagnostics.filter((d) => d.file === 'ok.yaml')).toEqual([]);
  });

  it('BOM + CRLF plan alone validates clean (exit 0)', async () => {
    const dir = writePlan({ 'ok.yaml': `\ufeff${GOAL.replace(/\n/g, '\r\n')}` });
    const v = await hostile(dir, null, { validate: [0] });
    expect(v.diagnostics).toEqual([]);
  });

  it('empty file', async () => {
    await hostile(writePlan({ 'empty.yaml': '' }), { rule: 'file-empty', file: 'empty.yaml', line: 1, column: 1 });
  });

  it('comment-only file', async () => {
    await hostile(writePlan({ 'c.yaml': '# TODO: write the goals\n# 目標はあとで\n' }), { rule: 'file-empty', file: 'c.yaml', line: 1, column: 1 });
  });

  it('a list where a map is expected', async () => {
    await hostile(writePlan({ 'l.yaml': '# goals\n- kind: Goal\n- id: g-1\n' }), { rule: 'doc-not-map', file: 'l.yaml', line: 2, column: 1 });
  });

  it('a bare scalar where a map is expected', async () => {
    await hostile(writePlan({ 's.yaml': 'just some text\n' }), { rule: 'doc-not-map', file: 's.yaml', line: 1, column: 1 });
  });

  it('a list where a map is expected, inside a document (stages: text)', async () => {
    const dir = writePlan({ 'j.yaml': 'kind: Journey\nid: j-1\nname: J\nstages: awareness\n' });
    await hostile(dir, { rule: 'schema-type', file: 'j.yaml', line: 4, column: 9 });
  });

  it('`name: 0755` says quote it', async () => {
    const dir = writePlan({ 'g.yaml': GOAL.replace('name: Repeat buyers', 'name: 0755') });
    const v = await hostile(dir, { rule: 'schema-type', file: 'g.yaml', line: 3, column: 7 });
    const d = v.diagnostics.find((x) => x.rule === 'schema-type')!;
    expect(d.hint).toContain('"0755"');
  });

  it('`name: true` says quote it', async () => {
    const dir = writePlan({ 'g.yaml': GOAL.replace('name: Repeat buyers', 'name: true') });
    const v = await hostile(dir, { rule: 'schema-type', file: 'g.yaml', line: 3, column: 7 });
    expect(v.diagnostics.find((x) => x.rule === 'schema-type')!.hint).toContain('"true"');
  });

  it('typing slips of a Japanese input method: each named, located at the slip, one message', async () => {
    const cases: Array<[string, Expect & { messageId: string }]> = [
      [GOAL.replace('name:', '\u3000name:'), { rule: 'yaml-syntax', messageId: 'yaml-fullwidth-indent', file: 'g.yaml', line: 3, column: 1 }],
      [GOAL.replace('name: ', 'name：'), { rule: 'yaml-syntax', messageId: 'yaml-fullwidth-colon', file: 'g.yaml', line: 3, column: 5 }],
      [`${GOAL}priority: ３\n`, { rule: 'schema-fullwidth-digits', messageId: 'schema-fullwidth-digits', file: 'g.yaml', line: 5, column: 11 }],
      [`${GOAL}agreed_by: [{ role: cmo, on: 2027-02-29 }]\n`, { rule: 'schema-date-no-such-day', messageId: 'schema-date-no-such-day', file: 'g.yaml', line: 5 }],
      ['kind: Initiative\nid: i-1\nname: I\nbudget: { amount: 1,200,000, currency: JPY }\n', { rule: 'yaml-comma-split', messageId: 'yaml-comma-split', file: 'g.yaml', line: 4, column: 20 }],
    ];
    for (const [text, want] of cases) {
      const dir = writePlan({ 'g.yaml': text });
      const v = await hostile(dir, want);
      const inFile = v.diagnostics.filter((d) => d.file === 'g.yaml' && d.severity === 'error' && !d.rule.startsWith('ref-'));
      expect(inFile.map((d) => d.messageId), text).toEqual([want.messageId]);
    }
  });

  it('alias bomb (billion laughs) is refused, fast, without expanding it', async () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++) {
      const p = String.fromCharCode(96 + i);
      const n = String.fromCharCode(97 + i);
      levels.push(`${n}: &${n} [${Array(9).fill(`*${p}`).join(',')}]`);
    }
    const dir = writePlan({ 'bomb.yaml': `kind: Goal\nid: g-1\nname: x\nstatement: y\nx-lol:\n${levels.map((l) => `  ${l}`).join('\n')}\n` });
    await hostile(dir, { rule: 'yaml-alias-bomb', file: 'bomb.yaml' });
  });

  it('a 50 MB file is refused without being read', async () => {
    const dir = writePlan({ 'big.yaml': `kind: Goal\nid: g-1\nname: x\nstatement: y\nx-notes: |\n${`  ${'x'.repeat(1000)}\n`.repeat(50 * 1024)}` });
    await hostile(dir, { rule: 'file-too-large', file: 'big.yaml', line: 1, column: 1 });
  });

  it('a 2 MB line', async () => {
    const dir = writePlan({ 'long.yaml': `kind: Goal\nid: g-1\nname: ${'長'.repeat(2 * 1024 * 1024)}\nstatement: y\n` });
    await hostile(dir, { rule: 'line-too-long', file: 'long.yaml', line: 3, column: 1 });
  });

  it('20,000 levels of nesting, block style', async () => {
    const dir = writePlan({ 'deep.yaml': `kind: Goal\nid: g-1\nname: x\nstatement: y\nx-deep:\n  ${'- '.repeat(20000)}z\n` });
    await hostile(dir, { rule: 'yaml-too-deep', file: 'deep.yaml' });
  });

  it('20,000 levels of nesting, flow style', async () => {
    const dir = writePlan({ 'deep.yaml': `kind: Goal\nid: g-1\nname: x\nstatement: y\nx-deep: ${'['.repeat(20000)}${']'.repeat(20000)}\n` });
    await hostile(dir, { rule: 'yaml-too-deep', file: 'deep.yaml' });
  });

  it('20,000 levels of nesting, flow maps over many lines', async () => {
    const dir = writePlan({ 'deep.yaml': `kind: Goal\nid: g-1\nname: x\nstatement: y\nx-deep:\n${'  {a:\n'.repeat(20000)}  1${'}'.repeat(20000)}\n` });
    await hostile(dir, { rule: 'yaml-too-deep', file: 'deep.yaml' });
  });

  it('200 levels of nesting (parses, but deeper than any plan needs)', async () => {
    const dir = writePlan({ 'deep.yaml': `kind: Goal\nid: g-1\nname: x\nstatement: y\nx-deep: ${'['.repeat(200)}${']'.repeat(200)}\n` });
    await hostile(dir, { rule: 'yaml-too-deep', file: 'deep.yaml' });
  });

  it('__proto__ and constructor keys: reported as unknown keys, no prototype pollution', async () => {
    const dir = writePlan({
      'p.yaml': [
        'kind: Journey',
        'id: j-1',
        'name: J',
        '__proto__:',
        '  polluted: yes',
        'constructor:',
        '  prototype:',
        '    polluted: yes',
        'stages:',
        '  - id: s1',
        '    name: S',
        '    __proto__: { polluted: yes }',
        '    owner: __proto__',
        '    touchpoints: [{ __proto__: { polluted: 1 }, tool: constructor }]',
        '',
      ].join('\n'),
      'q.yaml': 'kind: KPI\nid: __proto__\nname: k\n',
      'r.yaml': 'kind: KPI\nid: constructor\nname: k\nowner: toString\nstage: __proto__/constructor\n',
    });
    const v = await hostile(dir, { rule: 'schema-unknown-key', file: 'p.yaml', line: 4, column: 1 });
    expect(v.diagnostics.some((d) => d.file === 'p.yaml' && d.line === 6 && d.rule === 'schema-unknown-key')).toBe(true);
    expect(v.diagnostics.some((d) => d.file === 'p.yaml' && d.line === 13 && d.rule.startsWith('ref-'))).toBe(true);
  });

  it('!!js/function and other unknown tags are reported, never executed', async () => {
    const dir = writePlan({
      't.yaml': [
        'kind: Goal',
        'id: g-1',
        'name: !!js/function "function () { globalThis.pwned = 1; return 1 }"',
        'statement: !!js/undefined ""',
        'x-a: !custom { a: 1 }',
        'x-b: !!python/object:os.system [echo pwned]',
        'x-c: !<tag:yaml.org,2002:js/regexp> /x/',
        '',
      ].join('\n'),
    });
    const v = await hostile(dir, { rule: 'yaml-unknown-tag', file: 't.yaml', line: 3, column: 7 });
    expect(v.diagnostics.filter((d) => d.rule === 'yaml-unknown-tag').map((d) => d.line)).toEqual([3, 4, 5, 6, 7]);
  });

  it('a directory named x.yaml is walked as a folder, with a warning', async () => {
    const dir = writePlan({ 'goals.yaml/g.yaml': GOAL });
    const v = await hostile(dir, { rule: 'folder-named-yaml', file: 'goals.yaml', line: 1, column: 1, severity: 'warn' }, { validate: [0] });
    expect(v.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('mplan.yaml that is a directory', async () => {
    const dir = writePlan({ 'mplan.yaml/x.yaml': GOAL }, null);
    await hostile(dir, { rule: 'file-unreadable', file: 'mplan.yaml', line: 1, column: 1 });
  });

  it('a symlink loop inside the plan directory', async () => {
    const dir = writePlan({ 'goals/g.yaml': GOAL });
    symlinkSync('..', path.join(dir, 'goals', 'up'));
    symlinkSync('self.yaml', path.join(dir, 'self.yaml'));
    symlinkSync('b.yaml', path.join(dir, 'a.yaml'));
    symlinkSync('a.yaml', path.join(dir, 'b.yaml'));
    const v = await hostile(dir, { rule: 'symlink-loop', file: 'goals/up', line: 1, column: 1 });
    expect(v.diagnostics.filter((d) => d.rule === 'symlink-loop').map((d) => d.file)).toEqual(['a.yaml', 'b.yaml', 'goals/up', 'self.yaml']);
  });

  it('an unreadable file: a link to nothing', async () => {
    // Tests run as root, where chmod 000 does not stop reads; a dangling link is the unreadable file we can make.
    const dir = writePlan({});
    symlinkSync('missing.yaml', path.join(dir, 'x.yaml'));
    await hostile(dir, { rule: 'file-unreadable', file: 'x.yaml', line: 1, column: 1 });
  });

  describe('FIFOs named *.yaml are never opened', () => {
    // If mplan ever opened the FIFO, the read would block the test worker for good.
    // A writer child unblocks it after a few seconds (the read then returns text and
    // the assertion fails instead of hanging); it is killed at the end either way.
    const writers: ChildProcess[] = [];
    const fifo = (file: string): void => {
      execFileSync('mkfifo', [file]);
      const w = spawn('timeout', ['20', 'sh', '-c', 'sleep 3; echo "kind: Goal" > "$0"', file], { stdio: 'ignore' });
      writers.push(w);
    };
    afterAll(() => {
      for (const w of writers) if (w.exitCode === null) w.kill();
    });

    it('a FIFO among the plan files', async () => {
      const dir = writePlan({ 'goals/g.yaml': GOAL });
      mkdirSync(path.join(dir, 'pipes'));
      fifo(path.join(dir, 'pipes', 'f.yaml'));
      await hostile(dir, { rule: 'file-not-regular', file: 'pipes/f.yaml', line: 1, column: 1 });
    });

    it('a FIFO as mplan.yaml', async () => {
      const dir = writePlan({ 'goals/g.yaml': GOAL }, null);
      fifo(path.join(dir, 'mplan.yaml'));
      await hostile(dir, { rule: 'file-not-regular', file: 'mplan.yaml', line: 1, column: 1 });
    });
  });

  it('many hostile files at once: every problem reported in one run', async () => {
    const dir = writePlan({
      'a.yaml': '',
      'b.yaml': '- x\n',
      'c.yaml': Buffer.from([0, 1, 2]),
      'd.yaml': 'kind: Goal\nid: g-1\nname: [\n',
      'e.yaml': GOAL.replace('g-1', 'g-2').replace('name: Repeat buyers', 'name: 0755'),
    });
    const v = await hostile(dir, { rule: 'schema-type', file: 'e.yaml', line: 3, column: 7 });
    expect(new Set(v.diagnostics.map((d) => d.file))).toEqual(new Set(['a.yaml', 'b.yaml', 'c.yaml', 'd.yaml', 'e.yaml']));
  });
});

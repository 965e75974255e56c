/**
 * `mplan fmt` rewrites a file only when nothing of it can be lost (issue 13
 * item 2, issue 14 items 1-5): lint results are the same after it,
 * text that is not UTF-8 and comment-only files stay byte-identical, an
 * alias never stops the run, and links, modes and read-only files are
 * respected.
 */
import { chmodSync, lstatSync, readFileSync, readlinkSync, statSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { writePlan } from '../helpers/plan.js';
import { fingerprint, hasStackTrace } from '../robustness/helpers.js';

/** What lint found, without line numbers (fmt moves lines, never findings). */
async function findings(dir: string): Promise<string[]> {
  const r = await runCli(['lint', '--format', 'json', '--fail-on', 'info'], { cwd: dir });
  const diagnostics = (JSON.parse(r.stdout) as { diagnostics: Array<Record<string, unknown>> }).diagnostics;
  return diagnostics.map((d) => [d.rule, d.messageId, d.severity, d.file, d.entity ?? ''].join(' ')).sort();
}

describe('mplan fmt keeps lint results', () => {
  it('keeps a suppression comment on the line it suppresses when that line moves', async () => {
    const kpi = '# mplan-disable-next-line kpi-no-baseline -- agreed with finance\nid: kpi-visits\nkind: KPI\nname: Visits\nunit: count\n';
    const dir = writePlan({ 'kpis/visits.yaml': kpi });
    const before = await findings(dir);
    expect(before.some((f) => f.startsWith('kpi-no-baseline') || f.startsWith('suppression-unused'))).toBe(false);
    expect((await runCli(['fmt'], { cwd: dir })).code).toBe(0);
    expect(readFileSync(path.join(dir, 'kpis/visits.yaml'), 'utf8')).toBe(
      'kind: KPI\n# mplan-disable-next-line kpi-no-baseline -- agreed with finance\nid: kpi-visits\nname: Visits\nunit: count\n',
    );
    expect(await findings(dir)).toEqual(before);
  });

  it('gives the same lint output before and after fmt, on random plans with suppressions', async () => {
    const required = ['kind', 'id', 'name', 'unit'];
    const optional = ['owner', 'stage', 'x-note', 'target', 'goals'];
    const value: Record<string, string> = {
      kind: 'KPI',
      name: 'Visits',
      unit: 'count',
      owner: 'nobody-here',
      stage: 'no-journey/no-stage',
      'x-note': 'free text # not a comment',
      target: '\n  by: 2027-12-31\n  value: 10',
      goals: '[goal-a, goal-b]',
    };
    const rules = ['kpi-no-baseline', 'kpi-no-owner', 'kpi-no-source', 'kpi-no-goal', 'kpi-no-stage', 'kpi-no-target'];
    const doc = fc.record({
      order: fc.subarray(optional).chain((extra) => {
        const keys = [...required, ...extra];
        return fc.shuffledSubarray(keys, { minLength: keys.length });
      }),
      // Often above the first key: the case where fmt moved the comment away from its line.
      suppress: fc.array(fc.record({ before: fc.oneof(fc.constant(0), fc.nat(9)), rule: fc.constantFrom(...rules), reason: fc.boolean() }), { maxLength: 3 }),
      header: fc.option(fc.constantFrom('# KPIs of the web team', '# mplan-disable kpi-no-source -- tracked elsewhere'), { nil: undefined }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(doc, { minLength: 1, maxLength: 3 }), async (docs) => {
        const files: Record<string, string> = {};
        docs.forEach((d, n) => {
          const order = d.order;
          const lines: string[] = d.header ? [d.header, ''] : [];
          order.forEach((k, i) => {
            for (const s of d.suppress.filter((x) => x.before % order.length === i)) {
              lines.push(`# mplan-disable-next-line ${s.rule}${s.reason ? ' -- agreed in review' : ''}`);
            }
            lines.push(`${k}: ${k === 'id' ? `kpi-${n}` : value[k]}`);
          });
          files[`kpis/k${n}.yaml`] = `${lines.join('\n')}\n`;
        });
        const dir = writePlan(files);
        const before = await findings(dir);
        const r = await runCli(['fmt'], { cwd: dir });
        expect(r.code, r.stdout + r.stderr).toBe(0);
        expect(await findings(dir)).toEqual(before);
      }),
      { numRuns: 25, seed: 1314 },
    );
  });
});

describe('mplan fmt leaves alone what it cannot rewrite losslessly', () => {
  const notUtf8: Record<string, Buffer> = {
    'goals/latin1.yaml': Buffer.from('kind: Goal\nname: Caf\xe9 cr\xe8me\nid: g-latin1\n', 'latin1'),
    // 「テスト」 in Shift_JIS
    'goals/sjis.yaml': Buffer.concat([Buffer.from('name: '), Buffer.from([0x83, 0x65, 0x83, 0x58, 0x83, 0x67]), Buffer.from('\nid: g-sjis\nkind: Goal\n')]),
    'goals/utf16.yaml': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('name: x\nid: g-utf16\nkind: Goal\n', 'utf16le')]),
  };

  it('reports files that are not UTF-8 text and leaves them byte-identical (exit 1, en and ja)', async () => {
    const dir = writePlan({ ...notUtf8, 'goals/fine.yaml': 'name: Fine\nid: g-fine\nkind: Goal\n' });
    for (const [lang, words] of [['en', /not saved as UTF-8/], ['ja', /UTF-8 のテキストとして保存されていない/]] as const) {
      const before = Object.fromEntries(Object.keys(notUtf8).map((f) => [f, readFileSync(path.join(dir, f))]));
      const r = await runCli(['fmt', '--lang', lang], { cwd: dir });
      expect(r.code).toBe(1);
      for (const f of Object.keys(notUtf8)) {
        expect(readFileSync(path.join(dir, f)).equals(before[f]!), f).toBe(true);
        expect(r.stdout).toMatch(new RegExp(`${f}: .*`));
        expect(r.stdout.split('\n').find((l) => l.startsWith(`${f}:`))).toMatch(words);
      }
    }
    expect(readFileSync(path.join(dir, 'goals/fine.yaml'), 'utf8')).toBe('kind: Goal\nid: g-fine\nname: Fine\n');
  });

  it('keeps comment-only and empty files as they are', async () => {
    const dir = writePlan({ 'notes.yaml': '# ideas for next year\n# - a podcast\n', 'empty.yaml': '', 'blank.yaml': '\n\n' });
    const before = fingerprint(dir);
    expect((await runCli(['fmt'], { cwd: dir })).code).toBe(0);
    expect(fingerprint(dir)).toBe(before);
  });

  it('does not stop at a document whose key order would put an alias before its anchor', async () => {
    const alias = 'kind: Goal\nx-wording: &w Grow booth leads\nid: g-alias\nname: *w\nx-list: &l [a, b]\nx-again: *l\n';
    const dir = writePlan({ 'a.yaml': alias, 'b.yaml': 'name: Later\nid: g-later\nkind: Goal\n' });
    const r = await runCli(['fmt', '--debug'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
    expect(r.stderr).toBe('');
    expect(readFileSync(path.join(dir, 'b.yaml'), 'utf8')).toBe('kind: Goal\nid: g-later\nname: Later\n');
    const after = readFileSync(path.join(dir, 'a.yaml'), 'utf8');
    expect(after.indexOf('&w')).toBeLessThan(after.indexOf('*w'));
    expect((await runCli(['lint', '--format', 'json'], { cwd: dir })).stdout).not.toContain('yaml-');
  });
});

describe('mplan fmt writes files the way they were', () => {
  const UNFORMATTED = 'name: Visits\nid: kpi-visits\nkind: KPI\nunit: count\n';
  const FORMATTED = 'kind: KPI\nid: kpi-visits\nname: Visits\nunit: count\n';

  it('writes through a symlinked plan file and keeps a private file private', async () => {
    const dir = writePlan({ 'shared/visits.yaml.txt': UNFORMATTED, 'kpis/private.yaml': UNFORMATTED.replace(/visits/g, 'private') });
    symlinkSync('../shared/visits.yaml.txt', path.join(dir, 'kpis/visits.yaml'));
    chmodSync(path.join(dir, 'kpis/private.yaml'), 0o600);
    expect((await runCli(['fmt'], { cwd: dir })).code).toBe(0);
    expect(lstatSync(path.join(dir, 'kpis/visits.yaml')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(path.join(dir, 'kpis/visits.yaml'))).toBe('../shared/visits.yaml.txt');
    expect(readFileSync(path.join(dir, 'shared/visits.yaml.txt'), 'utf8')).toBe(FORMATTED);
    expect(statSync(path.join(dir, 'kpis/private.yaml')).mode & 0o777).toBe(0o600);
  });

  it('refuses a read-only file with a message, formats the others, exits 2', async () => {
    const dir = writePlan({ 'kpis/a.yaml': UNFORMATTED, 'kpis/b.yaml': UNFORMATTED.replace(/visits/g, 'other') });
    chmodSync(path.join(dir, 'kpis/a.yaml'), 0o444);
    const r = await runCli(['fmt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/kpis\/a\.yaml is read-only/);
    expect(readFileSync(path.join(dir, 'kpis/a.yaml'), 'utf8')).toBe(UNFORMATTED);
    expect(readFileSync(path.join(dir, 'kpis/b.yaml'), 'utf8')).toBe(FORMATTED.replace(/visits/g, 'other'));
  });
});

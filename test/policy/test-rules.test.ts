import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { writePlan, yaml } from '../helpers/plan.js';
import { planWithLint } from './helpers.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const EXAMPLE = path.join(ROOT, 'examples', 'policies');

const lint = yaml`
  ignore: [rules-tests/**]
  custom:
    - { id: kpi-has-owner, severity: warn, message: "KPI {{id}} has no owner", select: { kind: KPI }, assert: { owner: { present: true } } }
  plugins: [./rules/no-draft.mjs]
`;

const plugin = `
export const rules = [{
  meta: { id: 'no-draft', severity: 'error', messages: { draft: { en: 'Initiative {{id}} is still a draft.' } } },
  check({ model, report }) {
    for (const i of model.ofKind('Initiative')) {
      if (i.data.name === 'crash') throw new Error('boom');
      if (String(i.data.name).startsWith('DRAFT')) report({ target: i, messageId: 'draft', path: ['name'], data: { id: i.id } });
    }
  },
}];
`;

const ownerless = yaml`
  kind: KPI
  id: visits # expect: kpi-has-owner
  name: Visits
`;

function plan(cases: Record<string, string>): string {
  return writePlan({ 'mplan.yaml': planWithLint(lint), 'rules/no-draft.mjs': plugin, ...cases });
}

describe('mplan test-rules', () => {
  it('passes on the example plan repo (declarative and plugin rules), exit 0', async () => {
    const r = await runCli(['test-rules', EXAMPLE], { cwd: ROOT });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('✓ big-budget-needs-executive › invalid/manager-only');
    expect(r.stdout).toContain('✓ kpi-review-cadence › invalid/quarterly');
    expect(r.stdout).toContain('✓ stretch-target › invalid/timid-targets');
    expect(r.stdout).toMatch(/\n9 cases: 9 passed, 0 failed\n$/);
  });

  it('the example plan itself lints clean', async () => {
    const r = await runCli(['lint', EXAMPLE], { cwd: ROOT });
    expect(r.stdout).toContain('No problems found');
    expect(r.code).toBe(0);
  });

  it('reports each failing case with what was missing or unexpected, exit 1; expected.yaml and # expect: both work', async () => {
    const dir = plan({
      // passes: # expect comment
      'rules-tests/kpi-has-owner/invalid/no-owner/kpis.yaml': ownerless,
      // fails: the valid case does give a finding
      'rules-tests/kpi-has-owner/valid/oops/kpis.yaml': ownerless,
      // fails: expected on the wrong line
      'rules-tests/no-draft/invalid/wrong-line/initiatives.yaml': 'kind: Initiative\nid: launch\nname: DRAFT launch\n',
      'rules-tests/no-draft/invalid/wrong-line/expected.yaml': '- { rule: no-draft, file: initiatives.yaml, line: 2, messageId: draft }\n',
      // passes: expected.yaml with messageId and column
      'rules-tests/no-draft/invalid/right/initiatives.yaml': 'kind: Initiative\nid: launch\nname: DRAFT launch\n',
      'rules-tests/no-draft/invalid/right/expected.yaml': '- { rule: no-draft, file: initiatives.yaml, line: 3, column: 7, messageId: draft }\n',
      // fails: the rule crashes
      'rules-tests/no-draft/valid/crash/initiatives.yaml': 'kind: Initiative\nid: launch\nname: crash\n',
      // fails: an invalid case that expects nothing
      'rules-tests/no-draft/invalid/no-expectation/initiatives.yaml': 'kind: Initiative\nid: launch\nname: DRAFT launch\n',
      // fails: the fixture is not a valid plan
      'rules-tests/no-draft/valid/broken/initiatives.yaml': 'kind: Initiative\nid: launch\nname: Launch\nkpis: [nowhere]\n',
      // fails: no such rule
      'rules-tests/no-drafts/valid/x/initiatives.yaml': 'kind: Initiative\nid: launch\nname: Launch\n',
    });
    const r = await runCli(['test-rules'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')).toEqual([
      '✗ kpi-has-owner › valid/oops',
      '    reported, not expected: rules-tests/kpi-has-owner/valid/oops/kpis.yaml:2:5  KPI visits has no owner (kpi-has-owner)',
      '✓ kpi-has-owner › invalid/no-owner',
      '✗ no-draft › valid/broken',
      '    the case is not a valid plan',
      expect.stringMatching(/^ {4}rules-tests\/no-draft\/valid\/broken\/initiatives\.yaml:4:8 .*nowhere.*\(ref-/),
      '✗ no-draft › valid/crash',
      expect.stringMatching(/^ {4}reported, not expected: rules-tests\/no-draft\/valid\/crash\/mplan\.yaml:1:1 {2}Rule `no-draft` failed on this plan \(boom\)/),
      '✗ no-draft › invalid/no-expectation',
      '    an invalid case must say what it expects: an expected.yaml, or `# expect: no-draft` comments',
      '✓ no-draft › invalid/right',
      '✗ no-draft › invalid/wrong-line',
      '    expected, not reported: rules-tests/no-draft/invalid/wrong-line/initiatives.yaml:2  no-draft (draft)',
      '    reported, not expected: rules-tests/no-draft/invalid/wrong-line/initiatives.yaml:3:7  Initiative launch is still a draft. (no-draft)',
      '✗ no-drafts › valid/x',
      '    `no-drafts` is not a rule of this plan (neither built-in, custom nor from a plugin). — Did you mean `no-draft`?',
      '',
      '8 cases: 2 passed, 6 failed',
      '',
    ]);
    // deterministic
    expect((await runCli(['test-rules'], { cwd: dir })).stdout).toBe(r.stdout);
  });

  it('runs one rule with --rule, or one rule\'s folder; speaks Japanese', async () => {
    const dir = plan({ 'rules-tests/kpi-has-owner/invalid/no-owner/kpis.yaml': ownerless, 'rules-tests/no-draft/valid/ok/i.yaml': 'kind: Initiative\nid: a\nname: A\n' });
    const one = await runCli(['test-rules', '--rule', 'no-draft', '--lang', 'ja'], { cwd: dir });
    expect(one.code).toBe(0);
    expect(one.stdout).toBe('✓ no-draft › valid/ok\n\n1 ケース: 成功 1、失敗 0\n');
    const folder = await runCli(['test-rules', 'rules-tests/kpi-has-owner'], { cwd: dir });
    expect(folder.stdout).toBe('✓ kpi-has-owner › invalid/no-owner\n\n1 cases: 1 passed, 0 failed\n');
  });

  it('fails when the plan\'s own rules do not load (located), and exits 2 when there are no cases', async () => {
    const dir = writePlan({ 'mplan.yaml': planWithLint('plugins: [./nope.mjs]'), 'rules-tests/x/valid/a/k.yaml': 'kind: KPI\nid: k\nname: K\n' });
    const r = await runCli(['test-rules'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^mplan\.yaml:6:13 {2}Plugin `\.\/nope\.mjs` was not found/);
    const empty = await runCli(['test-rules'], { cwd: writePlan({}) });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('No rule test cases found in rules-tests');
    expect(empty.stderr).toContain('rules-tests/<rule-id>/valid/<case>/');
  });

  it('has help in English and Japanese', async () => {
    const en = await runCli(['test-rules', '--help'], { cwd: ROOT });
    expect(en.code).toBe(0);
    expect(en.stdout).toContain("test the plan's own rules");
    expect(en.stdout).toContain('expected.yaml');
    const ja = await runCli(['test-rules', '--help'], { cwd: ROOT, env: { LANG: 'ja_JP.UTF-8' } });
    expect(ja.stdout).toContain('計画独自のルール');
  });
});

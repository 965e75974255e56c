/**
 * A YAML slip in mplan.yaml must not lose the team's lint settings: rules
 * they turned off coming back as a flood is worse than the slip. The `lint:`
 * block is read on its own when the rest of the file is broken; when it
 * cannot be read cleanly, that is said once and no rule runs.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { writePlan } from '../helpers/plan.js';

const PLAN_HEAD = 'kind: Plan\nid: p\nname: P\nversion: 1\nowner: cmo\n';
const LINT = 'lint:\n  extends: mplan:recommended\n  ignore: [drafts/**]\n  rules:\n    kpi-no-stage: off\n    kpi-no-owner: off\n';

/** A plan with two KPIs that break kpi-no-stage and kpi-no-owner, and a broken draft the settings ignore. */
function plan(mplanYaml: string): string {
  return writePlan(
    {
      'kpis/a.yaml': 'kind: KPI\nid: kpi-a\nname: A\n---\nkind: KPI\nid: kpi-b\nname: B\n',
      'roles.yaml': 'kind: Role\nid: cmo\nname: CMO\ntype: internal\nlevel: executive\nresponsibilities: [Runs the plan]\n',
      'drafts/x.yaml': 'kind: [broken\n',
    },
    mplanYaml,
  );
}

type Finding = { rule: string; file: string; line: number; severity: string };

async function findings(dir: string, args: string[] = []): Promise<Finding[]> {
  const r = await runCli(['lint', '--format', 'json', ...args], { cwd: dir });
  return (JSON.parse(r.stdout) as { diagnostics: Finding[] }).diagnostics;
}

describe('a broken mplan.yaml keeps its lint settings', () => {
  it('an unindented line under period: the settings after it still apply', async () => {
    const dir = plan(`${PLAN_HEAD}period:\nstart: 2027-04-01\n  end: 2028-03-31\n${LINT}`);
    for (const args of [[], ['--cache'], ['--cache']]) {
      const ds = await findings(dir, args);
      const rules = new Set(ds.map((d) => d.rule));
      expect(rules.has('yaml-syntax')).toBe(true);
      // Turned off in lint.rules, ignored by lint.ignore: still so.
      expect(rules.has('kpi-no-stage')).toBe(false);
      expect(rules.has('kpi-no-owner')).toBe(false);
      expect(ds.filter((d) => d.file.startsWith('drafts/'))).toEqual([]);
      // The other rules run as configured.
      expect(rules.has('kpi-no-target')).toBe(true);
      expect(rules.has('config-unreadable')).toBe(false);
    }
  });

  it('settings with a slip of their own: said once at `lint:`, and no rule runs', async () => {
    const dir = plan(`${PLAN_HEAD}period: { start: 2027-04-01, end: 2028-03-31 }\n${LINT.replace('    kpi-no-owner', '   kpi-no-owner')}`);
    const ds = await findings(dir);
    expect(ds.filter((d) => d.rule === 'config-unreadable')).toEqual([expect.objectContaining({ file: 'mplan.yaml', line: 7, severity: 'warn' })]);
    expect(ds.some((d) => d.rule.startsWith('kpi-'))).toBe(false);
    const ja = await runCli(['lint', '--lang', 'ja'], { cwd: dir });
    expect(ja.stdout).toContain('`lint:` の設定を読み取れませんでした');
    // validate runs no rule: nothing to say about their settings.
    const v = await runCli(['validate', '--format', 'json'], { cwd: dir });
    expect(v.stdout).not.toContain('config-unreadable');
  });

  it('settings the slip moved out of place (an indented `lint:`): said once, no rule runs', async () => {
    const dir = plan(`${PLAN_HEAD}period: { start: 2027-04-01, end: 2028-03-31 }\n${LINT.replace(/^/gm, '  ')}`.replace(/ +$/, ''));
    const ds = await findings(dir);
    expect(ds.filter((d) => d.rule === 'config-unreadable')).toHaveLength(1);
    expect(ds.some((d) => d.rule.startsWith('kpi-'))).toBe(false);
  });
});

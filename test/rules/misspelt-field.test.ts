// One mistake, one message: a misspelt field is reported once, by the schema
// (with its did-you-mean), not again by the rules about that field being absent.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { writePlan, yaml } from '../helpers/plan.js';

const files = {
  'team/roles.yaml': yaml`
    kind: Role
    id: ceo
    name: CEO
  `,
  'goals/grow.yaml': yaml`
    kind: Goal
    id: grow
    name: Grow
    ownr: ceo
  `,
  'journeys/buy.yaml': yaml`
    kind: Journey
    id: buy
    name: Buy
    stages:
      - id: visit
        name: Visit
  `,
  'kpis/visits.yaml': yaml`
    kind: KPI
    id: visits
    name: Visits
    goals: [grow]
    stge: buy/visit
  `,
};

async function lint(lang: 'en' | 'ja'): Promise<Array<{ rule: string; message: string; hint?: string; entity?: string }>> {
  const r = await runCli(['lint', '--format', 'json', '--lang', lang], { cwd: writePlan(files) });
  return (JSON.parse(r.stdout) as { diagnostics: Array<{ rule: string; message: string; hint?: string }> }).diagnostics;
}

describe('a misspelt field', () => {
  for (const lang of ['en', 'ja'] as const) {
    it(`${lang}: the schema names it with its did-you-mean; no rule reports the field as missing`, async () => {
      const ds = await lint(lang);
      const unknown = ds.filter((d) => d.rule === 'schema-unknown-key');
      expect(unknown.map((d) => d.hint)).toEqual(expect.arrayContaining([expect.stringContaining('`owner`'), expect.stringContaining('`stage`')]));
      const rules = ds.map((d) => d.rule);
      expect(rules).not.toContain('goal-no-owner');
      expect(rules).not.toContain('kpi-no-stage');
      expect(rules).not.toContain('stage-no-kpi');
      // the role `ownr: ceo` meant to name is not reported as doing nothing
      expect(rules).not.toContain('role-no-responsibility');
    });
  }

  it('the rules still speak when the field is simply absent', async () => {
    const dir = writePlan({ ...files, 'goals/grow.yaml': 'kind: Goal\nid: grow\nname: Grow\n', 'kpis/visits.yaml': 'kind: KPI\nid: visits\nname: Visits\ngoals: [grow]\n' });
    const r = await runCli(['lint', '--format', 'json'], { cwd: dir });
    const rules = (JSON.parse(r.stdout) as { diagnostics: Array<{ rule: string }> }).diagnostics.map((d) => d.rule);
    expect(rules).toEqual(expect.arrayContaining(['goal-no-owner', 'kpi-no-stage', 'stage-no-kpi', 'role-no-responsibility']));
  });
});

import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { writePlan, yaml } from '../helpers/plan.js';

describe('custom rule docs links', () => {
  it('SARIF helpUri of a custom rule is the docs link the team gave', async () => {
    const dir = writePlan({
      'mplan.yaml': yaml`
        kind: Plan
        id: p
        name: P
        version: 1
        lint:
          extends: [mplan:minimal]
          custom:
            - id: acme-kpi-cadence
              severity: error
              message: KPI {{id}} has no review cadence.
              docs: https://wiki.example.com/policies#cadence
              select: { kind: KPI }
              assert: { cadence: { present: true } }
      `,
      'kpis/k.yaml': 'kind: KPI\nid: kpi-a\nname: A\n',
    });
    const r = await runCli(['lint', '--format', 'sarif'], { cwd: dir });
    expect(r.code).toBe(1);
    const sarif = JSON.parse(r.stdout);
    const rule = sarif.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'acme-kpi-cadence');
    expect(rule.helpUri).toBe('https://wiki.example.com/policies#cadence');
  });
});

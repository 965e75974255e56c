import { expect, it } from 'vitest';
import rule from '../../src/rules/kpi-no-baseline.js';
import { check, yaml } from '../helpers/plan.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      name: 'a KPI with a baseline',
      files: {
        'kpis/k.yaml': yaml`
          kind: KPI
          id: repeat-rate
          name: Repeat rate
          baseline: { value: 12, as_of: 2026-03-31 }
        `,
      },
    },
    {
      name: 'a baseline of zero is a baseline',
      files: {
        'kpis/k.yaml': yaml`
          kind: KPI
          id: referrals
          name: Referrals
          baseline:
            value: 0
        `,
      },
    },
  ],
  invalid: [
    {
      name: 'a KPI with no baseline is reported at its id',
      files: {
        'kpis/k.yaml': yaml`
          kind: KPI
          id: repeat-rate
          name: Repeat rate
          target: { value: 20 }
        `,
      },
      errors: [{ messageId: 'noBaseline', file: 'kpis/k.yaml', line: 2, column: 5, data: { id: 'repeat-rate' } }],
    },
    {
      name: 'each KPI in a multi-document file',
      files: {
        'kpis/k.yaml': yaml`
          kind: KPI
          id: one # expect: kpi-no-baseline
          name: One
          ---
          kind: KPI
          id: two
          name: Two
          baseline: { value: 1 }
          ---
          kind: KPI
          id: three # expect: kpi-no-baseline
          name: Three
        `,
      },
    },
  ],
});

it('kpi-no-baseline does not crash on a baseline of the wrong type', async () => {
  const r = await check({ 'kpis/k.yaml': 'kind: KPI\nid: k\nname: K\nbaseline: 12\n' }, { lint: true });
  expect(r.diagnostics.filter((d) => d.rule === 'rule-crashed')).toEqual([]);
  expect(r.diagnostics.filter((d) => d.rule === rule.meta.id)).toEqual([]);
});

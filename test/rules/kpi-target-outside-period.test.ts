import { expect, it } from 'vitest';
import rule from '../../src/rules/kpi-target-outside-period.js';
import { check, yaml } from '../helpers/plan.js';
import { ruleTester } from '../helpers/rule-tester.js';

const plan = yaml`
  kind: Plan
  id: fy2026
  name: FY2026
  version: 1
  period:
    start: 2026-04-01
    end: 2027-03-31
`;

const kpi = (by: string): string => `kind: KPI\nid: repeat-rate\nname: Repeat rate\ntarget:\n  value: 20\n  by: ${by}\n`;

ruleTester(rule, {
  valid: [
    { name: 'target due on the last day of the period', files: { 'mplan.yaml': plan, 'kpis/k.yaml': kpi('2027-03-31') } },
    { name: 'target due on the first day of the period', files: { 'mplan.yaml': plan, 'kpis/k.yaml': kpi('2026-04-01') } },
    { name: 'no plan period: nothing to compare', files: { 'kpis/k.yaml': kpi('2030-01-01') } },
    {
      name: 'a target with no by date (kpi-no-target reports it)',
      files: { 'mplan.yaml': plan, 'kpis/k.yaml': 'kind: KPI\nid: k\nname: K\ntarget: { value: 3 }\n' },
    },
  ],
  invalid: [
    {
      name: 'target due after the period, at target.by',
      files: { 'mplan.yaml': plan, 'kpis/k.yaml': kpi('2027-04-01') },
      errors: [
        {
          messageId: 'outsidePeriod',
          file: 'kpis/k.yaml',
          line: 6,
          column: 7,
          data: { id: 'repeat-rate', by: '2027-04-01', start: '2026-04-01', end: '2027-03-31' },
          entity: 'repeat-rate',
        },
      ],
    },
    {
      name: 'target due before the period',
      files: { 'mplan.yaml': plan, 'kpis/k.yaml': kpi('2026-03-31') },
      errors: [{ messageId: 'outsidePeriod', file: 'kpis/k.yaml', line: 6, data: { by: '2026-03-31' } }],
    },
  ],
});

it('kpi-target-outside-period points at the end of the period that was crossed', async () => {
  const after = await check({ 'mplan.yaml': plan, 'kpis/k.yaml': kpi('2028-01-01') }, { lint: true });
  const before = await check({ 'mplan.yaml': plan, 'kpis/k.yaml': kpi('2025-01-01') }, { lint: true });
  const rel = (r: typeof after) => r.diagnostics.filter((d) => d.rule === rule.meta.id).map((d) => d.related);
  expect(rel(after)).toMatchObject([[{ file: 'mplan.yaml', line: 7, messageId: 'planPeriod' }]]);
  expect(rel(before)).toMatchObject([[{ file: 'mplan.yaml', line: 6, messageId: 'planPeriod' }]]);
});

it('kpi-target-outside-period does not crash on a period or date of the wrong type', async () => {
  const r = await check(
    { 'mplan.yaml': 'kind: Plan\nid: p\nname: P\nversion: 1\nperiod: 2026\n', 'kpis/k.yaml': 'kind: KPI\nid: k\nname: K\ntarget: { value: 1, by: 5 }\n' },
    { lint: true },
  );
  expect(r.diagnostics.filter((d) => d.rule === 'rule-crashed')).toEqual([]);
  expect(r.diagnostics.filter((d) => d.rule === rule.meta.id)).toEqual([]);
});

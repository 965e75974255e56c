import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/initiative-dates.js';
import { check, yaml } from '../helpers/plan.js';
import { ruleTester, runRule } from '../helpers/rule-tester.js';

const plan = yaml`
  kind: Plan
  id: fy2026
  name: FY2026
  version: 1
  period:
    start: 2026-04-01
    end: 2027-03-31
`;

const initiative = (start: string, end: string): string =>
  `kind: Initiative\nid: welcome-mail\nname: Welcome mail\nstart: ${start}\nend: ${end}\n`;

ruleTester(rule, {
  valid: [
    { name: 'dates in order inside the period', files: { 'mplan.yaml': plan, 'initiatives/i.yaml': initiative('2026-05-01', '2026-06-30') } },
    { name: 'a one-day initiative (start equals end) on the period edges', files: { 'mplan.yaml': plan, 'initiatives/i.yaml': initiative('2027-03-31', '2027-03-31') } },
    { name: 'no plan period: only the order is checked', files: { 'initiatives/i.yaml': initiative('2030-01-01', '2030-02-01') } },
    { name: 'only a start date', files: { 'mplan.yaml': plan, 'initiatives/i.yaml': 'kind: Initiative\nid: i\nname: I\nstart: 2026-05-01\n' } },
  ],
  invalid: [
    {
      name: 'ends before it starts: reported at end',
      files: { 'mplan.yaml': plan, 'initiatives/i.yaml': initiative('2026-06-30', '2026-05-01') },
      errors: [
        {
          messageId: 'endBeforeStart',
          file: 'initiatives/i.yaml',
          line: 5,
          column: 6,
          data: { id: 'welcome-mail', start: '2026-06-30', end: '2026-05-01' },
          entity: 'welcome-mail',
        },
      ],
    },
  ],
});

describe('initiative-dates outside the plan period', () => {
  it('is reported once, as warn, at the first date outside, with the crossed period end related', async () => {
    const found = await runRule(rule, { 'mplan.yaml': plan, 'initiatives/i.yaml': initiative('2027-03-01', '2027-05-31') });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      messageId: 'outsidePeriod',
      severity: 'warn',
      file: 'initiatives/i.yaml',
      line: 5,
      column: 6,
      data: { id: 'welcome-mail', field: 'end', date: '2027-05-31', periodStart: '2026-04-01', periodEnd: '2027-03-31' },
      related: [{ file: 'mplan.yaml', line: 7, messageId: 'planPeriod' }],
    });
  });

  it('points at start when the initiative starts before the period, even if it also ends after it', async () => {
    const found = await runRule(rule, { 'mplan.yaml': plan, 'initiatives/i.yaml': initiative('2026-01-01', '2027-12-31') });
    expect(found.map((d) => [d.messageId, d.severity, d.line, d.data.field])).toEqual([['outsidePeriod', 'warn', 4, 'start']]);
    expect(found[0]!.related).toMatchObject([{ file: 'mplan.yaml', line: 6 }]);
  });

  it('reports both findings when the dates are swapped and outside the period', async () => {
    const found = await runRule(rule, { 'mplan.yaml': plan, 'initiatives/i.yaml': initiative('2027-06-01', '2027-05-01') });
    expect(found.map((d) => [d.messageId, d.severity, d.line])).toEqual([
      ['outsidePeriod', 'warn', 4],
      ['endBeforeStart', 'error', 5],
    ]);
  });

  it('takes the configured severity when config sets one different from the default', async () => {
    const r = await check(
      { 'mplan.yaml': plan, 'initiatives/i.yaml': initiative('2027-06-01', '2027-05-01') },
      { lint: true, rules: { 'initiative-dates': 'info' } },
    );
    expect(r.diagnostics.filter((d) => d.rule === rule.meta.id).map((d) => d.severity)).toEqual(['info', 'info']);
  });

  it('does not crash on dates of the wrong type', async () => {
    const r = await check(
      { 'mplan.yaml': plan, 'initiatives/i.yaml': 'kind: Initiative\nid: i\nname: I\nstart: [1]\nend: 20270101\n' },
      { lint: true },
    );
    expect(r.diagnostics.filter((d) => d.rule === 'rule-crashed')).toEqual([]);
    expect(r.diagnostics.filter((d) => d.rule === rule.meta.id)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/budget-over-plan.js';
import { check, yaml } from '../helpers/plan.js';
import { localize } from '../../src/i18n/index.js';
import { ruleTester, runRule } from '../helpers/rule-tester.js';

const plan = yaml`
  kind: Plan
  id: fy2026
  name: FY2026
  version: 1
  budget:
    amount: 100000
    currency: USD
`;

const initiative = (id: string, amount: number, currency = 'USD'): string =>
  `kind: Initiative\nid: ${id}\nname: ${id}\nbudget: { amount: ${amount}, currency: ${currency} }\n`;

ruleTester(rule, {
  valid: [
    {
      name: 'budgets add up to exactly the plan budget',
      files: { 'mplan.yaml': plan, 'initiatives/i.yaml': [initiative('a', 60000.1), initiative('b', 39999.9)].join('---\n') },
    },
    {
      name: 'no plan budget: nothing to compare',
      files: { 'initiatives/i.yaml': initiative('a', 5000000) },
    },
  ],
  invalid: [
    {
      name: 'budgets over the plan budget: one finding at the plan budget with the totals',
      files: {
        'mplan.yaml': plan,
        'initiatives/a.yaml': initiative('a', 70000),
        'initiatives/b.yaml': [initiative('b', 20000), initiative('c', 15000.5)].join('---\n'),
        'initiatives/d.yaml': 'kind: Initiative\nid: d\nname: D\n',
      },
      errors: [
        {
          messageId: 'overBudget',
          file: 'mplan.yaml',
          line: 5,
          column: 1,
          data: { total: 105000.5, budget: 100000, over: 5000.5, currency: 'USD', initiatives: 3 },
          entity: 'fy2026',
        },
      ],
    },
  ],
});

describe('budget-over-plan with other currencies', () => {
  it('reports each initiative in another currency as info at its currency, and leaves it out of the total', async () => {
    const found = await runRule(rule, {
      'mplan.yaml': plan,
      'initiatives/i.yaml': [initiative('a', 90000), initiative('b', 50000, 'EUR')].join('---\n'),
    });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      messageId: 'otherCurrency',
      severity: 'info',
      file: 'initiatives/i.yaml',
      line: 9,
      data: { id: 'b', currency: 'EUR', planCurrency: 'USD' },
    });
  });

  it('still reports the over-budget error when the plan currency alone is over', async () => {
    const found = await runRule(rule, {
      'mplan.yaml': plan,
      'initiatives/i.yaml': [initiative('a', 120000), initiative('b', 1, 'JPY')].join('---\n'),
    });
    expect(found.map((d) => [d.messageId, d.severity, d.file]).sort()).toEqual([
      ['otherCurrency', 'info', 'initiatives/i.yaml'],
      ['overBudgetWithOthers', 'error', 'mplan.yaml'],
    ]);
  });

  it('does not crash on budgets of the wrong type', async () => {
    const r = await check(
      {
        'mplan.yaml': 'kind: Plan\nid: p\nname: P\nversion: 1\nbudget: { amount: "lots", currency: USD }\n',
        'initiatives/i.yaml': 'kind: Initiative\nid: i\nname: I\nbudget: 500\n',
      },
      { lint: true },
    );
    expect(r.diagnostics.filter((d) => d.rule === 'rule-crashed')).toEqual([]);
    expect(r.diagnostics.filter((d) => d.rule === rule.meta.id)).toEqual([]);
  });
});

describe('budget-over-plan totals with other currencies', () => {
  it('says how many initiatives in other currencies the total leaves out', async () => {
    const found = await runRule(rule, {
      'mplan.yaml': plan,
      'initiatives/i.yaml': [initiative('a', 90000), initiative('b', 20000), initiative('c', 50000, 'EUR'), initiative('d', 10, 'JPY')].join('---\n'),
    });
    const over = found.filter((d) => d.file === 'mplan.yaml');
    expect(over.map((d) => [d.messageId, d.data])).toEqual([
      ['overBudgetWithOthers', { total: 110000, budget: 100000, over: 10000, currency: 'USD', initiatives: 2, others: 2 }],
    ]);
    const [en] = localize(over, 'en', new Map([[rule.meta.id, rule]]));
    expect(en!.message).toContain('Not counted: initiatives budgeted in other currencies (2).');
  });
});

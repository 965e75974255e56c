import { expect, it } from 'vitest';
import rule from '../../src/rules/initiative-low-fit.js';
import { check, yaml } from '../helpers/plan.js';
import { ruleTester } from '../helpers/rule-tester.js';

const withFit = (fit: string): string => `kind: Initiative\nid: welcome-mail\nname: Welcome mail\nfit:\n${fit}`;

ruleTester(rule, {
  valid: [
    {
      name: 'an average of exactly 3 with no 1',
      files: { 'initiatives/i.yaml': withFit('  purpose: 2\n  target: 3\n  budget: 4\n  differentiation: 3\n  sustainability: 3\n') },
    },
    { name: 'no fit scores at all', files: { 'initiatives/i.yaml': 'kind: Initiative\nid: i\nname: I\n' } },
  ],
  invalid: [
    {
      name: 'a score of 1 is reported at that score, even with a high average',
      files: { 'initiatives/i.yaml': withFit('  purpose: 5\n  target: 5\n  budget: 1\n  differentiation: 5\n  sustainability: 5\n') },
      errors: [{ messageId: 'scoreOne', file: 'initiatives/i.yaml', line: 7, column: 11, data: { id: 'welcome-mail', criterion: 'budget' } }],
    },
    {
      name: 'an average below 3 is reported at fit',
      files: { 'initiatives/i.yaml': withFit('  purpose: 3\n  target: 2\n  budget: 3\n  differentiation: 2\n  sustainability: 4\n') },
      errors: [{ messageId: 'lowAverage', file: 'initiatives/i.yaml', line: 4, column: 1, data: { id: 'welcome-mail', average: 2.8 } }],
    },
    {
      name: 'the average counts only the scores given',
      files: {
        'initiatives/i.yaml': yaml`
          kind: Initiative
          id: welcome-mail
          name: Welcome mail
          fit: { purpose: 2, target: 3, budget: 2 } # expect: initiative-low-fit
        `,
      },
    },
  ],
});

it('initiative-low-fit does not crash on fit scores of the wrong type', async () => {
  const r = await check({ 'initiatives/i.yaml': withFit('  purpose: high\n  target: [1]\n') }, { lint: true });
  expect(r.diagnostics.filter((d) => d.rule === 'rule-crashed')).toEqual([]);
  expect(r.diagnostics.filter((d) => d.rule === rule.meta.id)).toEqual([]);
});

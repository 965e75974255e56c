import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/roadmap-phase-outside-period.js';
import { check, yaml } from '../helpers/plan.js';
import { ruleTester } from '../helpers/rule-tester.js';

function plan(roadmap: string, period = 'period: { start: 2027-04-01, end: 2028-03-31 }'): string {
  return `kind: Plan\nid: p\nname: P\nversion: 1\n${period}\nroadmap:\n${roadmap}`;
}

ruleTester(rule, {
  valid: [
    {
      name: 'phases within the period, touching both ends',
      files: {
        'mplan.yaml': plan(yaml`
          - { id: one, name: One, start: 2027-04-01, end: 2027-09-30 }
          - { id: two, name: Two, start: 2027-10-01, end: 2028-03-31 }
        `),
      },
    },
    {
      name: 'a plan with no period: nothing to compare with',
      files: {
        'mplan.yaml': plan('  - { id: one, name: One, start: 2020-01-01, end: 2030-12-31 }\n', ''),
      },
    },
  ],
  invalid: [
    {
      name: 'one phase starts early, another ends late: each at the offending date',
      files: {
        'mplan.yaml': yaml`
          kind: Plan
          id: p
          name: P
          version: 1
          period:
            start: 2027-04-01
            end: 2028-03-31
          roadmap:
            - id: early
              name: Early
              start: 2027-03-01
              end: 2027-06-30
            - id: late
              name: Late
              start: 2027-07-01
              end: 2028-04-30
        `,
      },
      errors: [
        { messageId: 'startsBefore', file: 'mplan.yaml', line: 11, column: 12, data: { phase: 'early', date: '2027-03-01', start: '2027-04-01' }, entity: 'p' },
        { messageId: 'endsAfter', file: 'mplan.yaml', line: 16, column: 10, data: { phase: 'late', date: '2028-04-30', end: '2028-03-31' }, entity: 'p' },
      ],
    },
    {
      name: 'a phase outside at both ends is reported once, at its start',
      files: {
        'mplan.yaml': plan('  - { id: all, name: All, start: 2027-01-01, end: 2028-12-31 } # expect: roadmap-phase-outside-period\n'),
      },
    },
  ],
});

describe('roadmap-phase-outside-period on broken plans', () => {
  it('does not crash on a roadmap that is not a list of phases', async () => {
    const result = await check(
      { 'mplan.yaml': plan('  - just text\n  - { id: x, name: X, start: someday, end: 2029-01-01 }\n  - null\n') },
      { lint: true, rules: { 'roadmap-phase-outside-period': 'warn' } },
    );
    expect(result.diagnostics.filter((d) => d.rule === 'rule-crashed')).toEqual([]);
    expect(result.diagnostics.filter((d) => d.rule === 'roadmap-phase-outside-period').map((d) => d.messageId)).toEqual(['endsAfter']);
  });
});

import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/tool-contract-ends-in-period.js';
import { check, yaml } from '../helpers/plan.js';
import { ruleTester } from '../helpers/rule-tester.js';

const plan = yaml`
  kind: Plan
  id: p
  name: P
  version: 1
  period:
    start: 2027-04-01
    end: 2028-03-31
`;

ruleTester(rule, {
  valid: [
    {
      name: 'contracts ending before or after the period, a retiring tool, none given',
      files: {
        'mplan.yaml': plan,
        'tools/tools.yaml': yaml`
          kind: Tool
          id: a
          name: A
          category: crm
          contract_end: 2028-04-01
          ---
          kind: Tool
          id: b
          name: B
          category: crm
          contract_end: 2027-03-31
          ---
          kind: Tool
          id: c
          name: C
          category: crm
          status: retiring
          contract_end: 2027-09-30
          ---
          kind: Tool
          id: d
          name: D
          category: crm
        `,
      },
    },
    {
      name: 'a plan with no period: nothing to compare with',
      files: {
        'tools/tools.yaml': yaml`
          kind: Tool
          id: a
          name: A
          category: crm
          contract_end: 2027-09-30
        `,
      },
    },
  ],
  invalid: [
    {
      name: 'contracts ending on the first day, inside and on the last day of the period',
      files: {
        'mplan.yaml': plan,
        'tools/tools.yaml': yaml`
          kind: Tool
          id: a
          name: A
          category: crm
          contract_end: 2027-04-01
          ---
          kind: Tool
          id: b
          name: B
          category: crm
          contract_end: 2027-09-30
          ---
          kind: Tool
          id: c
          name: C
          category: crm
          contract_end: 2028-03-31
        `,
      },
      errors: [
        { messageId: 'endsInPeriod', file: 'tools/tools.yaml', line: 5, column: 15, data: { id: 'a', date: '2027-04-01', start: '2027-04-01', end: '2028-03-31' } },
        { messageId: 'endsInPeriod', file: 'tools/tools.yaml', line: 11, column: 15, data: { id: 'b', date: '2027-09-30' } },
        { messageId: 'endsInPeriod', file: 'tools/tools.yaml', line: 17, column: 15, data: { id: 'c', date: '2028-03-31' } },
      ],
    },
  ],
});

describe('tool-contract-ends-in-period on broken plans', () => {
  it('ignores dates it cannot read and a malformed period', async () => {
    const result = await check(
      {
        'mplan.yaml': 'kind: Plan\nid: p\nname: P\nversion: 1\nperiod: { start: soon, end: 2028-03-31 }\n',
        'tools/tools.yaml': 'kind: Tool\nid: a\nname: A\ncategory: crm\ncontract_end: [2027-09-30]\n',
      },
      { lint: true, rules: { 'tool-contract-ends-in-period': 'info' } },
    );
    expect(result.diagnostics.filter((d) => d.rule === 'rule-crashed')).toEqual([]);
    expect(result.diagnostics.filter((d) => d.rule === 'tool-contract-ends-in-period')).toEqual([]);
  });
});

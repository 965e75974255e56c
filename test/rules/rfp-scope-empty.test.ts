import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/rfp-scope-empty.js';
import { check, yaml } from '../helpers/plan.js';
import { ruleTester } from '../helpers/rule-tester.js';

const plan = {
  'journeys/buy.yaml': yaml`
    kind: Journey
    id: buy
    name: Buy
    stages:
      - id: visit
        name: Visit
  `,
  'initiatives/site.yaml': yaml`
    kind: Initiative
    id: microsite
    name: Microsite
  `,
};

ruleTester(rule, {
  valid: [
    {
      name: 'scope names an initiative',
      files: {
        ...plan,
        'rfps/agency.yaml': yaml`
          kind: RFP
          id: rfp-agency
          title: Agency
          scope:
            initiatives: [microsite]
        `,
      },
    },
    {
      name: 'scope names only a stage',
      files: {
        ...plan,
        'rfps/agency.yaml': yaml`
          kind: RFP
          id: rfp-agency
          title: Agency
          scope: { stages: [buy/visit] }
        `,
      },
    },
  ],
  invalid: [
    {
      name: 'no scope: reported at the RFP id',
      files: {
        'rfps/agency.yaml': yaml`
          kind: RFP
          id: rfp-agency
          title: Agency
        `,
      },
      errors: [{ messageId: 'scopeEmpty', file: 'rfps/agency.yaml', line: 2, column: 5, data: { id: 'rfp-agency' }, entity: 'rfp-agency' }],
    },
    {
      name: 'scope with empty lists: reported at the scope key',
      files: {
        'rfps/agency.yaml': yaml`
          kind: RFP
          id: rfp-agency
          title: Agency
          scope: # expect: rfp-scope-empty
            initiatives: []
            stages: []
        `,
      },
    },
  ],
});

describe('rfp-scope-empty on broken plans', () => {
  it('does not crash when scope is a list or text', async () => {
    const result = await check(
      {
        'rfps/a.yaml': 'kind: RFP\nid: rfp-a\ntitle: A\nscope: [microsite]\n',
        'rfps/b.yaml': 'kind: RFP\nid: rfp-b\ntitle: B\nscope: everything\n',
      },
      { lint: true, rules: { 'rfp-scope-empty': 'warn' } },
    );
    expect(result.diagnostics.filter((d) => d.rule === 'rule-crashed')).toEqual([]);
    expect(result.diagnostics.filter((d) => d.rule === 'rfp-scope-empty').map((d) => d.entity)).toEqual(['rfp-a', 'rfp-b']);
  });
});

import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/tool-not-connected-to-crm.js';
import { check, yaml } from '../helpers/plan.js';
import { ruleTester, runRule } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      name: 'ads → MA → CRM over two hops, default direction both',
      files: {
        'tools/tools.yaml': yaml`
          kind: Tool
          id: ads
          name: Ads
          category: ads
          integrations:
            - { tool: ma, direction: to }
          ---
          kind: Tool
          id: ma
          name: MA
          category: marketing-automation
          integrations:
            - tool: crm
          ---
          kind: Tool
          id: crm
          name: CRM
          category: crm
        `,
      },
    },
    {
      name: 'the CRM declares the flow: `from` on the CRM, and `to` on a third tool listing the email tool',
      files: {
        'tools/tools.yaml': yaml`
          kind: Tool
          id: crm
          name: CRM
          category: crm
          integrations:
            - { tool: line, direction: from }
          ---
          kind: Tool
          id: line
          name: LINE
          category: scrm
          ---
          kind: Tool
          id: email
          name: Email
          category: email
          ---
          kind: Tool
          id: hub
          name: Hub
          category: other
          integrations:
            - { tool: email, direction: from }
            - { tool: crm, direction: to }
        `,
      },
    },
    {
      name: 'analytics, evaluating and retiring tools are not checked',
      files: {
        'tools/tools.yaml': yaml`
          kind: Tool
          id: ga
          name: GA
          category: analytics
          ---
          kind: Tool
          id: old-ma
          name: Old MA
          category: marketing-automation
          status: retiring
          ---
          kind: Tool
          id: trial-cdp
          name: CDP on trial
          category: cdp
          status: evaluating
          ---
          kind: Tool
          id: crm
          name: CRM
          category: crm
          integrations: [{ tool: ga }]
        `,
      },
    },
  ],
  invalid: [
    {
      name: 'data only flows from the CRM into the MA tool: wrong direction',
      files: {
        'tools/tools.yaml': yaml`
          kind: Tool
          id: crm
          name: CRM
          category: crm
          integrations:
            - { tool: ma, direction: to }
          ---
          kind: Tool
          id: ma
          name: MA
          category: marketing-automation
          integrations:
            - { tool: crm, direction: from }
        `,
      },
      errors: [{ messageId: 'notConnected', file: 'tools/tools.yaml', line: 9, column: 5, data: { id: 'ma', category: 'marketing-automation', crms: 'crm' }, entity: 'ma' }],
    },
    {
      name: 'a chain that stops before the CRM (ads → MA, MA ← CRM only)',
      files: {
        'tools/tools.yaml': yaml`
          kind: Tool
          id: ads # expect: tool-not-connected-to-crm
          name: Ads
          category: ads
          integrations:
            - { tool: ma, direction: to }
          ---
          kind: Tool
          id: ma # expect: tool-not-connected-to-crm
          name: MA
          category: marketing-automation
          integrations:
            - { tool: crm, direction: from }
          ---
          kind: Tool
          id: crm
          name: CRM
          category: crm
        `,
      },
    },
    {
      name: 'no CRM in the inventory at all: one finding for the plan, however many tools',
      files: {
        'tools/tools.yaml': yaml`
          kind: Tool
          id: cdp
          name: CDP
          category: cdp
          ---
          kind: Tool
          id: ma
          name: MA
          category: marketing-automation
          ---
          kind: Tool
          id: ads
          name: Ads
          category: ads
        `,
      },
      errors: [{ messageId: 'noCrm', file: 'mplan.yaml', line: 2, data: { count: 3, first: 'cdp' }, entity: 'test-plan' }],
    },
    {
      name: 'a path through a retiring tool does not count',
      files: {
        'tools/tools.yaml': yaml`
          kind: Tool
          id: ma # expect: tool-not-connected-to-crm
          name: MA
          category: marketing-automation
          integrations: [{ tool: old-sync, direction: to }]
          ---
          kind: Tool
          id: old-sync
          name: Old sync
          category: other
          status: retiring
          integrations: [{ tool: crm, direction: to }]
          ---
          kind: Tool
          id: crm
          name: CRM
          category: crm
        `,
      },
    },
    {
      name: 'the only CRM is retiring: one finding for the plan',
      files: {
        'tools/tools.yaml': yaml`
          kind: Tool
          id: ma
          name: MA
          category: marketing-automation
          integrations: [{ tool: old-crm, direction: to }]
          ---
          kind: Tool
          id: old-crm
          name: Old CRM
          category: crm
          status: retiring
        `,
      },
      errors: [{ messageId: 'noStayingCrm', file: 'mplan.yaml', line: 2, data: { count: 1, first: 'ma', crms: 'old-crm' } }],
    },
  ],
});

describe('tool-not-connected-to-crm on broken plans', () => {
  it('does not crash on malformed integrations, unknown tools or cycles', async () => {
    const result = await check(
      {
        'tools/tools.yaml': yaml`
          kind: Tool
          id: ma
          name: MA
          category: marketing-automation
          integrations:
            - crm
            - { tool: ghost }
            - { tool: email, direction: sideways }
            - { tool: 7 }
          ---
          kind: Tool
          id: email
          name: Email
          category: email
          integrations: { tool: ma }
          ---
          kind: Tool
          id: crm
          name: CRM
          category: crm
        `,
      },
      { lint: true, rules: { 'tool-not-connected-to-crm': 'warn' } },
    );
    expect(result.diagnostics.filter((d) => d.rule === 'rule-crashed')).toEqual([]);
    expect(result.diagnostics.filter((d) => d.rule === 'tool-not-connected-to-crm').map((d) => d.entity)).toEqual(['ma', 'email']);
  });

  it('the plan-level finding names the first marketing tool as the related location', async () => {
    const found = await runRule(rule, { 'tools/tools.yaml': 'kind: Tool\nid: ma\nname: MA\ncategory: marketing-automation\n' });
    expect(found.map((d) => d.related)).toMatchObject([[{ file: 'tools/tools.yaml', line: 4, messageId: 'firstTool', data: { id: 'ma' } }]]);
  });
});

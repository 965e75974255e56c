import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/tool-not-connected-to-crm.js';
import { check, yaml } from '../helpers/plan.js';
import { ruleTester } from '../helpers/rule-tester.js';

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
      name: 'analytics and retiring tools are not checked',
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
      name: 'no CRM in the inventory at all',
      files: {
        'tools/tools.yaml': yaml`
          kind: Tool
          id: cdp
          name: CDP
          category: cdp
        `,
      },
      errors: [{ messageId: 'noCrm', file: 'tools/tools.yaml', line: 2, data: { id: 'cdp', category: 'cdp' } }],
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
});

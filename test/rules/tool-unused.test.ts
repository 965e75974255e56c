import { describe, expect, it } from 'vitest';
import { planHealth } from '../../src/health/index.js';
import rule from '../../src/rules/tool-unused.js';
import { check, yaml } from '../helpers/plan.js';
import { ruleTester } from '../helpers/rule-tester.js';

const tools = yaml`
  kind: Tool
  id: line
  name: LINE
  category: scrm
  ---
  kind: Tool
  id: shop
  name: Shop
  category: ecommerce
  ---
  kind: Tool
  id: ga
  name: GA
  category: analytics
`;

ruleTester(rule, {
  valid: [
    {
      name: 'each tool used once: by a touchpoint, an initiative and as a KPI source',
      files: {
        'tools/tools.yaml': tools,
        'journeys/buy.yaml': yaml`
          kind: Journey
          id: buy
          name: Buy
          stages:
            - id: visit
              name: Visit
              touchpoints:
                - { channel: LINE, tool: line }
        `,
        'initiatives/i.yaml': yaml`
          kind: Initiative
          id: sale
          name: Sale
          tools: [shop]
        `,
        'kpis/k.yaml': yaml`
          kind: KPI
          id: visits
          name: Visits
          source: ga
        `,
      },
    },
    {
      name: 'tools being evaluated or retired need no use',
      files: {
        'tools/tools.yaml': yaml`
          kind: Tool
          id: cdp
          name: CDP
          category: cdp
          status: evaluating
          ---
          kind: Tool
          id: old-ma
          name: Old MA
          category: marketing-automation
          status: retiring
        `,
      },
    },
    {
      name: 'a CRM and a warehouse used only as integration targets of a tool in use (MA → CRM → warehouse)',
      files: {
        'tools/tools.yaml': yaml`
          kind: Tool
          id: crm
          name: CRM
          category: crm
          integrations: [{ tool: warehouse, direction: to }]
          ---
          kind: Tool
          id: warehouse
          name: Data warehouse
          category: other
          ---
          kind: Tool
          id: ma
          name: MA
          category: marketing-automation
          integrations: [{ tool: crm }]
        `,
        'initiatives/i.yaml': yaml`
          kind: Initiative
          id: nurture
          name: Nurture
          tools: [ma]
        `,
      },
    },
  ],
  invalid: [
    {
      name: 'a tool that only sends data, or only receives it from a retiring or unused tool, is unused',
      files: {
        'tools/tools.yaml': yaml`
          kind: Tool
          id: crm
          name: CRM
          category: crm
          ---
          kind: Tool
          id: forms # expect: tool-unused
          name: Forms
          category: other
          integrations: [{ tool: crm, direction: to }]
          ---
          kind: Tool
          id: old-ma
          name: Old MA
          category: marketing-automation
          status: retiring
          integrations: [{ tool: archive, direction: to }]
          ---
          kind: Tool
          id: archive # expect: tool-unused
          name: Archive
          category: other
        `,
        'initiatives/i.yaml': yaml`
          kind: Initiative
          id: nurture
          name: Nurture
          tools: [crm]
        `,
      },
    },
    {
      name: 'a planned tool nothing uses',
      files: {
        'tools/tools.yaml': yaml`
          kind: Tool
          id: showroom # expect: tool-unused
          name: Showroom
          category: other
          status: planned
        `,
      },
    },
  ],
});

describe('tool-unused on broken plans', () => {
  it('does not crash when a touchpoint list or tools field has the wrong shape', async () => {
    const result = await check(
      {
        'tools/tools.yaml': tools,
        'journeys/buy.yaml': 'kind: Journey\nid: buy\nname: Buy\nstages:\n  - id: visit\n    name: Visit\n    touchpoints: LINE\n',
        'initiatives/i.yaml': 'kind: Initiative\nid: sale\nname: Sale\ntools: { a: shop }\n',
      },
      { lint: true, rules: { 'tool-unused': 'warn' } },
    );
    expect(result.diagnostics.filter((d) => d.rule === 'rule-crashed')).toEqual([]);
    expect(result.diagnostics.filter((d) => d.rule === 'tool-unused').map((d) => d.entity)).toEqual(['line', 'shop', 'ga']);
  });
});

describe('tool-unused and the plan health figure', () => {
  it('"tools in use" counts the tools fed by a tool in use, as the rule does', async () => {
    const result = await check(
      {
        'tools/tools.yaml': 'kind: Tool\nid: crm\nname: CRM\ncategory: crm\n---\nkind: Tool\nid: ma\nname: MA\ncategory: marketing-automation\nintegrations: [{ tool: crm, direction: to }]\n---\nkind: Tool\nid: idle\nname: Idle\ncategory: other\n',
        'initiatives/i.yaml': 'kind: Initiative\nid: nurture\nname: Nurture\ntools: [ma]\n',
      },
      { lint: true },
    );
    expect(result.diagnostics.filter((d) => d.rule === 'tool-unused').map((d) => d.entity)).toEqual(['idle']);
    expect(planHealth(result.model).find((f) => f.id === 'tools-in-use')).toMatchObject({ n: 2, m: 3 });
  });
});

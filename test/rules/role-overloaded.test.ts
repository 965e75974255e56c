import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/role-overloaded.js';
import { check, yaml } from '../helpers/plan.js';
import type { PlanFiles } from '../helpers/plan.js';
import { localize } from '../../src/i18n/index.js';
import { ruleTester, runRule } from '../helpers/rule-tester.js';

const roles = yaml`
  kind: Role
  id: cmo
  name: CMO
  type: internal
  ---
  kind: Role
  id: cs
  name: Customer success
  type: internal
`;

/** Two stages, one KPI and one initiative (4 items); `owners` picks the owner of each. */
function plan(owners: { visit: string; renew: string; kpi: string; initiative: string }): PlanFiles {
  return {
    'team/roles.yaml': roles,
    'journeys/buy.yaml': yaml`
      kind: Journey
      id: buy
      name: Buy
      stages:
        - id: visit
          name: Visit
          owner: ${owners.visit}
        - id: renew
          name: Renew
          owner: ${owners.renew}
    `,
    'kpis/k.yaml': yaml`
      kind: KPI
      id: visits
      name: Visits
      owner: ${owners.kpi}
    `,
    'initiatives/i.yaml': yaml`
      kind: Initiative
      id: webinar
      name: Webinar
      accountable: ${owners.initiative}
    `,
  };
}

ruleTester(rule, {
  valid: [
    {
      name: 'half of the items (not more than 50%)',
      files: plan({ visit: 'cmo', renew: 'cs', kpi: 'cmo', initiative: 'cs' }),
    },
    {
      name: 'a plan with fewer than four stages, KPIs and initiatives is too small to judge',
      files: {
        'team/roles.yaml': roles,
        'kpis/k.yaml': yaml`
          kind: KPI
          id: visits
          name: Visits
          owner: cmo
          ---
          kind: KPI
          id: leads
          name: Leads
          owner: cmo
        `,
        'initiatives/i.yaml': yaml`
          kind: Initiative
          id: webinar
          name: Webinar
          accountable: cmo
        `,
      },
    },
    {
      name: 'option max-share 0.9 allows three of four',
      files: plan({ visit: 'cmo', renew: 'cmo', kpi: 'cmo', initiative: 'cs' }),
      options: { 'max-share': 0.9 },
    },
  ],
  invalid: [
    {
      name: 'three of four items owned by one role, reported at the role id',
      files: plan({ visit: 'cmo', renew: 'cmo', kpi: 'cs', initiative: 'cmo' }),
      errors: [
        {
          messageId: 'overloaded',
          file: 'team/roles.yaml',
          line: 2,
          column: 5,
          data: { id: 'cmo', count: 3, total: 4, share: 75, max: 50 },
          entity: 'cmo',
        },
      ],
    },
    {
      name: 'option max-share 0.2: both roles are over it',
      files: plan({ visit: 'cmo', renew: 'cs', kpi: 'cmo', initiative: 'cs' }),
      options: { 'max-share': 0.2 },
      errors: [
        { messageId: 'overloaded', file: 'team/roles.yaml', line: 2, data: { id: 'cmo', count: 2, share: 50, max: 20 } },
        { messageId: 'overloaded', file: 'team/roles.yaml', line: 7, data: { id: 'cs', count: 2, share: 50, max: 20 } },
      ],
    },
  ],
});

describe('role-overloaded on broken plans', () => {
  it('falls back to the default share when the option is not a number, and does not crash on odd values', async () => {
    const files = plan({ visit: 'cmo', renew: 'cmo', kpi: 'cmo', initiative: 'cs' });
    files['mplan.yaml'] = 'kind: Plan\nid: p\nname: P\nversion: 1\nlint:\n  rules:\n    role-overloaded: [warn, { max-share: lots }]\n';
    files['kpis/k.yaml'] += '---\nkind: KPI\nid: odd\nname: Odd\nowner: [cmo]\n';
    const result = await check(files, { lint: true });
    expect(result.diagnostics.filter((d) => d.rule === 'rule-crashed')).toEqual([]);
    const found = result.diagnostics.filter((d) => d.rule === 'role-overloaded');
    expect(found.map((d) => d.data)).toEqual([{ id: 'cmo', count: 3, total: 5, share: 60, max: 50 }]);
  });
});

describe('role-overloaded percentages', () => {
  it('shows as many decimals as it takes for the share to read as more than the limit', async () => {
    const stages = Array.from({ length: 6 }, (_, i) => `  - { id: s${i}, name: S${i}${i === 0 ? ', owner: cmo' : ''} }`).join('\n');
    const found = await runRule(rule, { 'team/roles.yaml': roles, 'journeys/j.yaml': `kind: Journey\nid: j\nname: J\nstages:\n${stages}\n` }, { 'max-share': 0.165 });
    expect(found.map((d) => d.data)).toEqual([{ id: 'cmo', count: 1, total: 6, share: 16.7, max: 16.5 }]);
    const [en] = localize(found, 'en', new Map([[rule.meta.id, rule]]));
    expect(en!.message).toContain('(16.7%, more than 16.5%)');
  });
});

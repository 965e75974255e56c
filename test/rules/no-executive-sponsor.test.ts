import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/no-executive-sponsor.js';
import { check, yaml } from '../helpers/plan.js';
import { ruleTester } from '../helpers/rule-tester.js';

const roles = yaml`
  kind: Role
  id: ceo
  name: CEO
  type: internal
  level: executive
  ---
  kind: Role
  id: marketing-manager
  name: Marketing manager
  type: internal
  level: manager
`;

ruleTester(rule, {
  valid: [
    {
      name: 'an executive among the sponsors',
      files: {
        'mplan.yaml': yaml`
          kind: Plan
          id: p
          name: P
          version: 1
          sponsors: [marketing-manager, ceo]
        `,
        'team/roles.yaml': roles,
      },
    },
  ],
  invalid: [
    {
      name: 'no sponsors at all: reported at the plan id',
      files: {
        'mplan.yaml': yaml`
          kind: Plan
          id: p
          name: P
          version: 1
        `,
      },
      errors: [{ messageId: 'noSponsor', file: 'mplan.yaml', line: 2, column: 5, data: { id: 'p' }, entity: 'p' }],
    },
    {
      name: 'an empty sponsors list counts as none: reported at the sponsors key',
      files: {
        'mplan.yaml': yaml`
          kind: Plan
          id: p
          name: P
          version: 1
          sponsors: [] # expect: no-executive-sponsor
        `,
      },
    },
    {
      name: 'a partner\'s executive is not the plan\'s top management',
      files: {
        'mplan.yaml': yaml`
          kind: Plan
          id: p
          name: P
          version: 1
          sponsors: [agency-ceo] # expect: no-executive-sponsor
        `,
        'team/agency.yaml': yaml`
          kind: Role
          id: agency-ceo
          name: Agency CEO
          type: partner
          partner_type: digital-agency
          level: executive
        `,
      },
    },
    {
      name: 'sponsors but none at level executive: reported at the sponsors key',
      files: {
        'mplan.yaml': yaml`
          kind: Plan
          id: p
          name: P
          version: 1
          sponsors:
            - marketing-manager
        `,
        'team/roles.yaml': roles,
      },
      errors: [{ messageId: 'noExecutive', file: 'mplan.yaml', line: 5, column: 1, data: { sponsors: 'marketing-manager' } }],
    },
  ],
});

describe('no-executive-sponsor on broken plans', () => {
  it('does not crash when sponsors is not a list of ids or points nowhere', async () => {
    const result = await check(
      {
        'mplan.yaml': yaml`
          kind: Plan
          id: p
          name: P
          version: 1
          sponsors: [42, ghost]
        `,
      },
      { lint: true, rules: { 'no-executive-sponsor': 'warn' } },
    );
    expect(result.diagnostics.filter((d) => d.rule === 'rule-crashed')).toEqual([]);
    expect(result.diagnostics.filter((d) => d.rule === 'no-executive-sponsor').map((d) => d.messageId)).toEqual(['noExecutive']);
  });
});

import { expect, it } from 'vitest';
import rule from '../../src/rules/raci-multiple-letters.js';
import { check, yaml } from '../helpers/plan.js';
import { ruleTester } from '../helpers/rule-tester.js';

const roles = yaml`
  kind: Role
  id: crm-lead
  name: CRM lead
  type: internal
  ---
  kind: Role
  id: agency
  name: Agency
  type: partner
  ---
  kind: Role
  id: ceo
  name: CEO
  type: internal
`;

ruleTester(rule, {
  valid: [
    {
      name: 'each role holds one letter',
      files: {
        'team/r.yaml': roles,
        'initiatives/i.yaml': yaml`
          kind: Initiative
          id: welcome-mail
          name: Welcome mail
          accountable: crm-lead
          responsible: [agency]
          informed: [ceo]
        `,
      },
    },
  ],
  invalid: [
    {
      name: 'accountable and responsible: reported at the second letter, the first related',
      files: {
        'team/r.yaml': roles,
        'initiatives/i.yaml': yaml`
          kind: Initiative
          id: welcome-mail
          name: Welcome mail
          accountable: crm-lead
          responsible:
            - agency
            - crm-lead
        `,
      },
      errors: [
        {
          messageId: 'multipleLetters',
          file: 'initiatives/i.yaml',
          line: 7,
          column: 5,
          data: { id: 'welcome-mail', role: 'crm-lead', letters: 'accountable + responsible' },
          entity: 'welcome-mail',
        },
      ],
    },
    {
      name: 'one finding per role, even with three letters; single values and lists',
      files: {
        'team/r.yaml': roles,
        'initiatives/i.yaml': yaml`
          kind: Initiative
          id: welcome-mail
          name: Welcome mail
          accountable: crm-lead
          responsible: [agency]
          consulted: [crm-lead, ceo]
          informed: [crm-lead, agency]
        `,
      },
      errors: [
        { messageId: 'multipleLetters', file: 'initiatives/i.yaml', line: 6, data: { role: 'crm-lead', letters: 'accountable + consulted + informed' } },
        { messageId: 'multipleLetters', file: 'initiatives/i.yaml', line: 7, data: { role: 'agency', letters: 'responsible + informed' } },
      ],
    },
  ],
});

it('raci-multiple-letters ignores a role repeated within one letter and names the first place as related', async () => {
  const r = await check(
    {
      'team/r.yaml': roles,
      'initiatives/i.yaml': 'kind: Initiative\nid: i\nname: I\nresponsible: [agency, agency]\nconsulted: agency\n',
    },
    { lint: true },
  );
  const found = r.diagnostics.filter((d) => d.rule === rule.meta.id);
  expect(found.map((d) => [d.line, d.data.letters])).toEqual([[5, 'responsible + consulted']]);
  expect(found[0]!.related).toMatchObject([{ line: 4, messageId: 'firstListed', data: { letter: 'responsible' } }]);
});

it('raci-multiple-letters does not crash on RACI fields of the wrong type', async () => {
  const r = await check({ 'initiatives/i.yaml': 'kind: Initiative\nid: i\nname: I\naccountable: 5\nresponsible: { a: 1 }\n' }, { lint: true });
  expect(r.diagnostics.filter((d) => d.rule === 'rule-crashed')).toEqual([]);
  expect(r.diagnostics.filter((d) => d.rule === rule.meta.id)).toEqual([]);
});

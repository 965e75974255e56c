import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/initiative-outside-roadmap.js';
import { check, yaml } from '../helpers/plan.js';
import { ruleTester } from '../helpers/rule-tester.js';

const planWithRoadmap = yaml`
  kind: Plan
  id: p
  name: P
  version: 1
  roadmap:
    - id: foundation
      name: Foundation
      start: 2027-04-01
      end: 2027-06-30
      initiatives: [crm-setup]
    - id: campaign
      name: Campaign
      start: 2027-07-01
      end: 2027-12-31
`;

ruleTester(rule, {
  valid: [
    {
      name: 'initiatives inside one phase, touching its edges, with only one date, or with none',
      files: {
        'mplan.yaml': planWithRoadmap,
        'initiatives/i.yaml': yaml`
          kind: Initiative
          id: crm-setup
          name: CRM setup
          start: 2027-04-01
          end: 2027-06-30
          ---
          kind: Initiative
          id: launch
          name: Launch
          start: 2027-09-01
          ---
          kind: Initiative
          id: ongoing
          name: Ongoing
        `,
      },
    },
    {
      name: 'a plan without a roadmap is not checked',
      files: {
        'initiatives/i.yaml': yaml`
          kind: Initiative
          id: launch
          name: Launch
          start: 2020-01-01
          end: 2030-01-01
        `,
      },
    },
  ],
  invalid: [
    {
      name: 'an initiative spanning two phases: reported at its end, related to the phase that lists it',
      files: {
        'mplan.yaml': planWithRoadmap,
        'initiatives/i.yaml': yaml`
          kind: Initiative
          id: crm-setup
          name: CRM setup
          start: 2027-05-01
          end: 2027-07-31
        `,
      },
      errors: [
        {
          messageId: 'outsideListed',
          file: 'initiatives/i.yaml',
          line: 5,
          column: 6,
          data: { id: 'crm-setup', start: '2027-05-01', end: '2027-07-31', phase: 'foundation', phaseStart: '2027-04-01', phaseEnd: '2027-06-30' },
          entity: 'crm-setup',
        },
      ],
    },
    {
      name: 'an initiative inside another phase than the one that lists it',
      files: {
        'mplan.yaml': planWithRoadmap,
        'initiatives/i.yaml': yaml`
          kind: Initiative
          id: crm-setup
          name: CRM setup
          start: 2027-08-01
          end: 2027-09-30
        `,
      },
      errors: [
        {
          messageId: 'outsideListed',
          file: 'initiatives/i.yaml',
          line: 4,
          data: { id: 'crm-setup', phase: 'foundation', phaseStart: '2027-04-01', phaseEnd: '2027-06-30' },
          entity: 'crm-setup',
        },
      ],
    },
    {
      name: 'an initiative starting before the first phase is reported at its start; one only with an end after the last phase at its end',
      files: {
        'mplan.yaml': planWithRoadmap,
        'initiatives/i.yaml': yaml`
          kind: Initiative
          id: early
          name: Early
          start: 2027-03-01 # expect: initiative-outside-roadmap
          end: 2027-05-31
          ---
          kind: Initiative
          id: late
          name: Late
          end: 2028-02-28 # expect: initiative-outside-roadmap
          ---
          kind: Initiative
          id: crm-setup
          name: CRM setup
        `,
      },
    },
  ],
});

describe('initiative-outside-roadmap', () => {
  it('names the phase that lists the initiative as the related location', async () => {
    const result = await check(
      {
        'mplan.yaml': planWithRoadmap,
        'initiatives/i.yaml': 'kind: Initiative\nid: crm-setup\nname: CRM setup\nstart: 2027-06-01\nend: 2027-08-31\n',
      },
      { lint: true, rules: { 'initiative-outside-roadmap': 'info' } },
    );
    const found = result.diagnostics.filter((d) => d.rule === 'initiative-outside-roadmap');
    expect(found).toHaveLength(1);
    expect(found[0]!.related).toMatchObject([
      { file: 'mplan.yaml', line: 6, messageId: 'listedIn', data: { phase: 'foundation', phaseStart: '2027-04-01', phaseEnd: '2027-06-30' } },
    ]);
  });

  it('finds the containing phase among many overlapping ones', async () => {
    const roadmap = yaml`
      kind: Plan
      id: p
      name: P
      version: 1
      roadmap:
        - { id: wide, name: Wide, start: 2027-01-01, end: 2027-12-31 }
        - { id: a, name: A, start: 2027-02-01, end: 2027-03-31 }
        - { id: b, name: B, start: 2027-06-01, end: 2027-06-30 }
    `;
    const result = await check(
      {
        'mplan.yaml': roadmap,
        'initiatives/i.yaml': 'kind: Initiative\nid: mid\nname: Mid\nstart: 2027-06-15\nend: 2027-11-30\n---\nkind: Initiative\nid: over\nname: Over\nstart: 2027-06-15\nend: 2028-01-31\n',
      },
      { lint: true, rules: { 'initiative-outside-roadmap': 'info' } },
    );
    expect(result.diagnostics.filter((d) => d.rule === 'initiative-outside-roadmap').map((d) => d.entity)).toEqual(['over']);
  });

  it('does not crash on unreadable dates or a malformed roadmap', async () => {
    const result = await check(
      {
        'mplan.yaml': 'kind: Plan\nid: p\nname: P\nversion: 1\nroadmap:\n  - text\n  - { id: x, name: X, start: 2027-04-01, end: later }\n',
        'initiatives/i.yaml': 'kind: Initiative\nid: i\nname: I\nstart: [2027-05-01]\nend: 2027-03-01\n',
      },
      { lint: true, rules: { 'initiative-outside-roadmap': 'info' } },
    );
    expect(result.diagnostics.filter((d) => d.rule === 'rule-crashed')).toEqual([]);
    expect(result.diagnostics.filter((d) => d.rule === 'initiative-outside-roadmap')).toEqual([]);
  });
});

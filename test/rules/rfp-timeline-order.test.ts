import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/rfp-timeline-order.js';
import { check, yaml } from '../helpers/plan.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      name: 'all five dates in order, equal dates allowed',
      files: {
        'rfps/agency.yaml': yaml`
          kind: RFP
          id: rfp-agency
          title: Agency
          timeline:
            issued: 2027-05-10
            questions_due: 2027-05-21
            proposals_due: 2027-06-11
            decision: 2027-06-11
            start: 2027-07-05
        `,
      },
    },
    {
      name: 'only some dates given, written in another order in the file',
      files: {
        'rfps/agency.yaml': yaml`
          kind: RFP
          id: rfp-agency
          title: Agency
          timeline:
            start: 2027-07-05
            issued: 2027-05-10
            decision: 2027-06-25
        `,
      },
    },
  ],
  invalid: [
    {
      name: 'questions due before the RFP is issued: reported at questions_due, related to issued',
      files: {
        'rfps/agency.yaml': yaml`
          kind: RFP
          id: rfp-agency
          title: Agency
          timeline:
            issued: 2027-05-10
            questions_due: 2027-05-01
            proposals_due: 2027-04-01
        `,
      },
      errors: [
        {
          messageId: 'outOfOrder',
          file: 'rfps/agency.yaml',
          line: 6,
          column: 18,
          data: { id: 'rfp-agency', field: 'questions_due', date: '2027-05-01', previous: 'issued', previousDate: '2027-05-10' },
          entity: 'rfp-agency',
        },
      ],
    },
    {
      name: 'a gap in the dates: start before decision, with proposals_due missing',
      files: {
        'rfps/agency.yaml': yaml`
          kind: RFP
          id: rfp-agency
          title: Agency
          timeline:
            issued: 2027-05-10
            decision: 2027-06-25
            start: 2027-06-01 # expect: rfp-timeline-order
        `,
      },
    },
  ],
});

describe('rfp-timeline-order', () => {
  it('names the earlier milestone as the related location', async () => {
    const result = await check(
      {
        'rfps/agency.yaml': 'kind: RFP\nid: rfp-agency\ntitle: Agency\ntimeline:\n  proposals_due: 2027-06-11\n  decision: 2027-06-01\n',
      },
      { lint: true, rules: { 'rfp-timeline-order': 'error' } },
    );
    const found = result.diagnostics.filter((d) => d.rule === 'rfp-timeline-order');
    expect(found.map((d) => d.line)).toEqual([6]);
    expect(found[0]!.related).toMatchObject([{ file: 'rfps/agency.yaml', line: 5, column: 18, messageId: 'previousHere' }]);
  });

  it('skips dates it cannot read and does not crash on a timeline that is not a map', async () => {
    const result = await check(
      {
        'rfps/a.yaml': 'kind: RFP\nid: rfp-a\ntitle: A\ntimeline:\n  issued: 2027-05-10\n  questions_due: soon\n  proposals_due: 2027-06-11\n',
        'rfps/b.yaml': 'kind: RFP\nid: rfp-b\ntitle: B\ntimeline: [2027-05-10]\n',
      },
      { lint: true, rules: { 'rfp-timeline-order': 'error' } },
    );
    expect(result.diagnostics.filter((d) => d.rule === 'rule-crashed')).toEqual([]);
    expect(result.diagnostics.filter((d) => d.rule === 'rfp-timeline-order')).toEqual([]);
  });
});

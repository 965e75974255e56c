import { expect, it } from 'vitest';
import rule from '../../src/rules/journey-ends-at-purchase.js';
import { yaml } from '../helpers/plan.js';
import { ruleTester, runRule } from '../helpers/rule-tester.js';

const stopsAtPurchase = {
  'journeys/buy.yaml': yaml`
    kind: Journey
    id: buy
    name: Buying
    stages:
      - id: discover
        name: Discover
        phase: awareness
      - id: order
        name: Order
        phase: purchase
  `,
};

ruleTester(rule, {
  valid: [
    {
      name: 'a journey that continues after the purchase',
      files: {
        'journeys/buy.yaml': yaml`
          kind: Journey
          id: buy
          name: Buying
          stages:
            - id: discover
              name: Discover
              phase: awareness
            - id: order
              name: Order
              phase: purchase
            - id: first-use
              name: First use
              phase: onboarding
        `,
      },
    },
    {
      name: 'each after-purchase phase counts (retention, advocacy, usage), with or without a purchase stage',
      files: {
        'journeys/all.yaml': yaml`
          kind: Journey
          id: keep
          name: Keep
          stages:
            - { id: renew, name: Renew, phase: retention }
          ---
          kind: Journey
          id: tell
          name: Tell
          stages:
            - { id: order, name: Order, phase: purchase }
            - { id: recommend, name: Recommend, phase: advocacy }
          ---
          kind: Journey
          id: use
          name: Use
          stages:
            - { id: order, name: Order, phase: purchase }
            - { id: daily, name: Daily use, phase: usage }
            - { id: order-again, name: Order again }
        `,
      },
    },
  ],
  invalid: [
    {
      name: 'a journey that stops at the purchase, reported at its id',
      files: stopsAtPurchase,
      errors: [{ messageId: 'endsAtPurchase', file: 'journeys/buy.yaml', line: 2, column: 5, data: { id: 'buy' }, entity: 'buy' }],
    },
    {
      name: 'an after-purchase stage placed before the last purchase stage does not count',
      files: {
        'journeys/buy.yaml': yaml`
          kind: Journey
          id: buy
          name: Buying
          stages:
            - { id: trial, name: Trial, phase: onboarding }
            - { id: order, name: Order, phase: purchase }
        `,
      },
      errors: [{ messageId: 'endsAtPurchase', file: 'journeys/buy.yaml', line: 2 }],
    },
    {
      name: 'stages without phases, several journeys in one file',
      files: {
        'journeys/all.yaml': yaml`
          kind: Journey
          id: one # expect: journey-ends-at-purchase
          name: One
          stages:
            - { id: a, name: A }
            - { id: b, name: B }
          ---
          kind: Journey
          id: two
          name: Two
          stages:
            - { id: a, name: A, phase: purchase }
            - { id: b, name: B, phase: retention }
          ---
          kind: Journey
          id: three # expect: journey-ends-at-purchase
          name: Three
          stages:
            - { id: a, name: A, phase: consideration }
        `,
      },
    },
  ],
});

it('journey-ends-at-purchase points at the last stage as the related place', async () => {
  const [d] = await runRule(rule, stopsAtPurchase);
  expect(d!.related?.map((r) => [r.file, r.line, r.messageId, r.data])).toEqual([['journeys/buy.yaml', 8, 'lastStage', { stage: 'order' }]]);
});

it('journey-ends-at-purchase says when a journey gives no stage a phase, rather than that it ends at the purchase', async () => {
  const found = await runRule(rule, {
    'journeys/all.yaml': 'kind: Journey\nid: one\nname: One\nstages:\n  - { id: a, name: A }\n---\nkind: Journey\nid: two\nname: Two\nstages:\n  - { id: a, name: A, phase: purchase }\n',
  });
  expect(found.map((d) => [d.entity, d.messageId])).toEqual([
    ['one', 'noPhases'],
    ['two', 'endsAtPurchase'],
  ]);
});

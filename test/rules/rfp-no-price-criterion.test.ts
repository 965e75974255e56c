import { describe, expect, it } from 'vitest';
import rule, { isPriceCriterion } from '../../src/rules/rfp-no-price-criterion.js';
import { yaml } from '../helpers/plan.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      name: 'a criterion flagged price: true',
      files: {
        'rfps/agency.yaml': yaml`
          kind: RFP
          id: rfp-agency
          title: Agency
          evaluation:
            - { criterion: Quality, weight: 80 }
            - { criterion: Commercial terms, weight: 20, price: true }
        `,
      },
    },
    {
      name: 'a criterion whose Japanese text is about the quote',
      files: {
        'rfps/agency.yaml': yaml`
          kind: RFP
          id: rfp-agency
          title: 制作会社
          evaluation:
            - { criterion: 実績, weight: 80 }
            - { criterion: 見積金額の妥当性, weight: 20 }
        `,
      },
    },
    {
      name: 'no evaluation at all is left to rfp-no-evaluation',
      files: {
        'rfps/agency.yaml': yaml`
          kind: RFP
          id: rfp-agency
          title: Agency
        `,
      },
    },
  ],
  invalid: [
    {
      name: 'no criterion about price: reported at the evaluation key',
      files: {
        'rfps/agency.yaml': yaml`
          kind: RFP
          id: rfp-agency
          title: Agency
          evaluation:
            - { criterion: Creative quality, weight: 60 }
            - { criterion: Priority support, weight: 40 }
        `,
      },
      errors: [{ messageId: 'noPrice', file: 'rfps/agency.yaml', line: 4, column: 1, data: { id: 'rfp-agency' }, entity: 'rfp-agency' }],
    },
    {
      name: 'quotes from customers are testimonials, not a quoted price',
      files: {
        'rfps/agency.yaml': yaml`
          kind: RFP
          id: rfp-agency
          title: Agency
          evaluation: # expect: rfp-no-price-criterion
            - { criterion: Quality, weight: 70 }
            - { criterion: Quotes from reference customers, weight: 30 }
        `,
      },
    },
    {
      name: 'price: false wins over price words in the text',
      files: {
        'rfps/agency.yaml': yaml`
          kind: RFP
          id: rfp-agency
          title: Agency
          evaluation: # expect: rfp-no-price-criterion
            - { criterion: Quality, weight: 60 }
            - { criterion: Cost awareness of the team, weight: 40, price: false }
        `,
      },
    },
  ],
});

describe('isPriceCriterion', () => {
  it('recognises price words in English and Japanese as whole words', () => {
    for (const text of ['Price', 'Pricing model', 'Total cost of ownership', 'Costs', 'Agency fee', 'Quotation', '価格', '費用対効果', '見積', '料金体系', '提案金額', 'コスト']) {
      expect(isPriceCriterion({ criterion: text }), text).toBe(true);
    }
    for (const text of ['Priority support', 'Costume design', 'Feedback loop', 'Quality', '実績', 'Quotes from reference customers', 'Conversion rate uplift', 'Experience with TV commercials']) {
      expect(isPriceCriterion({ criterion: text }), text).toBe(false);
    }
  });

  it('recognises price named in other ways (value, budget, terms, rates; 値段, 予算, 報酬)', () => {
    for (const text of [
      'Value for money',
      'Value-for-money',
      'Budget fit',
      'Fit with our budget',
      'Commercial terms',
      'Day rates',
      'Hourly rate',
      'Rate card',
      'TCO',
      'ＴＣＯ (3 years)',
      'Affordability',
      'Quote',
      'Quoted price',
      '値段',
      '予算内での提案',
      '報酬体系',
      '人月単価',
      '手数料',
      'コスパ',
    ]) {
      expect(isPriceCriterion({ criterion: text }), text).toBe(true);
    }
  });

  it('the price flag decides over the words', () => {
    expect(isPriceCriterion({ criterion: 'Quotes from reference customers', price: true })).toBe(true);
    expect(isPriceCriterion({ criterion: 'Budget management experience', price: false })).toBe(false);
  });

  it('does not crash on criteria that are not objects', () => {
    expect(isPriceCriterion('price')).toBe(false);
    expect(isPriceCriterion(null)).toBe(false);
    expect(isPriceCriterion({ criterion: 7 })).toBe(false);
  });
});

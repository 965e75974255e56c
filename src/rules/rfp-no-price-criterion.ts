import { asArray, asObject, asString } from './util.js';
import { defineRule } from './types.js';

/**
 * Words that make a criterion about price or cost when it has no `price`
 * flag: price/pricing, cost(s), fee(s), quote/quotation, and the Japanese
 * 価格, 費用, 見積, 料金, 金額, コスト.
 */
const PRICE_WORDS = /\bpric(?:e|es|ing)\b|\bcosts?\b|\bfees?\b|\bquot(?:e|es|ation|ations)\b|価格|費用|見積|料金|金額|コスト/i;

/** Whether an evaluation criterion is about price: `price: true`, or (with no `price` flag) price words in its text. */
export function isPriceCriterion(c: unknown): boolean {
  const o = asObject(c);
  if (!o) return false;
  if (o.price === true) return true;
  if (o.price === false) return false; // the author says it is not the price criterion
  const text = asString(o.criterion);
  return text !== undefined && PRICE_WORDS.test(text);
}

/** Without a price criterion, cost is weighed informally or not at all, and the award is hard to defend. */
export default defineRule({
  meta: {
    id: 'rfp-no-price-criterion',
    severity: 'warn',
    category: 'rfps',
    description: {
      en: 'An RFP\'s evaluation includes a criterion about price or cost.',
      ja: '提案依頼書（RFP）の評価基準に、価格・費用に関する基準があること。',
    },
    practice: {
      en: 'Initiatives are chosen against budget and people (施策選定チェックリスト, RFP策定): the RFP weighs price openly next to quality, so the decision fits the budget the CFO approved.',
      ja: '施策は予算と人員を踏まえて選びます（施策選定チェックリスト、RFP策定）。提案依頼書では品質と並べて価格を明示的に評価し、CFO が承認した予算に沿った判断にします。',
    },
    messages: {
      noPrice: {
        en: 'The evaluation of RFP `{{id}}` has no criterion about price or cost.',
        ja: '提案依頼書 `{{id}}` の評価基準に、価格・費用に関する基準がありません。',
        hint: {
          en: 'Add a criterion such as `{ criterion: Quoted price, weight: 20, price: true }` and rebalance the weights to 100.',
          ja: '`{ criterion: 見積金額, weight: 20, price: true }` のような基準を追加し、配点の合計が 100 になるよう調整してください。',
        },
      },
    },
  },
  check({ model, report }) {
    for (const rfp of model.ofKind('RFP')) {
      const criteria = asArray(rfp.data.evaluation);
      if (criteria.length === 0) continue; // rfp-no-evaluation reports a missing evaluation
      if (criteria.some(isPriceCriterion)) continue;
      report({ target: rfp, messageId: 'noPrice', path: ['evaluation'], at: 'key', data: { id: rfp.id } });
    }
  },
});

import { asArray, asObject, asString, normalizeName } from './util.js';
import { defineRule } from './types.js';

/**
 * Words that make a criterion about price or cost when it has no `price`
 * flag. English, as whole words in any case: price/pricing, cost(s) (also
 * cost-effectiveness, total cost of ownership), TCO, fee(s), charges, budget,
 * value for money, affordability, commercial terms/proposal/offer, day/hourly
 * rates and rate cards, a quote or quoted price and quotations — not "quotes"
 * (quotes from customers are testimonials) and not a bare "rate" (conversion
 * rate). Japanese: 価格, 値段, 費用, 見積, 料金, 金額, コスト, コスパ, 予算,
 * 報酬, 単価, 人月, 手数料, 対価. The text is read through normalizeName, so
 * full-width letters count and `value-for-money` is `value for money`.
 */
const PRICE_WORDS = new RegExp(
  [
    String.raw`\bpric(?:e|es|ed|ing)\b`,
    String.raw`\bcosts?\b`,
    String.raw`\btco\b`,
    String.raw`\bfees?\b`,
    String.raw`\bcharges\b`,
    String.raw`\bbudget(?:s|ary)?\b`,
    String.raw`\bvalue for money\b`,
    String.raw`\baffordab(?:le|ility)\b`,
    String.raw`\bcommercial (?:terms|proposal|offer|conditions)\b`,
    String.raw`\b(?:day|daily|hourly|monthly|blended) rates?\b`,
    String.raw`\brate cards?\b`,
    String.raw`\bquot(?:e|ed|ation|ations)\b(?!\s+(?:from|by)\b)`,
    '価格|値段|費用|見積|料金|金額|コスト|コスパ|予算|報酬|単価|人月|手数料|対価',
  ].join('|'),
  'i',
);

/** Whether an evaluation criterion is about price: `price: true`, or (with no `price` flag) price words in its text. */
export function isPriceCriterion(c: unknown): boolean {
  const o = asObject(c);
  if (!o) return false;
  if (o.price === true) return true;
  if (o.price === false) return false; // the author says it is not the price criterion
  const text = asString(o.criterion);
  return text !== undefined && PRICE_WORDS.test(normalizeName(text));
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
          en: 'If a criterion already weighs price or cost under another name, mark it with `price: true`; otherwise add one such as `{ criterion: Quoted price, weight: 20, price: true }` and rebalance the weights to 100.',
          ja: '価格・費用を別の名前で評価している基準があれば、その基準に `price: true` を付けてください。なければ `{ criterion: 見積金額, weight: 20, price: true }` のような基準を追加し、配点の合計が 100 になるよう調整してください。',
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

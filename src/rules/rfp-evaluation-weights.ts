import { asArray, asNumber, asObject } from './util.js';
import { defineRule } from './types.js';

/** Criteria weights that do not add up to 100 make the scoring sheet ambiguous and the award hard to defend. */
export default defineRule({
  meta: {
    id: 'rfp-evaluation-weights',
    severity: 'error',
    category: 'rfps',
    description: {
      en: 'The weights of an RFP\'s evaluation criteria add up to 100.',
      ja: '提案依頼書（RFP）の評価基準の配点（weight）の合計が 100 であること。',
    },
    practice: {
      en: 'The marketer writes the RFP (RFP策定): bidders and the selection committee read the same criteria, with weights that add up to 100, so proposals are compared on the same scale.',
      ja: '提案依頼書はマーケターが作成します（RFP策定）。応募企業と選定メンバーが同じ評価基準を読み、配点の合計を 100 にすることで、提案を同じ物差しで比較できます。',
    },
    messages: {
      weightsNot100: {
        en: 'The evaluation weights of RFP `{{id}}` add up to {{sum}}, not 100.',
        ja: '提案依頼書 `{{id}}` の評価基準の配点の合計が {{sum}} です。100 にしてください。',
        hint: {
          en: 'Adjust the `weight` of the criteria under `evaluation:` so they add up to exactly 100 (each weight is a percentage of the total score).',
          ja: '`evaluation:` の各基準の `weight` を調整し、合計がちょうど 100 になるようにしてください（各配点は総合点に占める割合です）。',
        },
      },
    },
  },
  check({ model, report }) {
    for (const rfp of model.ofKind('RFP')) {
      const criteria = asArray(rfp.data.evaluation);
      if (criteria.length === 0) continue; // rfp-no-evaluation reports a missing evaluation
      let sum = 0;
      for (const c of criteria) sum += asNumber(asObject(c)?.weight) ?? 0;
      if (Math.abs(sum - 100) < 1e-9) continue;
      report({
        target: rfp,
        messageId: 'weightsNot100',
        path: ['evaluation'],
        at: 'key',
        data: { id: rfp.id, sum: Math.round(sum * 100) / 100 },
      });
    }
  },
});

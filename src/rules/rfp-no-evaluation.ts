import { asArray } from './util.js';
import { defineRule } from './types.js';

/** Proposals with no stated evaluation criteria are chosen by impression, and bidders cannot aim. */
export default defineRule({
  meta: {
    id: 'rfp-no-evaluation',
    severity: 'warn',
    category: 'rfps',
    description: {
      en: 'Every RFP states its evaluation criteria.',
      ja: 'すべての提案依頼書（RFP）に評価基準（evaluation）が書かれていること。',
    },
    practice: {
      en: 'The marketer writes the RFP (RFP策定): weighted evaluation criteria tell bidders what matters and let the selection committee compare proposals on the same scale.',
      ja: '提案依頼書はマーケターが作成します（RFP策定）。配点付きの評価基準は、応募企業に何が重視されるかを伝え、選定メンバーが提案を同じ物差しで比較できるようにします。',
    },
    messages: {
      noEvaluation: {
        en: 'RFP `{{id}}` states no evaluation criteria.',
        ja: '提案依頼書 `{{id}}` に評価基準（evaluation）が書かれていません。',
        hint: {
          en: 'Add `evaluation:` with criteria and weights that add up to 100, for example `{ criterion: Understanding of our customers, weight: 30 }`, including one for price (`price: true`).',
          ja: '`evaluation:` に評価基準と配点（合計 100）を書いてください。例：`{ criterion: 顧客理解, weight: 30 }`。価格の基準（`price: true`）も含めてください。',
        },
      },
    },
  },
  check({ model, report }) {
    for (const rfp of model.ofKind('RFP')) {
      if (asArray(rfp.data.evaluation).length > 0) continue;
      const present = rfp.data.evaluation !== undefined;
      report({ target: rfp, messageId: 'noEvaluation', data: { id: rfp.id }, about: 'evaluation', ...(present ? { path: ['evaluation'], at: 'key' as const } : {}) });
    }
  },
});

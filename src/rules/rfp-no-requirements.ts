import { asArray, asObject } from './util.js';
import { defineRule } from './types.js';

/** Without must-have requirements, every proposal "fits" and none can be rejected for missing the point. */
export default defineRule({
  meta: {
    id: 'rfp-no-requirements',
    severity: 'warn',
    category: 'rfps',
    description: {
      en: 'Every RFP has at least one `must` requirement.',
      ja: 'すべての提案依頼書（RFP）に、`must`（必須）の要件が少なくとも 1 つあること。',
    },
    practice: {
      en: 'Fit tools and partners to your own requirements (RFP策定): the RFP says what a proposal must deliver, so bidders answer the same question and the team can reject what misses it.',
      ja: 'ツールやパートナーは自社の要件に合わせて選びます（RFP策定）。提案依頼書で「必ず満たすべきこと」を示すことで、応募企業が同じ問いに答え、要件を満たさない提案を見送れるようになります。',
    },
    messages: {
      noRequirements: {
        en: 'RFP `{{id}}` lists no requirements.',
        ja: '提案依頼書 `{{id}}` に要件（requirements）が書かれていません。',
        hint: {
          en: 'Add `requirements:` with at least one `{ id: R1, text: …, priority: must }` stating what every proposal has to deliver.',
          ja: '`requirements:` を追加し、すべての提案が満たすべきことを `{ id: R1, text: …, priority: must }` の形で少なくとも 1 つ書いてください。',
        },
      },
      noMust: {
        en: 'RFP `{{id}}` has requirements, but none with `priority: must`.',
        ja: '提案依頼書 `{{id}}` の要件に、`priority: must`（必須）のものがありません。',
        hint: {
          en: 'Mark the requirements a proposal cannot do without as `priority: must`; keep `should` and `could` for the nice-to-haves.',
          ja: '提案に欠かせない要件を `priority: must` にしてください。あれば望ましいものは `should`・`could` のままで構いません。',
        },
      },
    },
  },
  check({ model, report }) {
    for (const rfp of model.ofKind('RFP')) {
      const requirements = asArray(rfp.data.requirements);
      if (requirements.length === 0) {
        const present = rfp.data.requirements !== undefined;
        report({ target: rfp, messageId: 'noRequirements', data: { id: rfp.id }, about: 'requirements', ...(present ? { path: ['requirements'], at: 'key' as const } : {}) });
      } else if (!requirements.some((r) => asObject(r)?.priority === 'must')) {
        report({ target: rfp, messageId: 'noMust', path: ['requirements'], at: 'key', data: { id: rfp.id } });
      }
    }
  },
});

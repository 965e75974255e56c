import { asArray, asObject } from './util.js';
import { defineRule } from './types.js';

/** An RFP that names no initiative and no journey stage asks a partner to work on nothing in the plan. */
export default defineRule({
  meta: {
    id: 'rfp-scope-empty',
    severity: 'warn',
    category: 'rfps',
    description: {
      en: 'Every RFP\'s `scope` names at least one initiative or journey stage.',
      ja: 'すべての提案依頼書（RFP）の `scope`（対象範囲）に、施策またはステージが少なくとも 1 つあること。',
    },
    practice: {
      en: 'Partners join a team with clear roles (チームを作る, RFP策定): the RFP ties the partner\'s work to the initiatives and customer-journey stages of the plan, so the proposal answers the plan and not a generic brief.',
      ja: 'パートナーも役割の明確なチームの一員です（チームを作る、RFP策定）。提案依頼書で、依頼する仕事を計画の施策やカスタマージャーニーのステージに結び付けることで、一般論ではなく計画に沿った提案を受けられます。',
    },
    messages: {
      scopeEmpty: {
        en: 'RFP `{{id}}` has no scope: it names no initiative and no journey stage.',
        ja: '提案依頼書 `{{id}}` の対象範囲（scope）に、施策もステージも指定されていません。',
        hint: {
          en: 'Add `scope: { initiatives: [<initiative-id>], stages: [<journey-id>/<stage-id>] }` naming the work the partner is asked to propose for.',
          ja: '`scope: { initiatives: [<施策id>], stages: [<ジャーニーid>/<ステージid>] }` で、提案を依頼する施策やステージを指定してください。',
        },
      },
    },
  },
  check({ model, report }) {
    for (const rfp of model.ofKind('RFP')) {
      const scope = asObject(rfp.data.scope);
      if (scope && (asArray(scope.initiatives).length > 0 || asArray(scope.stages).length > 0)) continue;
      const present = rfp.data.scope !== undefined;
      report({ target: rfp, messageId: 'scopeEmpty', data: { id: rfp.id }, ...(present ? { path: ['scope'], at: 'key' as const } : {}) });
    }
  },
});

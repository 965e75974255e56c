import { defineRule } from './types.js';
import { hasText } from './util.js';

/** An initiative with no accountable role has nobody who answers for its result. */
export default defineRule({
  meta: {
    id: 'initiative-no-accountable',
    severity: 'warn',
    category: 'initiatives',
    description: {
      en: 'Every initiative has one accountable role.',
      ja: 'すべての施策に説明責任者（accountable）が 1 人決まっていること。',
    },
    practice: {
      en: 'Clear responsibility: each initiative has exactly one accountable role who answers for its result, next to those responsible, consulted and informed (責任者の明確化, RACI).',
      ja: '責任者を明確にします。施策ごとに結果へ責任を持つ説明責任者をただ 1 人決め、実行責任者・協議先・報告先と区別します（RACI）。',
    },
    messages: {
      noAccountable: {
        en: 'Initiative `{{id}}` has no accountable role: nobody answers for its result.',
        ja: '施策 `{{id}}` に説明責任者（accountable）がいません。結果に責任を持つ人がいない状態です。',
        hint: {
          en: 'Add `accountable: <role-id>` naming the one role who answers for this initiative\'s result.',
          ja: 'この施策の結果に責任を持つ役割を 1 つ、`accountable: <役割id>` で指定してください。',
        },
      },
    },
  },
  check({ model, report }) {
    for (const ini of model.ofKind('Initiative')) {
      if (!hasText(ini.data.accountable)) report({ target: ini, messageId: 'noAccountable', data: { id: ini.id }, about: 'accountable' });
    }
  },
});

import { defineRule } from './types.js';
import { asArray, asObject, hasText } from './util.js';

/**
 * A goal is the ideal customer experience everyone works towards; until the
 * people who fund and run the plan have agreed to it, it is only a proposal.
 */
export default defineRule({
  meta: {
    id: 'goal-not-agreed',
    severity: 'warn',
    category: 'goals',
    description: {
      en: 'Every goal records who agreed to it (`agreed_by`).',
      ja: 'すべての目標に、誰が合意したか（`agreed_by`）が記録されていること。',
    },
    practice: {
      en: 'Consensus on the ideal customer experience comes first: a goal is only shared when the people who fund and run the plan have agreed to it, and the record says who and when (あるべきCX, 合意形成).',
      ja: 'あるべき顧客体験について、まず合意を形成します。計画に予算を出し実行する人たちが合意して初めて目標は共有されます。誰がいつ合意したかを記録に残します。',
    },
    messages: {
      notAgreed: {
        en: 'Goal `{{id}}` has no recorded agreement: `agreed_by` names nobody.',
        ja: '目標 `{{id}}` に合意の記録がありません（`agreed_by` に誰も記載されていません）。',
        hint: {
          en: 'Agree the goal with the sponsor and the teams who deliver it, then record it as `agreed_by: [{ role: <role-id>, on: YYYY-MM-DD }]`.',
          ja: 'スポンサーや実行チームと目標について合意し、`agreed_by: [{ role: <役割id>, on: YYYY-MM-DD }]` の形で記録してください。',
        },
      },
    },
  },
  check({ model, report }) {
    for (const goal of model.ofKind('Goal')) {
      const agreed = goal.data.agreed_by;
      if (asArray(agreed).some((a) => hasText(asObject(a)?.role))) continue;
      // Missing: point at the goal; present but naming nobody (`[]`, entries without a role): point at it.
      const present = agreed !== undefined && agreed !== null;
      report({ target: goal, messageId: 'notAgreed', data: { id: goal.id }, ...(present ? { path: ['agreed_by'], at: 'key' as const } : {}) });
    }
  },
});

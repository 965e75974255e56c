import { defineRule } from './types.js';
import { hasText } from './util.js';

/** A goal nobody owns is nobody's job: progress is not followed up and decisions stall. */
export default defineRule({
  meta: {
    id: 'goal-no-owner',
    severity: 'warn',
    category: 'goals',
    description: {
      en: 'Every goal has an owner (a role).',
      ja: 'すべての目標に責任者（役割）がいること。',
    },
    practice: {
      en: 'Clear responsibility: each goal has one role that answers for it, follows its KPIs and calls for action when it drifts (責任者の明確化).',
      ja: '責任者を明確にします。目標ごとに説明責任を負う役割を 1 つ決め、その役割が KPI を追い、ずれが出たら手を打ちます。',
    },
    messages: {
      noOwner: {
        en: 'Goal `{{id}}` has no owner.',
        ja: '目標 `{{id}}` に責任者がいません。',
        hint: {
          en: 'Add `owner: <role-id>` naming the role that answers for this goal.',
          ja: 'この目標に責任を持つ役割を `owner: <役割id>` で指定してください。',
        },
      },
    },
  },
  check({ model, report }) {
    for (const goal of model.ofKind('Goal')) {
      if (!hasText(goal.data.owner)) report({ target: goal, messageId: 'noOwner', data: { id: goal.id }, about: 'owner' });
    }
  },
});

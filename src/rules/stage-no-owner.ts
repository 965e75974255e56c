import { defineRule } from './types.js';
import { hasText } from './util.js';

/** A stage nobody owns is where customers fall between teams. */
export default defineRule({
  meta: {
    id: 'stage-no-owner',
    severity: 'warn',
    category: 'journeys',
    description: {
      en: 'Every journey stage has an owner (the accountable role).',
      ja: 'ジャーニーのすべてのステージに担当（説明責任者の役割）がいること。',
    },
    practice: {
      en: 'Clear responsibility along the journey: each stage has one accountable role, so hand-offs between marketing, sales and support have an owner (責任者の明確化, 同じ地図).',
      ja: 'ジャーニー全体で責任者を明確にします。ステージごとに説明責任者を 1 人決め、マーケティング・営業・サポートの間の引き継ぎに担当がいる状態にします。',
    },
    messages: {
      noOwner: {
        en: 'Stage `{{stage}}` has no owner.',
        ja: 'ステージ `{{stage}}` に担当（説明責任者）がいません。',
        hint: {
          en: 'Add `owner: <role-id>` to the stage, naming the role accountable for the customer experience there.',
          ja: 'このステージの顧客体験に責任を持つ役割を、ステージの `owner: <役割id>` で指定してください。',
        },
      },
    },
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      if (!hasText(stage.data.owner)) report({ target: stage, messageId: 'noOwner', data: { stage: stage.key } });
    }
  },
});

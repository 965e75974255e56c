import { defineRule } from './types.js';
import { hasText } from './util.js';

/** A journey drawn for nobody in particular describes the average of everyone, which fits no real customer. */
export default defineRule({
  meta: {
    id: 'journey-no-persona',
    severity: 'info',
    category: 'journeys',
    description: {
      en: 'Every journey is drawn for a persona.',
      ja: 'すべてのジャーニーがペルソナに基づいて描かれていること。',
    },
    practice: {
      en: 'Channels and initiatives depend on who the customer is: a journey follows one persona, so its stages, touchpoints and pain points are concrete (アプリケーション層, ペルソナ).',
      ja: 'チャネルや施策は、お客さまが誰かによって変わります。ジャーニーは 1 人のペルソナを追うことで、ステージ・顧客接点・ペインポイントが具体的になります。',
    },
    messages: {
      noPersona: {
        en: 'Journey `{{id}}` is not drawn for any persona.',
        ja: 'ジャーニー `{{id}}` にペルソナが指定されていません。',
        hint: {
          en: 'Add `persona: <persona-id>` naming the customer this journey follows (add a Persona document if there is none yet).',
          ja: 'このジャーニーが追うお客さまを `persona: <ペルソナid>` で指定してください（まだなければペルソナ（Persona）を追加してください）。',
        },
      },
    },
  },
  check({ model, report }) {
    for (const journey of model.ofKind('Journey')) {
      if (!hasText(journey.data.persona)) report({ target: journey, messageId: 'noPersona', data: { id: journey.id }, about: 'persona' });
    }
  },
});

import { defineRule } from './types.js';
import { hasText } from './util.js';

/** A pain point with no opportunity is a complaint on file: the map does not yet say what to do about it. */
export default defineRule({
  meta: {
    id: 'pain-point-no-opportunity',
    severity: 'info',
    category: 'journeys',
    description: {
      en: 'A stage that lists pain points also lists opportunities.',
      ja: 'ペインポイントを挙げたステージには、改善の機会（opportunities）も挙げられていること。',
    },
    practice: {
      en: 'A journey map is a tool for improvement: each pain point customers feel at a stage should lead to an opportunity, from which challenges and initiatives follow (カスタマージャーニー, 問題と課題の整理).',
      ja: 'ジャーニーマップは改善のための道具です。ステージでお客さまが感じるペインポイントは、改善の機会につなげ、そこから課題や施策を導きます。',
    },
    messages: {
      noOpportunity: {
        en: 'Stage `{{stage}}` lists pain points but no opportunities.',
        ja: 'ステージ `{{stage}}` にペインポイントはありますが、改善の機会（opportunities）がありません。',
        hint: {
          en: 'Add `opportunities:` saying how the experience at this stage could remove the pain points.',
          ja: 'このステージのペインポイントをどう解消できるかを `opportunities:` に書いてください。',
        },
      },
    },
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      if (hasText(stage.data.pain_points) && !hasText(stage.data.opportunities)) {
        report({ target: stage, messageId: 'noOpportunity', data: { stage: stage.key } });
      }
    }
  },
});

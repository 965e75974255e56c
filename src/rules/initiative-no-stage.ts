import { defineRule } from './types.js';
import { hasText } from './util.js';

/** An initiative placed at no journey stage is activity nobody can connect to the customer experience. */
export default defineRule({
  meta: {
    id: 'initiative-no-stage',
    severity: 'warn',
    category: 'initiatives',
    description: {
      en: 'Every initiative names the customer-journey stages it works on.',
      ja: 'すべての施策に、働きかけるカスタマージャーニーのステージが指定されていること。',
    },
    practice: {
      en: 'One map for the whole team: initiatives are placed on the customer journey, so everyone sees which moment of the customer experience each one improves (施策とKPIの分解, 同じ地図).',
      ja: 'チーム全員が同じ地図を見ます。施策をカスタマージャーニー上に置くことで、どの顧客体験の場面を良くする施策なのかが全員にわかります。',
    },
    messages: {
      noStage: {
        en: 'Initiative `{{id}}` is placed at no customer-journey stage.',
        ja: '施策 `{{id}}` がカスタマージャーニーのどのステージにも置かれていません。',
        hint: {
          en: 'Add `stages: [<journey-id>/<stage-id>]` naming the stages whose customer experience this initiative improves.',
          ja: 'この施策が顧客体験を良くするステージを `stages: [<ジャーニーid>/<ステージid>]` で指定してください。',
        },
      },
    },
  },
  check({ model, report }) {
    for (const ini of model.ofKind('Initiative')) {
      if (!hasText(ini.data.stages)) report({ target: ini, messageId: 'noStage', data: { id: ini.id }, about: 'stages' });
    }
  },
});

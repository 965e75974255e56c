import { defineRule } from './types.js';

/**
 * A KPI belongs to a moment in the customer journey: without a stage it is
 * a number nobody can connect to what customers do.
 */
export default defineRule({
  meta: {
    id: 'kpi-no-stage',
    severity: 'error',
    category: 'kpis',
    description: {
      en: 'Every KPI is mapped to a customer-journey stage.',
      ja: 'すべての KPI がカスタマージャーニーのステージに紐づいていること。',
    },
    practice: {
      en: 'Break KPIs down from the customer experience: each KPI measures what customers do at one stage, so the whole team reads one map (施策とKPIの分解).',
      ja: '顧客体験から KPI を分解します。KPI は特定のステージでの顧客の行動を測るものであり、チーム全員が同じ地図を見られるようにします。',
    },
    messages: {
      noStage: {
        en: 'KPI `{{id}}` is not mapped to any customer-journey stage.',
        ja: 'KPI `{{id}}` がカスタマージャーニーのどのステージにも紐づいていません。',
        hint: {
          en: 'Add `stage: <journey-id>/<stage-id>` naming the stage whose customer behaviour this KPI measures.',
          ja: 'この KPI が測る顧客行動のステージを `stage: <ジャーニーid>/<ステージid>` で指定してください。',
        },
      },
    },
  },
  check({ model, report }) {
    for (const kpi of model.ofKind('KPI')) {
      if (kpi.data.stage === undefined || kpi.data.stage === null || kpi.data.stage === '') {
        report({ target: kpi, messageId: 'noStage', data: { id: kpi.id }, about: 'stage' });
      }
    }
  },
});

import { defineRule } from './types.js';

/** A stage no KPI measures is a blind spot on the team's map: nobody sees whether customers get through it. */
export default defineRule({
  meta: {
    id: 'stage-no-kpi',
    severity: 'warn',
    category: 'journeys',
    description: {
      en: 'Every journey stage is measured by at least one KPI.',
      ja: 'ジャーニーのすべてのステージが、少なくとも 1 つの KPI で測られていること。',
    },
    practice: {
      en: 'Break KPIs down from the customer experience: each stage has a KPI that shows how customers move through it, so the whole team reads one map (施策とKPIの分解, 同じ地図).',
      ja: '顧客体験から KPI を分解します。ステージごとにお客さまの進み具合を示す KPI を置き、チーム全員が同じ地図を見られるようにします。',
    },
    messages: {
      noKpi: {
        en: 'Stage `{{stage}}` is not measured by any KPI.',
        ja: 'ステージ `{{stage}}` を測る KPI がありません。',
        hint: {
          en: 'Add a KPI with `stage: {{stage}}` that measures what customers do at this stage, or point an existing KPI at it.',
          ja: 'このステージでのお客さまの行動を測る KPI を `stage: {{stage}}` として追加するか、既存の KPI の `stage` をこのステージにしてください。',
        },
      },
    },
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      if (model.countReferencesTo(stage, 'KPI.stage') === 0) {
        report({ target: stage, messageId: 'noKpi', data: { stage: stage.key }, about: 'KPI.stage' });
      }
    }
  },
});

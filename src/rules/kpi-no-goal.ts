import { defineRule } from './types.js';
import { hasText } from './util.js';

/** A KPI that serves no goal is a number nobody can tie to what the plan wants to achieve. */
export default defineRule({
  meta: {
    id: 'kpi-no-goal',
    severity: 'warn',
    category: 'kpis',
    description: {
      en: 'Every KPI serves at least one goal.',
      ja: 'すべての KPI が少なくとも 1 つの目標に結びついていること。',
    },
    practice: {
      en: 'Structure the marketing: KPIs are broken down from the goals, so each KPI shows progress towards a goal the team agreed on (施策とKPIの分解).',
      ja: 'マーケティングを構造化します。KPI は目標から分解するものであり、各 KPI はチームが合意した目標への進捗を示します。',
    },
    messages: {
      noGoal: {
        en: 'KPI `{{id}}` does not serve any goal.',
        ja: 'KPI `{{id}}` がどの目標にも結びついていません。',
        hint: {
          en: 'Add `goals: [<goal-id>]` naming the goal this KPI shows progress towards, or remove the KPI if it measures nothing the plan wants.',
          ja: 'この KPI が進捗を示す目標を `goals: [<目標id>]` で指定してください。計画が目指すものを何も測っていない KPI であれば、削除を検討してください。',
        },
      },
    },
  },
  check({ model, report }) {
    for (const kpi of model.ofKind('KPI')) {
      if (!hasText(kpi.data.goals)) report({ target: kpi, messageId: 'noGoal', data: { id: kpi.id }, about: 'goals' });
    }
  },
});

import { defineRule } from './types.js';

/** A goal that no KPI measures cannot be tracked, so nobody can tell whether it is reached. */
export default defineRule({
  meta: {
    id: 'goal-no-kpi',
    severity: 'warn',
    category: 'goals',
    description: {
      en: 'Every goal is measured by at least one KPI.',
      ja: 'すべての目標が少なくとも 1 つの KPI で測られていること。',
    },
    practice: {
      en: 'Measurable goals: a goal becomes manageable only when a KPI with a baseline and a target tracks it (具体的で測定可能な目標).',
      ja: '目標は測定可能であるべきです。現状値と目標値を持つ KPI で追跡して初めて管理できます。',
    },
    messages: {
      noKpi: {
        en: 'Goal `{{id}}` is not measured by any KPI.',
        ja: '目標 `{{id}}` を測る KPI がありません。',
        hint: {
          en: 'List `{{id}}` under `goals:` of the KPI that shows progress towards it, or add such a KPI.',
          ja: '進捗を示す KPI の `goals:` に `{{id}}` を加えるか、そのような KPI を追加してください。',
        },
      },
    },
  },
  check({ model, report }) {
    for (const goal of model.ofKind('Goal')) {
      if (model.countReferencesTo(goal, 'KPI.goals[]') === 0) {
        report({ target: goal, messageId: 'noKpi', data: { id: goal.id }, about: 'KPI.goals[]' });
      }
    }
  },
});

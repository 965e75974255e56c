import { defineRule } from './types.js';
import { asDate, planPeriod } from './util.js';

/**
 * An initiative's schedule must make sense: it cannot end before it starts
 * (error), and it should run inside the plan period (a milder finding,
 * reported as warn while the rule runs at its default severity).
 */
export default defineRule({
  meta: {
    id: 'initiative-dates',
    severity: 'error',
    category: 'initiatives',
    description: {
      en: 'An initiative ends on or after its start, and runs inside the plan period.',
      ja: '施策の終了日が開始日以降であり、施策が計画期間内に収まっていること。',
    },
    practice: {
      en: 'Clear schedule and resources: every initiative has a start and an end the roadmap can hold, from today to the goal (具体的で測定可能な目標; ロードマップ).',
      ja: 'スケジュールとリソースを明確にします。施策には、今日から目標までのロードマップに収まる開始日と終了日が必要です。',
    },
    messages: {
      endBeforeStart: {
        en: 'Initiative `{{id}}` ends on {{end}}, before it starts on {{start}}.',
        ja: '施策 `{{id}}` の終了日 {{end}} が開始日 {{start}} より前になっています。',
        hint: {
          en: 'Correct `start` or `end` so the initiative ends on or after the day it starts (swapped dates are a common typo).',
          ja: '終了日が開始日と同じか後になるよう `start` または `end` を直してください（日付の入れ違いがよくある原因です）。',
        },
      },
      outsidePeriod: {
        en: 'Initiative `{{id}}` runs outside the plan period {{periodStart}} – {{periodEnd}}: its `{{field}}` is {{date}}.',
        ja: '施策 `{{id}}` が計画期間（{{periodStart}}〜{{periodEnd}}）の外にはみ出しています。`{{field}}` が {{date}} です。',
        hint: {
          en: 'Move the initiative\'s dates inside {{periodStart}} – {{periodEnd}}, or leave the part that falls outside to the next plan.',
          ja: '施策の日付を {{periodStart}}〜{{periodEnd}} の中に収めるか、はみ出す部分は次の計画に回してください。',
        },
      },
      start: {
        en: 'starts {{start}}',
        ja: '開始日 {{start}}',
      },
      planPeriod: {
        en: 'plan period {{periodStart}} – {{periodEnd}}',
        ja: '計画期間 {{periodStart}}〜{{periodEnd}}',
      },
    },
  },
  check({ model, report }) {
    const plan = model.plan;
    const period = planPeriod(plan);
    for (const ini of model.ofKind('Initiative')) {
      const start = asDate(ini.data.start);
      const end = asDate(ini.data.end);
      if (start && end && end < start) {
        report({
          target: ini,
          messageId: 'endBeforeStart',
          data: { id: ini.id, start, end },
          path: ['end'],
          related: [{ target: ini, path: ['start'], messageId: 'start', data: { start } }],
        });
      }
      if (!plan || !period) continue;
      // One finding per initiative: the first of its dates that falls outside.
      for (const [field, date] of [['start', start], ['end', end]] as const) {
        if (!date || (date >= period.start && date <= period.end)) continue;
        const periodData = { periodStart: period.start, periodEnd: period.end };
        report({
          target: ini,
          messageId: 'outsidePeriod',
          severity: 'warn',
          data: { id: ini.id, field, date, ...periodData },
          path: [field],
          related: [{ target: plan, path: ['period', date < period.start ? 'start' : 'end'], messageId: 'planPeriod', data: periodData }],
        });
        break;
      }
    }
  },
});

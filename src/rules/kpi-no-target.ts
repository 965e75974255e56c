import { defineRule } from './types.js';
import { asObject } from './util.js';

/** A KPI with no target, or a target with no deadline, cannot tell anyone whether the plan is on track. */
export default defineRule({
  meta: {
    id: 'kpi-no-target',
    severity: 'warn',
    category: 'kpis',
    description: {
      en: 'Every KPI has a target with a `by` date.',
      ja: 'すべての KPI に期限（by）付きの目標値があること。',
    },
    practice: {
      en: 'Measurable goals with a schedule: a KPI needs the value to reach and the date to reach it by (具体的で測定可能な目標).',
      ja: '目標は測定可能で、期限が決まっているべきです。KPI には到達すべき値と、その期限が必要です。',
    },
    messages: {
      noTarget: {
        en: 'KPI `{{id}}` has no target, so nobody can tell whether it is on track.',
        ja: 'KPI `{{id}}` に目標値（target）がないため、順調かどうか誰にも判断できません。',
        hint: {
          en: 'Add `target: { value: <number to reach>, by: YYYY-MM-DD }`, with a date inside the plan period.',
          ja: '`target: { value: <到達する数値>, by: YYYY-MM-DD }` を追加してください。期限は計画期間内の日付にします。',
        },
      },
      noTargetDate: {
        en: 'The target of KPI `{{id}}` has no `by` date: a target without a deadline is never late.',
        ja: 'KPI `{{id}}` の目標値に期限（by）がありません。期限のない目標は、いつまでも遅れになりません。',
        hint: {
          en: 'Add `by: YYYY-MM-DD` to the target, the date by which the value must be reached (inside the plan period).',
          ja: '目標値に `by: YYYY-MM-DD` を追加し、その値に到達すべき日付（計画期間内）を指定してください。',
        },
      },
    },
  },
  check({ model, report }) {
    for (const kpi of model.ofKind('KPI')) {
      const raw = kpi.data.target;
      if (raw === undefined || raw === null) {
        report({ target: kpi, messageId: 'noTarget', data: { id: kpi.id }, about: 'target' });
        continue;
      }
      const target = asObject(raw);
      // A target of the wrong type is a schema error, reported by validate.
      if (target && (target.by === undefined || target.by === null)) {
        report({ target: kpi, messageId: 'noTargetDate', data: { id: kpi.id }, path: ['target'], at: 'key' });
      }
    }
  },
});

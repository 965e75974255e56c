import { defineRule } from './types.js';

/** Without a baseline nobody knows how far the target is from today, so the target cannot be judged. */
export default defineRule({
  meta: {
    id: 'kpi-no-baseline',
    severity: 'info',
    category: 'kpis',
    description: {
      en: 'Every KPI records its baseline (where the number stands today).',
      ja: 'すべての KPI に現状値（いまの数値）が記録されていること。',
    },
    practice: {
      en: 'Measurable goals: a target means something only next to the baseline it starts from (具体的で測定可能な目標).',
      ja: '目標は測定可能であるべきです。目標値は、出発点となる現状値と並べて初めて意味を持ちます。',
    },
    messages: {
      noBaseline: {
        en: 'KPI `{{id}}` has no baseline, so nobody can tell how far its target is from today.',
        ja: 'KPI `{{id}}` に現状値（baseline）がないため、目標値がいまからどれだけ離れているか判断できません。',
        hint: {
          en: 'Add `baseline: { value: <today\'s number>, as_of: YYYY-MM-DD }`. If the number is not measured yet, measure it first or note an estimate.',
          ja: '`baseline: { value: <現在の数値>, as_of: YYYY-MM-DD }` を追加してください。まだ計測していない場合は、先に計測するか推定値を記入してください。',
        },
      },
    },
  },
  check({ model, report }) {
    for (const kpi of model.ofKind('KPI')) {
      if (kpi.data.baseline === undefined || kpi.data.baseline === null) {
        report({ target: kpi, messageId: 'noBaseline', data: { id: kpi.id }, about: 'baseline' });
      }
    }
  },
});

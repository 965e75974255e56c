import { defineRule } from './types.js';
import { asNumber, asObject } from './util.js';

type Direction = 'increase' | 'decrease' | 'maintain';

/** Which messageId a target breaks for each direction, or undefined when it agrees. */
function contradiction(direction: Direction, baseline: number, target: number): string | undefined {
  switch (direction) {
    case 'increase':
      return target > baseline ? undefined : 'notAbove';
    case 'decrease':
      return target < baseline ? undefined : 'notBelow';
    case 'maintain':
      return target === baseline ? undefined : 'notEqual';
  }
}

/**
 * The target must move the number the way `direction` says, starting from
 * the baseline. `maintain` means "keep today's level": the target equals the
 * baseline exactly (a KPI that should move up or down says so).
 */
export default defineRule({
  meta: {
    id: 'kpi-target-direction',
    severity: 'error',
    category: 'kpis',
    description: {
      en: 'A KPI\'s target agrees with its direction relative to the baseline (above for increase, below for decrease, equal for maintain).',
      ja: 'KPI の目標値が、現状値から見て方向（direction）と矛盾しないこと（increase なら上、decrease なら下、maintain なら同じ）。',
    },
    practice: {
      en: 'Measurable goals: baseline → target is the promise a KPI makes; when it points the wrong way, the team works towards the wrong result (具体的で測定可能な目標).',
      ja: '目標は測定可能であるべきです。現状値 → 目標値は KPI の約束そのものであり、向きが逆だとチームは誤った結果に向かって動いてしまいます。',
    },
    messages: {
      notAbove: {
        en: 'KPI `{{id}}` should increase, but its target {{target}} is not above its baseline {{baseline}}.',
        ja: 'KPI `{{id}}` は増やす（increase）指標ですが、目標値 {{target}} が現状値 {{baseline}} を上回っていません。',
        hint: {
          en: 'Set a target above {{baseline}}, or change `direction` to `decrease` (lower is better) or `maintain` (keep today\'s level).',
          ja: '目標値を {{baseline}} より大きくするか、`direction` を `decrease`（低いほど良い）または `maintain`（現状維持）に変更してください。',
        },
      },
      notBelow: {
        en: 'KPI `{{id}}` should decrease, but its target {{target}} is not below its baseline {{baseline}}.',
        ja: 'KPI `{{id}}` は減らす（decrease）指標ですが、目標値 {{target}} が現状値 {{baseline}} を下回っていません。',
        hint: {
          en: 'Set a target below {{baseline}}, or change `direction` to `increase` (higher is better) or `maintain` (keep today\'s level).',
          ja: '目標値を {{baseline}} より小さくするか、`direction` を `increase`（高いほど良い）または `maintain`（現状維持）に変更してください。',
        },
      },
      notEqual: {
        en: 'KPI `{{id}}` should be maintained, but its target {{target}} differs from its baseline {{baseline}}.',
        ja: 'KPI `{{id}}` は維持する（maintain）指標ですが、目標値 {{target}} が現状値 {{baseline}} と異なります。',
        hint: {
          en: 'For `maintain`, set the target to the baseline ({{baseline}}); if the number should move, set `direction` to `increase` or `decrease`.',
          ja: '`maintain` の場合は目標値を現状値（{{baseline}}）と同じにしてください。数値を動かしたい場合は `direction` を `increase` または `decrease` にしてください。',
        },
      },
      baseline: {
        en: 'baseline {{baseline}}',
        ja: '現状値 {{baseline}}',
      },
    },
  },
  check({ model, report }) {
    for (const kpi of model.ofKind('KPI')) {
      const direction = kpi.data.direction;
      if (direction !== 'increase' && direction !== 'decrease' && direction !== 'maintain') continue;
      const baseline = asNumber(asObject(kpi.data.baseline)?.value);
      const target = asNumber(asObject(kpi.data.target)?.value);
      if (baseline === undefined || target === undefined) continue;
      const messageId = contradiction(direction, baseline, target);
      if (!messageId) continue;
      const data = { id: kpi.id, direction, baseline, target };
      report({
        target: kpi,
        messageId,
        data,
        path: ['target', 'value'],
        related: [{ target: kpi, path: ['baseline', 'value'], messageId: 'baseline', data: { baseline } }],
      });
    }
  },
});

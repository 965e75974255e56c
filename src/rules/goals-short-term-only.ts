import type { Entity } from '../model/types.js';
import { defineRule } from './types.js';
import { asString } from './util.js';

const LASTING = new Set(['mid', 'long']);

/**
 * A plan whose goals all end this year optimises this year's numbers; the
 * customer relationship it is meant to build needs goals that outlast them.
 * Reported once for the whole plan, and only when it has goals.
 */
export default defineRule({
  meta: {
    id: 'goals-short-term-only',
    severity: 'warn',
    category: 'goals',
    description: {
      en: 'At least one goal has a mid- or long-term horizon.',
      ja: '少なくとも 1 つの目標が中期または長期（`horizon: mid` / `long`）であること。',
    },
    practice: {
      en: 'The goal is the ideal customer experience and a lasting relationship, not only this year\'s numbers; balance short-term targets with mid- and long-term goals (あるべきCX, 目標のバランス).',
      ja: '目標はあるべき顧客体験と長く続く関係であり、今期の数字だけではありません。短期の目標と中長期の目標のバランスを取ります。',
    },
    messages: {
      shortTermOnly: {
        en: 'All {{count}} goals are short-term: no goal has `horizon: mid` or `horizon: long`.',
        ja: '{{count}} 件の目標がすべて短期です。`horizon: mid` または `horizon: long` の目標がありません。',
        hint: {
          en: 'Add a goal for the customer relationship you want in 1–3 years (`horizon: mid`) or beyond (`horizon: long`), or correct the horizon of a goal that is really longer-term.',
          ja: '1〜3 年後（`horizon: mid`）やそれ以降（`horizon: long`）に目指す顧客との関係を目標として加えるか、実際には中長期の目標の `horizon` を修正してください。',
        },
      },
      noLastingGoal: {
        en: 'No goal has a mid- or long-term horizon: {{short}} of {{count}} goals are `short` and {{unset}} state no `horizon`.',
        ja: '中期・長期の目標がありません。{{count}} 件の目標のうち {{short}} 件が `short`、{{unset}} 件は `horizon` が未指定です。',
        hint: {
          en: 'Set `horizon:` (`short` = this year, `mid` = 1–3 years, `long` = 3+ years) on every goal, and make sure at least one looks beyond this year.',
          ja: 'すべての目標に `horizon:`（`short` = 今期、`mid` = 1〜3 年、`long` = 3 年以上）を指定し、少なくとも 1 つは今期より先を見据えた目標にしてください。',
        },
      },
    },
  },
  check({ model, report }) {
    const goals = model.ofKind('Goal');
    if (goals.length === 0) return;
    let firstShort: Entity<'Goal'> | undefined;
    let short = 0;
    for (const goal of goals) {
      const horizon = asString(goal.data.horizon);
      if (horizon && LASTING.has(horizon)) return;
      if (horizon === 'short') {
        short++;
        firstShort ??= goal;
      }
    }
    const unset = goals.length - short;
    // Once per plan: at the first `horizon: short`, or the first goal when none states a horizon.
    report({
      target: firstShort ?? goals[0]!,
      messageId: unset === 0 ? 'shortTermOnly' : 'noLastingGoal',
      data: unset === 0 ? { count: goals.length } : { count: goals.length, short, unset },
      ...(firstShort ? { path: ['horizon'] } : {}),
    });
  },
});

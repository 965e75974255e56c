import type { Entity } from '../model/types.js';
import type { RelatedReport } from './types.js';
import { defineRule } from './types.js';
import { asString } from './util.js';

/**
 * Goals that all sit in one balanced-scorecard perspective (usually
 * financial) leave the customer, the process and the team's learning
 * without a goal. Reported once, only when at least two goals state a
 * perspective and all stated perspectives are the same.
 */
export default defineRule({
  meta: {
    id: 'goals-single-perspective',
    severity: 'warn',
    category: 'goals',
    description: {
      en: 'Goals cover more than one balanced-scorecard perspective.',
      ja: '目標がバランス・スコアカードの複数の視点にまたがっていること。',
    },
    practice: {
      en: 'Balanced goals: financial results, and also goals for customers, processes and people (learning and growth), so the plan builds what produces the numbers (目標のバランス).',
      ja: '目標のバランスを取ります。財務の成果だけでなく、顧客・業務プロセス・人材（学習と成長）の目標も置き、数字を生み出す仕組みそのものを育てます。',
    },
    messages: {
      singlePerspective: {
        en: 'All {{count}} goals that state a perspective are `{{perspective}}`: the plan has goals in one balanced-scorecard perspective only.',
        ja: '視点を指定している {{count}} 件の目標がすべて `{{perspective}}` です。バランス・スコアカードの 1 つの視点にしか目標がありません。',
        hint: {
          en: 'Add goals from the other perspectives (`financial`, `customer`, `process`, `learning`), for example what customers should experience or what the team must learn.',
          ja: '他の視点（`financial`、`customer`、`process`、`learning`）の目標を加えてください。たとえば、お客さまにどんな体験をしてほしいか、チームが何を身につけるべきか、などです。',
        },
      },
      alsoPerspective: {
        en: 'Goal `{{id}}` is also `{{perspective}}`.',
        ja: '目標 `{{id}}` も `{{perspective}}` です。',
      },
    },
  },
  check({ model, report }) {
    const stated: Array<{ goal: Entity<'Goal'>; perspective: string }> = [];
    for (const goal of model.ofKind('Goal')) {
      const perspective = asString(goal.data.perspective);
      if (!perspective) continue;
      if (stated.length > 0 && stated[0]!.perspective !== perspective) return;
      stated.push({ goal, perspective });
    }
    if (stated.length < 2) return;
    const [first, ...others] = stated;
    const related: RelatedReport[] = others.map((o) => ({
      target: o.goal,
      path: ['perspective'],
      messageId: 'alsoPerspective',
      data: { id: o.goal.id, perspective: o.perspective },
    }));
    report({
      target: first!.goal,
      path: ['perspective'],
      messageId: 'singlePerspective',
      data: { count: stated.length, perspective: first!.perspective },
      related,
    });
  },
});

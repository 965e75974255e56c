import { defineRule } from './types.js';

/**
 * A goal with no challenge has not been compared with today: nobody has
 * written down the gap, so nothing tells which initiatives it needs.
 */
export default defineRule({
  meta: {
    id: 'goal-no-challenge',
    severity: 'info',
    category: 'goals',
    description: {
      en: 'Every goal has at least one challenge (the gap between today and the goal).',
      ja: 'すべての目標に少なくとも 1 つの課題（現状と目標のギャップ）があること。',
    },
    practice: {
      en: 'Sort problems and issues first: state the gap between the goal and today\'s reality, then prioritise the issues to solve, before choosing initiatives (問題と課題の整理).',
      ja: '施策を選ぶ前に、まず問題と課題を整理します。目標と現状のギャップを言葉にし、解決すべき課題に優先順位をつけます。',
    },
    messages: {
      noChallenge: {
        en: 'Goal `{{id}}` has no challenge: the gap between today and this goal is not written down.',
        ja: '目標 `{{id}}` に課題がありません。現状とこの目標とのギャップが書かれていません。',
        hint: {
          en: 'Add a Challenge with `goal: {{id}}`, describing today\'s state (`current`) and the gap to close (`problem`).',
          ja: '`goal: {{id}}` を持つ課題（Challenge）を追加し、現状（`current`）と埋めるべきギャップ（`problem`）を書いてください。',
        },
      },
    },
  },
  check({ model, report }) {
    for (const goal of model.ofKind('Goal')) {
      if (model.countReferencesTo(goal, 'Challenge.goal') === 0) {
        report({ target: goal, messageId: 'noChallenge', data: { id: goal.id }, about: 'Challenge.goal' });
      }
    }
  },
});

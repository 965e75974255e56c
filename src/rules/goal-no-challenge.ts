// STUB: to be written. Remove this line when the rule is implemented.
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'goal-no-challenge',
    severity: 'info',
    category: 'goals',
    description: { en: 'goal-no-challenge', ja: 'goal-no-challenge' },
    messages: {},
  },
  check() {},
});

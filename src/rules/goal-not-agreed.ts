// STUB: to be written. Remove this line when the rule is implemented.
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'goal-not-agreed',
    severity: 'warn',
    category: 'goals',
    description: { en: 'goal-not-agreed', ja: 'goal-not-agreed' },
    messages: {},
  },
  check() {},
});

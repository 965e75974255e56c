// STUB: to be written. Remove this line when the rule is implemented.
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'goal-no-owner',
    severity: 'warn',
    category: 'goals',
    description: { en: 'goal-no-owner', ja: 'goal-no-owner' },
    messages: {},
  },
  check() {},
});

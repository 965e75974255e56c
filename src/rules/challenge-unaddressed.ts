// STUB: to be written. Remove this line when the rule is implemented.
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'challenge-unaddressed',
    severity: 'warn',
    category: 'goals',
    description: { en: 'challenge-unaddressed', ja: 'challenge-unaddressed' },
    messages: {},
  },
  check() {},
});

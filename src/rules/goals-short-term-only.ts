// STUB: to be written. Remove this line when the rule is implemented.
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'goals-short-term-only',
    severity: 'warn',
    category: 'goals',
    description: { en: 'goals-short-term-only', ja: 'goals-short-term-only' },
    messages: {},
  },
  check() {},
});

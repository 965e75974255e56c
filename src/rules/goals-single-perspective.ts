// STUB: to be written. Remove this line when the rule is implemented.
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'goals-single-perspective',
    severity: 'warn',
    category: 'goals',
    description: { en: 'goals-single-perspective', ja: 'goals-single-perspective' },
    messages: {},
  },
  check() {},
});

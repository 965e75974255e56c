// STUB: to be written. Remove this line when the rule is implemented.
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'no-executive-sponsor',
    severity: 'warn',
    category: 'team',
    description: { en: 'no-executive-sponsor', ja: 'no-executive-sponsor' },
    messages: {},
  },
  check() {},
});

// STUB: to be written. Remove this line when the rule is implemented.
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'budget-over-plan',
    severity: 'error',
    category: 'initiatives',
    description: { en: 'budget-over-plan', ja: 'budget-over-plan' },
    messages: {},
  },
  check() {},
});

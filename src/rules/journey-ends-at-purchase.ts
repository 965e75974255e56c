// STUB: to be written. Remove this line when the rule is implemented.
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'journey-ends-at-purchase',
    severity: 'warn',
    category: 'journeys',
    description: { en: 'journey-ends-at-purchase', ja: 'journey-ends-at-purchase' },
    messages: {},
  },
  check() {},
});

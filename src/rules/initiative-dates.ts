// STUB: to be written. Remove this line when the rule is implemented.
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'initiative-dates',
    severity: 'error',
    category: 'initiatives',
    description: { en: 'initiative-dates', ja: 'initiative-dates' },
    messages: {},
  },
  check() {},
});

// STUB: to be written. Remove this line when the rule is implemented.
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'rfp-no-price-criterion',
    severity: 'warn',
    category: 'rfps',
    description: { en: 'rfp-no-price-criterion', ja: 'rfp-no-price-criterion' },
    messages: {},
  },
  check() {},
});

// STUB: to be written. Remove this line when the rule is implemented.
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'rfp-evaluation-weights',
    severity: 'error',
    category: 'rfps',
    description: { en: 'rfp-evaluation-weights', ja: 'rfp-evaluation-weights' },
    messages: {},
  },
  check() {},
});

// STUB: to be written. Remove this line when the rule is implemented.
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'rfp-no-evaluation',
    severity: 'warn',
    category: 'rfps',
    description: { en: 'rfp-no-evaluation', ja: 'rfp-no-evaluation' },
    messages: {},
  },
  check() {},
});

// STUB: to be written. Remove this line when the rule is implemented.
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'rfp-scope-empty',
    severity: 'warn',
    category: 'rfps',
    description: { en: 'rfp-scope-empty', ja: 'rfp-scope-empty' },
    messages: {},
  },
  check() {},
});

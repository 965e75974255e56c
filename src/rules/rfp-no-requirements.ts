// STUB: to be written. Remove this line when the rule is implemented.
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'rfp-no-requirements',
    severity: 'warn',
    category: 'rfps',
    description: { en: 'rfp-no-requirements', ja: 'rfp-no-requirements' },
    messages: {},
  },
  check() {},
});

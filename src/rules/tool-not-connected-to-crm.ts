// STUB: to be written. Remove this line when the rule is implemented.
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'tool-not-connected-to-crm',
    severity: 'warn',
    category: 'tools',
    description: { en: 'tool-not-connected-to-crm', ja: 'tool-not-connected-to-crm' },
    messages: {},
  },
  check() {},
});

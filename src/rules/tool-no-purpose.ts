// STUB: to be written. Remove this line when the rule is implemented.
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'tool-no-purpose',
    severity: 'info',
    category: 'tools',
    description: { en: 'tool-no-purpose', ja: 'tool-no-purpose' },
    messages: {},
  },
  check() {},
});

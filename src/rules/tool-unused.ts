// STUB: to be written. Remove this line when the rule is implemented.
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'tool-unused',
    severity: 'warn',
    category: 'tools',
    description: { en: 'tool-unused', ja: 'tool-unused' },
    messages: {},
  },
  check() {},
});

// STUB: to be written. Remove this line when the rule is implemented.
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'tool-no-owner',
    severity: 'warn',
    category: 'tools',
    description: { en: 'tool-no-owner', ja: 'tool-no-owner' },
    messages: {},
  },
  check() {},
});

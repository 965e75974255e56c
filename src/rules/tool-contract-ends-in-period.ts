// STUB: to be written. Remove this line when the rule is implemented.
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'tool-contract-ends-in-period',
    severity: 'info',
    category: 'tools',
    description: { en: 'tool-contract-ends-in-period', ja: 'tool-contract-ends-in-period' },
    messages: {},
  },
  check() {},
});

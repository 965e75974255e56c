// STUB: to be written. Remove this line when the rule is implemented.
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'tool-capability-overlap',
    severity: 'info',
    category: 'tools',
    description: { en: 'tool-capability-overlap', ja: 'tool-capability-overlap' },
    messages: {},
  },
  check() {},
});

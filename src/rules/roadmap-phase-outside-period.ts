// STUB: to be written. Remove this line when the rule is implemented.
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'roadmap-phase-outside-period',
    severity: 'warn',
    category: 'roadmap',
    description: { en: 'roadmap-phase-outside-period', ja: 'roadmap-phase-outside-period' },
    messages: {},
  },
  check() {},
});

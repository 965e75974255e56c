// STUB: to be written. Remove this line when the rule is implemented.
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'initiative-no-kpi',
    severity: 'warn',
    category: 'initiatives',
    description: { en: 'initiative-no-kpi', ja: 'initiative-no-kpi' },
    messages: {},
  },
  check() {},
});

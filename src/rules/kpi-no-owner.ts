// STUB: to be written. Remove this line when the rule is implemented.
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'kpi-no-owner',
    severity: 'warn',
    category: 'kpis',
    description: { en: 'kpi-no-owner', ja: 'kpi-no-owner' },
    messages: {},
  },
  check() {},
});

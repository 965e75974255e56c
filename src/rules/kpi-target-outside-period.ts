// STUB: to be written. Remove this line when the rule is implemented.
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'kpi-target-outside-period',
    severity: 'warn',
    category: 'kpis',
    description: { en: 'kpi-target-outside-period', ja: 'kpi-target-outside-period' },
    messages: {},
  },
  check() {},
});

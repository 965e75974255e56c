// STUB: to be written. Remove this line when the rule is implemented.
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'kpi-no-goal',
    severity: 'warn',
    category: 'kpis',
    description: { en: 'kpi-no-goal', ja: 'kpi-no-goal' },
    messages: {},
  },
  check() {},
});

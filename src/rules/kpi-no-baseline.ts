// STUB: to be written. Remove this line when the rule is implemented.
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'kpi-no-baseline',
    severity: 'info',
    category: 'kpis',
    description: { en: 'kpi-no-baseline', ja: 'kpi-no-baseline' },
    messages: {},
  },
  check() {},
});

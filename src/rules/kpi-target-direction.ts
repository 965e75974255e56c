// STUB: to be written. Remove this line when the rule is implemented.
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'kpi-target-direction',
    severity: 'error',
    category: 'kpis',
    description: { en: 'kpi-target-direction', ja: 'kpi-target-direction' },
    messages: {},
  },
  check() {},
});

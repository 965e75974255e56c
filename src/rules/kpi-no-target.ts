// STUB: to be written. Remove this line when the rule is implemented.
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'kpi-no-target',
    severity: 'warn',
    category: 'kpis',
    description: { en: 'kpi-no-target', ja: 'kpi-no-target' },
    messages: {},
  },
  check() {},
});

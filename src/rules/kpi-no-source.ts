// STUB: to be written. Remove this line when the rule is implemented.
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'kpi-no-source',
    severity: 'info',
    category: 'kpis',
    description: { en: 'kpi-no-source', ja: 'kpi-no-source' },
    messages: {},
  },
  check() {},
});

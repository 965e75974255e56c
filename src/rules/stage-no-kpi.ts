// STUB: to be written. Remove this line when the rule is implemented.
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'stage-no-kpi',
    severity: 'warn',
    category: 'journeys',
    description: { en: 'stage-no-kpi', ja: 'stage-no-kpi' },
    messages: {},
  },
  check() {},
});

// STUB: to be written. Remove this line when the rule is implemented.
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'rfp-timeline-order',
    severity: 'error',
    category: 'rfps',
    description: { en: 'rfp-timeline-order', ja: 'rfp-timeline-order' },
    messages: {},
  },
  check() {},
});

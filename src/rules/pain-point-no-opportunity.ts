// STUB: to be written. Remove this line when the rule is implemented.
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'pain-point-no-opportunity',
    severity: 'info',
    category: 'journeys',
    description: { en: 'pain-point-no-opportunity', ja: 'pain-point-no-opportunity' },
    messages: {},
  },
  check() {},
});

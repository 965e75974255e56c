// STUB: to be written. Remove this line when the rule is implemented.
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'journey-no-persona',
    severity: 'info',
    category: 'journeys',
    description: { en: 'journey-no-persona', ja: 'journey-no-persona' },
    messages: {},
  },
  check() {},
});

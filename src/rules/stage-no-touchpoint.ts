// STUB: to be written. Remove this line when the rule is implemented.
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'stage-no-touchpoint',
    severity: 'warn',
    category: 'journeys',
    description: { en: 'stage-no-touchpoint', ja: 'stage-no-touchpoint' },
    messages: {},
  },
  check() {},
});

// STUB: to be written. Remove this line when the rule is implemented.
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'stage-no-owner',
    severity: 'warn',
    category: 'journeys',
    description: { en: 'stage-no-owner', ja: 'stage-no-owner' },
    messages: {},
  },
  check() {},
});

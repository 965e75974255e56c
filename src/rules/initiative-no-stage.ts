// STUB: to be written. Remove this line when the rule is implemented.
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'initiative-no-stage',
    severity: 'warn',
    category: 'initiatives',
    description: { en: 'initiative-no-stage', ja: 'initiative-no-stage' },
    messages: {},
  },
  check() {},
});

// STUB: to be written. Remove this line when the rule is implemented.
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'initiative-no-accountable',
    severity: 'warn',
    category: 'initiatives',
    description: { en: 'initiative-no-accountable', ja: 'initiative-no-accountable' },
    messages: {},
  },
  check() {},
});

// STUB: to be written. Remove this line when the rule is implemented.
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'raci-multiple-letters',
    severity: 'warn',
    category: 'initiatives',
    description: { en: 'raci-multiple-letters', ja: 'raci-multiple-letters' },
    messages: {},
  },
  check() {},
});

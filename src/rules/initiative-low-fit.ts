// STUB: to be written. Remove this line when the rule is implemented.
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'initiative-low-fit',
    severity: 'info',
    category: 'initiatives',
    description: { en: 'initiative-low-fit', ja: 'initiative-low-fit' },
    messages: {},
  },
  check() {},
});

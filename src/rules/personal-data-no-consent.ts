// STUB: to be written. Remove this line when the rule is implemented.
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'personal-data-no-consent',
    severity: 'error',
    category: 'initiatives',
    description: { en: 'personal-data-no-consent', ja: 'personal-data-no-consent' },
    messages: {},
  },
  check() {},
});

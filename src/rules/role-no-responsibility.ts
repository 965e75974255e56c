// STUB: to be written. Remove this line when the rule is implemented.
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'role-no-responsibility',
    severity: 'info',
    category: 'team',
    description: { en: 'role-no-responsibility', ja: 'role-no-responsibility' },
    messages: {},
  },
  check() {},
});

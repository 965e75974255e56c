// STUB: to be written. Remove this line when the rule is implemented.
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'role-overloaded',
    severity: 'warn',
    category: 'team',
    description: { en: 'role-overloaded', ja: 'role-overloaded' },
    messages: {},
  },
  check() {},
});

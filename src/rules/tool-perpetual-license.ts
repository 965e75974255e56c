// STUB: to be written. Remove this line when the rule is implemented.
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'tool-perpetual-license',
    severity: 'info',
    category: 'tools',
    description: { en: 'tool-perpetual-license', ja: 'tool-perpetual-license' },
    messages: {},
  },
  check() {},
});

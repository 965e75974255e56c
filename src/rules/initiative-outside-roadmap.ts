// STUB: to be written. Remove this line when the rule is implemented.
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'initiative-outside-roadmap',
    severity: 'info',
    category: 'roadmap',
    description: { en: 'initiative-outside-roadmap', ja: 'initiative-outside-roadmap' },
    messages: {},
  },
  check() {},
});

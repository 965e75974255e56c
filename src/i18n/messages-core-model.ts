import type { MessageText } from './types.js';

/**
 * Messages of the model's hardening (issue 13: one slip must not flood the
 * plan with findings elsewhere). Ids must not clash with core-messages.ts.
 */
export const CORE_MODEL_MESSAGES: Record<string, MessageText> = {
  'id-duplicate.related-again': {
    en: 'used again here',
    ja: 'ここでも使われています',
  },
};

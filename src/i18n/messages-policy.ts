import type { MessageText } from './types.js';

/** Messages of the policy commands (ids must not clash with core-messages.ts). */
export const POLICY_MESSAGES: Record<string, MessageText> = {};

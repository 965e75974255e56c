import type { MessageText } from './types.js';

/** Messages of the review commands (ids must not clash with core-messages.ts). */
export const REVIEW_MESSAGES: Record<string, MessageText> = {};

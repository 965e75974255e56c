import type { MessageText } from './types.js';

/** Messages of the perf commands (ids must not clash with core-messages.ts). */
export const PERF_MESSAGES: Record<string, MessageText> = {};

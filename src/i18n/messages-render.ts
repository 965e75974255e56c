import type { MessageText } from './types.js';

/** Messages of the render commands (ids must not clash with core-messages.ts). */
export const RENDER_MESSAGES: Record<string, MessageText> = {};

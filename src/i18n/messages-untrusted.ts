import type { MessageText } from './types.js';

/** Messages of the untrusted-repository and no-hang checks (plugins, cache trust, file reading limits, output caps). */
export const UNTRUSTED_MESSAGES: Record<string, MessageText> = {
};

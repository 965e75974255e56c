import { HELP_MESSAGES } from '../i18n/messages-help.js';
import type { HelpId } from '../i18n/messages-help.js';
import type { Lang } from '../i18n/types.js';

export type { HelpId } from '../i18n/messages-help.js';

/** A help text (src/i18n/messages-help.ts) in the chosen language; an id that does not exist does not compile. */
export function h(key: HelpId, lang: Lang, data: Record<string, string> = {}): string {
  return HELP_MESSAGES[key][lang].replace(/\{\{(\w+)\}\}/g, (w, k: string) => data[k] ?? w);
}

import type { MessageData } from '../diagnostics/types.js';
import type { Lang } from './types.js';
import { FILTERS } from './vocabulary.js';

const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]+)\s*(?:\|\s*([a-z]+)\s*)?\}\}/g;

/**
 * Fill `{{name}}` placeholders from data. `{{name|filter}}` passes the value
 * through a vocabulary filter for the language. Unknown placeholders stay
 * visible, so a gap shows instead of a silent blank.
 */
export function formatMessage(template: string, data: MessageData | undefined, lang: Lang = 'en'): string {
  return template.replace(PLACEHOLDER, (whole, name: string, filter: string | undefined) => {
    if (!data || !Object.prototype.hasOwnProperty.call(data, name)) return whole;
    const value = String(data[name]);
    const f = filter ? FILTERS[filter] : undefined;
    return f ? f(value, lang) : value;
  });
}

/** The placeholder names a template uses, sorted (for checking that catalogs agree). */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]!))].sort();
}

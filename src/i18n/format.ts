import type { MessageData } from '../diagnostics/types.js';
import type { Lang } from './types.js';
import { clipMiddle } from '../util/clip.js';
import { FILTERS } from './vocabulary.js';

const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]+)\s*(?:\|\s*([a-z]+)(?::([^{}]*?))?\s*)?\}\}/g;

/**
 * Fill `{{name}}` placeholders from data. `{{name|filter}}` passes the value
 * through a vocabulary filter for the language; `{{name|filter:arg}}` gives
 * the filter an argument (`{{count|plural:error}}`). Unknown placeholders stay
 * visible, so a gap shows instead of a silent blank.
 */
export function formatMessage(template: string, data: MessageData | undefined, lang: Lang = 'en'): string {
  return template.replace(PLACEHOLDER, (whole, name: string, filter: string | undefined, arg: string | undefined, at: number) => {
    if (!data || !Object.prototype.hasOwnProperty.call(data, name)) return whole;
    const value = String(data[name]);
    const f = filter ? FILTERS[filter] : undefined;
    if (f) return f(value, lang, arg);
    // A value shown in quotes is something the user wrote (a name, an id, a key): one
    // long value must not turn the message into a page. Where it was made, source text
    // is already cut at its start; this keeps both ends of anything else.
    return QUOTES.has(template.charAt(at - 1)) && QUOTES.has(template.charAt(at + whole.length)) ? clipMiddle(value) : value;
  });
}

const QUOTES = new Set(['`', '"', '「', '」']);

/** The placeholder names a template uses, sorted (for checking that catalogs agree). */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]!))].sort();
}

/**
 * How much of the user's own text a message may quote. A Markdown file saved
 * as `.yaml` would put its whole text into one message; a quote only has to
 * let the reader recognise the place, which the file:line:col already gives.
 */
export const QUOTE_MAX = 60;

/**
 * Text quoted from a plan file, made fit for a one-line message: a line
 * break (with the spaces around it) becomes one space, and anything past
 * `max` characters is cut and marked with `…`. Counts code points, so a
 * Japanese text or an emoji is never cut in half.
 */
export function clipQuote(s: string, max = QUOTE_MAX): string {
  const flat = oneLine(s);
  if (flat.length <= max) return flat;
  const chars = Array.from(flat);
  return chars.length <= max ? flat : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

/**
 * The same limit where both ends of a value matter (a path, an id made of
 * words): the start and the end are kept, the middle becomes `…`.
 */
export function clipMiddle(s: string, max = QUOTE_MAX): string {
  const flat = oneLine(s);
  if (flat.length <= max) return flat;
  const chars = Array.from(flat);
  if (chars.length <= max) return flat;
  const head = Math.ceil((max - 1) * 0.6);
  return `${chars.slice(0, head).join('')}…${chars.slice(chars.length - (max - 1 - head)).join('')}`;
}

/** Line breaks, and the ASCII spaces around them, as one space (a full-width space is the user's text: kept). */
function oneLine(s: string): string {
  return /[\r\n]/.test(s) ? s.replace(/[ \t]*(?:\r\n|\r|\n)[ \t\r\n]*/g, ' ') : s;
}

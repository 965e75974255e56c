import { clipQuote } from '../util/clip.js';

/**
 * Typing slips a Japanese input method leaves in YAML, found where the
 * parser failed. The parser's own view of them is misleading: a
 * full-width space (U+3000) is not white space to YAML, so `　- role: ceo`
 * reads as text containing `: ` ("contains a colon and a space"), and a
 * full-width colon `：` is no colon at all, so `priority：1` runs into the
 * next line ("neither a `field: value` line…", pointed at the line after).
 */
export interface Slip {
  id: 'yaml-fullwidth-indent' | 'yaml-fullwidth-space-after-colon' | 'yaml-fullwidth-colon';
  data: Record<string, string>;
  /** Offset of the offending character. */
  offset: number;
}

const FULLWIDTH_SPACE = '\u3000';
const FULLWIDTH_COLON = '\uff1a';

/** Indentation, list dashes and all, with a full-width space somewhere in it. */
const INDENT = /^[ \u3000]*(?:-[ \u3000]+)*/;
/** `key：` at the start of a line's content (the key as YAML would read it: no `:` or `#` inside). */
const KEY_FULLWIDTH_COLON = /^([^\s:#\uff1a\u3000][^:#\uff1a\n]*?)[ \u3000]*\uff1a/;
/** `key:` followed by a full-width space. */
const KEY_COLON_FULLWIDTH_SPACE = /^([^\s:#\u3000][^:#\n]*?):\u3000/;

/**
 * The slip on the lines of `text` between offsets `from` and `to` (a parser
 * error's span: for `priority：1` it starts at the key, though the parser
 * only stumbles on the next line), if there is one. Only how a line begins
 * is looked at, so a full-width space or colon inside a text is left alone.
 */
export function findSlip(text: string, from: number, to: number): Slip | undefined {
  if (!text.includes(FULLWIDTH_SPACE) && !text.includes(FULLWIDTH_COLON)) return undefined;
  const start = text.lastIndexOf('\n', Math.max(0, from - 1)) + 1;
  const end = Math.min(text.length, Math.max(to, from));
  for (let at = start; at <= end && at < text.length; ) {
    const nl = text.indexOf('\n', at);
    const lineEnd = nl === -1 ? text.length : nl;
    const slip = slipOnLine(text.slice(at, lineEnd), at);
    if (slip) return slip;
    if (nl === -1) break;
    at = nl + 1;
  }
  return undefined;
}

function slipOnLine(line: string, lineStart: number): Slip | undefined {
  const indent = INDENT.exec(line)![0];
  const content = line.slice(indent.length);
  if (content === '' || content.startsWith('#')) return undefined;
  const wide = indent.indexOf(FULLWIDTH_SPACE);
  if (wide !== -1) return { id: 'yaml-fullwidth-indent', data: {}, offset: lineStart + wide };
  let m = KEY_FULLWIDTH_COLON.exec(content);
  if (m) {
    return { id: 'yaml-fullwidth-colon', data: { key: clipQuote(m[1]!.trim()) }, offset: lineStart + indent.length + m[0].length - 1 };
  }
  m = KEY_COLON_FULLWIDTH_SPACE.exec(content);
  if (m) {
    return { id: 'yaml-fullwidth-space-after-colon', data: { key: clipQuote(m[1]!.trim()) }, offset: lineStart + indent.length + m[0].length - 1 };
  }
  return undefined;
}

/**
 * The same slips in a map key that YAML read without complaint: a key
 * starting with a full-width space (`　　on: …` read as a field `　　on` of
 * the enclosing block) or holding a full-width colon (`{ amount：20000 }`).
 * Returns the slip and the field name the user meant.
 */
export function slipInKey(key: string): { id: Slip['id']; meant: string; at: number } | undefined {
  const lead = /^[ \u3000]*/.exec(key)![0];
  if (lead.includes(FULLWIDTH_SPACE)) return { id: 'yaml-fullwidth-indent', meant: key.slice(lead.length), at: key.indexOf(FULLWIDTH_SPACE) };
  const colon = key.indexOf(FULLWIDTH_COLON);
  if (colon > 0) return { id: 'yaml-fullwidth-colon', meant: key.slice(0, colon).trim(), at: colon };
  return undefined;
}

/**
 * `{ amount: 2,000,000 }`: the thousands commas split the number into the
 * fields `amount: 2`, `000` and `000`, and YAML stops at the repeated `000`
 * (a duplicate key). Found on the line of that error; the same slip without
 * a repeated part passes YAML and is told by the validator
 * (src/validate/index.ts), in the same words.
 */
export function commaInNumber(text: string, pos: number): { field: string; before: string; rest: string; suggestion: string; offset: number } | undefined {
  const start = text.lastIndexOf('\n', pos - 1) + 1;
  const nl = text.indexOf('\n', pos);
  const line = text.slice(start, nl === -1 ? text.length : nl);
  const m = /([A-Za-z_][\w-]*)[ \t]*:[ \t]+(\d{1,3})((?:,[ \t]*\d{3})+)(?=[ \t]*[,}])/.exec(line);
  if (!m || !line.slice(0, m.index).includes('{')) return undefined;
  const groups = m[3]!.split(',').slice(1).map((g) => g.trim());
  return {
    field: m[1]!,
    before: m[2]!,
    rest: groups[0]!,
    suggestion: m[2]! + groups.join(''),
    offset: start + m.index + m[0].length - m[3]!.length,
  };
}

/**
 * A line indented to no column of the blocks above it (` - id: phase-1`
 * between items at 4 spaces and their list's key at 2): YAML cannot tell
 * which block it belongs to and reads the rest of the document as text with
 * colons in it. Looked for on the line of the document's first syntax error
 * only (`from`: where the document starts), going up once through the lines
 * above. Returns the column the line most likely meant, from the nearest
 * block (a list item if the line is one), and a line that has it.
 */
export function indentSlip(text: string, from: number, pos: number): { offset: number; found: number; expected: number; line: number } | undefined {
  const start = text.lastIndexOf('\n', pos - 1) + 1;
  const own = lineAt(text, start);
  if (own.blank || own.indent === 0) return undefined;
  const levels: Array<{ indent: number; item: boolean; start: number }> = [];
  let min = Infinity;
  let previous: ReturnType<typeof lineAt> | undefined;
  for (let end = start - 1; end > from && min > 0; ) {
    const s = text.lastIndexOf('\n', end - 1) + 1;
    const l = lineAt(text, s);
    end = s - 1;
    if (l.blank) continue;
    if (!previous) {
      previous = l;
      // Deeper than the line above: a block it opens, or the rest of a long text.
      if (own.indent > l.indent) return undefined;
    }
    if (l.indent < min) {
      min = l.indent;
      levels.push({ indent: l.indent, item: l.item, start: s });
    }
  }
  if (!levels.length || levels.some((l) => l.indent === own.indent)) return undefined;
  let best = levels[0]!;
  for (const l of levels) {
    const d = Math.abs(l.indent - own.indent) - (l.item === own.item ? 0.5 : 0);
    if (d < Math.abs(best.indent - own.indent) - (best.item === own.item ? 0.5 : 0)) best = l;
  }
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < best.start; i = text.indexOf('\n', i + 1)) line++;
  return { offset: start + own.indent, found: own.indent, expected: best.indent, line };
}

function lineAt(text: string, start: number): { indent: number; item: boolean; blank: boolean } {
  let i = start;
  while (text[i] === ' ') i++;
  const c = text[i];
  const blank = c === undefined || c === '\n' || c === '\r' || c === '#';
  return { indent: i - start, item: c === '-' && (text[i + 1] === ' ' || text[i + 1] === '\n'), blank };
}

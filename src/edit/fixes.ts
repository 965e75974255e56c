import type { Diagnostic, MessageData } from '../diagnostics/types.js';
import type { SourceFile } from '../load/source.js';
import { isKind } from '../model/kinds.js';
import type { PlanModel } from '../model/model.js';
import { editDistance } from '../util/suggest.js';
import { Lines } from './text.js';
import type { TextEdit } from './text.js';

/**
 * Fixes for findings, shared by `mplan lint --fix` (which applies the safe
 * ones) and the language server's quick fixes (which offers them all).
 * A fix only touches the characters that matter: comments, quoting and the
 * layout around them stay as written.
 */
export interface Fix {
  /** What the fix does, as a message id and data (src/i18n/messages-edit.ts). */
  messageId: string;
  data: MessageData;
  edits: TextEdit[];
  /**
   * The fix cannot change what the plan means (`--fix` applies it): a
   * reference with exactly one near id of the right kind, a typing slip.
   * Unsafe fixes (a placeholder, a suppression) are offered in the editor only.
   */
  safe: boolean;
}

export interface FixContext {
  model: PlanModel;
  /** Rule ids a suppression comment can name (file, schema and reference errors cannot be suppressed). */
  suppressible: ReadonlySet<string>;
  /** The reason written into a new suppression comment, for the user to replace. */
  reason: string;
}

/** The fixes of each finding, in order (safe ones first); findings with none are left out. */
export function computeFixes(diagnostics: readonly Diagnostic[], ctx: FixContext): Array<{ diagnostic: Diagnostic; fixes: Fix[] }> {
  const linesOf = planLines(ctx.model);
  const out: Array<{ diagnostic: Diagnostic; fixes: Fix[] }> = [];
  for (const d of diagnostics) {
    const fixes = fixesFor(d, ctx, linesOf);
    if (fixes.length) out.push({ diagnostic: d, fixes });
  }
  return out;
}

const FIXABLE = new Set([
  'ref-unresolved',
  'ref-stage-unresolved',
  'yaml-fullwidth-indent',
  'yaml-fullwidth-space-after-colon',
  'yaml-fullwidth-colon',
  'schema-fullwidth-digits',
  'schema-required',
  'yaml-comma-split',
  'schema-unknown-key',
  'schema-enum',
]);

/** The lines of each plan file of a model, by plan-root-relative path, indexed on first use. */
export function planLines(model: PlanModel): (file: string) => Lines | undefined {
  const lines = new Map<string, Lines | undefined>();
  // Texts are read only for the files asked about (a file's text may be read again from disk).
  let byPath: Map<string, SourceFile> | undefined;
  return (file) => {
    if (!lines.has(file)) {
      byPath ??= new Map(model.files.map((f) => [f.path, f]));
      const f = byPath.get(file);
      lines.set(file, f === undefined ? undefined : new Lines(f.text));
    }
    return lines.get(file);
  };
}

/** The fixes of one finding (`linesOf`: planLines of the run's model). */
export function fixesFor(d: Diagnostic, ctx: FixContext, linesOf: (file: string) => Lines | undefined): Fix[] {
  // Other findings are not looked at: a file's text is read only when it may hold a fix.
  if (!FIXABLE.has(d.messageId) && !ctx.suppressible.has(d.rule)) return [];
  const lines = linesOf(d.file);
  if (!lines) return [];
  const fixes: Fix[] = [];
  const add = (f: Fix | undefined) => {
    if (f) fixes.push(f);
  };
  switch (d.messageId) {
    case 'ref-unresolved':
    case 'ref-stage-unresolved':
      add(referenceFix(d, ctx.model, lines));
      break;
    case 'yaml-fullwidth-indent':
      add(fullwidthIndentFix(d, lines));
      break;
    case 'yaml-fullwidth-space-after-colon':
      add(fullwidthAfterColonFix(d, lines));
      break;
    case 'yaml-fullwidth-colon':
      add(fullwidthColonFix(d, lines));
      break;
    case 'schema-fullwidth-digits':
      add(fullwidthDigitsFix(d, lines));
      break;
    case 'schema-required':
      add(requiredFieldFix(d, lines));
      break;
    case 'yaml-comma-split':
      add(thousandsFix(d, lines));
      break;
    case 'schema-unknown-key':
    case 'schema-enum':
      add(didYouMeanFix(d, lines));
      break;
  }
  if (ctx.suppressible.has(d.rule)) add(suppressFix(d, lines, ctx.reason));
  return fixes.sort((a, b) => Number(b.safe) - Number(a.safe));
}

/** The ids a reference of this finding could have meant, closest first (all at the closest distance). */
function nearest(word: string, candidates: readonly string[]): string[] {
  const w = word.toLowerCase();
  // The same reach as didYouMean (src/util/suggest.ts): about one typo per three characters.
  let best = Math.max(1, Math.min(4, Math.floor(w.length / 3)));
  let found: string[] = [];
  for (const c of candidates) {
    const d = editDistance(w, c.toLowerCase(), best);
    if (d > best) continue;
    if (d < best) {
      best = d;
      found = [];
    }
    if (!found.includes(c)) found.push(c);
  }
  return found;
}

/**
 * `stage: expo-visitor/nuture` → `expo-visitor/nurture`: the value becomes
 * the suggested id; safe only when no other id of the right kind is as near.
 */
function referenceFix(d: Diagnostic, model: PlanModel, lines: Lines): Fix | undefined {
  if (d.hintId !== 'hint-did-you-mean') return undefined;
  const target = String(d.data.target ?? '');
  let candidates: string[];
  let word: string;
  let prefix = '';
  if (d.messageId === 'ref-stage-unresolved') {
    const journey = model.getOf('Journey', String(d.data.journey));
    if (!journey) return undefined;
    candidates = model.stagesOf(journey).map((s) => s.id);
    word = String(d.data.stage);
    prefix = `${journey.id}/`;
  } else {
    const expected = String(d.data.expected);
    if (expected === 'stage') candidates = model.stages.map((s) => s.key);
    else if (isKind(expected)) candidates = model.ofKind(expected).map((e) => e.id);
    else return undefined;
    word = target;
  }
  const near = nearest(word, candidates);
  const meant = near[0];
  if (meant === undefined) return undefined;
  const span = scalarAt(lines, d.line, d.column, target);
  if (!span) return undefined;
  const value = prefix + meant;
  return {
    messageId: 'fix-reference',
    data: { found: target, suggestion: value },
    edits: [lines.edit(d.file, span[0], span[1], value)],
    safe: near.length === 1,
  };
}

/** The characters of a scalar written at a position that read as `value` (inside its quotes, if quoted). */
function scalarAt(lines: Lines, line: number, column: number, value: string): [number, number] | undefined {
  const o = lines.offset(line, column);
  if (o === undefined || !value) return undefined;
  const text = lines.text;
  const q = text[o];
  if (q === '"' || q === "'") {
    return text.startsWith(value, o + 1) && text[o + 1 + value.length] === q ? [o + 1, o + 1 + value.length] : undefined;
  }
  if (!text.startsWith(value, o)) return undefined;
  const after = text[o + value.length];
  return after === undefined || /[\s,:\]}#]/.test(after) ? [o, o + value.length] : undefined;
}

/**
 * `ownr: cmo` → `owner:`, `direction: increse` → `increase`: the schema's
 * did-you-mean. Offered, never applied by --fix: a field name or a value
 * the schema knows is a choice the plan's author makes, not a typo only.
 */
function didYouMeanFix(d: Diagnostic, lines: Lines): Fix | undefined {
  const suggestion = d.hintId === 'hint-did-you-mean' ? d.hintData?.suggestion : undefined;
  const found = String(d.messageId === 'schema-unknown-key' ? d.data.key : d.data.value);
  if (typeof suggestion !== 'string' || !suggestion) return undefined;
  const span = scalarAt(lines, d.line, d.column, found);
  if (!span) return undefined;
  return {
    messageId: 'fix-reference',
    data: { found, suggestion },
    edits: [lines.edit(d.file, span[0], span[1], suggestion)],
    safe: false,
  };
}

const WIDE_SPACE = '\u3000';

/** The length of a line's indentation: spaces, full-width spaces and list dashes. */
function indentOf(line: string): number {
  return /^[ \u3000]*(?:-[ \u3000]+)*/.exec(line)![0].length;
}

/**
 * `　- role: ceo`: each full-width space of the indentation becomes a space,
 * as the loader reads it. Safe when the line then starts where a line above
 * it in the same document starts (a sibling), or deeper than a line above
 * that opens a block (`key:`): it belongs where it was typed.
 */
function fullwidthIndentFix(d: Diagnostic, lines: Lines): Fix | undefined {
  const own = lines.lineText(d.line);
  const head = own.slice(0, indentOf(own));
  // Not in the indentation (a key inside a flow map, `{ 　on: … }`): no line to re-indent.
  if (!head.includes(WIDE_SPACE)) return undefined;
  const start = lines.lineStart(d.line);
  const fixed = head.replaceAll(WIDE_SPACE, ' ');
  return {
    messageId: 'fix-fullwidth',
    data: { found: clipLine(own.trim()) },
    edits: [lines.edit(d.file, start, start + head.length, fixed)],
    safe: belongsWhereTyped(lines, d.line, fixed),
  };
}

function belongsWhereTyped(lines: Lines, line: number, fixedHead: string): boolean {
  const col = /^ */.exec(fixedHead)![0].length;
  let first = true;
  for (let l = line - 1; l >= 1; l--) {
    const t = lines.lineText(l);
    if (/^(---|\.\.\.)(\s|$)/.test(t)) break;
    const trimmed = t.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    if (/^[ -]*\u3000/.test(t)) return false; // another slip above: nothing to measure against
    const m = /^( *)((?:- +)*)/.exec(t)!;
    const indent = m[1]!.length;
    // Under a line that opens a block (`stages:`): deeper is inside it.
    if (first && /:\s*(#.*)?$/.test(trimmed) && col > indent) return true;
    first = false;
    // A sibling: a line starting at the same column, or a key of a list item's map (`- id: a` / `  name: x`).
    if (indent === col || (m[2] !== '' && indent + m[2]!.length === col)) return true;
    if (indent === 0) break;
  }
  return false;
}

/** `name:　Attends` → `name: Attends`: the full-width spaces right after the colon become spaces. */
function fullwidthAfterColonFix(d: Diagnostic, lines: Lines): Fix | undefined {
  const own = lines.lineText(d.line);
  const start = lines.lineStart(d.line);
  const m = /^([^:#\n]*?):(\u3000+)/.exec(own.slice(indentOf(own)));
  if (!m) return undefined;
  const at = start + indentOf(own) + m[1]!.length + 1;
  return {
    messageId: 'fix-fullwidth',
    data: { found: clipLine(own.trim()) },
    edits: [lines.edit(d.file, at, at + m[2]!.length, ' '.repeat(m[2]!.length))],
    safe: true,
  };
}

/** `priority：1` → `priority: 1`: the full-width colon (and full-width spaces around it) typed half-width. */
function fullwidthColonFix(d: Diagnostic, lines: Lines): Fix | undefined {
  const text = lines.text;
  let o = lines.offset(d.line, d.column);
  if (o === undefined) return undefined;
  if (text[o] !== '\uff1a') {
    // Pointed at the key (the validator's finding of a key YAML read whole): its colon follows on the line.
    const end = lines.lineEnd(d.line);
    const c = text.indexOf('\uff1a', o);
    if (c === -1 || c >= end) return undefined;
    o = c;
  }
  let from = o;
  while (from > 0 && text[from - 1] === WIDE_SPACE) from--;
  let to = o + 1;
  while (text[to] === WIDE_SPACE) to++;
  const next = text[to];
  const spaceAfter = next === undefined || next === ' ' || next === '\n' || next === '\r' ? '' : ' ';
  const newText = ' '.repeat(o - from) + ':' + (to > o + 1 ? ' '.repeat(to - o - 1) : spaceAfter);
  return {
    messageId: 'fix-fullwidth',
    data: { found: clipLine(lines.lineText(d.line).trim()) },
    edits: [lines.edit(d.file, from, to, newText)],
    safe: true,
  };
}

/** Full-width characters that stand for the same half-width ones in a number or date (`２０２７－０４－０１`, `１．５`). */
const WIDE_NUMERIC = /[\uff10-\uff19\uff0d\uff0e\uff0f\uff1a\uff0b\uff0c]/g;

/** `priority: ５` → `priority: 5`: the value's full-width digits (and the marks between them) typed half-width. */
function fullwidthDigitsFix(d: Diagnostic, lines: Lines): Fix | undefined {
  const text = lines.text;
  const o = lines.offset(d.line, d.column);
  if (o === undefined) return undefined;
  const lineStart = lines.lineStart(d.line);
  const flow = /[[{]/.test(text.slice(lineStart, o));
  let end = o;
  const lineEnd = lines.lineEnd(d.line);
  while (end < lineEnd) {
    const c = text[end]!;
    if (c === '#' && /\s/.test(text[end - 1] ?? '')) break;
    if (flow && (c === ',' || c === '}' || c === ']')) break;
    if (c === '"' || c === "'") break;
    end++;
  }
  const found = text.slice(o, end).replace(/\s+$/, '');
  const fixed = found.replace(WIDE_NUMERIC, (c) => c.normalize('NFKC'));
  if (fixed === found) return undefined;
  return {
    messageId: 'fix-fullwidth',
    data: { found: clipLine(found) },
    edits: [lines.edit(d.file, o, o + found.length, fixed)],
    safe: true,
  };
}

/**
 * `{ amount: 2,000,000 }` → `{ amount: 2000000 }`: in a flow map the
 * thousands commas split the number. Only a number grouped by threes, as
 * a person writes thousands, is joined (safe: it can mean nothing else).
 */
function thousandsFix(d: Diagnostic, lines: Lines): Fix | undefined {
  if (d.hintId !== 'hint-comma-number') return undefined;
  const o = lines.offset(d.line, d.column);
  if (o === undefined) return undefined;
  const text = lines.text;
  const lead = /(?:^|[\s:])(\d{1,3})$/.exec(text.slice(lines.lineStart(d.line), o));
  const m = /^(?:,[ \t]*\d{3})+(?=[ \t]*[,}])/.exec(text.slice(o, lines.lineEnd(d.line)));
  if (!lead || !m) return undefined;
  const found = lead[1]! + m[0];
  return {
    messageId: 'fix-thousands',
    data: { found, suggestion: found.replace(/[, \t]/g, '') },
    edits: [lines.edit(d.file, o, o + m[0].length, m[0].replace(/[, \t]/g, ''))],
    safe: true,
  };
}

/**
 * A required field that is missing: its key is added as the first of the
 * block, with no value yet (a placeholder the user fills in, so never
 * applied by `--fix`).
 */
function requiredFieldFix(d: Diagnostic, lines: Lines): Fix | undefined {
  const field = String(d.data.field ?? '');
  if (!/^[A-Za-z_][\w-]*$/.test(field)) return undefined;
  const own = lines.lineText(d.line);
  const start = lines.lineStart(d.line);
  const o = lines.offset(d.line, d.column);
  const head = /^ *(?:- +)*/.exec(own)![0];
  if (o === undefined || o < start + head.length) return undefined;
  const rest = own.slice(head.length);
  // Only a block map's key line: a flow map (`{ … }`) or a bare value has no line to add.
  if (!/^("[^"]*"|'[^']*'|[^\s#:{}[\],'"][^:#]*?)\s*:(\s|$)/.test(rest)) return undefined;
  const at = start + head.length;
  return {
    messageId: 'fix-required-field',
    data: { field },
    edits: [lines.edit(d.file, at, at, `${field}: \n${' '.repeat(head.length)}`)],
    safe: false,
  };
}

/** `# mplan-disable-next-line rule -- reason` above the finding's line, at its indentation. */
function suppressFix(d: Diagnostic, lines: Lines, reason: string): Fix | undefined {
  if (d.line < 1 || d.line > lines.count) return undefined;
  const own = lines.lineText(d.line);
  if (/^(---|\.\.\.)(\s|$)/.test(own) || own.trim() === '') return undefined;
  const indent = /^ */.exec(own)![0];
  const start = lines.lineStart(d.line);
  return {
    messageId: 'fix-suppress',
    data: { rule: d.rule },
    edits: [lines.edit(d.file, start, start, `${indent}# mplan-disable-next-line ${d.rule} -- ${reason}\n`)],
    safe: false,
  };
}

function clipLine(s: string): string {
  return s.length > 60 ? `${s.slice(0, 59)}…` : s;
}

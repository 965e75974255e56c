import { readFileSync } from 'node:fs';
import { Composer, isCollection, isMap, isPair, isScalar, isSeq, LineCounter, Parser, visit } from 'yaml';
import type { Document, Pair } from 'yaml';
import { CstReader } from './cst.js';
import { indexDocument } from './positions.js';
import type { Node } from 'yaml';
import type { Diagnostic } from '../diagnostics/types.js';
import { clipQuote, QUOTE_MAX } from '../util/clip.js';
import { commaInNumber, findSlip, indentSlip } from './slips.js';
import type { Slip } from './slips.js';
import { fileProblem } from './walk.js';
import type { FileMemo, ParsedDoc, SourceFile } from './source.js';

export const LIMITS = {
  /** Largest plan file read, in bytes. */
  maxFileBytes: 10 * 1024 * 1024,
  /** Longest line read, in characters. */
  maxLineLength: 100_000,
  /** Deepest nesting of maps and lists in one document. */
  maxDepth: 64,
  /** Aliases expanded per document before we call it a resource-exhaustion attack. */
  maxAliasCount: 100,
};

export interface ParseResult {
  file?: SourceFile;
  diagnostics: Diagnostic[];
}

/** The finding for a file over the size limit (checked from its size before reading, and again on its bytes). */
export function tooLarge(rel: string, bytes: number): Diagnostic {
  return fileProblem(rel, 'file-too-large', { size: (bytes / 1024 / 1024).toFixed(1), max: LIMITS.maxFileBytes / 1024 / 1024 });
}

/** Read a file's bytes into text, or say precisely why it cannot be read. */
export function decodeFile(rel: string, bytes: Buffer): { text?: string; diagnostics: Diagnostic[] } {
  if (bytes.length > LIMITS.maxFileBytes) {
    return { diagnostics: [tooLarge(rel, bytes.length)] };
  }
  if (bytes.indexOf(0) !== -1) return { diagnostics: [fileProblem(rel, 'file-binary', {})] };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < bad; i++) {
      if (bytes[i] === 0x0a) {
        line++;
        lineStart = i + 1;
      }
    }
    return { diagnostics: [fileProblem(rel, 'file-not-utf8', {}, line, bad - lineStart + 1)] };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text, diagnostics: [] };
}

/**
 * A plan file's text read again (`SourceFile.text` of a file whose text was
 * not kept); '' when it can no longer be read as it was.
 */
export function readTextAgain(rel: string, abs: string): string {
  try {
    return decodeFile(rel, readFileSync(abs)).text ?? '';
  } catch {
    return '';
  }
}

/** Byte offset of the first invalid UTF-8 sequence. */
function firstInvalidUtf8(b: Buffer): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    let n = 0;
    if (c < 0x80) n = 0;
    else if (c >= 0xc2 && c <= 0xdf) n = 1;
    else if (c >= 0xe0 && c <= 0xef) n = 2;
    else if (c >= 0xf0 && c <= 0xf4) n = 3;
    else return i;
    for (let k = 1; k <= n; k++) {
      const cc = b[i + k];
      if (cc === undefined || (cc & 0xc0) !== 0x80) return i;
    }
    i += n + 1;
  }
  return b.length;
}

function longLine(text: string): { line: number; length: number } | undefined {
  if (text.length <= LIMITS.maxLineLength) return undefined;
  let start = 0;
  let line = 1;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    if (end - start > LIMITS.maxLineLength) return { line, length: end - start };
    if (nl === -1) return undefined;
    start = nl + 1;
    line++;
  }
}

/** Depth of nested collections under `node`, without recursion (so hostile input cannot blow the stack). */
function depthExceeds(root: Node | null, max: number): boolean {
  if (!root) return false;
  const stack: Array<[unknown, number]> = [[root, 1]];
  while (stack.length) {
    const [n, d] = stack.pop()!;
    if (d > max) return true;
    if (isMap(n)) {
      for (const p of n.items) {
        if (isCollection(p.value)) stack.push([p.value, d + 1]);
        if (isCollection(p.key)) stack.push([p.key, d + 1]);
      }
    } else if (isSeq(n)) {
      for (const it of n.items) if (isCollection(it) || isPair(it)) stack.push([isPair(it) ? it.value : it, d + 1]);
    }
  }
  return false;
}

function yamlErrorCode(code: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'yaml-duplicate-key';
    case 'TAB_AS_INDENT':
      return 'yaml-tab';
    case 'TAG_RESOLVE_FAILED':
      return 'yaml-unknown-tag';
    case 'RESOURCE_EXHAUSTION':
      // The parser ran out of stack on deeply nested input (it catches the RangeError itself).
      return 'yaml-too-deep';
    default:
      return 'yaml-syntax';
  }
}

/**
 * The common YAML mistakes, said in plain words (the `yaml-syntax` code stays;
 * the message id says which mistake). Returns where to point when the
 * parser's own position is not where the user should look.
 */
function plainSyntaxError(
  code: string,
  message: string,
  text: string,
  pos: number,
): { id: string; data?: Record<string, string>; offset?: number } | undefined {
  if (code === 'MISSING_CHAR' && /closing "?quote/i.test(message)) {
    const q = /'/.test(message.replace(/"quote/, '')) && !/"/.test(message) ? "'" : '"';
    // The parser stops at the end of the file; the user must look at the opening quote.
    let open = pos;
    const before = text.slice(0, pos);
    const lines = before.split('\n');
    for (let i = lines.length - 1, end = before.length; i >= 0; end -= lines[i]!.length + 1, i--) {
      const l = lines[i]!;
      if ((l.split(q).length - 1) % 2 === 1) {
        open = end - l.length + l.indexOf(q);
        break;
      }
    }
    return { id: 'yaml-unclosed-quote', data: { quote: q }, offset: open };
  }
  if (code === 'MULTILINE_IMPLICIT_KEY' || (code === 'MISSING_CHAR' && /map values/.test(message))) return { id: 'yaml-missing-colon' };
  if (code === 'BAD_INDENT' || (code === 'MISSING_CHAR' && /Sequence item without/.test(message))) return { id: 'yaml-bad-indent' };
  if (code === 'BAD_SCALAR_START') return { id: 'yaml-reserved-char', data: { char: /character (.)/.exec(message)?.[1] ?? text.charAt(pos) } };
  if (code === 'BLOCK_AS_IMPLICIT_KEY') return { id: 'yaml-colon-in-value' };
  return undefined;
}

/**
 * Plain-words detail for the yaml parser's own messages (which carry no
 * position once prettyErrors is off). The parser quotes the offending
 * source in full (`Unexpected scalar token in YAML stream: "…"`, the whole
 * rest of a Markdown file): that quote is cut to a recognisable start.
 */
export function cleanDetail(message: string): string {
  const m = message.replace(/\s+at line \d+, column \d+[\s\S]*$/, '').replace(/\.$/, '').trim();
  const quoteAt = m.indexOf(': "');
  if (quoteAt === -1) return clipQuote(m, 2 * QUOTE_MAX);
  let quoted: string;
  try {
    quoted = JSON.parse(m.slice(quoteAt + 2)) as string;
  } catch {
    quoted = m.slice(quoteAt + 3).replace(/"$/, '');
  }
  return `${clipQuote(m.slice(0, quoteAt), QUOTE_MAX)}: "${clipQuote(String(quoted))}"`;
}

/**
 * A LineCounter holding the start of every `\n`-separated line of `text`. Its
 * list is copied out at its exact length: every file with a finding keeps one
 * until the end, and a list grown by `push` keeps up to half as much again spare.
 */
export function lineCounterFor(text: string): LineCounter {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const lc = new LineCounter();
  lc.lineStarts = starts.slice();
  return lc;
}

/**
 * A SourceFile whose text and line index are made on first use (most files
 * never need a line index). `text` may be left out: --cache restores
 * unchanged files without reading them, and a fast-read file's values do not
 * need its text (src/load/cst.ts), so the file is read again from `abs` by
 * `read` only if something needs its text. A class, not an object of
 * closures: those would keep a set of getters and their contexts per file.
 */
export class LazySourceFile implements SourceFile {
  private lc: LineCounter | undefined = undefined;
  declare hasDisable?: boolean;
  declare memo?: FileMemo;
  constructor(
    public path: string,
    public abs: string,
    private t: string | undefined,
    public docs: ParsedDoc[],
    private readonly read: (rel: string, abs: string) => string = readTextAgain,
  ) {}
  get text(): string {
    return (this.t ??= this.read(this.path, this.abs));
  }
  set text(value: string) {
    this.t = value;
    this.lc = undefined;
  }
  /**
   * A file whose text was not kept is read again to index its lines, and the
   * text is let go again: locating a finding needs only the line index, and
   * every file with a finding would otherwise hold its whole text to the end.
   */
  get lineCounter(): LineCounter {
    return (this.lc ??= lineCounterFor(this.t ?? this.read(this.path, this.abs)));
  }
}

export function newSourceFile(rel: string, abs: string, text: string, docs: ParsedDoc[] = []): SourceFile {
  return new LazySourceFile(rel, abs, text, docs);
}

/**
 * How `parseFile` reads YAML: `fast` (the default) reads the parser's CST
 * straight into values and positions (src/load/cst.ts) and lets yaml's
 * Composer read only the files that need it; `composer` sends every file
 * the Composer's way (the tests compare the two).
 */
export type ParseMode = 'fast' | 'composer';

/**
 * Parse a plan file's text into documents, keeping where every node sits. Never throws.
 * `dropText`: the file is on disk at `abs`, so a file read the fast way need not keep its
 * text (its values are copies, src/load/cst.ts): it is read again only if something must
 * be located in it or it holds suppression comments. `reader`: the fast reader of the
 * load this file belongs to (one string table for the whole plan); a file parsed on its
 * own gets a reader of its own.
 */
export function parseFile(rel: string, abs: string, text: string, mode: ParseMode = 'fast', dropText = false, reader?: CstReader): ParseResult {
  const long = longLine(text);
  if (long) {
    return {
      diagnostics: [
        fileProblem(rel, 'line-too-long', { length: long.length, max: LIMITS.maxLineLength }, long.line, 1),
      ],
    };
  }
  let parsed: Document.Parsed[];
  try {
    // The same parser and options as yaml's parseAllDocuments, in two steps, so that the
    // plain files plans are made of skip the Composer's node tree (src/load/cst.ts).
    const tokens = Array.from(new Parser().parse(text));
    const fast = mode === 'fast' ? (reader ?? new CstReader()).documents(tokens, LIMITS.maxDepth) : undefined;
    if (fast) {
      const docs: ParsedDoc[] = [];
      for (let index = 0; index < fast.length; index++) {
        const d = fast[index]!;
        if (d.empty) continue; // see emptyScalar
        docs.push({ index, value: d.value, ok: true, rootIsMap: d.rootIsMap, end: d.end, positions: d.positions });
      }
      // Copied at its exact length: a list grown by `push` keeps room for 17 documents, and most files hold one.
      const file = new LazySourceFile(rel, abs, dropText ? undefined : text, docs.slice());
      if (dropText) file.hasDisable = text.includes('mplan-disable');
      return { file, diagnostics: file.docs.length === 0 ? [fileProblem(rel, 'file-empty', {})] : [] };
    }
    parsed = Array.from(new Composer({ prettyErrors: false, uniqueKeys: true, logLevel: 'error' }).compose(tokens));
  } catch (err) {
    const code = err instanceof RangeError ? 'yaml-too-deep' : 'yaml-syntax';
    return {
      diagnostics: [fileProblem(rel, code, { max: LIMITS.maxDepth, detail: cleanDetail(String((err as Error).message)) })],
    };
  }
  return composed(rel, abs, text, parsed);
}

/**
 * A document that holds nothing but `---` and comments: a trailing `---`, or a
 * commented-out document between two others. Valid YAML that people write, and
 * no plan document: ignored (a file of nothing else is `file-empty`). yaml
 * gives it an empty null scalar, unlike `~` or `null`, which the user wrote.
 */
function emptyScalar(contents: Node): boolean {
  return isScalar(contents) && contents.value === null && !!contents.range && contents.range[0] === contents.range[1];
}

/**
 * What the parser still made of a map document with YAML errors: yaml keeps
 * partial documents, and a slip usually spoils one value (a colon in a name,
 * a tab), not the kind, the id or the stages. Kept as the document's `value`
 * with `ok` false, so the model knows the ids it declares and references to
 * them are not reported as misspelt (src/model/build.ts). No finding of its
 * own: the YAML error is the finding. Nothing kept when it is not a map, or
 * too deep or too aliased to convert safely.
 */
function recoverPartial(doc: Document.Parsed, contents: Node, pd: ParsedDoc, lint?: Pair): void {
  if (!isMap(contents)) return;
  try {
    if (lint) {
      // The plan's lint settings, read on their own: they replace whatever the broken document made of them.
      const at = contents.items.findIndex((p) => isScalar(p.key) && p.key.value === 'lint');
      if (at >= 0) contents.items[at] = lint;
      else contents.items.push(lint);
    }
    const ix = indexDocument(contents, LIMITS.maxDepth);
    if (ix.tooDeep || (ix.irregular && depthExceeds(contents, LIMITS.maxDepth))) return;
    const value = ix.irregular ? doc.toJS({ maxAliasCount: LIMITS.maxAliasCount }) : ix.value;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return;
    pd.value = value;
    pd.positions = ix.positions;
    pd.rootIsMap = true;
  } catch {
    // Left unread: the document's YAML error is reported all the same.
  }
}

const LINT_KEY = /^(?:lint|"lint"|'lint')[ \t]*:/;
const ANY_LINT_KEY = /^[ \t]*(?:lint|"lint"|'lint')[ \t]*:/m;
const PLAN_KIND = /^[ \t]*kind[ \t]*:[ \t]*["']?Plan["']?[ \t]*(?:#.*)?$/m;

/**
 * The `lint:` settings of a plan document with YAML errors, read on their
 * own: the block from a `lint:` key at the document's left edge to the next
 * line there. A slip elsewhere (an unindented `start:` under `period:`) can
 * make the parser nest everything after it, lint settings included, under
 * the wrong key; dropping them would bring back every rule the team turned
 * off. The block is parsed in a copy of the text blanked before it, so its
 * offsets are those of the file. `pair`: the settings as written;
 * `unreadable`: a `lint:` is there but cannot be read cleanly (the error is
 * inside it, or it is not at the left edge), with where it starts.
 */
export function planLintBlock(text: string, start: number, end: number): { pair?: Pair; unreadable?: number } {
  const doc = text.slice(start, end);
  if (!PLAN_KIND.test(doc)) return {};
  let from = -1;
  let to = end;
  for (let at = start; at < end; ) {
    const eol = text.indexOf('\n', at);
    const next = eol === -1 || eol >= end ? end : eol + 1;
    const line = text.slice(at, next);
    if (from < 0) {
      if (LINT_KEY.test(line)) from = at;
    } else if (/^[^\s#]/.test(line)) {
      to = at;
      break;
    }
    at = next;
  }
  if (from < 0) {
    const m = ANY_LINT_KEY.exec(doc);
    return m ? { unreadable: start + m.index + (m[0].length - m[0].trimStart().length) } : {};
  }
  try {
    const blanked = text.slice(0, from).replace(/[^\n]/g, ' ') + text.slice(from, to);
    const docs = Array.from(new Composer({ prettyErrors: false, uniqueKeys: true, logLevel: 'error' }).compose(new Parser().parse(blanked)));
    const read = docs.find((d) => d.contents !== null);
    const contents = read?.contents;
    if (!read || read.errors.length || !isMap(contents) || contents.items.length !== 1) return { unreadable: from };
    return { pair: contents.items[0] as Pair };
  } catch {
    return { unreadable: from };
  }
}

/**
 * The file's documents read again as the user meant them, for partial
 * values (recoverPartial): each colon that a value's text tripped over
 * (`name: Attends: a webinar: live`: yaml nests the rest of the map under
 * `Attends`) made part of the text, as the fix hint says (quote the value),
 * and each typing slip (src/load/slips.ts) typed as intended. Every edit
 * swaps one character for one (the space after such a colon becomes a
 * no-break space; a full-width space or colon its half-width one), so every
 * offset and position stays where it is in the file. The findings are those
 * of the file as written. Empty when there is nothing to change or the text
 * cannot be read.
 */
function readAsMeant(text: string, docs: readonly Document.Parsed[]): Array<Document.Parsed | undefined> {
  const edits = new Map<number, string>();
  for (const doc of docs) {
    for (const e of doc.errors) {
      const slip = yamlErrorCode(e.code) === 'yaml-syntax' ? findSlip(text, e.pos[0], e.pos[1]) : undefined;
      if (slip) {
        slipTypedAsMeant(text, slip, edits);
        continue;
      }
      if (e.code !== 'BLOCK_AS_IMPLICIT_KEY') continue;
      // The error sits at the key yaml made of the value's text; its colon is the next `: ` on that line.
      const eol = text.indexOf('\n', e.pos[0]);
      const colon = text.indexOf(': ', e.pos[0]);
      if (colon !== -1 && (eol === -1 || colon < eol)) edits.set(colon + 1, '\u00a0');
    }
  }
  if (edits.size === 0) return [];
  const spaces = [...edits.keys()];
  spaces.sort((a, b) => a - b);
  let meant = '';
  let from = 0;
  for (const at of spaces) {
    if (at < from) continue;
    meant += `${text.slice(from, at)}${edits.get(at)!}`;
    from = at + 1;
  }
  meant += text.slice(from);
  try {
    const tokens = new Parser().parse(meant);
    return Array.from(new Composer({ prettyErrors: false, uniqueKeys: true, logLevel: 'error' }).compose(tokens));
  } catch {
    return [];
  }
}

/**
 * The one-for-one edits that turn a typing slip into what was meant: a
 * full-width space in the indentation or after a colon becomes a space, a
 * full-width colon followed by a space (or the end of the line) a colon.
 * `priority：1` is left as it is: its colon needs a space it does not have.
 */
function slipTypedAsMeant(text: string, slip: Slip, edits: Map<number, string>): void {
  const wideSpaces = (from: number, step: 1 | -1, also = '') => {
    for (let i = from; i >= 0 && i < text.length; i += step) {
      const c = text[i]!;
      if (c === '\u3000') edits.set(i, ' ');
      else if (c !== ' ' && !also.includes(c)) break;
    }
  };
  const at = slip.offset;
  if (slip.id === 'yaml-fullwidth-indent') wideSpaces(text.lastIndexOf('\n', at) + 1, 1, '-');
  else if (slip.id === 'yaml-fullwidth-space-after-colon') wideSpaces(at, 1);
  else if (at + 1 >= text.length || ' \u3000\r\n'.includes(text[at + 1]!)) {
    edits.set(at, ':');
    wideSpaces(at + 1, 1);
    wideSpaces(at - 1, -1);
  }
}

/** The documents yaml's Composer made of a file, with its errors and warnings said in plain words. */
function composed(rel: string, abs: string, text: string, docsIn: Document.Parsed[]): ParseResult {
  const diagnostics: Diagnostic[] = [];
  // Line starts come from the text itself, not from the parser: the yaml
  // lexer only reports the newlines it tokenizes, so in broken input (stray
  // `\r`, unclosed quotes) its LineCounter skips lines and positions drift.
  const file = newSourceFile(rel, abs, text);
  const at = (offset: number) => {
    const p = file.lineCounter.linePos(Math.min(offset, text.length));
    return { line: p.line, column: p.col };
  };
  const empty = new Set<ParsedDoc>();
  let repaired: Array<Document.Parsed | undefined> | undefined;
  docsIn.forEach((doc, index) => {
    let ok = true;
    let tooDeep = false;
    /** Offsets of the typing slips reported in this document: the parser errors that follow one are its echoes. */
    const slips = new Set<number>();
    // A tab in the indentation leaves the lines after it unreadable: their syntax errors are its echoes.
    const tab = doc.errors.find((e) => e.code === 'TAB_AS_INDENT')?.pos[0] ?? Infinity;
    // A line indented to no block above it trips an error on every line after it, each
    // misread as a colon in a value: one finding at that line says what happened.
    const firstSyntax = tab === Infinity ? doc.errors.find((e) => yamlErrorCode(e.code) === 'yaml-syntax') : undefined;
    const indent = firstSyntax && !findSlip(text, firstSyntax.pos[0], firstSyntax.pos[1]) ? indentSlip(text, doc.range?.[0] ?? 0, firstSyntax.pos[0]) : undefined;
    if (indent) {
      const { line, column } = at(indent.offset);
      const words = { found: indent.found, expected: indent.expected, line: indent.line };
      diagnostics.push({ ...fileProblem(rel, 'yaml-syntax', words, line, column), messageId: 'yaml-indent-slip', hintId: 'yaml-indent-slip.hint', hintData: words });
    }
    for (const e of doc.errors) {
      ok = false;
      // The parser catches a stack overflow wherever it happens (RESOURCE_EXHAUSTION, or
      // TAG_RESOLVE_FAILED when it strikes while resolving a scalar): either way, too deep.
      const code = /call stack/i.test(e.message) ? 'yaml-too-deep' : yamlErrorCode(e.code);
      // A stack overflow is reported once per nesting level as it unwinds: say it once per document.
      if (code === 'yaml-too-deep') {
        if (tooDeep) continue;
        tooDeep = true;
      }
      if (code === 'yaml-syntax' && e.pos[0] > tab) continue;
      if (indent && code === 'yaml-syntax' && e.pos[0] >= indent.offset - indent.found) continue;
      const slip = code === 'yaml-syntax' ? findSlip(text, e.pos[0], e.pos[1]) : undefined;
      if (slip ? slips.has(slip.offset) : code === 'yaml-syntax' && slips.size > 0) continue;
      if (slip) slips.add(slip.offset);
      const specific = slip ?? (code === 'yaml-syntax' ? plainSyntaxError(e.code, e.message, text, e.pos[0]) : undefined);
      const { line, column } = at(specific?.offset ?? e.pos[0]);
      // One mistake often trips several parser errors on the same line: say it once.
      if (!slip && code === 'yaml-syntax' && diagnostics.some((d) => d.rule === 'yaml-syntax' && d.line === line)) continue;
      const data: Record<string, string | number> = { detail: cleanDetail(e.message), max: LIMITS.maxDepth, ...specific?.data };
      const split = code === 'yaml-duplicate-key' ? commaInNumber(text, e.pos[0]) : undefined;
      if (split) {
        const where = at(split.offset);
        const { suggestion, offset: _, ...words } = split;
        diagnostics.push({
          ...fileProblem(rel, 'yaml-comma-split', words, where.line, where.column),
          hintId: 'hint-comma-number',
          hintData: { field: split.field, suggestion },
        });
        continue;
      }
      if (code === 'yaml-duplicate-key') {
        const m = /^("[^"\n]*"|'[^'\n]*'|[^:\n]+?)\s*:/.exec(text.slice(e.pos[0], e.pos[0] + 200));
        data.key = clipQuote((m ? m[1]! : text.slice(e.pos[0], e.pos[1])).trim()) || '?';
      }
      if (code === 'yaml-unknown-tag') data.tag = clipQuote(text.slice(e.pos[0], e.pos[1]).trim());
      const d = fileProblem(rel, code, data, line, column);
      if (specific) Object.assign(d, { messageId: specific.id, hintId: `${specific.id}.hint` });
      diagnostics.push(d);
    }
    for (const w of doc.warnings) {
      const code = yamlErrorCode(w.code);
      const { line, column } = at(w.pos[0]);
      const tag = code === 'yaml-unknown-tag' ? clipQuote(text.slice(w.pos[0], w.pos[1]).trim()) : '';
      const d = fileProblem(rel, code, { detail: cleanDetail(w.message), tag }, line, column);
      if (code !== 'yaml-unknown-tag') d.severity = 'warn';
      else ok = false;
      diagnostics.push(d);
    }
    const contents = doc.contents as Node | null;
    const pd: ParsedDoc = { index, value: undefined, ok, rootIsMap: false, end: doc.range?.[2] ?? text.length };
    if (contents === null || emptyScalar(contents)) empty.add(pd);
    else if (pd.ok) {
      // One pass records where every node sits and converts the plain documents plans are
      // made of; then the node tree is dropped. Odd documents (aliases, complex keys) are
      // converted and depth-checked by yaml.
      const ix = indexDocument(contents, LIMITS.maxDepth);
      if (ix.tooDeep || (ix.irregular && depthExceeds(contents, LIMITS.maxDepth))) {
        const { line, column } = at(contents.range?.[0] ?? 0);
        diagnostics.push(fileProblem(rel, 'yaml-too-deep', { max: LIMITS.maxDepth }, line, column));
        pd.ok = false;
      } else if (ix.irregular) {
        // A list or map as a key (`? [a, b]`) is never a plan field: say where it is, and drop
        // it (yaml would print a raw warning and turn it into text the schema reports at 1:1).
        visit(doc, {
          Pair(_, pair) {
            if (!isCollection(pair.key)) return undefined;
            const { line, column } = at(pair.key.range?.[0] ?? 0);
            diagnostics.push(fileProblem(rel, 'yaml-complex-key', {}, line, column));
            return visit.REMOVE;
          },
        });
        try {
          pd.value = doc.toJS({ maxAliasCount: LIMITS.maxAliasCount });
        } catch (err) {
          const { line, column } = at(contents.range?.[0] ?? 0);
          const msg = String((err as Error).message);
          const code = /alias/i.test(msg) ? 'yaml-alias-bomb' : err instanceof RangeError ? 'yaml-too-deep' : 'yaml-syntax';
          diagnostics.push(fileProblem(rel, code, { max: LIMITS.maxDepth, detail: cleanDetail(msg) }, line, column));
          pd.ok = false;
        }
      } else {
        pd.value = ix.value;
      }
      if (pd.ok) {
        pd.positions = ix.positions;
        pd.rootIsMap = isMap(contents);
      }
    } else if (!tooDeep) {
      // A colon in a value nests the rest of its map under it, a slip spoils the lines after it: read the document as meant.
      const meant = (repaired ??= readAsMeant(text, docsIn))[index];
      const lint = planLintBlock(text, docsIn[index - 1]?.range?.[2] ?? 0, pd.end);
      if (meant && meant.errors.length < doc.errors.length && meant.contents) recoverPartial(meant, meant.contents as Node, pd, lint.pair);
      else recoverPartial(doc, contents, pd, lint.pair);
      // Read on their own but with no plan document left to hold them: as good as unread.
      const unreadable = lint.unreadable ?? (lint.pair && pd.value === undefined ? (lint.pair.key as Node).range?.[0] : undefined);
      if (unreadable !== undefined) {
        // Not trusted, not guessed: the lint rules do not run (src/app/pipeline.ts), said once here.
        const { line, column } = at(unreadable);
        diagnostics.push({ ...fileProblem(rel, 'config-unreadable', {}, line, column), severity: 'warn' });
      }
    }
    file.docs.push(pd);
  });
  const meaningful = file.docs.filter((d) => !(d.ok && empty.has(d)));
  if (meaningful.length === 0 && diagnostics.length === 0) {
    diagnostics.push(fileProblem(rel, 'file-empty', {}));
  }
  file.docs = meaningful;
  return { file, diagnostics };
}


import { CST, Document, isScalar } from 'yaml';
import { grown, MAP, SCALAR, SCALAR_NULL, SEQ, storeIndex } from './positions.js';
import type { Positions } from './positions.js';

/**
 * The fast way through a plan file: read the `yaml` parser's concrete
 * syntax tree (CST) straight into plain values and a position index,
 * without yaml's Composer building a node tree that is thrown away at once.
 * Building the Composer's tree and walking it for positions would be a
 * large part of a cold lint, and its nodes most of the garbage collected.
 *
 * It reads only the YAML plans are written in — block maps and lists,
 * flow maps and lists, plain, quoted and block scalars, comments, `---` and
 * `...` — and only when that YAML is well-formed: every check the Composer
 * makes on those shapes is made here, and anything else (an error token, a
 * tab, an anchor, an alias, a tag, a directive, an explicit `?` key, a
 * duplicate key, a multi-line key, nesting past the depth limit…) makes
 * the whole file go the Composer's way, which reports it exactly as
 * before. So a file either comes out of here with no problem to report, or
 * does not come out of here at all. Values and positions are those the
 * Composer's tree gives (the same `range`s, the same core-schema scalars,
 * computed by yaml's own scalar functions and tags); `test/load/cst.test.ts`
 * checks both ways against each other on the examples, the fixtures, the
 * hostile corpus and random documents.
 */

/** A document read the fast way: everything `parseFile` keeps of it. */
export interface FastDoc {
  value: unknown;
  positions: Positions;
  rootIsMap: boolean;
  /** The document's range[2]: where it ends, trailing comments and `...` included. */
  end: number;
  /** Nothing but `---` and comments (its value is null): a plan ignores it. */
  empty: boolean;
}

class Bail {}
/** Thrown when the Composer must read the file (never escapes `fastDocuments`). */
const BAIL = new Bail();
function bail(): never {
  throw BAIL;
}
const bailOnError = (): void => bail();

// The core schema, as the Composer resolves plain scalars with it.
const DOC_OPTIONS = new Document(undefined, { uniqueKeys: true }).options;
interface ScalarTag {
  default?: boolean | 'key';
  test?: RegExp;
  resolve: (value: string, onError: (message: string) => void, options: unknown) => unknown;
}
const TAGS = (new Document().schema.tags as unknown as ScalarTag[]).filter((t) => t.default !== false && t.test);
const KEY_TAGS = TAGS.some((t) => t.default === 'key');
/**
 * First characters a typed plain scalar (null, bool, int, float) can start
 * with in the core schema; any other plain scalar is a string. Checked
 * against the schema's own tests in test/load/cst.test.ts.
 */
export const TYPED_START = '~nNtTfF0123456789+-.';
const MAYBE_TYPED = new Uint8Array(128);
for (const c of TYPED_START) MAYBE_TYPED[c.charCodeAt(0)] = 1;
/** Characters a plain scalar may not start with (yaml's BAD_SCALAR_START, and the fast path's own limits). */
const BAD_START = new Uint8Array(128);
for (const c of '\t,%|>@`') BAD_START[c.charCodeAt(0)] = 1;

/** A plain scalar's value under the core schema, as the Composer's findScalarTagByTest + resolve give it. */
function resolvePlain(str: string, atKey: boolean): unknown {
  const c = str.charCodeAt(0);
  if (str.length > 0 && c < 128 && MAYBE_TYPED[c] === 0 && !(atKey && KEY_TAGS)) return str;
  let tag: ScalarTag | undefined;
  for (let i = 0; i < TAGS.length; i++) {
    const t = TAGS[i]!;
    if ((t.default === true || (atKey && t.default === 'key')) && t.test!.test(str)) {
      tag = t;
      break;
    }
  }
  if (!tag) return str;
  let res: unknown;
  try {
    res = tag.resolve(str, bailOnError, DOC_OPTIONS);
  } catch (err) {
    if (err === BAIL) throw err;
    bail();
  }
  return isScalar(res) ? res.value : res;
}


/** yaml's resolveEnd: the length of the tokens after a node (white space and comments only). */
function endLength(end: readonly CST.SourceToken[] | undefined, reqSpace: boolean): number {
  if (!end) return 0;
  let n = 0;
  let hasSpace = false;
  for (let i = 0; i < end.length; i++) {
    const t = end[i]!;
    switch (t.type) {
      case 'space':
      case 'newline':
        hasSpace = true;
        break;
      case 'comment':
        if (reqSpace && !hasSpace) bail();
        break;
      default:
        bail();
    }
    n += t.source.length;
  }
  return n;
}

/** yaml's emptyScalarPosition: where an empty value sits (after the indicator and its spaces). */
function emptyScalarPosition(offset: number, before: readonly CST.SourceToken[]): number {
  for (let i = before.length - 1; i >= 0; --i) {
    let st: CST.SourceToken | undefined = before[i]!;
    if (st.type === 'space' || st.type === 'comment' || st.type === 'newline') {
      offset -= st.source.length;
      continue;
    }
    st = before[++i];
    while (st?.type === 'space') {
      offset += st.source.length;
      st = before[++i];
    }
    break;
  }
  return offset;
}


function isFlowScalar(t: CST.Token): t is CST.FlowScalar {
  return t.type === 'scalar' || t.type === 'single-quoted-scalar' || t.type === 'double-quoted-scalar';
}

/**
 * Keys seen in the map being read, for yaml's duplicate-key check (equal by
 * `===`, as mapIncludes compares scalar values): a list while short, a set
 * beyond.
 */
class KeySet {
  private list: unknown[] = [];
  private set: Set<unknown> | undefined;
  /** Add `k`; false when an equal key is already there. */
  add(k: unknown): boolean {
    if (k !== k) return true; // NaN equals nothing, itself included
    if (this.set) {
      if (this.set.has(k)) return false;
      this.set.add(k);
      return true;
    }
    const l = this.list;
    for (let i = 0; i < l.length; i++) if (l[i] === k) return false;
    l.push(k);
    if (l.length > 16) this.set = new Set(l);
    return true;
  }
}

/** Set a key on a plain object exactly as the position index's walk (and yaml's toJS) does. */
function setKey(out: Record<string, unknown>, kv: unknown, value: unknown): void {
  if (typeof kv === 'string' && kv !== '__proto__') {
    out[kv] = value;
    return;
  }
  const k = kv === null ? '' : String(kv);
  if (k in out) Object.defineProperty(out, k, { value, writable: true, enumerable: true, configurable: true });
  else out[k] = value;
}

/**
 * Reads files the fast way, one after another, for one load of a plan. Its
 * buffers are reused from file to file, and its table of strings gives each
 * text the plan holds one copy (see own()); it goes when the reader does,
 * so nothing is left to clear once the plan is read.
 */
export class CstReader {
  // The position index being written (layout: see positions.ts).
  private buf = new Int32Array(4096);
  private len = 0;
  private readonly keys: unknown[] = [];
  private maxDepth = 64;
  // What props() found (read at once by the caller: no object per call).
  private pFound: CST.SourceToken | null = null;
  private pComma = false;
  private pNewline = false;
  private pComment = false;
  private pEnd = 0;
  // The node just read: where it ends, trailing comments included (its range[2]);
  // for a scalar also where it starts and ends (range[0], range[1]), for the key index.
  private nStart = 0;
  private nEnd = 0;
  private nEnd2 = 0;
  /**
   * One copy of each longer text the plan holds: see own().
   */
  private readonly strings = new Map<string, string>();
  /**
   * List items being read, for all lists at once: see takeItems().
   */
  private readonly itemStack: unknown[] = [];


  /**
   * Read a file's top-level CST tokens into documents, or return undefined
   * when anything in them is for yaml's Composer to read and report.
   */
  documents(tokens: readonly CST.Token[], depthLimit: number): FastDoc[] | undefined {
    this.maxDepth = depthLimit;
    const docs: FastDoc[] = [];
    try {
      for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i]!;
        switch (token.type) {
          case 'document': {
            this.len = 0;
            this.keys.length = 0;
            this.props(token.start, 'doc-start', false, true, token.offset);
            if (this.pFound && (token.value?.type === 'block-map' || token.value?.type === 'block-seq') && !this.pNewline) bail();
            const value = token.value ? this.node(token.value, 1) : this.emptyValue(this.pEnd, token.start, this.pComment);
            const end = this.nEnd2 + endLength(token.end, false);
            const rootIsMap = this.buf[0] === MAP;
            docs.push({ value, positions: storeIndex(this.buf, this.len, this.keys), rootIsMap, end, empty: !token.value });
            this.keys.length = 0;
            break;
          }
          case 'doc-end': {
            const doc = docs[docs.length - 1];
            if (!doc) bail();
            doc.end = token.offset + token.source.length + endLength(token.end, true);
            break;
          }
          case 'comment':
          case 'newline':
          case 'space':
          case 'byte-order-mark':
            break;
          default:
            bail();
        }
      }
    } catch (err) {
      this.keys.length = 0;
      this.itemStack.length = 0;
      if (err === BAIL) return undefined;
      throw err;
    }
    return docs;
  }


  private ensure(n: number): void {
    this.buf = grown(this.buf, this.len, n);
  }


  /**
   * yaml's resolveProps over the tokens before a node, for the token types a
   * plain plan has (space, newline, comment, comma in flow, the one expected
   * indicator); any other token, a tab, a comment not after white space or a
   * repeated indicator is a Composer matter.
   */
  private props(tokens: readonly CST.SourceToken[], indicator: string, flow: boolean, startOnNewline: boolean, offset: number): void {
    let hasSpace = startOnNewline;
    let found: CST.SourceToken | null = null;
    let comma = false;
    let newline = false;
    let comment = false;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      switch (t.type) {
        case 'space':
          if (t.source.indexOf('\t') !== -1) bail();
          hasSpace = true;
          break;
        case 'newline':
          newline = true;
          hasSpace = true;
          break;
        case 'comment':
          if (!hasSpace) bail();
          comment = true;
          break;
        case 'comma':
          if (!flow || comma) bail();
          comma = true;
          hasSpace = false;
          break;
        default:
          if (t.type !== indicator || found) bail();
          found = t;
          hasSpace = false;
      }
    }
    const last = tokens.length > 0 ? tokens[tokens.length - 1]! : undefined;
    this.pFound = found;
    this.pComma = comma;
    this.pNewline = newline;
    this.pComment = comment;
    this.pEnd = last ? last.offset + last.source.length : offset;
  }

  /**
   * One copy of each longer text the plan holds. A value taken from the file's
   * text (13 characters or more) would be a slice keeping the whole text alive,
   * and the same ids recur (every reference
   * repeats its target's id). So each such value is looked up here: the first
   * time it is copied out of the text (`join` builds a new flat string),
   * later times the copy is reused. Shorter values are copies already (V8
   * slices only from 13 characters); looking them up too would save little
   * memory for as many look-ups as all the rest. The
   * loader lets the texts go (a file is read again only to point at a line in
   * it) and drops the reader, table and all, once the plan is read.
   */
  private own(s: string): string {
    if (s.length < 13) return s;
    const known = this.strings.get(s);
    if (known !== undefined) return known;
    const copy = [s.charAt(0), s.slice(1)].join('');
    this.strings.set(copy, copy);
    return copy;
  }

  /** A scalar's value, recorded in the index; sets nStart/nEnd/nEnd2. */
  private scalar(token: CST.FlowScalar | CST.BlockScalar, atKey: boolean, record: boolean): unknown {
    let str: string;
    if (token.type === 'scalar' && token.source.indexOf('\n') === -1 && (token.source.charCodeAt(0) >= 128 || BAD_START[token.source.charCodeAt(0)] !== 1)) {
      // One line, plain: its source is its text (yaml's plainValue → unfoldLines).
      str = this.own(token.source);
      this.nStart = token.offset;
      this.nEnd = this.nStart + str.length;
      this.nEnd2 = this.nEnd + endLength(token.end, true);
    } else {
      const r = CST.resolveAsScalar(token, true, bailOnError);
      if (!r) bail();
      str = this.own(r.value);
      this.nStart = r.range[0];
      this.nEnd = r.range[1];
      this.nEnd2 = r.range[2];
    }
    const value = token.type === 'scalar' ? resolvePlain(str, atKey) : str;
    if (record) {
      if (this.len + 3 > this.buf.length) this.ensure(3);
      this.buf[this.len++] = value === null ? SCALAR_NULL : SCALAR;
      this.buf[this.len++] = this.nStart;
      this.buf[this.len++] = this.nEnd;
    }
    return value;
  }

  /** An empty value (`key:` with nothing after it): null, at yaml's position for it. */
  private emptyValue(propsEnd: number, before: readonly CST.SourceToken[], hasComment: boolean): null {
    const o = emptyScalarPosition(propsEnd, before);
    if (this.len + 3 > this.buf.length) this.ensure(3);
    this.buf[this.len++] = SCALAR_NULL;
    this.buf[this.len++] = o;
    this.buf[this.len++] = o;
    this.nEnd2 = hasComment ? propsEnd : o;
    return null;
  }

  private node(token: CST.Token, depth: number): unknown {
    switch (token.type) {
      case 'scalar':
      case 'single-quoted-scalar':
      case 'double-quoted-scalar':
      case 'block-scalar':
        return this.scalar(token, false, true);
      case 'block-map':
        return this.blockMap(token, depth);
      case 'block-seq':
        return this.blockSeq(token, depth);
      case 'flow-collection':
        return this.flowCollection(token, depth);
      default:
        return bail();
    }
  }

  private openCollection(type: number, start: number): number {
    if (this.len + 5 > this.buf.length) this.ensure(5);
    const at = this.len;
    this.buf[this.len++] = type;
    this.buf[this.len++] = start;
    this.len += 3; // end, count, size: below
    return at;
  }

  private closeCollection(at: number, end: number, count: number): void {
    this.buf[at + 2] = end;
    this.buf[at + 3] = count;
    this.buf[at + 4] = this.len - at;
  }

  /** Record a map key (a scalar node) and return its value. */
  private mapKey(key: CST.FlowScalar): unknown {
    const kv = this.scalar(key, true, false);
    if (this.len + 3 > this.buf.length) this.ensure(3);
    this.buf[this.len++] = this.keys.length;
    this.buf[this.len++] = this.nStart;
    this.buf[this.len++] = this.nEnd;
    this.keys.push(kv);
    return kv;
  }

  /** yaml's resolveBlockMap, for implicit scalar keys on one line. */
  private blockMap(bm: CST.BlockMap, depth: number): Record<string, unknown> {
    if (depth > this.maxDepth) bail();
    const at = this.openCollection(MAP, bm.offset);
    const out: Record<string, unknown> = {};
    const seen = new KeySet();
    let offset = bm.offset;
    let commentEnd: number | null = null;
    let pairs = 0;
    const items = bm.items;
    for (let i = 0; i < items.length; i++) {
      const { start, key, sep, value } = items[i]!;
      this.props(start, 'explicit-key-ind', false, true, offset);
      if (this.pFound) bail(); // `? key`
      const keyPropsStart = this.pEnd;
      if (!sep) {
        if (key) bail();
        commentEnd = this.pEnd; // a comment line between entries
        continue;
      }
      if (!key || !isFlowScalar(key) || key.indent !== bm.indent) bail();
      if (key.source.indexOf('\n') !== -1) bail();
      if (key.end) for (const st of key.end) if (st.type === 'newline') bail();
      const kv = this.mapKey(key);
      if (!seen.add(kv)) bail(); // a duplicate key
      this.props(sep, 'map-value-ind', false, false, this.nEnd2);
      const found = this.pFound as CST.SourceToken | null; // set by props()
      if (!found) bail();
      if (value?.type === 'block-map' && !this.pNewline) bail();
      if (keyPropsStart < found.offset - 1024) bail();
      const v = value ? this.node(value, depth + 1) : this.emptyValue(this.pEnd, sep, this.pComment);
      offset = this.nEnd2;
      pairs++;
      setKey(out, kv, v);
    }
    if (commentEnd && commentEnd < offset) bail();
    this.closeCollection(at, offset, pairs);
    this.nEnd2 = commentEnd ?? offset;
    return out;
  }

  /**
   * List items being read, for all lists at once (a list's items sit above its
   * `base`): each list is then copied out at its exact length. A list grown by
   * `push` keeps spare room, and a plan holds many short lists, all kept to
   * the end of the run.
   */
  private takeItems(base: number): unknown[] {
    const out = this.itemStack.slice(base);
    this.itemStack.length = base;
    return out;
  }

  /** yaml's resolveBlockSeq. */
  private blockSeq(bs: CST.BlockSequence, depth: number): unknown[] {
    if (depth > this.maxDepth) bail();
    const at = this.openCollection(SEQ, bs.offset);
    const base = this.itemStack.length;
    let offset = bs.offset;
    let commentEnd: number | null = null;
    const items = bs.items;
    for (let i = 0; i < items.length; i++) {
      const { start, value } = items[i]!;
      this.props(start, 'seq-item-ind', false, true, offset);
      if (!this.pFound) {
        if (value) bail();
        commentEnd = this.pEnd;
        continue;
      }
      this.itemStack.push(value ? this.node(value, depth + 1) : this.emptyValue(this.pEnd, start, this.pComment));
      offset = this.nEnd2;
    }
    this.closeCollection(at, offset, this.itemStack.length - base);
    this.nEnd2 = commentEnd ?? offset;
    return this.takeItems(base);
  }

  /** yaml's resolveFlowCollection, for `[a, b]` and `{ k: v, … }` with scalar keys. */
  private flowCollection(fc: CST.FlowCollection, depth: number): unknown {
    if (depth > this.maxDepth) bail();
    const isMap = fc.start.source === '{';
    const at = this.openCollection(isMap ? MAP : SEQ, fc.offset);
    const outMap: Record<string, unknown> = {};
    const base = this.itemStack.length;
    const seen = isMap ? new KeySet() : undefined;
    let count = 0;
    let offset = fc.offset + fc.start.source.length;
    const items = fc.items;
    for (let i = 0; i < items.length; i++) {
      const { start, key, sep, value } = items[i]!;
      this.props(start, 'explicit-key-ind', true, false, offset);
      if (this.pFound) bail();
      const comma = this.pComma;
      if (!sep && !value) {
        // A trailing comma (or a comment) after the last item; anywhere else yaml reports it.
        if (key || (i === 0 && comma) || i < items.length - 1) bail();
        offset = this.pEnd;
        continue;
      }
      if (i === 0 ? comma : !comma) bail();
      if (!isMap) {
        if (sep || key || !value || value.type === 'block-map' || value.type === 'block-seq') bail();
        this.itemStack.push(this.node(value, depth + 1));
      } else {
        if (!key || !sep || !isFlowScalar(key)) bail();
        const kv = this.mapKey(key);
        if (!seen!.add(kv)) bail();
        this.props(sep, 'map-value-ind', true, false, this.nEnd2);
        if (!this.pFound || this.pComma) bail();
        if (value && (value.type === 'block-map' || value.type === 'block-seq')) bail();
        const v = value ? this.node(value, depth + 1) : this.emptyValue(this.pEnd, sep, this.pComment);
        setKey(outMap, kv, v);
      }
      count++;
      offset = this.nEnd2;
    }
    const ce = fc.end[0];
    if (!ce || ce.source !== (isMap ? '}' : ']')) bail();
    const cePos = ce.offset + ce.source.length;
    let end2 = cePos;
    if (fc.end.length > 1) end2 += endLength(fc.end.slice(1), true);
    this.closeCollection(at, cePos, count);
    this.nEnd2 = end2;
    return isMap ? outMap : this.takeItems(base);
  }
}

/**
 * Read a file's top-level CST tokens into documents with a reader of its own
 * (see CstReader for reading many files).
 */
export function fastDocuments(tokens: readonly CST.Token[], depthLimit: number): FastDoc[] | undefined {
  return new CstReader().documents(tokens, depthLimit);
}

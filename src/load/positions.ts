import { Scalar, YAMLMap, YAMLSeq, isNode, isScalar } from 'yaml';
import type { Node } from 'yaml';

/** Where a value sits in a document: keys and list indexes from the top. */
export type Path = ReadonlyArray<string | number>;

/**
 * A compact index of where every node of one YAML document sits in its
 * file, built in the same pass that converts the document to plain values,
 * so that the parser's node tree can be dropped at once (every file's tree
 * kept alive until the end would take many times the memory of its values,
 * and the garbage collector's time to go through it).
 *
 * Layout: one Int32Array (an Int16Array when every slot fits in 16 bits:
 * see `storeIndex`), nodes in pre-order.
 *   leaf (scalar, alias):   [type, start, end]
 *   not a node:             [NONE]
 *   map:                    [MAP, start, end, pairs, size] then per pair
 *                           [keyIndex, keyStart, keyEnd] and the value's record
 *   list:                   [SEQ, start, end, items, size] then each item's record
 * `start`/`end` are the node's range[0]/range[1] (-1: the node has no
 * range); `size` is the record's length in slots, so a lookup skips a
 * whole subtree in one step; `keyStart` is -1 when the key is not a node.
 * Map keys are kept in a side array (`keys[keyIndex]`): a scalar key's
 * value, or NOT_SCALAR, which equals no path segment.
 */
export const SCALAR = 0;
export const SCALAR_NULL = 1;
const OTHER = 2; // an alias, or any other node: located, never entered
const NONE = 3;
export const MAP = 4;
export const SEQ = 5;

const NOT_SCALAR: unique symbol = Symbol('not-a-scalar-key');

/** A [start, end] offset pair, or undefined when the node carries no range (located at 1:1). */
export type Span = readonly [number, number] | undefined;

export class Positions {
  /**
   * `a` is a slab shared by many documents (see `storeIndex`); this
   * document's records are `a[base]` to `a[base + length - 1]`, and every
   * record number below is a slot of `a`.
   */
  constructor(
    private readonly a: Int32Array | Int16Array,
    private readonly base: number,
    private readonly keys: readonly unknown[],
  ) {}

  /** This document's records, as laid out above (for tests and tools): the root record's size long. */
  records(): Int32Array {
    return Int32Array.from(this.a.subarray(this.base, this.base + this.size(this.base)));
  }

  /** The map keys the records point at. */
  keyList(): readonly unknown[] {
    return this.keys;
  }

  /** What the document's root is, in the words of the doc-not-map message. */
  get rootShape(): 'map' | 'array' | 'null' | 'scalar' {
    const t = this.a[this.base];
    return t === MAP ? 'map' : t === SEQ ? 'array' : t === SCALAR_NULL ? 'null' : 'scalar';
  }

  /** The root node's span. */
  root(): Span {
    return this.span(this.base);
  }

  private span(p: number): Span {
    const s = this.a[p + 1]!;
    return s < 0 ? undefined : [s, this.a[p + 2]!];
  }

  /** Length in slots of the record at p. */
  private size(p: number): number {
    const t = this.a[p]!;
    return t === NONE ? 1 : t === MAP || t === SEQ ? this.a[p + 4]! : 3;
  }

  /**
   * Follow a path of keys and indexes from the root, the way a reader
   * would: `found` is the record of the node at the path (-1 when it is
   * missing), `key` the key span of the last map entry matched,
   * `deepest` the record (or key, when `deepestIsKey`) reached.
   */
  private find(path: Path): { node: number; keyAt: number; deepest: number; deepestIsKey: boolean; complete: boolean } {
    const a = this.a;
    let cur = this.base;
    let keyAt = -1; // the matched pair's slot when its key is a node
    for (let i = 0; i < path.length; i++) {
      const seg = path[i]!;
      const t = a[cur]!;
      if (t === MAP) {
        const n = a[cur + 3]!;
        let p = cur + 5;
        let hit = -1;
        for (let k = 0; k < n; k++) {
          if (this.keys[a[p]!] === seg) {
            hit = p;
            break;
          }
          p += 3 + this.size(p + 3);
        }
        if (hit < 0) return { node: -1, keyAt, deepest: cur, deepestIsKey: false, complete: false };
        keyAt = a[hit + 1] === -1 ? -1 : hit;
        const v = hit + 3;
        if (a[v] === NONE) {
          const complete = i === path.length - 1;
          return keyAt >= 0
            ? { node: -1, keyAt, deepest: keyAt, deepestIsKey: true, complete }
            : { node: -1, keyAt, deepest: cur, deepestIsKey: false, complete };
        }
        cur = v;
      } else if (t === SEQ && typeof seg === 'number') {
        const n = a[cur + 3]!;
        if (!Number.isInteger(seg) || seg < 0 || seg >= n) return { node: -1, keyAt, deepest: cur, deepestIsKey: false, complete: false };
        let p = cur + 5;
        for (let k = 0; k < seg; k++) p += this.size(p);
        if (a[p] === NONE) return { node: -1, keyAt, deepest: cur, deepestIsKey: false, complete: false };
        keyAt = -1;
        cur = p;
      } else {
        return { node: -1, keyAt, deepest: cur, deepestIsKey: false, complete: false };
      }
    }
    return { node: cur, keyAt, deepest: cur, deepestIsKey: false, complete: true };
  }

  /**
   * Where to point for a path: the value (default) or its key. When the
   * path does not exist, the deepest existing node on it (so a missing
   * field points at the block that should hold it).
   */
  locate(path: Path, at: 'value' | 'key' = 'value'): Span {
    const f = this.find(path);
    if (f.complete) {
      if (at === 'key' && f.keyAt >= 0) return keySpan(this.a, f.keyAt);
      if (f.node >= 0) return this.span(f.node);
      if (f.keyAt >= 0) return keySpan(this.a, f.keyAt);
    }
    return f.deepestIsKey ? keySpan(this.a, f.deepest) : this.span(f.deepest);
  }

  /** The span of the scalar at this path, when the path leads to a scalar (for quoting hints). */
  scalarAt(path: Path): Span {
    const f = this.find(path);
    if (!f.complete || f.node < 0) return undefined;
    const t = this.a[f.node];
    return t === SCALAR || t === SCALAR_NULL ? this.span(f.node) : undefined;
  }
}

function keySpan(a: Int32Array | Int16Array, pairAt: number): Span {
  const s = a[pairAt + 1]!;
  // -1: no key node (findNode's keyNode is undefined); -3: a key node without a range.
  return s === -3 ? undefined : [s, a[pairAt + 2]!];
}

/** The result of indexing one document. */
export interface Indexed {
  positions?: Positions;
  /** The document's plain value, when every node was plain (else: use `doc.toJS()`). */
  value?: unknown;
  /** Something yaml's own conversion must handle (aliases, anchors, complex keys...): call `toJS()`. */
  irregular: boolean;
  /** A map or list nested deeper than the limit: the document is refused. */
  tooDeep: boolean;
}

let buf = new Int32Array(4096);
let len = 0;
let keys: unknown[] = [];
let irregular = false;

/**
 * Position indexes are copied into shared slabs of SLAB slots instead of
 * one typed array each: a typed array costs several objects and an
 * allocation of its own, and a plan has at least one document per file.
 * Every document's index is kept to the end of the run (any node may have
 * to be pointed at), and most plan files are short: an index whose slots
 * all fit in 16 bits (offsets, counts and key numbers up to 32,767) goes to
 * a slab of 16-bit slots, half the memory.
 */
const SLAB = 256 * 1024;

/** Slabs of one kind of typed array, filled one after the other. */
class Slabs<T extends Int32Array | Int16Array> {
  private slab: T | undefined;
  private used = 0;
  constructor(private readonly make: () => T) {}

  store(records: Int32Array, n: number, docKeys: unknown[]): Positions {
    if (!this.slab || this.used + n > this.slab.length) {
      this.slab = this.make();
      this.used = 0;
    }
    this.slab.set(records.subarray(0, n), this.used);
    const p = new Positions(this.slab, this.used, docKeys.slice());
    this.used += n;
    return p;
  }
}

const slabs32 = new Slabs(() => new Int32Array(SLAB));
const slabs16 = new Slabs(() => new Int16Array(2 * SLAB));

/** Keep the first `n` slots of `records` (and the document's keys) as a document's Positions. */
export function storeIndex(records: Int32Array, n: number, docKeys: unknown[]): Positions {
  if (n > SLAB / 4) return new Positions(records.slice(0, n), 0, docKeys.slice());
  let max = 0;
  let min = 0;
  for (let i = 0; i < n; i++) {
    const v = records[i]!;
    if (v > max) max = v;
    else if (v < min) min = v;
  }
  return max <= 0x7fff && min >= -0x8000 ? slabs16.store(records, n, docKeys) : slabs32.store(records, n, docKeys);
}

/** `a` with room for `n` more slots after its first `used` (itself when there is room). */
export function grown(a: Int32Array<ArrayBuffer>, used: number, n: number): Int32Array<ArrayBuffer> {
  if (used + n <= a.length) return a;
  let size = a.length * 2;
  while (size < used + n) size *= 2;
  const next = new Int32Array(size);
  next.set(a.subarray(0, used));
  return next;
}

function ensure(n: number): void {
  buf = grown(buf, len, n);
}

function rangeStart(n: Node): number {
  return n.range ? n.range[0] : -1;
}

class TooDeep {}
const TOO_DEEP = new TooDeep();

/** Record `n` and return its plain value (meaningless once `irregular` is set). */
function visit(n: unknown, depth: number, maxDepth: number): unknown {
  // Scalars first: most nodes are (and a Scalar made by the parser is always a node).
  const proto = n !== null && typeof n === 'object' ? Object.getPrototypeOf(n) : null;
  if (proto === Scalar.prototype) {
    const node = n as Scalar;
    if (node.anchor) irregular = true;
    const value = node.value;
    const range = node.range;
    if (len + 3 > buf.length) ensure(3);
    buf[len++] = value === null ? SCALAR_NULL : SCALAR;
    buf[len++] = range ? range[0] : -1;
    buf[len++] = range ? range[1] : -1;
    const t = typeof value;
    if (value !== null && t !== 'string' && t !== 'number' && t !== 'boolean') irregular = true;
    return value;
  }
  if (!isNode(n)) {
    ensure(1);
    buf[len++] = NONE;
    irregular = true;
    return undefined;
  }
  const node = n as Node;
  if (node.anchor) irregular = true;
  if (proto === YAMLMap.prototype) {
    if (depth > maxDepth) throw TOO_DEEP;
    const map = node as YAMLMap;
    const at = len;
    ensure(5);
    buf[len++] = MAP;
    buf[len++] = rangeStart(node);
    buf[len++] = node.range ? node.range[1] : -1;
    buf[len++] = map.items.length;
    len++; // size, below
    const out: Record<string, unknown> = {};
    const items = map.items;
    for (let i = 0; i < items.length; i++) {
      const pair = items[i]!;
      const k = pair.key as unknown;
      if (len + 3 > buf.length) ensure(3);
      buf[len++] = keys.length;
      let stringKey = '';
      // `plain`: a string key other than __proto__, which the parser (uniqueKeys) has made unique in
      // this map, so it can be set directly; any other key goes the careful way below.
      let plain = false;
      if (k !== null && typeof k === 'object' && Object.getPrototypeOf(k) === Scalar.prototype) {
        const ks = k as Scalar;
        const kr = ks.range;
        buf[len++] = kr ? kr[0] : -3;
        buf[len++] = kr ? kr[1] : -3;
        const kv = ks.value;
        keys.push(kv);
        if (ks.anchor) irregular = true;
        if (typeof kv === 'string') {
          stringKey = kv;
          plain = kv !== '__proto__';
        } else if (kv === null) stringKey = '';
        else if (typeof kv === 'number' || typeof kv === 'boolean') stringKey = String(kv);
        else irregular = true;
      } else {
        if (isNode(k)) {
          buf[len++] = k.range ? k.range[0] : -3;
          buf[len++] = k.range ? k.range[1] : -3;
        } else {
          buf[len++] = -1;
          buf[len++] = -1;
        }
        // A collection (or nothing) as key: yaml stringifies it, and its own depth check counts it.
        keys.push(NOT_SCALAR);
        irregular = true;
      }
      const v = pair.value as unknown;
      let jsValue: unknown;
      if (v === null || v === undefined) {
        if (len + 1 > buf.length) ensure(1);
        buf[len++] = NONE;
        jsValue = v;
      } else {
        jsValue = visit(v, depth + 1, maxDepth);
      }
      if (plain) out[stringKey] = jsValue;
      else if (stringKey in out) Object.defineProperty(out, stringKey, { value: jsValue, writable: true, enumerable: true, configurable: true });
      else out[stringKey] = jsValue;
    }
    buf[at + 4] = len - at;
    return out;
  }
  if (proto === YAMLSeq.prototype) {
    if (depth > maxDepth) throw TOO_DEEP;
    const seq = node as YAMLSeq;
    const at = len;
    ensure(5);
    buf[len++] = SEQ;
    buf[len++] = rangeStart(node);
    buf[len++] = node.range ? node.range[1] : -1;
    buf[len++] = seq.items.length;
    len++;
    const items = seq.items;
    const out: unknown[] = [];
    for (let i = 0; i < items.length; i++) out.push(visit(items[i], depth + 1, maxDepth));
    buf[at + 4] = len - at;
    return out;
  }
  // An alias, or a node class the core schema never makes: yaml converts it.
  ensure(3);
  buf[len++] = isScalar(node) ? (node.value === null ? SCALAR_NULL : SCALAR) : OTHER;
  irregular = true;
  buf[len++] = rangeStart(node);
  buf[len++] = node.range ? node.range[1] : -1;
  return undefined;
}

/**
 * Index a document's root node and, in the same pass, convert it to plain
 * values exactly as `doc.toJS()` would for the plain documents plans are
 * made of (maps with scalar keys, lists, scalars). Anything else (aliases,
 * anchors, collections as keys…) sets `irregular`: the caller then lets
 * yaml convert it (and check its depth).
 */
export function indexDocument(root: Node, maxDepth: number): Indexed {
  len = 0;
  keys = [];
  irregular = false;
  let value: unknown;
  try {
    value = visit(root, 1, maxDepth);
  } catch (err) {
    if (err === TOO_DEEP) return { irregular, tooDeep: true };
    throw err;
  }
  const positions = storeIndex(buf, len, keys);
  const wasIrregular = irregular;
  keys = [];
  return wasIrregular ? { positions, irregular: true, tooDeep: false } : { positions, value, irregular: false, tooDeep: false };
}

import { Document, isMap, isScalar, isSeq, parseAllDocuments, Scalar } from 'yaml';
import type { Node, Pair, YAMLMap } from 'yaml';
import { keyOrders } from './order.js';
import type { KeyOrder } from './order.js';
import { minOf } from '../util/array.js';

let orders: Map<string, KeyOrder> | undefined;

function keyName(p: Pair): string | undefined {
  return isScalar(p.key) ? String(p.key.value) : undefined;
}

function sortMap(map: YAMLMap, order: KeyOrder | undefined, isRoot: boolean): void {
  if (order && order.keys.length) {
    const rank = (p: Pair): number => {
      const k = keyName(p);
      const i = k === undefined ? -1 : order.keys.indexOf(k);
      return i === -1 ? order.keys.length : i; // unknown and x- keys keep their order, after the known ones
    };
    const before = map.items.slice();
    const sorted = before
      .map((p, i) => ({ p: p as Pair, i }))
      .sort((a, b) => rank(a.p) - rank(b.p) || a.i - b.i)
      .map((x) => x.p);
    // A comment above the first key of a document is the file's header: keep it at the top.
    const first = before[0] as Pair | undefined;
    if (isRoot && first && sorted[0] !== first && isScalar(first.key) && first.key.commentBefore) {
      map.commentBefore = [map.commentBefore, first.key.commentBefore].filter(Boolean).join('\n');
      first.key.commentBefore = undefined;
    }
    map.items = sorted;
  }
  for (const p of map.items as Pair[]) {
    const k = keyName(p);
    const child = k !== undefined ? order?.children.get(k) : undefined;
    visit(p.value as Node | null, child);
  }
}

function visit(node: Node | null, order: KeyOrder | undefined): void {
  if (isMap(node)) sortMap(node, order, false);
  else if (isSeq(node)) for (const it of node.items) visit(it as Node, order?.items ?? order);
}

export interface FormatResult {
  /** The formatted text, or undefined when the file has YAML errors (it is then left alone). */
  text?: string;
  errors: number;
}

/**
 * fmt: the canonical layout of a plan file — keys in the order the schema
 * lists them, two-space indentation, no line folding — keeping every
 * comment, every value and the order of list items.
 */
export function formatYaml(source: string): FormatResult {
  const bom = source.charCodeAt(0) === 0xfeff;
  const text = bom ? source.slice(1) : source;
  const docs = parseAllDocuments(text, { uniqueKeys: true });
  if (!Array.isArray(docs)) return { text: source, errors: 0 };
  const errors = docs.reduce((n, d) => n + d.errors.length, 0);
  if (errors) return { errors };
  orders ??= keyOrders();
  // Folded block scalars (`>-`) keep the user's own line breaks: yaml would re-wrap them.
  const folded: Array<{ token: string; raw: string }> = [];
  const stash = (node: unknown): void => {
    if (isScalar(node) && node.type === 'BLOCK_FOLDED' && node.range) {
      const token = `__mplan_folded_${folded.length}__`;
      folded.push({ token, raw: text.slice(node.range[0], node.range[1]).replace(/\s+$/, '') });
      node.value = token;
      node.type = 'PLAIN';
    } else if (isMap(node)) for (const p of node.items as Pair[]) stash(p.value);
    else if (isSeq(node)) for (const it of node.items) stash(it);
  };
  for (const doc of docs) stash(doc.contents);
  for (const doc of docs) {
    const root = doc.contents as Node | null;
    if (isMap(root)) {
      const kindPair = root.items.find((p) => keyName(p as Pair) === 'kind') as Pair | undefined;
      const kind = isScalar(kindPair?.value) ? String(kindPair!.value.value) : undefined;
      sortMap(root, kind ? orders.get(kind) : undefined, true);
    }
  }
  // Flow lists read best as `[a, b]` and flow maps as `{ a: 1 }`: yaml pads both alike, so lists are written apart.
  const lists: Array<{ token: string; raw: string }> = [];
  const stashLists = (node: unknown, holder?: { set(v: unknown): void }): void => {
    if (isSeq(node) && node.flow && holder) {
      const token = `__mplan_list_${lists.length}__`;
      const { comment, commentBefore, spaceBefore } = node;
      node.comment = node.commentBefore = undefined;
      lists.push({ token, raw: new Document(node).toString({ lineWidth: 0, flowCollectionPadding: false }).trimEnd() });
      const placeholder = new Scalar(token);
      Object.assign(placeholder, { comment, commentBefore, spaceBefore });
      holder.set(placeholder);
    } else if (isMap(node)) {
      for (const p of node.items as Pair[]) stashLists(p.value, { set: (v) => (p.value = v) });
    } else if (isSeq(node)) {
      node.items.forEach((it, i) => stashLists(it, node.flow ? undefined : { set: (v) => (node.items[i] = v) }));
    }
  };
  for (const doc of docs) stashLists(doc.contents);
  let out = docs.map((d) => d.toString({ lineWidth: 0, indent: 2, indentSeq: true, flowCollectionPadding: true })).join('');
  for (const { token, raw } of lists) out = out.replace(token, () => raw);
  for (const { token, raw } of folded) {
    out = out.replace(new RegExp(`^(.*)${token}(.*)$`, 'm'), (_line, head: string, tail: string) => {
      const indent = /^[ -]*/.exec(head)![0].length + 2;
      const [header, ...body] = raw.split(/\r?\n/);
      const bodyIndent = minOf(body.filter((l) => l.trim()), (l) => /^ */.exec(l)![0].length, Infinity);
      const moved = body.map((l) => (l.trim() ? ' '.repeat(indent) + l.slice(bodyIndent) : ''));
      return [`${head}${header}${tail}`, ...moved].join('\n');
    });
  }
  out = restoreCommentLayout(text, out);
  if (text.includes('\r\n')) out = out.replace(/\r?\n/g, '\r\n');
  return { text: (bom ? '\ufeff' : '') + out, errors: 0 };
}

/**
 * yaml writes trailing comments one space after the value, and moves a
 * comment on a `key:` line that opens a block to the next line. Where the
 * user's line is otherwise unchanged, keep the user's layout: aligned
 * comment columns are part of a readable plan.
 */
function restoreCommentLayout(original: string, formatted: string): string {
  const TRAILING = /^(.*?\S)(\s+)(#.*)$/;
  const spacing = new Map<string, string>();
  for (const line of original.split(/\r?\n/)) {
    const m = TRAILING.exec(line);
    if (m) spacing.set(`${m[1]!.trimStart()} ${m[3]}`, m[2]!);
  }
  const lines = formatted.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1];
    const opener = /^(\s*(?:- )?)([^#]*:)$/.exec(line);
    const own = next !== undefined ? /^\s*(#.*)$/.exec(next) : null;
    if (opener && own) {
      const gap = spacing.get(`${opener[2]!.trimStart()} ${own[1]}`);
      if (gap !== undefined) {
        out.push(`${line}${gap}${own[1]}`);
        i++;
        continue;
      }
    }
    const m = TRAILING.exec(line);
    const gap = m ? spacing.get(`${m[1]!.trimStart()} ${m[3]}`) : undefined;
    out.push(m && gap !== undefined ? `${m[1]}${gap}${m[3]}` : line);
  }
  return out.join('\n');
}

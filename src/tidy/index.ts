import { isDeepStrictEqual } from 'node:util';
import { Document, isMap, isScalar, isSeq, Lexer, parseAllDocuments, Scalar, visit as visitNodes } from 'yaml';
import type { Node, Pair, YAMLMap } from 'yaml';
import { keyOrders } from './order.js';
import type { KeyOrder } from './order.js';
import { minOf } from '../util/array.js';

let orders: Map<string, KeyOrder> | undefined;

/** `# mplan-disable-next-line …` as yaml keeps it (without the `#`): it covers the line below it (src/suppress/inline.ts). */
const NEXT_LINE_DIRECTIVE = /^\s*mplan-disable-next-line(?=\s|$)/;

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
    // A comment above the first key of a document is the file's header: keep it at the top,
    // except a suppression comment, which covers the line after it and moves with that line.
    const first = before[0] as Pair | undefined;
    if (isRoot && first && sorted[0] !== first && isScalar(first.key) && first.key.commentBefore) {
      const lines = first.key.commentBefore.split('\n');
      let keep = lines.findIndex((l) => NEXT_LINE_DIRECTIVE.test(l));
      if (keep === -1) keep = lines.length;
      const header = lines.slice(0, keep);
      if (header.length) map.commentBefore = [map.commentBefore, header.join('\n')].filter(Boolean).join('\n');
      first.key.commentBefore = keep < lines.length ? lines.slice(keep).join('\n') : undefined;
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
  /** The formatted text, or undefined when the file is left alone (YAML errors, or `unsafe`). */
  text?: string;
  errors: number;
  /** Formatting would have changed a value or a comment (a case fmt does not handle): the file is left alone. */
  unsafe?: boolean;
}

/** Every comment of a YAML text, in order (from the lexer, so a `#` inside a string is no comment). */
function commentsOf(text: string): string[] {
  const out: string[] = [];
  for (const token of new Lexer().lex(text)) if (token.startsWith('#')) out.push(token.trimEnd());
  return out.sort();
}

function valuesOf(text: string): unknown[] | undefined {
  const docs = parseAllDocuments(text, { uniqueKeys: true });
  if (!Array.isArray(docs) || docs.some((d) => d.errors.length)) return undefined;
  return docs.map((d) => d.toJS());
}

/** Whether the formatted text holds the same values and the same comments as the source. */
function keepsEverything(source: string, formatted: string): boolean {
  try {
    const before = valuesOf(source);
    const after = valuesOf(formatted);
    return after !== undefined && isDeepStrictEqual(before, after) && isDeepStrictEqual(commentsOf(source), commentsOf(formatted));
  } catch {
    return false; // e.g. more aliases than mplan expands: not a file fmt can vouch for
  }
}

/**
 * fmt: the canonical layout of a plan file — keys in the order the schema
 * lists them, two-space indentation, no line folding — keeping every
 * comment, every value and the order of list items.
 */
export function formatYaml(source: string): FormatResult {
  let result: FormatResult;
  try {
    result = layout(source);
  } catch {
    return { errors: 0, unsafe: true };
  }
  if (result.text === undefined || result.text === source) return result;
  const bom = source.charCodeAt(0) === 0xfeff;
  return keepsEverything(bom ? source.slice(1) : source, bom ? result.text.slice(1) : result.text) ? result : { errors: 0, unsafe: true };
}

function layout(source: string): FormatResult {
  const bom = source.charCodeAt(0) === 0xfeff;
  const text = bom ? source.slice(1) : source;
  const docs = parseAllDocuments(text, { uniqueKeys: true });
  if (!Array.isArray(docs) || docs.length === 0) return { text: source, errors: 0 }; // nothing but comments and blank lines
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
  const aliased = new Set(docs.filter(hasAlias));
  for (const doc of docs) {
    const root = doc.contents as Node | null;
    // An alias must follow its anchor: a document that has one keeps its key order.
    if (isMap(root) && !aliased.has(doc)) {
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
  // Written apart, an aliased list would lose its anchor: documents with aliases keep yaml's own flow layout.
  for (const doc of docs) if (!aliased.has(doc)) stashLists(doc.contents);
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

function hasAlias(doc: Document.Parsed): boolean {
  let found = false;
  visitNodes(doc, {
    Alias() {
      found = true;
      return visitNodes.BREAK;
    },
  });
  return found;
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

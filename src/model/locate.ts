import { isMap, isNode, isScalar, isSeq } from 'yaml';
import type { Node } from 'yaml';
import type { Location } from '../diagnostics/types.js';
import type { SourceFile } from '../load/source.js';
import type { Path } from './types.js';

export interface Found {
  /** The value node at the path (undefined when the key has no value, or the path stops early). */
  node?: Node;
  /** The key node of the last map entry matched. */
  keyNode?: Node;
  /** The deepest node reached (the whole path when `complete`). */
  deepest: Node;
  complete: boolean;
}

/** Follow a path of keys and indexes down a YAML node tree. */
export function findNode(root: Node, path: Path): Found {
  let cur: Node = root;
  let keyNode: Node | undefined;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    if (isMap(cur)) {
      const pair = cur.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === seg);
      if (!pair) return { deepest: cur, keyNode, complete: false };
      keyNode = isNode(pair.key) ? pair.key : undefined;
      if (!isNode(pair.value)) {
        return { deepest: keyNode ?? cur, keyNode, complete: i === path.length - 1 };
      }
      cur = pair.value;
    } else if (isSeq(cur) && typeof seg === 'number') {
      const item = cur.items[seg];
      if (!isNode(item)) return { deepest: cur, keyNode, complete: false };
      keyNode = undefined;
      cur = item;
    } else {
      return { deepest: cur, keyNode, complete: false };
    }
  }
  return { node: cur, keyNode, deepest: cur, complete: true };
}

export function rangeLocation(file: SourceFile, start: number, end: number): Location {
  const s = file.lineCounter.linePos(start);
  const e = file.lineCounter.linePos(Math.max(start, end));
  return { file: file.path, line: s.line, column: s.col, endLine: e.line, endColumn: e.col };
}

export function nodeLocation(file: SourceFile, node: Node | undefined): Location {
  const r = node?.range;
  if (!r) return { file: file.path, line: 1, column: 1 };
  return rangeLocation(file, r[0], r[1]);
}

/**
 * Where to point for a path: the value (default) or its key. When the path
 * does not exist, the deepest existing node on it (so a missing field points
 * at the block that should hold it).
 */
export function locatePath(file: SourceFile, root: Node, path: Path, at: 'value' | 'key' = 'value'): Location {
  const f = findNode(root, path);
  if (f.complete) {
    if (at === 'key' && f.keyNode) return nodeLocation(file, f.keyNode);
    return nodeLocation(file, f.node ?? f.keyNode ?? f.deepest);
  }
  return nodeLocation(file, f.deepest);
}

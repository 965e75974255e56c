/**
 * The position index (src/load/positions.ts) replaces walking the YAML node
 * tree: for every path of every document it must point exactly where the
 * node walk did (line, column, endLine, endColumn), and the values it
 * converts in the same pass must be exactly what `doc.toJS()` gives.
 * Checked on both examples, the every-rule fixture, odd YAML, and random
 * documents.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMap, isNode, isPair, isScalar, isSeq, parseAllDocuments, stringify } from 'yaml';
import type { Node } from 'yaml';
import { lineCounterFor, newSourceFile, parseFile } from '../../src/load/parse.js';
import { indexDocument } from '../../src/load/positions.js';
import { locatePath, rangeLocation } from '../../src/model/locate.js';
import type { Path } from '../../src/model/types.js';

// ── the reference: the node walk mplan used before the index ─────────────
interface Found {
  node?: Node;
  keyNode?: Node;
  deepest: Node;
  complete: boolean;
}
function findNode(root: Node, p: Path): Found {
  let cur: Node = root;
  let keyNode: Node | undefined;
  for (let i = 0; i < p.length; i++) {
    const seg = p[i]!;
    if (isMap(cur)) {
      const pair = cur.items.find((q) => (isScalar(q.key) ? q.key.value : q.key) === seg);
      if (!pair) return { deepest: cur, keyNode, complete: false };
      keyNode = isNode(pair.key) ? pair.key : undefined;
      if (!isNode(pair.value)) return { deepest: keyNode ?? cur, keyNode, complete: i === p.length - 1 };
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
function referenceLocate(text: string, root: Node, p: Path, at: 'value' | 'key') {
  const file = newSourceFile('f.yaml', '/f.yaml', text);
  const loc = (n: Node | undefined) => (n?.range ? rangeLocation(file, n.range[0], n.range[1]) : { file: 'f.yaml', line: 1, column: 1 });
  const f = findNode(root, p);
  if (f.complete) {
    if (at === 'key' && f.keyNode) return loc(f.keyNode);
    return loc(f.node ?? f.keyNode ?? f.deepest);
  }
  return loc(f.deepest);
}
function referenceScalar(text: string, root: Node, p: Path): string | undefined {
  const n = findNode(root, p).node;
  return isScalar(n) && n.range ? text.slice(n.range[0], n.range[1]) : undefined;
}

/** Every path in a node tree, plus paths that miss (unknown key, index out of range, one step too far). */
function paths(root: Node): Path[] {
  const out: Path[] = [[]];
  const walk = (n: unknown, p: (string | number)[]) => {
    if (isMap(n)) {
      out.push([...p, 'no-such-key'], [...p, 0]);
      for (const pair of n.items) {
        const k = isScalar(pair.key) ? pair.key.value : pair.key;
        if (typeof k === 'string' || typeof k === 'number') {
          out.push([...p, k], [...p, k, 'deeper'], [...p, k, 0]);
          walk(pair.value, [...p, k]);
        }
      }
    } else if (isSeq(n)) {
      out.push([...p, n.items.length], [...p, -1], [...p, 'x'], [...p, 0.5]);
      n.items.forEach((it, i) => {
        out.push([...p, i]);
        if (!isPair(it)) walk(it, [...p, i]);
      });
    }
  };
  walk(root, []);
  return out;
}

function compareText(text: string, label: string): number {
  let checked = 0;
  const docs = parseAllDocuments(text, { prettyErrors: false, uniqueKeys: true });
  const file = newSourceFile('f.yaml', '/f.yaml', text);
  for (const doc of Array.isArray(docs) ? docs : []) {
    const root = doc.contents as Node | null;
    if (!root || doc.errors.length) continue;
    const ix = indexDocument(root, 64);
    expect(ix.tooDeep, label).toBe(false);
    if (!ix.irregular) expect(JSON.stringify(ix.value), `${label}: values`).toBe(JSON.stringify(doc.toJS()));
    if (!ix.irregular) expect(ix.value, `${label}: values`).toStrictEqual(doc.toJS());
    const pd = { index: 0, value: ix.value, ok: true, rootIsMap: isMap(root), end: 0, positions: ix.positions };
    for (const p of paths(root)) {
      for (const at of ['value', 'key'] as const) {
        expect(locatePath(file, pd, p, at), `${label} ${JSON.stringify(p)} ${at}`).toEqual(referenceLocate(text, root, p, at));
        checked++;
      }
      const span = ix.positions!.scalarAt(p);
      expect(span ? text.slice(span[0], span[1]) : undefined, `${label} scalar ${JSON.stringify(p)}`).toBe(referenceScalar(text, root, p));
    }
  }
  return checked;
}

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const abs = path.join(dir, name);
    if (name === 'node_modules') continue;
    if (statSync(abs).isDirectory()) out.push(...yamlFiles(abs));
    else if (/\.ya?ml$/.test(name)) out.push(abs);
  }
  return out;
}

const ROOT = new URL('../../', import.meta.url).pathname;

describe('position index', () => {
  for (const plan of ['examples/exhibition-b2b', 'examples/d2c-coffee-ja', 'examples/policies', 'test/fixtures/every-rule']) {
    it(`points where the node walk pointed, for every path of ${plan}`, () => {
      const files = yamlFiles(path.join(ROOT, plan));
      expect(files.length).toBeGreaterThan(5);
      let checked = 0;
      for (const f of files) checked += compareText(readFileSync(f, 'utf8'), path.relative(ROOT, f));
      expect(checked).toBeGreaterThan(500);
    });
  }

  it('handles odd YAML: empty values, flow collections, numeric and null keys, aliases, complex keys, CRLF, comments', () => {
    const samples = [
      'a:\nb: ~\nc: []\nd: {}\ne: [1, , 2]\n',
      'list:\n  - \n  - x\n  - - nested\n    - deeper\n',
      '0: zero\n1.5: x\ntrue: t\nnull: n\n~: tilde\n"quoted": q\n? complex\n: value\n',
      'base: &b\n  x: 1\nref: *b\nlist: [*b, 2]\n',
      '? [a, b]\n: v\n? {k: v}\n: w\nplain: p\n',
      '[a: 1, b: 2]\n',
      'a: 1\r\nb:\r\n  - x\r\n  - y\r\n',
      '# comment\nkey: value # trailing\n\n\nother: |\n  block\n  text\nfolded: >-\n  a\n  b\n',
      'toString: x\n__proto__: y\nconstructor: z\nhasOwnProperty: w\n',
      '"a": 1\n"2": two\n10: ten\nb: 3\n',
      // Keys that collide once stringified, or that a plain assignment would mishandle.
      '1: a\n"1": b\ntrue: x\n"true": y\nnull: n\n"": e\n__proto__: {p: 1}\nconstructor: c\n',
      'm:\n  "__proto__": [1]\n  valueOf: v\n  2: two\n  "2": deux\n',
      'just a scalar\n',
      '- a\n- b: c\n  d: [e, {f: g}]\n',
      'key: "multi\n  line"\nk2: \'single\'\n',
      '日本語: 値\nネスト:\n  - 項目: テキスト\n',
    ];
    for (const s of samples) compareText(s, JSON.stringify(s));
  });

  it('matches the node walk and toJS on random documents', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.boolean(), (v, flow) => {
        const text = stringify(v, flow ? { collectionStyle: 'flow' } : {});
        compareText(text, text);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses documents nested deeper than the limit without recursing further', () => {
    const deep = `${'['.repeat(70)}${']'.repeat(70)}\n`;
    const [doc] = parseAllDocuments(deep);
    expect(indexDocument(doc!.contents as Node, 64).tooDeep).toBe(true);
    expect(indexDocument(doc!.contents as Node, 80).tooDeep).toBe(false);
  });

  it('parseFile keeps positions, not YAML nodes, and builds the line index only when asked', () => {
    const r = parseFile('a.yaml', '/a.yaml', 'kind: Goal\nid: g\nname: G\n---\nkind: Goal\nid: h\n');
    const file = r.file!;
    expect(file.docs).toHaveLength(2);
    for (const d of file.docs) {
      expect(Object.keys(d)).not.toContain('doc');
      expect(Object.keys(d)).not.toContain('contents');
      expect(d.rootIsMap).toBe(true);
    }
    expect(locatePath(file, file.docs[1]!, ['id'])).toEqual({ file: 'a.yaml', line: 6, column: 5, endLine: 6, endColumn: 6 });
    expect(file.lineCounter.lineStarts).toEqual(lineCounterFor(file.text).lineStarts);
  });
});

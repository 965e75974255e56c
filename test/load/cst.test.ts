/**
 * The CST reader (src/load/cst.ts) must give exactly what yaml's Composer
 * gives — the same diagnostics, documents, values (types and key order
 * included), ends and position index — on every input: it either reads a
 * file the same way, or hands it to the Composer. Checked on the examples,
 * the fixtures, odd and broken YAML, random documents and random edits of
 * real plan files (most of which break the YAML in some way).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Document, Parser, stringify } from 'yaml';
import { fastDocuments, TYPED_START } from '../../src/load/cst.js';
import { LIMITS, parseFile } from '../../src/load/parse.js';
import type { ParseResult } from '../../src/load/parse.js';

/** `CST_FUZZ=20` runs the random cases 20 times over (a longer search, by hand). */
const RUNS = (n: number): number => n * (Number(process.env.CST_FUZZ) || 1);
const ROOT = path.resolve(import.meta.dirname, '../..');

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir).sort()) {
    const abs = path.join(dir, e);
    if (statSync(abs).isDirectory()) out.push(...yamlFiles(abs));
    else if (/\.ya?ml$/.test(e)) out.push(abs);
  }
  return out;
}
const FILES = ['examples', 'test/fixtures', 'templates/init'].flatMap((d) => yamlFiles(path.join(ROOT, d)));

/** A value written out with its types, `-0`, NaN and key order, so two values compare exactly. */
function canon(v: unknown): string {
  if (v === null) return 'null';
  if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v !== 'object') return `${typeof v}:${String(v)}`;
  if (Array.isArray(v)) return `[${v.map(canon).join(',')}]`;
  const proto = Object.getPrototypeOf(v) === Object.prototype ? '' : 'proto!';
  return `${proto}{${Object.keys(v)
    .map((k) => `${JSON.stringify(k)}:${canon((v as Record<string, unknown>)[k])}`)
    .join(',')}}`;
}

/** Everything parseFile gives, in one comparable text. */
function summary(r: ParseResult): string {
  return JSON.stringify({
    diagnostics: r.diagnostics,
    docs: r.file?.docs.map((d) => {
      const p = d.positions;
      return {
        index: d.index,
        ok: d.ok,
        rootIsMap: d.rootIsMap,
        end: d.end,
        value: canon(d.value),
        positions: p ? [Array.from(p.records()), p.keyList().map(canon)] : null,
      };
    }),
  });
}

function sameBothWays(text: string): void {
  expect(summary(parseFile('f.yaml', '/f.yaml', text, 'fast')), text).toBe(summary(parseFile('f.yaml', '/f.yaml', text, 'composer')));
}

const takesFastPath = (text: string): boolean => fastDocuments(Array.from(new Parser().parse(text)), LIMITS.maxDepth) !== undefined;

describe('the CST reader gives what the Composer gives', () => {
  it('on every YAML file of the examples, fixtures and init templates', () => {
    expect(FILES.length).toBeGreaterThan(40);
    for (const f of FILES) sameBothWays(readFileSync(f, 'utf8'));
  });

  it('reads the example plans itself (they are the plain YAML it is for)', () => {
    const plain = FILES.filter((f) => f.includes(`${path.sep}examples${path.sep}`) && !f.includes('rules-tests'));
    const slow = plain.filter((f) => !takesFastPath(readFileSync(f, 'utf8')));
    expect(slow.map((f) => path.relative(ROOT, f))).toEqual([]);
  });

  const ODD = [
    '',
    '\n',
    '# only a comment\n',
    '---\n',
    '---\n---\n',
    '--- # c\na: 1\n',
    '--- a: 1\n',
    '---\na: 1\n...\n---\nb: 2\n... # end\n',
    'a: 1\n---\n',
    'a: 1\n---\n# c\n---\nb: 2\n---\n',
    'a: 1\n---\n~\n--- # c\n...\n',
    '...\n',
    'a: 1\n...\n...\n',
    'a:\n',
    'a: # c\n',
    'a:\n  # c\nb: 1\n',
    '- \n- # c\n-\n',
    '-\n  - a\n  -\n',
    'a: [1, 2, ]\n',
    'a: [ , 1]\n',
    'a: [1,, 2]\n',
    'a: [1 2]\n',
    'a: {x: 1, y: }\n',
    'a: { x: 1, x: 2 }\n',
    'a: {x}\n',
    'a: {"x": 1, \'y\': [2, {z: 3}]} # c\n',
    'a: [a: 1]\n',
    'a: [\n  1,\n  2\n]\n',
    'a: [1, 2\n',
    'a: {x: 1\n',
    '{a: 1}\n',
    '[1, 2]\n',
    'plain\n',
    '"quoted"\n',
    '|\n  block\n',
    'a: |\n  one\n  two\n',
    'a: >-\n  folded\n  text\n\n  more\n',
    'a: |2\n    indented\n',
    'a: |\nno indent\n',
    'a: >\n\n   more\n  less\n',
    'a: "multi\n  line"\n',
    "a: 'it''s'\n",
    'a: "bad \\q escape"\n',
    'a: "unclosed\n',
    "a: 'unclosed\n",
    'a: plain\n  continued\n',
    'a: b: c\n',
    'a: 1\na: 2\n',
    '1: a\n"1": b\n',
    'true: a\nTrue: b\n',
    '~: a\nnull: b\n',
    '.nan: a\n.NaN: b\n',
    '-0: a\n0: b\n',
    '__proto__: x\n',
    '__proto__: {a: 1}\nconstructor: 2\n',
    'a: &x 1\nb: *x\n',
    'a: !!str 1\n',
    'a: !custom x\n',
    '%YAML 1.2\n---\na: 1\n',
    '? a\n: 1\n',
    'a:\n\t- 1\n',
    'a:\tb\n',
    'a:  b  # c\n',
    'a: b#c\n',
    'a: `x`\n',
    'a: @x\n',
    'a: %x\n',
    'a: ,x\n',
    'a: |x\n',
    'a:\n  - 1\n - 2\n',
    'a:\n  b: 1\n   c: 2\n',
    'a:\n  b: 1\n c: 2\n',
    '- a\nb: 1\n',
    'a: 1\n- b\n',
    'a: 0o17\nb: 0x1F\nc: 1e3\nd: .5\ne: -.inf\nf: +12\ng: 1_000\nh: 0b11\ni: 1.50\nj: 08\nk: Yes\nl: NO\nm: nULL\n',
    `${'k'.repeat(1100)}: v\n`,
    'a: "\\u00e9\\x41\\U0001F600"\nb: "line\\\n  joined"\n',
    'キー: 値\n"日本": [東京, 大阪]\n',
    'a: b\r\nc: d\r\n',
    'a: "x"y\n',
    'a: 1 # c\n# trailing\n',
    '# head\n\na: 1\n',
    'a:\n  - b: 1\n    c: 2\n  - d\n',
    '- - - 1\n',
    '-   a: 1\n    b: [x]\n',
    'a: {}\nb: []\nc: ""\nd: \'\'\n',
    'a: {x: {y: {z: [1, [2, [3]]]}}}\n',
    'a:\n  b:\n    c:\n      d: 1\n  e: 2\n',
    '&a a: 1\n',
    'a: 1\n--- !tag\nb: 2\n',
    'key with spaces: value with: colon\n',
    'a: -\nb: - x\n',
    'a: ---\n',
    '-- a\n',
  ];
  it('on odd and broken YAML', () => {
    for (const text of ODD) sameBothWays(text);
  });

  it('at and beyond the depth limit', () => {
    for (const depth of [LIMITS.maxDepth - 1, LIMITS.maxDepth, LIMITS.maxDepth + 1, LIMITS.maxDepth + 5]) {
      let block = 'x';
      for (let i = 0; i < depth; i++) block = `a:\n${block.replace(/^/gm, '  ')}`;
      sameBothWays(`${block}\n`);
      sameBothWays(`${'['.repeat(depth)}1${']'.repeat(depth)}\n`);
      sameBothWays(`${'- '.repeat(depth)}1\n`);
    }
  });

  const scalar = fc.oneof(
    fc.string(),
    fc.constantFrom('', '~', 'null', 'true', 'False', '0o17', '0x1f', '-12', '+3', '1.5', '.inf', '-.Inf', '.nan', '1e3', '08', 'a: b', '- x', '# c', "it's", '"q"', '[x]', '{y}', '\t', ' lead', 'trail '),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
  );
  const value = fc.letrec((tie) => ({
    v: fc.oneof({ depthSize: 'small' }, scalar, fc.array(tie('v'), { maxLength: 4 }), fc.dictionary(fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('1', 'true', 'null', '~', '__proto__')), tie('v'), { maxKeys: 4 })),
  })).v;

  it('on random documents, written in every style yaml writes', () => {
    fc.assert(
      fc.property(value, fc.constantFrom<'block' | 'flow'>('block', 'flow'), fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'), (v, style, scalarType) => {
          const doc = new Document(v);
          const text = stringify(doc, { collectionStyle: style, defaultStringType: scalarType as 'PLAIN', defaultKeyType: 'PLAIN', lineWidth: 20 });
          sameBothWays(text);
          sameBothWays(`# c\n---\n${text}...\n---\n${text}`);
        },
      ),
      { numRuns: RUNS(300) },
    );
  });

  it('on random edits of real plan files (most of them break the YAML)', () => {
    const texts = FILES.map((f) => readFileSync(f, 'utf8')).filter((t) => t.length < 6000);
    const pieces = [' ', '  ', '\t', '\n', ':', ': ', '- ', '#', ' #', '"', "'", '[', ']', '{', '}', ',', '&a ', '*a', '!t ', '?', '|', '>', '---\n', '...\n', '%', '@', '`', '\\', 'é', '日本'];
    fc.assert(
      fc.property(fc.nat(), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 3 }), fc.nat(), fc.nat({ max: 4 })), { minLength: 1, maxLength: 3 }), (which, edits) => {
        let text = texts[which % texts.length]!;
        for (const [at, del, piece, kind] of edits) {
          const i = at % (text.length + 1);
          if (kind === 0) text = text.slice(0, i) + text.slice(i + del); // delete
          else if (kind === 1) {
            // duplicate a line
            const s = text.lastIndexOf('\n', i - 1) + 1;
            const e = text.indexOf('\n', i);
            const line = text.slice(s, e === -1 ? text.length : e + 1);
            text = text.slice(0, s) + line + text.slice(s);
          } else text = text.slice(0, i) + pieces[piece % pieces.length]! + text.slice(i + (kind === 4 ? del : 0)); // insert / replace
        }
        sameBothWays(text);
      }),
      { numRuns: RUNS(1500) },
    );
  });

  it('knows which plain scalars can be typed: no core-schema test matches one starting with another character', () => {
    const tags = new Document().schema.tags.filter((t) => t.default === true && t.test) as Array<{ test: RegExp }>;
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (s) => {
        if (TYPED_START.includes(s[0]!)) return;
        for (const t of tags) expect(t.test.test(s), `${t.test} on ${s}`).toBe(false);
      }),
      { numRuns: 2000 },
    );
    // and every test matches something starting with one of them (the list is not too wide to be useful)
    for (const sample of ['~', 'null', 'true', 'False', '0o7', '12', '-1', '+1', '0x1', '.inf', '.nan', '1e3', '.5', '1.5']) {
      expect(tags.some((t) => t.test.test(sample)), sample).toBe(true);
    }
  });
});

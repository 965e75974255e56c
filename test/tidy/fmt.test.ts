import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { runCli } from '../helpers/cli.js';
import { formatYaml } from '../../src/tidy/index.js';
import { copyExample } from '../helpers/examples.js';
import { writePlan } from '../helpers/plan.js';

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? yamlFiles(p) : /\.ya?ml$/.test(n) ? [p] : [];
  });
}

const values = (text: string) => parseAllDocuments(text).map((d) => d.toJS());
/** Every comment's text, sorted: formatting may move a comment with its key, never drop or change it. */
const comments = (text: string) =>
  text
    .split('\n')
    .map((l) => /(?:^|\s)(#.*)$/.exec(l)?.[1]?.trim())
    .filter((c): c is string => Boolean(c))
    .sort();

describe('mplan fmt', () => {
  for (const example of ['exhibition-b2b', 'd2c-coffee-ja'] as const) {
    it(`keeps every value and comment of ${example}, and a second run is a no-op`, async () => {
      const dir = copyExample(example);
      const before = new Map(yamlFiles(dir).map((f) => [f, readFileSync(f, 'utf8')]));
      expect((await runCli(['fmt'], { cwd: dir })).code).toBe(0);
      for (const [f, text] of before) {
        const after = readFileSync(f, 'utf8');
        expect(values(after), f).toEqual(values(text));
        expect(comments(after), f).toEqual(comments(text));
      }
      expect((await runCli(['fmt', '--check'], { cwd: dir })).code).toBe(0);
      const snapshot = yamlFiles(dir).map((f) => readFileSync(f, 'utf8'));
      expect((await runCli(['fmt'], { cwd: dir })).code).toBe(0);
      expect(yamlFiles(dir).map((f) => readFileSync(f, 'utf8'))).toEqual(snapshot);
    });
  }

  it('puts keys in the schema order, keeps the header comment on top and list order as written', () => {
    const src = '# header\nname: Visits\nid: kpi-visits\nkind: KPI\ngoals: [b, a]\ntarget: { by: 2027-01-01, value: 5 }\n';
    expect(formatYaml(src).text).toBe('# header\nkind: KPI\nid: kpi-visits\nname: Visits\ntarget: { value: 5, by: 2027-01-01 }\ngoals: [b, a]\n');
  });

  it('keeps the line breaks of folded text blocks', () => {
    const src = 'kind: Goal\nid: g\nstatement: >-\n    first line\n    second line\nname: G\n';
    expect(formatYaml(src).text).toBe('kind: Goal\nid: g\nname: G\nstatement: >-\n  first line\n  second line\n');
  });

  it('--check lists unformatted files and exits 1 without touching them; files with YAML errors are left alone', async () => {
    const dir = writePlan({ 'broken.yaml': 'kind: Goal\nid: [\n' }, 'name: P\nkind: Plan\nid: p\nversion: 1\n');
    const t = await runCli(['fmt', '--check'], { cwd: dir });
    expect(t.code).toBe(1);
    expect(t.stdout).toContain('mplan.yaml');
    expect(readFileSync(path.join(dir, 'mplan.yaml'), 'utf8')).toBe('name: P\nkind: Plan\nid: p\nversion: 1\n');
    expect((await runCli(['fmt'], { cwd: dir })).code).toBe(1);
    expect(readFileSync(path.join(dir, 'mplan.yaml'), 'utf8')).toBe('kind: Plan\nid: p\nname: P\nversion: 1\n');
    expect(readFileSync(path.join(dir, 'broken.yaml'), 'utf8')).toBe('kind: Goal\nid: [\n');
  });

  it('never changes a value, on random plan documents', () => {
    const key = fc.constantFrom('kind', 'id', 'name', 'target', 'goals', 'owner', 'stages', 'x-note', 'description', 'by', 'value');
    const leaf = fc.oneof(fc.string({ maxLength: 30 }), fc.integer(), fc.boolean(), fc.constant(null), fc.double({ noNaN: true, noDefaultInfinity: true }));
    const tree = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('node'), { maxLength: 3 }), fc.dictionary(key, tie('node'), { maxKeys: 4 })),
    })).node;
    fc.assert(
      fc.property(fc.dictionary(key, tree, { minKeys: 1, maxKeys: 6 }), fc.constantFrom('KPI', 'Journey', 'Plan', 'RFP'), (doc, kind) => {
        const src = `${JSON.stringify({ ...doc, kind })}\n`;
        const r = formatYaml(src);
        expect(r.text).toBeDefined();
        expect(values(r.text!)).toEqual(values(src));
        expect(formatYaml(r.text!).text).toBe(r.text);
      }),
      { numRuns: 200, seed: 42 },
    );
  });
});

describe('what fmt says', () => {
  it('one file: "1 file needs `mplan fmt`" and "1 file formatted", not "file(s)"', async () => {
    const dir = writePlan({}, 'kind: Plan\nid: p\nname:    P\nversion: 1\n');
    const check = await runCli(['fmt', '--check'], { cwd: dir });
    expect(check.stdout).toContain('\n1 file needs `mplan fmt`.\n');
    expect(check.code).toBe(1);
    expect((await runCli(['fmt'], { cwd: dir })).stdout).toContain('\n1 file formatted.\n');
  });
});

/**
 * A trailing `---`, or a document that is only comments, is valid YAML that
 * people write (a commented-out document, a separator left after the last
 * one): it holds no plan document and is ignored, both ways through the
 * loader (src/load/cst.ts and yaml's Composer).
 */
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/load/parse.js';
import { check, yaml } from '../helpers/plan.js';

const GOALS = yaml`
  kind: Goal
  id: grow-repeat-buyers
  name: Grow repeat buyers
  statement: Customers come back on their own
  ---
  # kind: Goal
  # id: later
  # name: Written next quarter
  ---
  kind: Goal
  id: fewer-returns
  name: Fewer returns
  statement: Customers keep what they buy
  ---
`;

describe('empty documents', () => {
  it('a trailing `---` and a comment-only document are no findings', async () => {
    const { diagnostics, model } = await check({ 'goals/goals.yaml': GOALS });
    expect(diagnostics.filter((d) => d.file === 'goals/goals.yaml')).toEqual([]);
    expect(model.ofKind('Goal').map((g) => g.id)).toEqual(['grow-repeat-buyers', 'fewer-returns']);
  });

  it('a document keeps its number in the file, both ways through the loader', () => {
    for (const mode of ['fast', 'composer'] as const) {
      const docs = parseFile('g.yaml', '/g.yaml', GOALS, mode).file!.docs;
      expect(docs.map((d) => d.index), mode).toEqual([0, 2]);
    }
  });

  it('a file of nothing but `---` and comments is still `file-empty`', async () => {
    const { diagnostics } = await check({ 'goals/goals.yaml': '---\n# to do\n---\n' });
    expect(diagnostics.map((d) => `${d.rule}@${d.file}`)).toEqual(['file-empty@goals/goals.yaml']);
  });

  it('a document that says `~` or `null` is still not a plan document', async () => {
    const { diagnostics } = await check({ 'goals/goals.yaml': 'kind: Goal\nid: g\nname: G\nstatement: S\n---\n~\n' });
    expect(diagnostics.map((d) => `${d.rule}@${d.file}:${d.line}`)).toEqual(['doc-not-map@goals/goals.yaml:6']);
  });
});

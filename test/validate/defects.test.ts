import { describe, expect, it } from 'vitest';
import { localize } from '../../src/i18n/index.js';
import { check, yaml } from '../helpers/plan.js';

/** Run validate on a plan and return `rule@file:line:col` for each diagnostic. */
async function where(files: Record<string, string>) {
  const r = await check(files);
  return localize(r.diagnostics, 'en').map((d) => ({ at: `${d.rule}@${d.file}:${d.line}:${d.column}`, message: d.message, hint: d.hint }));
}

describe('validate: one located diagnostic per planted defect', () => {
  it('reports YAML syntax errors at the broken line', async () => {
    const ds = await where({ 'goals/g.yaml': 'kind: Goal\nid: g\nname: "unclosed\nstatement: x\n' });
    expect(ds.length).toBeGreaterThan(0);
    expect(ds.every((d) => d.at.startsWith('yaml-syntax@goals/g.yaml:'))).toBe(true);
  });

  it('says the common YAML mistakes in plain words, where the user must look', async () => {
    const cases: Array<[string, string, string]> = [
      ['kind: Goal\nid: g\nname: "Spring\nstatement: x\n', 'yaml-syntax@goals/g.yaml:3:7', 'the closing " is missing'],
      ['kind: Goal\nid: g\nname Spring\nstatement: x\n', 'yaml-syntax@goals/g.yaml:3:1', 'neither a `field: value` line'],
      ['kind: Goal\nid: g\nname: Time: 10am\nstatement: x\n', 'yaml-syntax@goals/g.yaml:3:7', 'colon followed by a space'],
      ['kind: Goal\nid: g\nname: @spring\nstatement: x\n', 'yaml-syntax@goals/g.yaml:3:7', 'cannot start with `@`'],
      ['kind: Goal\nid: g\nagreed_by:\n  - role: cmo\n   on: 2027-01-01\n', 'yaml-syntax@goals/g.yaml:5:1', 'indentation of this line'],
    ];
    for (const [text, at, words] of cases) {
      const ds = await where({ 'goals/g.yaml': text });
      expect(ds.map((d) => d.at), text).toEqual([at]);
      expect(ds[0]!.message, text).toContain(words);
      expect(ds[0]!.hint, text).toBeTruthy();
    }
  });

  it('reports a duplicate key at the second occurrence', async () => {
    const ds = await where({ 'goals/g.yaml': 'kind: Goal\nid: g\nname: A\nname: B\nstatement: x\n' });
    expect(ds.map((d) => d.at)).toEqual(['yaml-duplicate-key@goals/g.yaml:4:1']);
    expect(ds[0]!.message).toContain('`name`');
  });

  it('reports tabs used for indentation', async () => {
    const ds = await where({ 'goals/g.yaml': 'kind: Goal\nid: g\nname: A\nstatement: x\nagreed_by:\n\t- role: cmo\n' });
    expect(ds.map((d) => d.at)).toContain('yaml-tab@goals/g.yaml:6:1');
  });

  it('reports a document that is a list, not a map', async () => {
    const ds = await where({ 'goals/g.yaml': '- kind: Goal\n' });
    expect(ds.map((d) => d.at)).toEqual(['doc-not-map@goals/g.yaml:1:1']);
  });

  it('reports a missing kind, an unknown kind with did-you-mean, a missing id and a malformed id', async () => {
    const ds = await where({
      'a.yaml': yaml`
        id: no-kind
        name: X
        ---
        kind: Kpi
        id: kpi-x
        name: X
        ---
        kind: Goal
        name: Grow repeat buyers
        statement: x
        ---
        kind: Goal
        id: Grow_Repeat
        name: X
        statement: x
      `,
    });
    expect(ds.map((d) => d.at)).toEqual([
      'kind-missing@a.yaml:1:1',
      'kind-unknown@a.yaml:4:7',
      'id-missing@a.yaml:8:7',
      'id-invalid@a.yaml:13:5',
    ]);
    expect(ds[1]!.hint).toContain('`KPI`');
    expect(ds[2]!.hint).toContain('grow-repeat-buyers');
    expect(ds[3]!.hint).toContain('grow-repeat');
  });

  it('reports schema failures at the offending key or value, with plain words and hints', async () => {
    const ds = await where({
      'goals/g.yaml': yaml`
        kind: Goal
        id: g
        name: 0755
        statement: Customers feel at home
        ownr: cmo
        horizon: someday
        priority: 9
      `,
      'kpis/k.yaml': yaml`
        kind: KPI
        id: k
        name: K
        target: { value: 5, by: 2027-13-01 }
      `,
      'tools/t.yaml': yaml`
        kind: Tool
        id: t
        name: T
        category: crm
        cost: { amount: 10, currency: YEN, per: month }
      `,
    });
    expect(ds.map((d) => d.at)).toEqual([
      'schema-type@goals/g.yaml:3:7',
      'schema-unknown-key@goals/g.yaml:5:1',
      'schema-enum@goals/g.yaml:6:10',
      'schema-maximum@goals/g.yaml:7:11',
      'schema-date-no-such-month@kpis/k.yaml:4:25',
      'schema-format-currency@tools/t.yaml:5:31',
    ]);
    expect(ds[0]!.hint).toBe('If you meant the text, put it in quotes: `name: "0755"`.');
    expect(ds[1]!.hint).toBe('Did you mean `owner`?');
    expect(ds[2]!.message).toBe('`horizon` cannot be `someday`: it must be one of short, mid, long.');
  });

  it('reports a missing required field at the id line', async () => {
    const ds = await where({ 'goals/g.yaml': 'kind: Goal\nid: g\nname: G\n' });
    expect(ds.map((d) => d.at)).toEqual(['schema-required@goals/g.yaml:2:5']);
    expect(ds[0]!.message).toContain('`statement`');
  });

  it('says how to write a single item as a list, and a number without quotes or units', async () => {
    const ds = await where({
      'kpis/k.yaml': 'kind: KPI\nid: k\nname: K\ngoals: grow-repeat\ntarget: { value: "1,200", by: 2027-12-31 }\n',
      'goals/g.yaml': 'kind: Goal\nid: grow-repeat\nname: G\nstatement: x\n',
    });
    const list = ds.find((d) => d.at === 'schema-type@kpis/k.yaml:4:8')!;
    expect(list.message).toContain('must be a list');
    expect(list.hint).toBe('Write it as a list, even with one item: `goals: [grow-repeat]`, or one `- item` per line under `goals:`.');
    const number = ds.find((d) => d.at === 'schema-type@kpis/k.yaml:5:18')!;
    expect(number.message).toContain('must be a number');
    expect(number.hint).toContain('`value: 1200` (here: `"1,200"`)');
  });

  it('accepts `true` text only when quoted', async () => {
    const ds = await where({ 'goals/g.yaml': 'kind: Goal\nid: g\nname: true\nstatement: x\n' });
    expect(ds.map((d) => d.at)).toEqual(['schema-type@goals/g.yaml:3:7']);
    expect(ds[0]!.hint).toContain('"true"');
  });

  it('names both places of a duplicate id', async () => {
    const r = await check({
      'goals/a.yaml': 'kind: Goal\nid: same\nname: A\nstatement: x\n',
      'kpis/b.yaml': 'kind: KPI\nid: same\nname: B\n',
    });
    expect(r.diagnostics.map((d) => `${d.rule}@${d.file}:${d.line}`)).toEqual(['id-duplicate@goals/a.yaml:2', 'id-duplicate@kpis/b.yaml:2']);
    expect(r.diagnostics.map((d) => d.related?.map((x) => `${x.file}:${x.line}:${x.column}`))).toEqual([['kpis/b.yaml:2:5'], ['goals/a.yaml:2:5']]);
  });

  it('reports unresolved references with did-you-mean, and references to the wrong kind', async () => {
    const ds = await where({
      'team/r.yaml': 'kind: Role\nid: cmo\nname: CMO\ntype: internal\n',
      'journeys/j.yaml': yaml`
        kind: Journey
        id: expo
        name: Expo
        stages:
          - id: visit
            name: Visit
      `,
      'kpis/k.yaml': yaml`
        kind: KPI
        id: kpi-a
        name: A
        owner: cmoo
        stage: expo/vist
        goals: [nothing-here]
        source: cmo
      `,
    });
    expect(ds.map((d) => d.at)).toEqual([
      'ref-unresolved@kpis/k.yaml:4:8',
      'ref-stage-unresolved@kpis/k.yaml:5:8',
      'ref-unresolved@kpis/k.yaml:6:9',
      'ref-wrong-kind@kpis/k.yaml:7:9',
    ]);
    expect(ds[0]!.hint).toBe('Did you mean `cmo`?');
    expect(ds[1]!.hint).toBe('Did you mean `expo/visit`?');
    expect(ds[3]!.message).toBe('`source` must refer to a Tool, but `cmo` is a Role.');
  });

  it('reports a duplicate stage id inside a journey', async () => {
    const ds = await where({
      'journeys/j.yaml': yaml`
        kind: Journey
        id: expo
        name: Expo
        stages:
          - id: visit
            name: Visit
          - id: visit
            name: Visit again
      `,
    });
    expect(ds.map((d) => d.at)).toEqual(['stage-id-duplicate@journeys/j.yaml:7:9']);
  });

  it('reports a plan with no Plan document', async () => {
    const ds = await where({ 'mplan.yaml': 'kind: Goal\nid: g\nname: G\nstatement: x\n' });
    expect(ds.map((d) => d.at)).toEqual(['plan-missing@mplan.yaml:1:1']);
  });

  it('accepts x- keys anywhere and reports nothing for a clean plan', async () => {
    const ds = await where({
      'goals/g.yaml': 'kind: Goal\nid: g\nname: G\nstatement: x\nx-jira: MKT-12\nagreed_by:\n  - role: cmo\n    on: 2027-04-01\n    x-note: in the kickoff\n',
      'team/r.yaml': 'kind: Role\nid: cmo\nname: CMO\ntype: internal\n',
    });
    expect(ds).toEqual([]);
  });

  it('speaks Japanese when asked, at the same places', async () => {
    const r = await check({ 'goals/g.yaml': 'kind: Goal\nid: g\nname: G\nstatement: x\nhorizon: someday\n' });
    const [en] = localize(r.diagnostics, 'en');
    const [ja] = localize(r.diagnostics, 'ja');
    expect(ja!.line).toBe(en!.line);
    expect(ja!.message).toMatch(/[ぁ-んァ-ン一-龯]/);
  });
});

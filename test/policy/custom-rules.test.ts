import { describe, expect, it } from 'vitest';
import { yaml } from '../helpers/plan.js';
import { lintWith, where, words } from './helpers.js';

/** One custom rule `r` checking `kind`, with an optional `where`, and the given assert block. */
function rule(kind: string, assert: string, whereBlock = ''): string {
  const w = whereBlock ? `\n          where: ${whereBlock}` : '';
  return yaml`
    custom:
      - id: r
        severity: warn
        message: "{{kind}} {{id}}: {{field}} = {{value}}"
        select:
          kind: ${kind}${w}
        assert:
          ${assert}
  `;
}

const kpis = yaml`
  kind: KPI
  id: a
  name: A
  cadence: monthly
  unit: percent
  baseline: { value: 10, as_of: 2026-01-01 }
  target: { value: 12, by: 2026-12-31 }
  ---
  kind: KPI
  id: b
  name: B
  cadence: quarterly
  baseline: { value: 10 }
  target: { value: 9 }
  ---
  kind: KPI
  id: c
  name: C
`;
// Lines in kpis.yaml: a: id 2, cadence 4, baseline 6, target 7; b: id 10, cadence 12, target 14; c: id 17.

async function run(assert: string, whereBlock = '', kind = 'KPI', files: Record<string, string> = { 'kpis.yaml': kpis }) {
  const result = await lintWith(rule(kind, assert, whereBlock), files);
  const config = result.diagnostics.filter((d) => d.file === 'mplan.yaml' && d.severity === 'error');
  expect(config.map((d) => `${d.line}:${d.column} ${d.rule} ${JSON.stringify(d.data)}`)).toEqual([]);
  return where(result.diagnostics, 'r');
}

describe('declarative rules: each assertion, passing and failing', () => {
  it('present: true fails where the field is missing (at the id) and passes where it is filled in', async () => {
    expect(await run('cadence: { present: true }')).toEqual(['kpis.yaml:17 r']);
  });

  it('present: false fails where the field is filled in, at the value', async () => {
    expect(await run('unit: { present: false }')).toEqual(['kpis.yaml:5 r']);
  });

  it('pattern: text must match; a missing field fails unless optional', async () => {
    expect(await run('cadence: { pattern: "ly$" }')).toEqual(['kpis.yaml:17 r']);
    expect(await run('cadence: { pattern: "^m", optional: true }')).toEqual(['kpis.yaml:12 r']);
  });

  it('in (and the list shorthand): one of the values', async () => {
    expect(await run('cadence: { in: [monthly, quarterly] }')).toEqual(['kpis.yaml:17 r']);
    expect(await run('cadence: [weekly, monthly]')).toEqual(['kpis.yaml:12 r', 'kpis.yaml:17 r']);
  });

  it('eq (and the plain-value shorthand) and ne', async () => {
    expect(await run('cadence: monthly')).toEqual(['kpis.yaml:12 r', 'kpis.yaml:17 r']);
    expect(await run('cadence: { ne: quarterly, optional: true }')).toEqual(['kpis.yaml:12 r']);
  });

  it('lt, lte, gt, gte with a number', async () => {
    expect(await run('target.value: { gt: 10 }')).toEqual(['kpis.yaml:14 r', 'kpis.yaml:17 r']);
    expect(await run('target.value: { gte: 12, optional: true }')).toEqual(['kpis.yaml:14 r']);
    expect(await run('target.value: { lt: 12, optional: true }')).toEqual(['kpis.yaml:7 r']);
    expect(await run('target.value: { lte: 12, optional: true }')).toEqual([]);
  });

  it('compares with another field of the same document', async () => {
    expect(await run('target.value: { gt: { field: baseline.value }, optional: true }')).toEqual(['kpis.yaml:14 r']);
  });

  it('compares dates as dates, with a date or another field', async () => {
    expect(await run('target.by: { gt: { field: baseline.as_of }, optional: true }')).toEqual([]);
    expect(await run('target.by: { lte: 2026-06-30, optional: true }')).toEqual(['kpis.yaml:7 r']);
    // A date is never less than a number: the comparison fails rather than guessing.
    expect(await run('target.by: { lt: 99999999, optional: true }')).toEqual(['kpis.yaml:7 r']);
  });

  it('select.where narrows what is checked', async () => {
    expect(await run('cadence: monthly', '{ baseline.value: { gte: 10 } }')).toEqual(['kpis.yaml:12 r']);
  });

  const roles = yaml`
    kind: Role
    id: cfo
    name: CFO
    type: internal
    level: executive
    ---
    kind: Role
    id: pm
    name: PM
    type: internal
    level: manager
  `;
  const initiatives = yaml`
    kind: Initiative
    id: big-with-cfo
    name: Big with CFO
    budget: { amount: 20000000, currency: JPY }
    consulted: [pm, cfo]
    ---
    kind: Initiative
    id: big-with-pm
    name: Big with PM
    budget: { amount: 20000000, currency: JPY }
    consulted: pm
    ---
    kind: Initiative
    id: big-alone
    name: Big alone
    budget: { amount: 30000000, currency: JPY }
    ---
    kind: Initiative
    id: small
    name: Small
    budget: { amount: 1000, currency: JPY }
  `;
  const files = { 'roles.yaml': roles, 'initiatives.yaml': initiatives };

  it('refers_to: a reference points at an entity that meets conditions (¥10M needs an executive consulted)', async () => {
    expect(
      await run('consulted: { refers_to: { kind: Role, where: { level: executive } } }', '{ budget.amount: { gt: 10000000 } }', 'Initiative', files),
    ).toEqual(['initiatives.yaml:11 r', 'initiatives.yaml:14 r']);
  });

  it('refers_to with a kind finds that kind when two kinds share the id (an error reported apart)', async () => {
    // a Tool `cfo` filed before the Role `cfo`: the Role must still be the one looked at
    const withTool = { 'a-tools.yaml': 'kind: Tool\nid: cfo\nname: CFO dashboard\ncategory: bi\n', ...files };
    expect(
      await run('consulted: { refers_to: { kind: Role, where: { level: executive } } }', '{ budget.amount: { gt: 10000000 } }', 'Initiative', withTool),
    ).toEqual(['initiatives.yaml:11 r', 'initiatives.yaml:14 r']);
  });

  it('refers_to: a specific id', async () => {
    expect(await run('consulted: { refers_to: { id: cfo } }', '{ budget.amount: { gt: 10000000 } }', 'Initiative', files)).toEqual([
      'initiatives.yaml:11 r',
      'initiatives.yaml:14 r',
    ]);
    expect(await run('consulted: { refers_to: { kind: Goal } }', '{ budget.amount: { gt: 10000000 } }', 'Initiative', files)).toEqual([
      'initiatives.yaml:5 r',
      'initiatives.yaml:11 r',
      'initiatives.yaml:14 r',
    ]);
  });

  it('selects journey stages with kind: Stage, located in the journey file', async () => {
    const journey = yaml`
      kind: Journey
      id: j
      name: J
      stages:
        - id: s1
          name: S1
          owner: pm
        - id: s2
          name: S2
    `;
    expect(await run('owner: { present: true }', '', 'Stage', { 'j.yaml': journey, 'roles.yaml': roles })).toEqual(['j.yaml:8 r']);
  });
});

describe('declarative rules are reported like built-in ones', () => {
  const custom = yaml`
    custom:
      - id: kpi-cadence
        severity: error
        message: { en: "KPI {{id}} has cadence {{value}}.", ja: "KPI {{id}} の頻度は {{value}} です。" }
        hint: { en: "Use weekly or monthly." }
        docs: https://wiki.example.com/kpi
        select: { kind: KPI }
        assert: { cadence: { in: [weekly, monthly], optional: true } }
  `;

  it('with their own severity, messages in both languages (a missing one falls back), hint and entity', async () => {
    const r = await lintWith(custom, { 'kpis.yaml': kpis });
    const d = r.diagnostics.filter((x) => x.rule === 'kpi-cadence');
    expect(d.map((x) => [x.severity, x.entity, x.line, x.column])).toEqual([['error', 'b', 12, 10]]);
    expect(words(r, 'en', 'kpi-cadence')).toEqual(['KPI b has cadence quarterly. | Use weekly or monthly.']);
    expect(words(r, 'ja', 'kpi-cadence')).toEqual(['KPI b の頻度は quarterly です。 | Use weekly or monthly.']);
    expect((r.rules.get('kpi-cadence')!.meta as { docs?: string }).docs).toBe('https://wiki.example.com/kpi');
  });

  it('lint.rules and --rule can change their severity or turn them off', async () => {
    const off = await lintWith(`${custom}rules:\n  kpi-cadence: off\n`, { 'kpis.yaml': kpis });
    expect(where(off.diagnostics, 'kpi-cadence')).toEqual([]);
    const info = await lintWith(custom, { 'kpis.yaml': kpis }, { rules: { 'kpi-cadence': 'info' } });
    expect(info.diagnostics.filter((x) => x.rule === 'kpi-cadence').map((x) => x.severity)).toEqual(['info']);
  });

  it('presets do not change them: the team chose their severity', async () => {
    const minimal = await lintWith(custom, { 'kpis.yaml': kpis }, { preset: 'mplan:minimal' });
    expect(where(minimal.diagnostics, 'kpi-cadence')).toEqual(['kpis.yaml:12 kpi-cadence']);
  });

  it('suppression comments work for them', async () => {
    const suppressed = kpis.replace('cadence: quarterly', '# mplan-disable-next-line kpi-cadence -- agreed with finance\ncadence: quarterly');
    const r = await lintWith(custom, { 'kpis.yaml': suppressed });
    expect(where(r.diagnostics, 'kpi-cadence', 'suppression-unused', 'suppression-unknown-rule')).toEqual([]);
  });
});

describe('the custom rule config is validated, with located errors', () => {
  it('schema errors (unknown operator, missing message, bad severity) point at the line in mplan.yaml', async () => {
    const r = await lintWith(
      yaml`
        custom:
          - id: r1
            severity: loud
            message: x
            select: { kind: KPI }
            assert: { cadence: { one_of: [weekly] } }
          - id: r2
            severity: warn
            select: { kind: Kpi }
            assert: { cadence: weekly }
      `,
      { 'kpis.yaml': kpis },
    );
    const errs = r.diagnostics.filter((d) => d.file === 'mplan.yaml' && d.severity === 'error').map((d) => `${d.line} ${d.rule}`);
    expect(errs).toContain('8 schema-enum'); // severity: loud
    expect(errs.some((e) => /^11 schema-/.test(e))).toBe(true); // one_of
    expect(errs).toContain('12 schema-required'); // r2 has no message
    expect(errs).toContain('14 schema-enum'); // kind: Kpi
    // Broken rules are not compiled, so they report nothing.
    expect(where(r.diagnostics, 'r1', 'r2')).toEqual([]);
  });

  it('an id taken by a built-in rule or another custom rule is an error at the id', async () => {
    const r = await lintWith(
      yaml`
        custom:
          - { id: kpi-no-stage, severity: warn, message: x, select: { kind: KPI }, assert: { name: { present: true } } }
          - { id: mine, severity: warn, message: x, select: { kind: KPI }, assert: { name: { present: true } } }
          - { id: mine, severity: warn, message: y, select: { kind: KPI }, assert: { name: { present: true } } }
      `,
      {},
    );
    expect(r.diagnostics.filter((d) => d.rule === 'policy-id-clash').map((d) => `${d.line}:${d.column} ${d.data.rule}`)).toEqual([
      '7:13 kpi-no-stage',
      '9:13 mine',
    ]);
    expect(words(r, 'en', 'policy-id-clash')[0]).toMatch(/already taken.*\| Give the rule an id of its own/);
  });

  it('a field the kind does not have is an error at the condition, with a did-you-mean', async () => {
    const r = await lintWith(
      yaml`
        custom:
          - id: r
            severity: warn
            message: x
            select: { kind: Initiative, where: { budjet.amount: { gt: 1 } } }
            assert:
              consulted: { refers_to: { kind: Role, where: { levl: executive } } }
              x-anything: { present: true }
              budget.amout: { gt: { field: budget.amount } }
      `,
      {},
    );
    const d = r.diagnostics.filter((x) => x.rule === 'policy-unknown-field');
    expect(d.map((x) => `${x.line} ${x.data.field} ${x.hintData?.suggestion}`)).toEqual(['10 budjet.amount budget', '12 levl level', '14 budget.amout amount']);
    expect(words(r, 'ja', 'policy-unknown-field')[0]).toContain('には `budjet` という項目がない（`budjet.amount` 内）');
  });

  it('a regular expression that does not compile is an error at the pattern', async () => {
    const r = await lintWith(
      yaml`
        custom:
          - { id: r, severity: warn, message: x, select: { kind: KPI }, assert: { name: { pattern: "([a-z" } } }
      `,
      { 'kpis.yaml': kpis },
    );
    expect(r.diagnostics.filter((d) => d.rule === 'policy-bad-pattern').map((d) => `${d.file}:${d.line}`)).toEqual(['mplan.yaml:7']);
    expect(where(r.diagnostics, 'r')).toEqual([]);
  });
});

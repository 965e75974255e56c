/**
 * planHealth answers from the model's look-ups and counts (no Ref objects);
 * its figures must equal their definitions over the references.
 */
import { expect, it } from 'vitest';
import { loadPlan } from '../../src/load/index.js';
import { buildModel } from '../../src/model/index.js';
import { planHealth } from '../../src/health/index.js';
import { writePlan, yaml } from '../helpers/plan.js';

const PLANS = ['../../examples/exhibition-b2b/', '../../examples/d2c-coffee-ja/', '../fixtures/every-rule/'].map((d) => new URL(d, import.meta.url).pathname);

function byDefinition(dir: string) {
  const { model } = buildModel(loadPlan(dir));
  const pct = (n: number, m: number) => ({ n, m, percent: m === 0 ? null : Math.round((n / m) * 100) });
  const kpis = model.ofKind('KPI');
  const goals = model.ofKind('Goal');
  const inits = model.ofKind('Initiative');
  const tools = model.ofKind('Tool');
  const uses = ['Journey.stages[].touchpoints[].tool', 'Initiative.tools[]', 'KPI.source'];
  return {
    model,
    want: [
      pct(kpis.filter((k) => model.references(k, 'KPI.stage').some((r) => r.target)).length, kpis.length),
      pct(model.stages.filter((s) => model.referrers(s, 'KPI.stage').length > 0).length, model.stages.length),
      pct(goals.filter((g) => model.referrers(g, 'KPI.goals[]').length > 0).length, goals.length),
      pct(goals.filter((g) => Array.isArray(g.data.agreed_by) && g.data.agreed_by.length > 0).length, goals.length),
      pct(inits.filter((i) => model.references(i, 'Initiative.accountable').some((r) => r.target)).length, inits.length),
      pct(tools.filter((t) => model.referrers(t).some((r) => uses.includes(r.field))).length, tools.length),
    ],
  };
}

it('each figure equals its definition over the references (examples, every-rule fixture, odd values)', () => {
  const odd = writePlan({
    'mplan.yaml': yaml`
      kind: Plan
      id: p
      name: P
      version: 1
    `,
    'a.yaml': yaml`
      kind: Journey
      id: j
      name: J
      stages:
        - id: s
          name: S
      ---
      kind: KPI
      id: k1
      name: K1
      stage: j/s
      ---
      kind: KPI
      id: k2
      name: K2
      stage: j/nope
      ---
      kind: KPI
      id: k3
      name: K3
      stage: [j/s]
      ---
      kind: KPI
      id: k4
      name: K4
      stage: j
      ---
      kind: Role
      id: r
      name: R
      ---
      kind: Initiative
      id: i1
      name: I1
      accountable: r
      ---
      kind: Initiative
      id: i2
      name: I2
      accountable: k1
      ---
      kind: Initiative
      id: i3
      name: I3
      accountable: [r]
      ---
      kind: Initiative
      id: i4
      name: I4
      accountable: ghost
    `,
  });
  for (const dir of [...PLANS, odd]) {
    const { model, want } = byDefinition(dir);
    expect(planHealth(model).map(({ n, m, percent }) => ({ n, m, percent }))).toEqual(want);
  }
});

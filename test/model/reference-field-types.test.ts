/**
 * Reference field names are a type derived from REFERENCE_FIELDS: a misspelt
 * name (`'Initiative.owner'` for `'Initiative.accountable'`) used to count 0
 * without a word; now it does not compile. The type assertions here are
 * checked by `tsc --noEmit`, which `npm test` runs before vitest: an
 * `@ts-expect-error` line that compiles is itself an error.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { REFERENCE_FIELDS } from '../../src/index.js';
import type { AboutField, PlanModel, Ref, ReferenceField, Report, Target } from '../../src/index.js';
import { loadPlan } from '../../src/load/index.js';
import { buildModel } from '../../src/model/index.js';

/** The reference questions a rule asks, with a misspelt field name each: never called, only compiled. */
export function misspelt(model: PlanModel, t: Target): unknown[] {
  return [
    // @ts-expect-error no reference field is called `Initiative.owner` (the accountable role is `Initiative.accountable`)
    model.countReferencesTo(t, 'Initiative.owner'),
    // @ts-expect-error `KPI.goal` misses the `[]` of a list field (`KPI.goals[]`)
    model.countReferencesTo(t, ['KPI.stage', 'KPI.goal']),
    // @ts-expect-error `Journey.stage[].owner` for `Journey.stages[].owner`
    model.countEntitiesReferringTo(t, new Set(['Journey.stage[].owner'])),
    // @ts-expect-error `kpi.stage`: the kind is written as in `kind:`
    model.referrers(t, 'kpi.stage'),
    // @ts-expect-error `Initiative.kpi[]` for `Initiative.kpis[]`
    model.references(t, 'Initiative.kpi[]'),
  ];
}

/** A finding's `about` is checked the same way. */
export function misspeltAbout(t: Target): Report[] {
  return [
    // @ts-expect-error `ownr` is no field of any document
    { target: t, messageId: 'noOwner', about: 'ownr' },
    // @ts-expect-error `KPI.stages` is no reference field (`KPI.stage` is)
    { target: t, messageId: 'noKpi', about: ['KPI.stages'] },
  ];
}

describe('reference field names', () => {
  it('are exactly the names REFERENCE_FIELDS lists, as a type', () => {
    expectTypeOf<'KPI.stage'>().toExtend<ReferenceField>();
    expectTypeOf<'Journey.stages[].touchpoints[].owner'>().toExtend<ReferenceField>();
    expectTypeOf<'Initiative.owner'>().not.toExtend<ReferenceField>();
    expectTypeOf<string>().not.toExtend<ReferenceField>();
    expectTypeOf<Ref['field']>().toEqualTypeOf<ReferenceField>();
    expectTypeOf<'owner' | 'KPI.stage' | 'stages'>().toExtend<AboutField>();
    expectTypeOf<string>().not.toExtend<AboutField>();
    // Each spec names one field: no two share a name.
    expect(new Set(REFERENCE_FIELDS.map((f) => `${f.kind}.${f.path}`)).size).toBe(REFERENCE_FIELDS.length);
  });

  it('a correctly spelt name counts what the plan says', () => {
    const { model } = buildModel(loadPlan(new URL('../../examples/exhibition-b2b/', import.meta.url).pathname));
    const stage = model.stages.find((s) => model.countReferencesTo(s, 'KPI.stage') > 0)!;
    expect(model.countReferencesTo(stage, 'KPI.stage')).toBe(model.ofKind('KPI').filter((k) => k.data.stage === stage.key).length);
  });
});

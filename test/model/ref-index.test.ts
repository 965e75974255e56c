/**
 * The model keeps references as columns (src/model/ref-table.ts) and makes
 * `Ref` objects on demand: every index must answer exactly what a filter
 * over all references (`model.refs`, in the order found) answers.
 */
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/load/index.js';
import { buildModel, REFERENCE_FIELDS } from '../../src/model/index.js';
import type { PlanModel, Ref, ReferenceField, Target } from '../../src/model/index.js';

const PLANS = ['../../examples/exhibition-b2b/', '../../examples/d2c-coffee-ja/', '../fixtures/every-rule/'];
const FIELDS = REFERENCE_FIELDS.map((f) => `${f.kind}.${f.path}` as ReferenceField);

/** A reference by its fields, entities and stages by key (the expected answers come from another build of the plan). */
function plain(r: Ref) {
  return { field: r.field, source: r.source.key, stage: r.stage?.key, path: r.path, targetKey: r.targetKey, targetKind: r.targetKind, target: r.target?.key };
}

function fresh(dir: string): PlanModel {
  return buildModel(loadPlan(new URL(dir, import.meta.url).pathname)).model;
}

describe('reference indexes', () => {
  for (const dir of PLANS) {
    it(`${dir}: referrers and references equal a filter over every reference, for every field`, () => {
      // A model whose refs were never listed answers from the columns; the expected answers come from another build.
      const model = fresh(dir);
      const all = fresh(dir).refs;
      expect(all.length).toBeGreaterThan(20);
      const targets: Target[] = [...model.entities, ...model.stages];
      const keyOfFrom = (r: Ref) => (r.stage ? r.stage.key : r.source.key);
      // Distinct referring entities and stages (a stage for the references inside it).
      const distinct = (rs: Ref[]) => new Set(rs.map(keyOfFrom)).size;
      let resolved = 0;
      for (const t of targets) {
        const to = all.filter((r) => r.target?.key === t.key);
        const from = all.filter((r) => keyOfFrom(r) === t.key);
        resolved += to.length;
        const got = model.referrers(t);
        expect(got.map(plain)).toEqual(to.map(plain));
        // The objects a Ref points at are the model's own.
        for (const r of got) {
          expect(r.target).toBe(t);
          expect(r.source).toBe(model.get(r.source.id));
          if (r.stage) expect(r.stage).toBe(model.stage(r.stage.key));
        }
        expect(model.referrers(t.key).map(plain)).toEqual(to.map(plain));
        expect(model.references(t).map(plain)).toEqual(from.map(plain));
        for (const field of FIELDS) {
          expect(model.referrers(t, field).map(plain)).toEqual(to.filter((r) => r.field === field).map(plain));
          expect(model.countReferencesTo(t, field)).toBe(to.filter((r) => r.field === field).length);
          expect(model.countEntitiesReferringTo(t, field)).toBe(distinct(to.filter((r) => r.field === field)));
          expect(model.references(t, field).map(plain)).toEqual(from.filter((r) => r.field === field).map(plain));
        }
        // A plugin without types can still pass any text: a name no reference field has finds nothing.
        expect(model.referrers(t, 'Nope.field' as ReferenceField)).toEqual([]);
        expect(model.countReferencesTo(t)).toBe(to.length);
        expect(model.countReferencesTo(t.key, 'Nope.field' as ReferenceField)).toBe(0);
        expect(model.countReferencesTo(t, new Set(FIELDS.slice(0, 7)))).toBe(to.filter((r) => FIELDS.slice(0, 7).includes(r.field)).length);
        expect(model.countEntitiesReferringTo(t)).toBe(distinct(to));
        expect(model.countEntitiesReferringTo(t.key, 'Nope.field' as ReferenceField)).toBe(0);
        // The deprecated names plugins may still call: the same counts, and any text as the field.
        expect(model.referrerCount(t, FIELDS)).toBe(model.countReferencesTo(t, FIELDS));
        expect(model.referringCount(t, FIELDS)).toBe(model.countEntitiesReferringTo(t, FIELDS));
        expect(model.referrerCount(t.key, 'Nope.field')).toBe(0);
        expect(model.referringCount(t.key, 'Nope.field')).toBe(0);
        const sets: ReferenceField[][] = [FIELDS.slice(0, 11), FIELDS.slice(8, 23), ['Journey.stages[].owner', 'KPI.owner', 'Initiative.accountable']];
        for (const set of sets) {
          expect(model.countEntitiesReferringTo(t, set)).toBe(distinct(to.filter((r) => set.includes(r.field))));
        }
      }
      expect(resolved).toBe(all.filter((r) => r.target).length);
      expect(model.referrers('no-such-id')).toEqual([]);
    });
  }

  it('once model.refs is listed, the indexes hand out those same objects', () => {
    const model = fresh(PLANS[0]!);
    const all = model.refs;
    expect(model.refs).toBe(all);
    const some = all.find((r) => r.target)!;
    expect(model.referrers(some.target!)).toContain(some);
    expect(model.references(some.stage ?? some.source)).toContain(some);
  });

  it('a Ref has every field as its own property, in one order', () => {
    const model = fresh(PLANS[2]!);
    for (const r of [...model.referrers(model.entities[0]!), ...model.refs]) {
      expect(Object.keys(r)).toEqual(['field', 'source', 'stage', 'path', 'targetKey', 'targetKind', 'target']);
    }
  });
});

import type { Kind, TargetKind } from './kinds.js';
import type { Entity, Path, Stage } from './types.js';

/** One field of the format that holds a reference: the kind that has it, where in the document, and what it points at. */
export interface ReferenceFieldSpec {
  readonly kind: Kind;
  readonly path: string;
  readonly target: TargetKind;
}

/**
 * Every field of the format that holds a reference, by kind. `[]` marks a
 * list (a single value is accepted there too). The model resolves each one
 * once and indexes it both ways, so rules never search. Declared `as const`
 * so that `ReferenceField` below is exactly these names.
 */
export const REFERENCE_FIELDS = [
  { kind: 'Plan', path: 'owner', target: 'Role' },
  { kind: 'Plan', path: 'sponsors[]', target: 'Role' },
  { kind: 'Plan', path: 'roadmap[].initiatives[]', target: 'Initiative' },
  { kind: 'Goal', path: 'owner', target: 'Role' },
  { kind: 'Goal', path: 'agreed_by[].role', target: 'Role' },
  { kind: 'Challenge', path: 'goal', target: 'Goal' },
  { kind: 'Challenge', path: 'owner', target: 'Role' },
  { kind: 'Journey', path: 'persona', target: 'Persona' },
  { kind: 'Journey', path: 'stages[].owner', target: 'Role' },
  { kind: 'Journey', path: 'stages[].touchpoints[].tool', target: 'Tool' },
  { kind: 'Journey', path: 'stages[].touchpoints[].owner', target: 'Role' },
  { kind: 'KPI', path: 'stage', target: 'Stage' },
  { kind: 'KPI', path: 'goals[]', target: 'Goal' },
  { kind: 'KPI', path: 'owner', target: 'Role' },
  { kind: 'KPI', path: 'source', target: 'Tool' },
  { kind: 'Initiative', path: 'stages[]', target: 'Stage' },
  { kind: 'Initiative', path: 'kpis[]', target: 'KPI' },
  { kind: 'Initiative', path: 'challenges[]', target: 'Challenge' },
  { kind: 'Initiative', path: 'tools[]', target: 'Tool' },
  { kind: 'Initiative', path: 'accountable', target: 'Role' },
  { kind: 'Initiative', path: 'responsible[]', target: 'Role' },
  { kind: 'Initiative', path: 'consulted[]', target: 'Role' },
  { kind: 'Initiative', path: 'informed[]', target: 'Role' },
  { kind: 'Role', path: 'reports_to', target: 'Role' },
  { kind: 'Tool', path: 'owner', target: 'Role' },
  { kind: 'Tool', path: 'integrations[].tool', target: 'Tool' },
  { kind: 'RFP', path: 'issuer', target: 'Role' },
  { kind: 'RFP', path: 'goals[]', target: 'Goal' },
  { kind: 'RFP', path: 'scope.initiatives[]', target: 'Initiative' },
  { kind: 'RFP', path: 'scope.stages[]', target: 'Stage' },
  { kind: 'RFP', path: 'integrations[]', target: 'Tool' },
] as const satisfies readonly ReferenceFieldSpec[];

/**
 * The name of a reference field, `Kind.path` (`KPI.stage`,
 * `Journey.stages[].owner`): the only names `model.referrers`,
 * `model.countReferencesTo` and the other reference questions accept, so a
 * misspelt name is a compile error instead of a count of 0.
 */
export type ReferenceField = FieldName<(typeof REFERENCE_FIELDS)[number]>;
type FieldName<F> = F extends { readonly kind: infer K extends string; readonly path: infer P extends string } ? `${K}.${P}` : never;

/** One reference from a document to another entity or stage, resolved once. */
export interface Ref {
  /** `KPI.stage`, `Initiative.kpis[]`, `Journey.stages[].owner` … */
  field: ReferenceField;
  source: Entity;
  /** The stage the reference sits in, for references inside a journey's stages. */
  stage?: Stage;
  /** Where the reference value sits in the source document. */
  path: Path;
  targetKey: string;
  targetKind: TargetKind;
  /** The entity or stage it points at, when it resolves to the right kind. */
  target?: Entity | Stage;
}

const compiled = new Map<string, ReadonlyArray<{ key: string; isList: boolean }>>();
/** A field spec's segments (`roadmap[].initiatives[]`), each with its key and whether it is a list (`[]`), split once per spec. */
export function fieldSegments(spec: string): ReadonlyArray<{ key: string; isList: boolean }> {
  let s = compiled.get(spec);
  if (!s) {
    s = spec.split('.').map((seg) => (seg.endsWith('[]') ? { key: seg.slice(0, -2), isList: true } : { key: seg, isList: false }));
    compiled.set(spec, s);
  }
  return s;
}

/** Yield `[value, path]` for each value the field spec reaches in `data`. */
export function* valuesAt(data: unknown, spec: string): Generator<[unknown, (string | number)[]]> {
  const segs = fieldSegments(spec);
  function* walk(value: unknown, i: number, path: (string | number)[]): Generator<[unknown, (string | number)[]]> {
    if (i === segs.length) {
      yield [value, path];
      return;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return;
    const { key, isList } = segs[i]!;
    if (!Object.prototype.hasOwnProperty.call(value, key)) return;
    const v = (value as Record<string, unknown>)[key];
    if (v === undefined || v === null) return;
    if (isList && Array.isArray(v)) {
      for (let k = 0; k < v.length; k++) yield* walk(v[k], i + 1, [...path, key, k]);
    } else {
      yield* walk(v, i + 1, [...path, key]);
    }
  }
  yield* walk(data, 0, []);
}

export { buildModel } from './build.js';
export { PlanModel } from './model.js';
export { KINDS, isKind } from './kinds.js';
export type { Kind, TargetKind } from './kinds.js';
export type { Ref, ReferenceField, ReferenceFieldSpec } from './refs.js';
export { REFERENCE_FIELDS } from './refs.js';
export type * from './types.js';

import type { Location } from '../diagnostics/types.js';
import type { SourceFile } from '../load/source.js';
import type { Kind } from './kinds.js';
import { locateIn } from './locate.js';
import { REFERENCE_FIELDS } from './refs.js';
import type { Ref, ReferenceField } from './refs.js';
import { RefTable } from './ref-table.js';
import type { RefField } from './ref-table.js';
import type { Entity, Path, Stage, Target } from './types.js';

/**
 * The resolved plan: every entity by id and by kind, every stage by
 * `journey/stage`, and every reference indexed from both ends. Built once
 * per run; rules only read it.
 */
export class PlanModel {
  readonly root: string;
  readonly planFile: string;
  readonly files: SourceFile[];
  readonly entities: Entity[] = [];
  readonly stages: Stage[] = [];
  /** Entity and stage numbers (positions in `entities` and `stages`) by key; for an id two kinds share (an error), the first. */
  private readonly byId = new Map<string, number>();
  /** Entity numbers by kind, then id: a reference is resolved among the entities of the kind it expects. */
  private readonly byKindId = new Map<Kind, Map<string, number>>();
  private readonly byKindMap = new Map<Kind, Entity[]>();
  private readonly stageByKey = new Map<string, number>();
  private readonly stagesByJourney = new Map<Entity, Stage[]>();
  /** @internal every reference, as columns (src/model/ref-table.ts); filled by buildModel. */
  readonly refTable: RefTable;
  plan: Entity<'Plan'> | undefined;
  /**
   * References that could not be checked: ids (and `journey/stage` keys) that
   * no entity or stage has, written in a part of a file with YAML errors that
   * the parser could not read. Neither resolved nor misspelt (filled by buildModel).
   */
  readonly unchecked = new Set<string>();

  constructor(root: string, planFile: string, files: SourceFile[]) {
    this.root = root;
    this.planFile = planFile;
    this.files = files;
    this.refTable = new RefTable(referenceFields());
  }

  /** Every resolved and unresolved reference, in the order found (made on first use, then kept). */
  get refs(): Ref[] {
    return this.refTable.allRefs();
  }

  /** @internal used while building */
  addEntity(e: Entity): void {
    const n = this.entities.length;
    if (!this.byId.has(e.id)) this.byId.set(e.id, n);
    let ids = this.byKindId.get(e.kind);
    if (!ids) this.byKindId.set(e.kind, (ids = new Map()));
    ids.set(e.id, n);
    this.entities.push(e);
    let list = this.byKindMap.get(e.kind);
    if (!list) this.byKindMap.set(e.kind, (list = []));
    list.push(e);
    if (e.kind === 'Plan' && !this.plan) this.plan = e as Entity<'Plan'>;
  }

  /** @internal */
  addStage(s: Stage): void {
    this.stageByKey.set(s.key, this.stages.length);
    this.stages.push(s);
    push(this.stagesByJourney, s.journey, s);
  }

  /** @internal the number of the entity with this id (its position in `entities`), -1 if none. */
  entityNumber(id: string): number {
    return this.byId.get(id) ?? -1;
  }

  /** @internal the number of the entity of this kind with this id, -1 if none. */
  entityNumberOf(kind: Kind, id: string): number {
    return this.byKindId.get(kind)?.get(id) ?? -1;
  }

  /** @internal the number of the stage with this key (its position in `stages`), -1 if none. */
  stageNumber(key: string): number {
    return this.stageByKey.get(key) ?? -1;
  }

  /** The index group of an entity or stage, or of a key (src/model/ref-table.ts), -1 if none: a stage is looked up among stages only. */
  private groupOf(target: Target | string): number {
    if (typeof target === 'string') return this.group(target);
    if (target.kind !== 'Stage') return this.entityNumberOf(target.kind, target.key);
    const s = this.stageByKey.get(target.key);
    return s === undefined ? -1 : this.entities.length + s;
  }

  /** The index group of an entity or stage key (src/model/ref-table.ts), -1 if neither. */
  private group(key: string): number {
    const e = this.byId.get(key);
    if (e !== undefined) return e;
    const s = this.stageByKey.get(key);
    return s === undefined ? -1 : this.entities.length + s;
  }

  /** The entity with this id, of any kind. */
  get(id: string): Entity | undefined {
    const n = this.byId.get(id);
    return n === undefined ? undefined : this.entities[n];
  }

  /** The entity with this id if it is of the given kind. */
  getOf<K extends Kind>(kind: K, id: unknown): Entity<K> | undefined {
    if (typeof id !== 'string') return undefined;
    const n = this.byKindId.get(kind)?.get(id);
    return n === undefined ? undefined : (this.entities[n] as Entity<K>);
  }

  /** All entities of a kind, in file order. */
  ofKind<K extends Kind>(kind: K): ReadonlyArray<Entity<K>> {
    return (this.byKindMap.get(kind) ?? []) as Entity<K>[];
  }

  stage(key: unknown): Stage | undefined {
    if (typeof key !== 'string') return undefined;
    const n = this.stageByKey.get(key);
    return n === undefined ? undefined : this.stages[n];
  }

  /** The stages of one journey, in order. */
  stagesOf(journey: Entity<'Journey'>): Stage[] {
    return (this.stagesByJourney.get(journey) ?? []).slice();
  }

  /** Resolved references pointing at this entity or stage; `field` narrows to one field (`KPI.stage`). */
  referrers(target: Target | string, field?: ReferenceField): Ref[] {
    return this.refTable.toGroup(this.groupOf(target), this.refTable.fieldNumber(field));
  }

  /**
   * How many resolved references point at this entity or stage (through one
   * field, or any of several): `referrers(target, field).length` without
   * making the references (the cheaper question for "is it used at all?").
   * A KPI listing the same goal twice counts twice.
   */
  countReferencesTo(target: Target | string, field?: ReferenceField | Iterable<ReferenceField>): number {
    return this.referenceCount(target, field);
  }

  /**
   * How many different entities and stages refer to this target (through one
   * field, or any of several): each counts once, whatever the number of its
   * references — "how many things does this role own?" without making the
   * references. A reference inside a journey's stage counts for the stage.
   */
  countEntitiesReferringTo(target: Target | string, field?: ReferenceField | Iterable<ReferenceField>): number {
    return this.referringEntityCount(target, field);
  }

  /**
   * @deprecated Use `countReferencesTo`, the same count under a name that
   * says what it counts. Kept so plugins written against it keep working;
   * a field name no reference field has counts 0.
   */
  referrerCount(target: Target | string, field?: string | Iterable<string>): number {
    return this.referenceCount(target, field);
  }

  /**
   * @deprecated Use `countEntitiesReferringTo`, the same count under a name
   * that says what it counts. Kept so plugins written against it keep
   * working; a field name no reference field has counts 0.
   */
  referringCount(target: Target | string, field?: string | Iterable<string>): number {
    return this.referringEntityCount(target, field);
  }

  private referenceCount(target: Target | string, field: string | Iterable<string> | undefined): number {
    const group = this.groupOf(target);
    if (field === undefined || typeof field === 'string') return this.refTable.countTo(group, this.refTable.fieldNumber(field));
    let n = 0;
    for (const f of field) n += this.refTable.countTo(group, this.refTable.fieldNumber(f));
    return n;
  }

  private referringEntityCount(target: Target | string, field: string | Iterable<string> | undefined): number {
    const table = this.refTable;
    const fields = field === undefined ? [-1] : typeof field === 'string' ? [table.fieldNumber(field)] : [...field].map((f) => table.fieldNumber(f));
    return table.countReferringTo(this.groupOf(target), fields);
  }

  /** References made by this entity or stage (a journey's own, not its stages', unless it is a stage); `field` narrows to one field. */
  references(source: Target, field?: ReferenceField): Ref[] {
    return this.refTable.fromGroup(this.groupOf(source), this.refTable.fieldNumber(field));
  }

  /**
   * file:line:col of a path inside an entity or stage. With no path, the
   * target's `id` (where a reader looks for "this KPI").
   */
  locate(target: Target, path: Path = ['id'], at: 'value' | 'key' = 'value'): Location {
    if (target.kind === 'Stage') {
      const j = target.journey;
      return locateIn(j.file, j.doc, ['stages', target.index, ...path], at);
    }
    return locateIn(target.file, target.doc, path, at);
  }
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}

let fieldList: RefField[] | undefined;
/** Every reference field (REFERENCE_FIELDS order), numbered as the reference table stores them. */
function referenceFields(): RefField[] {
  // Each spec's name is `Kind.path`, which is how ReferenceField is derived from the same table.
  return (fieldList ??= REFERENCE_FIELDS.map((spec) => ({ field: `${spec.kind}.${spec.path}` as ReferenceField, target: spec.target })));
}

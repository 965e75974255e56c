import type { TargetKind } from './kinds.js';
import type { Ref, ReferenceField } from './refs.js';
import type { Entity, Path, Stage } from './types.js';

/** What every reference of one field shares: its name (`KPI.stage`) and what it points at. */
export interface RefField {
  readonly field: ReferenceField;
  readonly target: TargetKind;
}

/** `target` of a reference that did not resolve. */
export const UNRESOLVED = -1;
/** A stage target is stored as `STAGE_BASE - ordinal` (entities are 0 and up). */
const STAGE_BASE = -2;
export const stageTarget = (ordinal: number): number => STAGE_BASE - ordinal;

/**
 * Every reference of the plan as columns of numbers instead of one object
 * each (61,000 references at 10,000 files: ≈ 2 MiB instead of ≈ 8 MiB of
 * objects and index lists kept for the whole run, and none of it copied out
 * of the young generation). A `Ref` object is made when a caller asks for
 * one (`model.referrers`, `references`, `refs`); the indexes both ways are
 * two counting sorts, so each list keeps the order the references were found
 * in (document order, entity by entity).
 *
 * Entities and stages are numbered by their position in `model.entities` and
 * `model.stages`; an index "group" is an entity's number, or the number of
 * entities plus a stage's number.
 */
export class RefTable {
  private n = 0;
  private src = new Int32Array(1024);
  private stage = new Int32Array(1024);
  private field = new Uint8Array(1024);
  private path = new Int32Array(1024);
  private target = new Int32Array(1024);
  private keys: string[] = [];
  /** Distinct paths, shared by all references (`PathNode.index` in build.ts). */
  readonly paths: Path[] = [];
  private readonly fieldIndex = new Map<string, number>();
  private entities: readonly Entity[] = [];
  private stages: readonly Stage[] = [];
  /** Every reference as an object, made once `model.refs` is asked for; then the lists hand out these. */
  private all: Ref[] | undefined;

  /** `fields[n]` is the field of every reference added with field number `n`. */
  constructor(readonly fields: readonly RefField[]) {
    fields.forEach((f, n) => this.fieldIndex.set(f.field, n));
  }

  /** The number of a field (`KPI.stage`), -1 for none given, -2 if no reference field has that name (a plugin without types may pass any text). */
  fieldNumber(field: string | undefined): number {
    return field === undefined ? -1 : this.fieldIndex.get(field) ?? -2;
  }
  /** countReferringTo's "seen" marks, one per index group, and the stamp of the current call. */
  private marks: Int32Array | undefined;
  private stamp = 0;
  private fromStart: Int32Array | undefined;
  private fromOrder: Int32Array | undefined;
  private toStart: Int32Array | undefined;
  private toOrder: Int32Array | undefined;

  /** Append one reference; `stage` is -1 outside a journey's stages, `target` an entity number, `stageTarget(n)` or UNRESOLVED. */
  add(src: number, stage: number, field: number, path: number, key: string, target: number): void {
    const i = this.n;
    if (i === this.src.length) this.grow();
    this.src[i] = src;
    this.stage[i] = stage;
    this.field[i] = field;
    this.path[i] = path;
    this.target[i] = target;
    this.keys.push(key);
    this.n = i + 1;
  }

  /** Room for `size` references in all (before the first `add`), so the columns need not grow. */
  reserve(size: number): void {
    if (this.n === 0 && size > this.src.length) this.grow(size);
  }

  private grow(size = this.src.length * 2): void {
    const more = <T extends Int32Array | Uint8Array>(a: T, make: new (n: number) => T): T => {
      const b = new make(size);
      b.set(a);
      return b;
    };
    this.src = more(this.src, Int32Array);
    this.stage = more(this.stage, Int32Array);
    this.field = more(this.field, Uint8Array);
    this.path = more(this.path, Int32Array);
    this.target = more(this.target, Int32Array);
  }

  /** Build both indexes once every reference is in; the columns are cut to their exact size. */
  seal(entities: readonly Entity[], stages: readonly Stage[]): void {
    this.entities = entities;
    this.stages = stages;
    const n = this.n;
    this.src = this.src.slice(0, n);
    this.stage = this.stage.slice(0, n);
    this.field = this.field.slice(0, n);
    this.path = this.path.slice(0, n);
    this.target = this.target.slice(0, n);
    const entityCount = entities.length;
    const groups = entityCount + stages.length;
    const from = new Int32Array(n);
    const to = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const st = this.stage[i]!;
      from[i] = st >= 0 ? entityCount + st : this.src[i]!;
      const t = this.target[i]!;
      to[i] = t >= 0 ? t : t === UNRESOLVED ? -1 : entityCount + (STAGE_BASE - t);
    }
    [this.fromStart, this.fromOrder] = countingSort(from, groups);
    [this.toStart, this.toOrder] = countingSort(to, groups);
  }

  /** References made from `group`, in order; `field` a field number, -1 for all (empty before `seal`). */
  fromGroup(group: number, field: number): Ref[] {
    return this.select(this.fromStart, this.fromOrder, group, field);
  }

  /** References pointing at `group`, in order. */
  toGroup(group: number, field: number): Ref[] {
    return this.select(this.toStart, this.toOrder, group, field);
  }

  /** How many references point at `group` (of one field, or all with -1), without making them. */
  countTo(group: number, field: number): number {
    const start = this.toStart;
    const order = this.toOrder;
    if (!start || !order || field === -2 || group < 0 || group + 1 >= start.length) return 0;
    if (field < 0) return start[group + 1]! - start[group]!;
    let n = 0;
    for (let k = start[group]!, end = start[group + 1]!; k < end; k++) if (this.field[order[k]!] === field) n++;
    return n;
  }

  /**
   * How many different entities or stages (index groups) refer to `group`
   * through any of `fields` (field numbers; -1 for every field), each counted
   * once: linear in the referrers, no object made.
   */
  countReferringTo(group: number, fields: readonly number[]): number {
    const start = this.toStart;
    const order = this.toOrder;
    if (!start || !order || group < 0 || group + 1 >= start.length) return 0;
    const marks = (this.marks ??= new Int32Array(start.length));
    if (++this.stamp === 0x7fffffff) {
      marks.fill(0);
      this.stamp = 1;
    }
    const stamp = this.stamp;
    const entityCount = this.entities.length;
    const anyField = fields.includes(-1);
    let n = 0;
    for (let k = start[group]!, end = start[group + 1]!; k < end; k++) {
      const i = order[k]!;
      if (!anyField && !fields.includes(this.field[i]!)) continue;
      const st = this.stage[i]!;
      const from = st >= 0 ? entityCount + st : this.src[i]!;
      if (marks[from] !== stamp) {
        marks[from] = stamp;
        n++;
      }
    }
    return n;
  }

  /** Every reference, in the order found (made once, then kept). */
  allRefs(): Ref[] {
    if (!this.all) {
      const all: Ref[] = new Array(this.n);
      for (let i = 0; i < this.n; i++) all[i] = this.make(i);
      this.all = all;
    }
    return this.all;
  }

  private select(start: Int32Array | undefined, order: Int32Array | undefined, group: number, field: number): Ref[] {
    const out: Ref[] = [];
    if (!start || !order || field === -2 || group < 0 || group + 1 >= start.length) return out;
    const end = start[group + 1]!;
    const all = this.all;
    for (let k = start[group]!; k < end; k++) {
      const i = order[k]!;
      if (field < 0 || this.field[i] === field) out.push(all ? all[i]! : this.make(i));
    }
    return out;
  }

  /** Reference `i` as a `Ref` object (a new one each call). */
  private make(i: number): Ref {
    const f = this.fields[this.field[i]!]!;
    const st = this.stage[i]!;
    const t = this.target[i]!;
    const entities = this.entities;
    const stages = this.stages;
    return {
      field: f.field,
      source: entities[this.src[i]!]!,
      stage: st >= 0 ? stages[st] : undefined,
      path: this.paths[this.path[i]!]!,
      targetKey: this.keys[i]!,
      targetKind: f.target,
      target: t >= 0 ? entities[t] : t === UNRESOLVED ? undefined : stages[STAGE_BASE - t],
    };
  }
}

/** Stable counting sort of `0..n-1` by group (-1: in no group): start offsets (groups + 1) and the order. */
function countingSort(groupOf: Int32Array, groups: number): [Int32Array, Int32Array] {
  const start = new Int32Array(groups + 1);
  let kept = 0;
  for (let i = 0; i < groupOf.length; i++) {
    const g = groupOf[i]!;
    if (g >= 0) {
      start[g + 1]!++;
      kept++;
    }
  }
  for (let g = 0; g < groups; g++) start[g + 1]! += start[g]!;
  const next = start.slice(0, groups);
  const order = new Int32Array(kept);
  for (let i = 0; i < groupOf.length; i++) {
    const g = groupOf[i]!;
    if (g >= 0) order[next[g]!++] = i;
  }
  return [start, order];
}

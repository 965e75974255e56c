import type { Location } from '../diagnostics/types.js';
import type { SourceFile } from '../load/source.js';
import type { Kind } from './kinds.js';
import { locateIn } from './locate.js';
import type { Ref } from './refs.js';
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
  readonly refs: Ref[] = [];
  private readonly byId = new Map<string, Entity>();
  private readonly byKindMap = new Map<Kind, Entity[]>();
  private readonly stageByKey = new Map<string, Stage>();
  private readonly stagesByJourney = new Map<Entity, Stage[]>();
  private readonly refsToMap = new Map<string, Ref[]>();
  private readonly refsFromMap = new Map<string, Ref[]>();
  plan: Entity<'Plan'> | undefined;

  constructor(root: string, planFile: string, files: SourceFile[]) {
    this.root = root;
    this.planFile = planFile;
    this.files = files;
  }

  /** @internal used while building */
  addEntity(e: Entity): void {
    this.entities.push(e);
    this.byId.set(e.id, e);
    let list = this.byKindMap.get(e.kind);
    if (!list) this.byKindMap.set(e.kind, (list = []));
    list.push(e);
    if (e.kind === 'Plan' && !this.plan) this.plan = e as Entity<'Plan'>;
  }

  /** @internal */
  addStage(s: Stage): void {
    this.stages.push(s);
    this.stageByKey.set(s.key, s);
    push(this.stagesByJourney, s.journey, s);
  }

  /** @internal */
  addRef(r: Ref): void {
    this.refs.push(r);
    push(this.refsFromMap, r.stage ? r.stage.key : r.source.key, r);
    if (r.target) push(this.refsToMap, r.target.key, r);
  }

  /**
   * @internal the references one entity makes, in order (its own and its
   * stages'): indexed by target, no look-up per reference on the source side
   * (`setReferencesFrom` files them there).
   */
  addRefs(refs: readonly Ref[]): void {
    for (let i = 0; i < refs.length; i++) {
      const r = refs[i]!;
      this.refs.push(r);
      if (r.target) push(this.refsToMap, r.target.key, r);
    }
  }

  /** @internal every reference made from one entity or stage, in order, as one exact-size list; `from` has none yet. */
  setReferencesFrom(from: string, refs: Ref[]): void {
    this.refsFromMap.set(from, refs);
  }

  /**
   * @internal once every reference is in: the referrer lists, grown by push
   * (a list that grew past one entry has room for 17 or more), copied to
   * their exact size. 26,000 lists at 10,000 files: ≈ 3 MiB less kept.
   */
  sealRefs(): void {
    for (const [k, l] of this.refsToMap) if (l.length > 1) this.refsToMap.set(k, l.slice());
  }

  /** The entity with this id, of any kind. */
  get(id: string): Entity | undefined {
    return this.byId.get(id);
  }

  /** The entity with this id if it is of the given kind. */
  getOf<K extends Kind>(kind: K, id: unknown): Entity<K> | undefined {
    if (typeof id !== 'string') return undefined;
    const e = this.byId.get(id);
    return e && e.kind === kind ? (e as Entity<K>) : undefined;
  }

  /** All entities of a kind, in file order. */
  ofKind<K extends Kind>(kind: K): ReadonlyArray<Entity<K>> {
    return (this.byKindMap.get(kind) ?? []) as Entity<K>[];
  }

  stage(key: unknown): Stage | undefined {
    return typeof key === 'string' ? this.stageByKey.get(key) : undefined;
  }

  /** The stages of one journey, in order. */
  stagesOf(journey: Entity<'Journey'>): Stage[] {
    return (this.stagesByJourney.get(journey) ?? []).slice();
  }

  /** Resolved references pointing at this entity or stage; `field` narrows to one field (`KPI.stage`). */
  referrers(target: Target | string, field?: string): Ref[] {
    const key = typeof target === 'string' ? target : target.key;
    const all = this.refsToMap.get(key);
    if (!all) return [];
    return field ? byField(all, field) : all;
  }

  /** References made by this entity or stage (a journey's own, not its stages', unless it is a stage). */
  references(source: Target, field?: string): Ref[] {
    const all = this.refsFromMap.get(source.key);
    if (!all) return [];
    return field ? byField(all, field) : all;
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

/** The references of one field, in order (a loop: `filter` with a closure per call costs more). */
function byField(all: Ref[], field: string): Ref[] {
  const out: Ref[] = [];
  for (let i = 0; i < all.length; i++) if (all[i]!.field === field) out.push(all[i]!);
  return out;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}

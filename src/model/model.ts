import type { Node } from 'yaml';
import type { Location } from '../diagnostics/types.js';
import type { SourceFile } from '../load/source.js';
import type { Kind } from './kinds.js';
import { locationKey } from '../cache/key.js';
import { locatePath } from './locate.js';
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
  }

  /** @internal */
  addRef(r: Ref): void {
    this.refs.push(r);
    push(this.refsFromMap, r.stage ? r.stage.key : r.source.key, r);
    if (r.target) push(this.refsToMap, r.target.key, r);
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
    return this.stages.filter((s) => s.journey === journey);
  }

  /** Resolved references pointing at this entity or stage; `field` narrows to one field (`KPI.stage`). */
  referrers(target: Target | string, field?: string): Ref[] {
    const key = typeof target === 'string' ? target : target.key;
    const all = this.refsToMap.get(key) ?? [];
    return field ? all.filter((r) => r.field === field) : all;
  }

  /** References made by this entity or stage (a journey's own, not its stages', unless it is a stage). */
  references(source: Target, field?: string): Ref[] {
    const all = this.refsFromMap.get(source.key) ?? [];
    return field ? all.filter((r) => r.field === field) : all;
  }

  /** The file, document root node and full path of a path inside a target. */
  private anchor(target: Target, path: Path): { file: SourceFile; node: Node; path: Path } {
    if (target.kind === 'Stage') {
      return { file: target.journey.file, node: target.journey.node, path: ['stages', target.index, ...path] };
    }
    return { file: target.file, node: target.node, path };
  }

  /**
   * file:line:col of a path inside an entity or stage. With no path, the
   * target's `id` (where a reader looks for "this KPI").
   */
  locate(target: Target, path: Path = ['id'], at: 'value' | 'key' = 'value'): Location {
    // --cache (src/cache/): lookups are remembered per file, so an unchanged file
    // restored from the cache is not parsed again just to locate a finding.
    const entity = target.kind === 'Stage' ? target.journey : target;
    const memo = entity.file.locations;
    const key = memo ? locationKey(entity.doc.index, target.kind === 'Stage' ? ['stages', target.index, ...path] : path, at) : '';
    const hit = memo?.get(key);
    if (hit) return { ...hit };
    const a = this.anchor(target, path);
    const loc = locatePath(a.file, a.node, a.path, at);
    memo?.set(key, { ...loc });
    return loc;
  }
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}

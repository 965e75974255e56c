import type { Diagnostic, Location, MessageData } from '../diagnostics/types.js';
import type { LoadedPlan } from '../load/index.js';
import type { ParsedDoc, SourceFile } from '../load/source.js';
import { didYouMean, Suggester } from '../util/suggest.js';
import { checkPlanDates } from './dates.js';
import { ID_PATTERN, isKind, KINDS, suggestId } from './kinds.js';
import type { Kind, TargetKind } from './kinds.js';
import { locateIn, rangeLocation } from './locate.js';
import { PlanModel } from './model.js';
import { forEachValueAt, REFERENCE_FIELDS } from './refs.js';
import { stageTarget, UNRESOLVED } from './ref-table.js';
import type { Entity, Path, Stage, StageData } from './types.js';

function diag(
  file: SourceFile,
  doc: ParsedDoc,
  path: Path,
  code: string,
  data: MessageData,
  extra: Partial<Diagnostic> = {},
): Diagnostic {
  return {
    ...locateIn(file, doc, path),
    rule: code,
    severity: 'error',
    messageId: code,
    data,
    ...extra,
  };
}

function fieldLabel(path: Path): string {
  let s = '';
  for (const p of path) s += typeof p === 'number' ? `[${p}]` : s ? `.${p}` : p;
  return s;
}

/**
 * model: turn parsed documents into entities (kind and id checked, ids
 * unique), journey stages, and resolved references indexed both ways.
 */
export function buildModel(loaded: LoadedPlan): { model: PlanModel; diagnostics: Diagnostic[] } {
  const model = new PlanModel(loaded.root, loaded.planFile, loaded.files);
  const diagnostics: Diagnostic[] = [];

  // 1. entities
  const duplicates = new Set<string>();
  let broken: SourceFile[] | undefined;
  for (const file of loaded.files) {
    const docs = file.docs;
    for (let d = 0; d < docs.length; d++) {
      const pd = docs[d]!;
      if (pd.ok) addDocument(model, file, pd, diagnostics, duplicates);
      else {
        if (broken?.[broken.length - 1] !== file) (broken ??= []).push(file);
        if (pd.rootIsMap) addPartial(model, file, pd);
      }
    }
  }
  checkPlanDates(model.plan, diagnostics);
  if (!model.plan) {
    diagnostics.push({
      rule: 'plan-missing',
      severity: 'error',
      file: loaded.planFile,
      line: 1,
      column: 1,
      messageId: 'plan-missing',
      data: {},
      hintId: 'plan-missing.hint',
    });
  }

  // 2. stages
  // Stage numbers (positions in model.stages) of each journey's stages, by position in its list (-1: none).
  const stageAtIndex = new Map<Entity, number[]>();
  for (const j of model.ofKind('Journey')) {
    const byIndex = addStages(model, j, diagnostics);
    if (byIndex) stageAtIndex.set(j, byIndex);
  }

  // 3. references, resolved once and indexed both ways
  const refs = new RefResolver(model, diagnostics, stageAtIndex, broken && new LostIds(broken));
  const entities = model.entities;
  model.refTable.reserve(entities.length * 8); // more than a plan's entities hold on average, so the columns need not grow
  for (let en = 0; en < entities.length; en++) refs.entity(entities[en]!, en);
  model.refTable.seal(model.entities, model.stages);
  refs.uncheckedNotes();
  return { model, diagnostics };
}

/**
 * One usable document: an entity unless its kind or id is wrong or its id is
 * taken (small and called per document; the findings out of line). An id
 * taken by another kind is reported, but both entities stay: references are
 * resolved by the kind they expect, so neither one's references break.
 */
function addDocument(model: PlanModel, file: SourceFile, pd: ParsedDoc, diagnostics: Diagnostic[], reported: Set<string>): void {
  const e = toEntity(file, pd, diagnostics);
  if (!e) return;
  if (e.partial) {
    if (model.entityNumberOf(e.kind, e.id) < 0 && e.kind !== 'Plan') model.addEntity(e);
    return;
  }
  if (model.entityNumber(e.id) < 0 && !(e.kind === 'Plan' && model.plan)) model.addEntity(e);
  else if (duplicate(model, file, e, diagnostics, reported)) model.addEntity(e);
}

/** What the parser could still read of a document with YAML errors: an entity if its kind and id are readable and free, silently (the YAML error is the finding). */
function addPartial(model: PlanModel, file: SourceFile, pd: ParsedDoc): void {
  const e = toEntity(file, pd, []);
  if (!e || model.entityNumberOf(e.kind, e.id) >= 0 || (e.kind === 'Plan' && model.plan)) return;
  e.valid = false;
  e.partial = true;
  model.addEntity(e);
}

/** Report a taken id at both places (the first use once, however many repeat it); true when `e` is of another kind than every entity with its id. */
function duplicate(model: PlanModel, file: SourceFile, e: Entity, diagnostics: Diagnostic[], reported: Set<string>): boolean {
  const first = model.get(e.id);
  if (first) {
    const at = model.locate(first, ['id']);
    const here = locateIn(file, e.doc, ['id']);
    const finding = (x: Entity, other: Entity, otherAt: Location, related: string): Diagnostic =>
      diag(x.file, x.doc, ['id'], 'id-duplicate', { id: x.id, kind: x.kind, otherKind: other.kind, otherFile: otherAt.file, otherLine: otherAt.line }, {
        hintId: 'id-duplicate.hint',
        entity: x.id,
        related: [{ ...otherAt, messageId: related, data: {} }],
      });
    diagnostics.push(finding(e, first, at, 'id-duplicate.related'));
    if (!reported.has(e.id)) {
      reported.add(e.id);
      diagnostics.push(finding(first, e, here, 'id-duplicate.related-again'));
    }
    return e.kind !== 'Plan' && !model.getOf(e.kind, e.id);
  }
  const at = model.locate(model.plan!, ['kind']);
  diagnostics.push(
    diag(file, e.doc, ['kind'], 'plan-duplicate', { otherFile: at.file, otherLine: at.line }, {
      hintId: 'plan-duplicate.hint',
      related: [{ ...at, messageId: 'id-duplicate.related', data: {} }],
    }),
  );
  return false;
}

/** A journey's stages into the model; their stage numbers by position in its list (-1: none), undefined without a list. */
function addStages(model: PlanModel, j: Entity<'Journey'>, diagnostics: Diagnostic[]): number[] | undefined {
  const stages: unknown = j.data.stages;
  if (!Array.isArray(stages)) return undefined;
  const seen = new Set<string>();
  const byIndex: number[] = new Array<number>(stages.length).fill(-1);
  for (let index = 0; index < stages.length; index++) {
    if (!(index in stages)) continue; // a hole (forEach skipped them too)
    const s: unknown = stages[index];
    if (!s || typeof s !== 'object' || typeof (s as StageData).id !== 'string') continue;
    const id = (s as StageData).id;
    if (seen.has(id)) {
      if (j.partial) continue; // its YAML error is the finding
      diagnostics.push(
        diag(j.file, j.doc, ['stages', index, 'id'], 'stage-id-duplicate', { journey: j.id, id }, {
          hintId: 'stage-id-duplicate.hint',
          hintData: { journey: j.id },
          entity: `${j.id}/${id}`,
        }),
      );
      continue;
    }
    seen.add(id);
    const stage: Stage = { kind: 'Stage', key: `${j.id}/${id}`, id, journey: j, index, data: s as StageData };
    byIndex[index] = model.stages.length;
    model.addStage(stage);
  }
  return byIndex;
}

/**
 * Resolves the references of one entity at a time into the model's reference
 * table. The per-entity work is one small method (V8 optimises it as a whole
 * after a few calls, instead of compiling all of buildModel on the fly); the
 * findings for references that do not resolve — rare — are built out of line.
 */
class RefResolver {
  private readonly specsByKind = compiledSpecs();
  private readonly paths: PathTrie;
  /** value, path node, value, path node, … (no pair array per value) */
  private readonly found: unknown[] = [];
  private readonly keep = (value: unknown, at: PathNode): void => void this.found.push(value, at);
  /** Did-you-mean for a dangling id runs against every id of its kind: each answer is remembered. */
  private readonly suggestions = new Map<string, string | undefined>();
  private readonly suggesters = new Map<Kind | 'Stage', Suggester>();

  /** References that could not be checked because their target is written in a file with YAML errors, by that file. */
  private readonly unchecked = new Map<SourceFile, { count: number; target: string; from: Location; at: Location }>();

  constructor(
    private readonly model: PlanModel,
    private readonly diagnostics: Diagnostic[],
    /** Stage numbers of each journey's stages, by position in its list (-1: none). */
    private readonly stageAtIndex: Map<Entity, number[]>,
    /** The ids written in files with YAML errors (undefined when every file parsed). */
    private readonly lost: LostIds | undefined,
  ) {
    this.paths = new PathTrie(model.refTable.paths);
  }

  /**
   * A reference that does not resolve, whose target is written in a file
   * with YAML errors (in a part the parser could not read): it cannot be
   * checked, and is no misspelling. Counted for that file's one note.
   */
  private isLost(e: Entity, path: Path, value: string, stage: boolean): boolean {
    if (!this.lost) return false;
    const model = this.model;
    let lost: { file: SourceFile; offset: number } | undefined;
    if (!stage) lost = model.entityNumber(value) < 0 ? this.lost.find(value) : undefined;
    else {
      // A journey read in full knows its stages; one read in part is known up to its YAML error.
      const jid = value.slice(0, value.indexOf('/'));
      const journey = model.getOf('Journey', jid);
      if (!journey || journey.partial) lost = this.lost.find(value) ?? (journey ? undefined : this.lost.find(jid));
    }
    if (!lost) return false;
    model.unchecked.add(value);
    const seen = this.unchecked.get(lost.file);
    if (seen) seen.count++;
    else this.unchecked.set(lost.file, { count: 1, target: value, from: locateIn(e.file, e.doc, path), at: rangeLocation(lost.file, lost.offset, lost.offset) });
    return true;
  }

  /** One note per file with YAML errors that other files' references point into. */
  uncheckedNotes(): void {
    for (const u of this.unchecked.values()) {
      this.diagnostics.push({
        ...u.at,
        rule: 'ref-unchecked',
        severity: 'info',
        messageId: 'ref-unchecked',
        data: { count: u.count, target: u.target, from: `${u.from.file}:${u.from.line}` },
        hintId: 'ref-unchecked.hint',
        related: [{ ...u.from, messageId: 'ref-unchecked.related', data: { target: u.target } }],
      });
    }
  }

  entity(e: Entity, en: number): void {
    const specs = this.specsByKind.get(e.kind);
    if (!specs) return;
    const model = this.model;
    const table = model.refTable;
    const found = this.found;
    // The journey's stages by position, for the references inside its stages.
    const stagesHere = e.kind === 'Journey' ? this.stageAtIndex.get(e) : undefined;
    for (let sp = 0; sp < specs.length; sp++) {
      const spec = specs[sp]!;
      found.length = 0;
      forEachValueAt(e.data, spec.path, this.paths.root, this.paths.below, this.keep);
      for (let f = 0; f < found.length; f += 2) {
        const value = found[f];
        if (typeof value !== 'string') continue; // the schema reports wrong types
        const node = found[f + 1] as PathNode;
        const path = node.path;
        let stage = -1;
        if (stagesHere && path[0] === 'stages' && typeof path[1] === 'number') stage = stagesHere[path[1]] ?? -1;
        let target = UNRESOLVED;
        if (spec.target === 'Stage') {
          const sn = model.stageNumber(value);
          if (sn >= 0) target = stageTarget(sn);
          else if (value.indexOf('/') < 0) continue; // malformed: the schema's pattern reports it
          else if (!e.partial && !this.isLost(e, path, value, true)) this.stageMissing(e, path, value);
        } else {
          const tn = model.entityNumberOf(spec.target as Kind, value);
          if (tn >= 0) target = tn;
          else if (!e.partial && !this.isLost(e, path, value, false)) this.entityMissing(e, path, value, spec.target as Kind, model.entityNumber(value));
        }
        table.add(en, stage, spec.fieldNo, node.index, value, target);
      }
    }
  }

  /** `journey/stage` that names no stage. */
  private stageMissing(e: Entity, path: Path, value: string): void {
    const model = this.model;
    const slash = value.indexOf('/');
    const jid = value.slice(0, slash);
    const sid = value.slice(slash + 1);
    const journey = model.getOf('Journey', jid);
    if (journey) {
      const ids = model.stagesOf(journey).map((s) => s.id);
      const suggestion = didYouMean(sid, ids);
      this.diagnostics.push(
        diag(e.file, e.doc, path, 'ref-stage-unresolved', { field: fieldLabel(path), target: value, journey: jid, stage: sid }, {
          entity: e.id,
          hintId: suggestion ? 'hint-did-you-mean' : 'ref-stage-unresolved.hint',
          hintData: suggestion ? { suggestion: `${jid}/${suggestion}` } : { stages: ids.join(', ') },
        }),
      );
    } else {
      const suggestion = this.suggest('Stage', value);
      this.diagnostics.push(
        diag(e.file, e.doc, path, 'ref-unresolved', { field: fieldLabel(path), target: value, expected: 'stage' }, {
          entity: e.id,
          hintId: suggestion ? 'hint-did-you-mean' : 'ref-unresolved.hint',
          hintData: suggestion ? { suggestion } : { expected: 'stage' },
        }),
      );
    }
  }

  /** An id that names no entity (`tn` -1) or one of another kind. */
  private entityMissing(e: Entity, path: Path, value: string, expected: Kind, tn: number): void {
    const model = this.model;
    const hit = tn >= 0 ? model.entities[tn] : undefined;
    if (hit) {
      const at = model.locate(hit, ['id']);
      this.diagnostics.push(
        diag(e.file, e.doc, path, 'ref-wrong-kind', { field: fieldLabel(path), target: value, expected, found: hit.kind }, {
          entity: e.id,
          hintId: 'ref-wrong-kind.hint',
          hintData: { expected },
          related: [{ ...at, messageId: 'ref-wrong-kind.related', data: { target: value } }],
        }),
      );
    } else {
      const suggestion = this.suggest(expected, value);
      this.diagnostics.push(
        diag(e.file, e.doc, path, 'ref-unresolved', { field: fieldLabel(path), target: value, expected }, {
          entity: e.id,
          hintId: suggestion ? 'hint-did-you-mean' : 'ref-unresolved.hint',
          hintData: suggestion ? { suggestion } : { expected },
        }),
      );
    }
  }

  private suggest(kind: Kind | 'Stage', word: string): string | undefined {
    const k = `${kind}\0${word}`;
    if (this.suggestions.has(k)) return this.suggestions.get(k);
    let s = this.suggesters.get(kind);
    if (!s) {
      const model = this.model;
      s = new Suggester(kind === 'Stage' ? model.stages.map((st) => st.key) : model.ofKind(kind).map((e) => e.id));
      this.suggesters.set(kind, s);
    }
    const found = s.suggest(word);
    this.suggestions.set(k, found);
    return found;
  }
}

/** The kinds, as a hint lists them. */
const KINDS_LIST = KINDS.join(', ');

function toEntity(file: SourceFile, pd: ParsedDoc, out: Diagnostic[]): Entity | undefined {
  if (!pd.rootIsMap) {
    out.push({
      ...locateIn(file, pd, []),
      rule: 'doc-not-map',
      severity: 'error',
      messageId: 'doc-not-map',
      data: { found: pd.positions?.rootShape ?? 'scalar' },
      hintId: 'doc-not-map.hint',
    });
    return undefined;
  }
  const value = pd.value as Record<string, unknown>;
  const written = value.kind;
  let partial = false;
  if (written === undefined || written === null) {
    out.push({
      ...locateIn(file, pd, []),
      rule: 'kind-missing',
      severity: 'error',
      messageId: 'kind-missing',
      data: {},
      hintId: 'kind-missing.hint',
      hintData: { kinds: KINDS_LIST },
    });
    return undefined;
  }
  let kind: Kind;
  if (isKind(written)) kind = written;
  else {
    const suggestion = didYouMean(String(written), KINDS);
    out.push(
      diag(file, pd, ['kind'], 'kind-unknown', { kind: String(written) }, {
        hintId: suggestion ? 'hint-did-you-mean' : 'hint-kinds',
        hintData: suggestion ? { suggestion } : { kinds: KINDS_LIST },
      }),
    );
    // `kind: tool` or `kind: kpi` is that kind in the wrong case: kept as a partial entity, so
    // the references to it resolve and the one finding is this one (not one per reference).
    const meant = KINDS.find((k) => k.toLowerCase() === String(written).trim().toLowerCase());
    if (!meant) return undefined;
    kind = meant;
    partial = true;
  }
  const id = value.id;
  if (id === undefined || id === null) {
    const name = typeof value.name === 'string' ? value.name : typeof value.title === 'string' ? value.title : kind;
    out.push(
      diag(file, pd, ['kind'], 'id-missing', { kind }, { hintId: 'id-missing.hint', hintData: { example: suggestId(name) } }),
    );
    return undefined;
  }
  if (typeof id !== 'string' || !ID_PATTERN.test(id)) {
    out.push(
      diag(file, pd, ['id'], 'id-invalid', { id: String(id) }, {
        hintId: 'id-invalid.hint',
        hintData: { suggestion: suggestId(String(id)) },
      }),
    );
    return undefined;
  }
  return partial ? { kind, id, key: id, data: value as never, file, doc: pd, valid: false, partial } : { kind, id, key: id, data: value as never, file, doc: pd, valid: true };
}

/** A reference field spec with its field number (its position in REFERENCE_FIELDS, as the reference table numbers fields). */
interface CompiledSpec {
  fieldNo: number;
  target: TargetKind;
  /** The field spec within its kind (`stages[].owner`). */
  path: string;
}

let specCache: Map<Kind, CompiledSpec[]> | undefined;
function compiledSpecs(): Map<Kind, CompiledSpec[]> {
  if (specCache) return specCache;
  specCache = new Map();
  REFERENCE_FIELDS.forEach((spec, fieldNo) => {
    let l = specCache!.get(spec.kind);
    if (!l) specCache!.set(spec.kind, (l = []));
    l.push({
      fieldNo,
      target: spec.target,
      path: spec.path,
    });
  });
  return specCache;
}

/** A path inside a document, one node per distinct path: equal paths are one frozen array, numbered. */
interface PathNode {
  readonly path: Path;
  /** Its position in the reference table's `paths`. */
  readonly index: number;
  keys: Map<string, PathNode> | undefined;
  items: PathNode[] | undefined;
}

/**
 * The paths of every reference, shared: walking down the trie as the walk
 * goes down the document gives each value its path without building a key
 * (a plan's many references sit at few distinct paths).
 */
class PathTrie {
  readonly root: PathNode;
  constructor(private readonly paths: Path[]) {
    this.root = this.node(Object.freeze([]));
  }

  private node(path: Path): PathNode {
    this.paths.push(path);
    return { path, index: this.paths.length - 1, keys: undefined, items: undefined };
  }

  key(n: PathNode, key: string): PathNode {
    const m = (n.keys ??= new Map());
    let c = m.get(key);
    if (!c) m.set(key, (c = this.node(Object.freeze([...n.path, key]))));
    return c;
  }

  /** The node one key or list index below `n`. */
  readonly below = (n: PathNode, part: string | number): PathNode => (typeof part === 'number' ? this.item(n, part) : this.key(n, part));

  item(n: PathNode, k: number): PathNode {
    const a = (n.items ??= []);
    let c = a[k];
    if (!c) {
      c = this.node(Object.freeze([...n.path, k]));
      while (a.length < k) a.push(undefined as never); // never sparse: items are met from 0 up
      a[k] = c;
    }
    return c;
  }
}

/**
 * The ids written in files with YAML errors, read from their text line by
 * line: a document's `id:` (at the start of a line) and, in a journey, its
 * stages' (`journey/stage`). The parser's partial documents give most of
 * them as entities; this finds the rest, such as the documents an unclosed
 * quote swallowed to the end of the file. Made only when a file has YAML
 * errors, read only for a reference that does not resolve.
 */
class LostIds {
  private ids: Map<string, { file: SourceFile; offset: number }> | undefined;
  constructor(private readonly files: readonly SourceFile[]) {}

  /** Where an id (or `journey/stage`) is written in a file with YAML errors. */
  find(key: string): { file: SourceFile; offset: number } | undefined {
    return (this.ids ??= this.read()).get(key);
  }

  private read(): Map<string, { file: SourceFile; offset: number }> {
    const ids = new Map<string, { file: SourceFile; offset: number }>();
    const line = /^([ \t]*)(- +)?(id|kind)[ \t]*:[ \t]*(["']?)([^"'#\s]+)\4[ \t]*(?:#.*)?$/gm;
    const put = (key: string, file: SourceFile, offset: number): void => {
      if (!ids.has(key)) ids.set(key, { file, offset });
    };
    for (const file of this.files) {
      const text = file.text;
      let doc: string | undefined;
      let kind: string | undefined;
      for (let m = line.exec(text); m; m = line.exec(text)) {
        const top = m[1] === '' && !m[2];
        const offset = m.index + m[0].indexOf(m[5]!, m[0].indexOf(':'));
        if (m[3] === 'kind') {
          if (top) kind = m[5];
        } else if (top) {
          doc = m[5]!;
          put(doc, file, offset);
        } else if (doc && kind === 'Journey' && ID_PATTERN.test(m[5]!)) put(`${doc}/${m[5]}`, file, offset);
      }
    }
    return ids;
  }
}

import type { Diagnostic, MessageData } from '../diagnostics/types.js';
import type { LoadedPlan } from '../load/index.js';
import type { ParsedDoc, SourceFile } from '../load/source.js';
import { didYouMean, Suggester } from '../util/suggest.js';
import { ID_PATTERN, isKind, KINDS, suggestId } from './kinds.js';
import type { Kind } from './kinds.js';
import { locateIn } from './locate.js';
import { PlanModel } from './model.js';
import { collectValuesAt, REFERENCE_FIELDS } from './refs.js';
import type { Ref } from './refs.js';
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
  for (const file of loaded.files) {
    for (const pd of file.docs) {
      if (!pd.ok) continue;
      const e = toEntity(file, pd, diagnostics);
      if (!e) continue;
      const first = model.get(e.id);
      if (first) {
        const at = model.locate(first, ['id']);
        diagnostics.push(
          diag(file, e.doc, ['id'], 'id-duplicate', {
            id: e.id,
            kind: e.kind,
            otherKind: first.kind,
            otherFile: at.file,
            otherLine: at.line,
          }, {
            hintId: 'id-duplicate.hint',
            entity: e.id,
            related: [{ ...at, messageId: 'id-duplicate.related', data: {} }],
          }),
        );
        continue;
      }
      if (e.kind === 'Plan' && model.plan) {
        const at = model.locate(model.plan, ['kind']);
        diagnostics.push(
          diag(file, e.doc, ['kind'], 'plan-duplicate', { otherFile: at.file, otherLine: at.line }, {
            hintId: 'plan-duplicate.hint',
            related: [{ ...at, messageId: 'id-duplicate.related', data: {} }],
          }),
        );
        continue;
      }
      model.addEntity(e);
    }
  }
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
  const stageAt = new Map<string, Stage>();
  for (const j of model.ofKind('Journey')) {
    const stages = j.data.stages;
    if (!Array.isArray(stages)) continue;
    const seen = new Set<string>();
    stages.forEach((s, index) => {
      if (!s || typeof s !== 'object' || typeof (s as StageData).id !== 'string') return;
      const id = (s as StageData).id;
      if (seen.has(id)) {
        diagnostics.push(
          diag(j.file, j.doc, ['stages', index, 'id'], 'stage-id-duplicate', { journey: j.id, id }, {
            hintId: 'stage-id-duplicate.hint',
            hintData: { journey: j.id },
            entity: `${j.id}/${id}`,
          }),
        );
        return;
      }
      seen.add(id);
      const stage: Stage = { kind: 'Stage', key: `${j.id}/${id}`, id, journey: j, index, data: s as StageData };
      model.addStage(stage);
      stageAt.set(`${j.id}#${index}`, stage);
    });
  }

  // 3. references, resolved once and indexed both ways
  // Did-you-mean for a dangling id runs against every id of its kind: remember each answer
  // (the same dangling id is often referenced many times).
  const suggestions = new Map<string, string | undefined>();
  const suggesters = new Map<Kind | 'Stage', Suggester>();
  const suggest = (kind: Kind | 'Stage', word: string): string | undefined => {
    const k = `${kind}\0${word}`;
    if (suggestions.has(k)) return suggestions.get(k);
    let s = suggesters.get(kind);
    if (!s) {
      s = new Suggester(kind === 'Stage' ? model.stages.map((st) => st.key) : model.ofKind(kind).map((e) => e.id));
      suggesters.set(kind, s);
    }
    const found = s.suggest(word);
    suggestions.set(k, found);
    return found;
  };
  const specsByKind = new Map<Kind, typeof REFERENCE_FIELDS[number][]>();
  for (const spec of REFERENCE_FIELDS) {
    const l = specsByKind.get(spec.kind) ?? [];
    l.push(spec);
    specsByKind.set(spec.kind, l);
  }
  const fieldOf = new Map(REFERENCE_FIELDS.map((spec) => [spec, `${spec.kind}.${spec.path}`]));
  const found: Array<[unknown, Path]> = [];
  const sharedPaths = new Map<string, Path>();
  for (const e of model.entities) {
    for (const spec of specsByKind.get(e.kind) ?? []) {
      found.length = 0;
      collectValuesAt(e.data, spec.path, found, sharedPaths);
      for (const [value, path] of found) {
        if (typeof value !== 'string') continue; // the schema reports wrong types
        const field = fieldOf.get(spec)!;
        // Every field present from the start: one object shape, all fields inside the object.
        const ref: Ref = { field, source: e, stage: undefined, path, targetKey: value, targetKind: spec.target, target: undefined };
        if (e.kind === 'Journey' && path[0] === 'stages' && typeof path[1] === 'number') {
          ref.stage = stageAt.get(`${e.id}#${path[1]}`);
        }
        if (spec.target === 'Stage') {
          const slash = value.indexOf('/');
          if (slash < 0) continue; // malformed: the schema's pattern reports it
          const target = model.stage(value);
          if (target) ref.target = target;
          else {
            const jid = value.slice(0, slash);
            const sid = value.slice(slash + 1);
            const journey = model.getOf('Journey', jid);
            if (journey) {
              const ids = model.stagesOf(journey).map((s) => s.id);
              const suggestion = didYouMean(sid, ids);
              diagnostics.push(
                diag(e.file, e.doc, path, 'ref-stage-unresolved', { field: fieldLabel(path), target: value, journey: jid, stage: sid }, {
                  entity: e.id,
                  hintId: suggestion ? 'hint-did-you-mean' : 'ref-stage-unresolved.hint',
                  hintData: suggestion ? { suggestion: `${jid}/${suggestion}` } : { stages: ids.join(', ') },
                }),
              );
            } else {
              const suggestion = suggest('Stage', value);
              diagnostics.push(
                diag(e.file, e.doc, path, 'ref-unresolved', { field: fieldLabel(path), target: value, expected: 'stage' }, {
                  entity: e.id,
                  hintId: suggestion ? 'hint-did-you-mean' : 'ref-unresolved.hint',
                  hintData: suggestion ? { suggestion } : { expected: 'stage' },
                }),
              );
            }
          }
        } else {
          const target = model.get(value);
          if (target && target.kind === spec.target) ref.target = target;
          else if (target) {
            const at = model.locate(target, ['id']);
            diagnostics.push(
              diag(e.file, e.doc, path, 'ref-wrong-kind', { field: fieldLabel(path), target: value, expected: spec.target, found: target.kind }, {
                entity: e.id,
                hintId: 'ref-wrong-kind.hint',
                hintData: { expected: spec.target },
                related: [{ ...at, messageId: 'ref-wrong-kind.related', data: { target: value } }],
              }),
            );
          } else {
            const suggestion = suggest(spec.target as Kind, value);
            diagnostics.push(
              diag(e.file, e.doc, path, 'ref-unresolved', { field: fieldLabel(path), target: value, expected: spec.target }, {
                entity: e.id,
                hintId: suggestion ? 'hint-did-you-mean' : 'ref-unresolved.hint',
                hintData: suggestion ? { suggestion } : { expected: spec.target },
              }),
            );
          }
        }
        model.addRef(ref);
      }
    }
  }
  return { model, diagnostics };
}

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
  const kindsList = KINDS.join(', ');
  const kind = value.kind;
  if (kind === undefined || kind === null) {
    out.push({
      ...locateIn(file, pd, []),
      rule: 'kind-missing',
      severity: 'error',
      messageId: 'kind-missing',
      data: {},
      hintId: 'kind-missing.hint',
      hintData: { kinds: kindsList },
    });
    return undefined;
  }
  if (!isKind(kind)) {
    const suggestion = didYouMean(String(kind), KINDS);
    out.push(
      diag(file, pd, ['kind'], 'kind-unknown', { kind: String(kind) }, {
        hintId: suggestion ? 'hint-did-you-mean' : 'hint-kinds',
        hintData: suggestion ? { suggestion } : { kinds: kindsList },
      }),
    );
    return undefined;
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
  return { kind, id, key: id, data: value as never, file, doc: pd, valid: true };
}

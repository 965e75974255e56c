import type { Location as LspLocation, Range } from 'vscode-languageserver';
import type { SourceFile } from '../load/source.js';
import type { Kind, TargetKind } from '../model/kinds.js';
import type { PlanModel } from '../model/model.js';
import { REFERENCE_FIELDS, valuesAt } from '../model/refs.js';
import type { Entity, Target } from '../model/types.js';
import { definitionSpan, scalarSpan } from '../edit/rename.js';

/** An id under the cursor: a definition (`id:`) or a reference value. */
export interface Occurrence {
  start: number;
  end: number;
  /** The entity or stage it names, when there is one. */
  target?: Target;
  /** True on an `id:` value. */
  definition: boolean;
  /** What is written (for a reference), and the kind it must name. */
  value: string;
  kind: TargetKind;
}

/**
 * What a checked plan answers editor questions from: each file's entities
 * and id occurrences, made on first need and dropped with the check result.
 */
export class PlanIndex {
  private readonly entitiesByFile = new Map<string, Entity[]>();
  private readonly occurrences = new Map<string, Occurrence[]>();
  readonly filesByPath = new Map<string, SourceFile>();

  constructor(readonly model: PlanModel) {
    for (const f of model.files) this.filesByPath.set(f.path, f);
    for (const e of model.entities) {
      const list = this.entitiesByFile.get(e.file.path);
      if (list) list.push(e);
      else this.entitiesByFile.set(e.file.path, [e]);
    }
  }

  entitiesOf(file: string): readonly Entity[] {
    return this.entitiesByFile.get(file) ?? [];
  }

  occurrencesOf(file: string): Occurrence[] {
    let list = this.occurrences.get(file);
    if (list) return list;
    list = [];
    const model = this.model;
    for (const e of this.entitiesOf(file)) {
      const def = definitionSpan(e);
      if (def) list.push({ start: def.span[0], end: def.span[1], target: e, definition: true, value: e.id, kind: e.kind });
      if (e.kind === 'Journey') {
        for (const s of model.stagesOf(e as Entity<'Journey'>)) {
          const sd = definitionSpan(s);
          if (sd) list.push({ start: sd.span[0], end: sd.span[1], target: s, definition: true, value: s.key, kind: 'Stage' });
        }
      }
      for (const spec of REFERENCE_FIELDS) {
        if (spec.kind !== e.kind) continue;
        for (const [value, path] of valuesAt(e.data, spec.path)) {
          if (typeof value !== 'string') continue;
          const span = scalarSpan(e.doc, path);
          if (!span) continue;
          const target = spec.target === 'Stage' ? model.stage(value) : model.getOf(spec.target, value);
          list.push({ start: span[0], end: span[1], target, definition: false, value, kind: spec.target });
        }
      }
    }
    list.sort((a, b) => a.start - b.start);
    this.occurrences.set(file, list);
    return list;
  }

  /** The occurrence at an offset (its end included: the cursor just after an id is on it). */
  occurrenceAt(file: string, offset: number): Occurrence | undefined {
    return this.occurrencesOf(file).find((o) => offset >= o.start && offset <= o.end);
  }

  /** Every place referring to a target, as file spans. */
  referencesTo(target: Target): Array<{ file: SourceFile; span: readonly [number, number] }> {
    const out: Array<{ file: SourceFile; span: readonly [number, number] }> = [];
    for (const ref of this.model.referrers(target)) {
      const span = scalarSpan(ref.source.doc, ref.path);
      if (span) out.push({ file: ref.source.file, span });
    }
    return out;
  }
}

/** An LSP range for a span of a plan file. */
export function spanRange(file: SourceFile, span: readonly [number, number]): Range {
  const s = file.lineCounter.linePos(span[0]);
  const e = file.lineCounter.linePos(span[1]);
  return { start: { line: s.line - 1, character: s.col - 1 }, end: { line: e.line - 1, character: e.col - 1 } };
}

/** An offset in a plan file for an LSP position; undefined when the position is not in the file. */
export function offsetOf(file: SourceFile, line: number, character: number): number | undefined {
  const starts = file.lineCounter.lineStarts;
  if (!Number.isInteger(line) || !Number.isInteger(character) || line < 0 || character < 0 || line >= starts.length) return undefined;
  const start = starts[line]!;
  const next = line + 1 < starts.length ? starts[line + 1]! : file.text.length + 1;
  return Math.min(start + character, next - 1);
}

export function location(uri: string, file: SourceFile, span: readonly [number, number]): LspLocation {
  return { uri, range: spanRange(file, span) };
}

/** The fields a hover shows for each kind, besides those worked out (a KPI's target, a journey's stage count). */
const FACTS: Readonly<Record<Kind, readonly string[]>> = {
  Plan: ['owner'],
  Goal: ['horizon', 'priority', 'owner'],
  Challenge: ['goal', 'priority', 'owner'],
  Persona: [],
  Journey: ['persona'],
  KPI: ['stage', 'owner', 'source'],
  Initiative: ['accountable', 'start', 'end'],
  Role: ['level', 'type', 'reports_to'],
  Tool: ['status', 'vendor', 'owner'],
  RFP: ['issuer'],
};

/** The facts a hover shows about an entity or stage, as `label: value` lines. */
export function keyFacts(target: Target): Array<[string, string]> {
  const facts: Array<[string, string]> = [];
  const put = (label: string, v: unknown): void => {
    if (v === undefined || v === null || v === '') return;
    facts.push([label, Array.isArray(v) ? v.join(', ') : typeof v === 'object' ? JSON.stringify(v) : String(v)]);
  };
  if (target.kind === 'Stage') {
    put('journey', target.journey.id);
    put('phase', target.data.phase);
    put('owner', target.data.owner);
    return facts;
  }
  const d = target.data as Record<string, unknown>;
  if (target.kind === 'KPI') {
    const t = d.target as { value?: unknown; by?: unknown } | undefined;
    if (t && typeof t === 'object') put('target', `${String(t.value ?? '?')}${d.unit === 'percent' ? '%' : ''}${t.by ? ` (by ${String(t.by)})` : ''}`);
  }
  if (target.kind === 'Journey' && Array.isArray(d.stages)) put('stages', d.stages.length);
  for (const field of FACTS[target.kind]) put(field, d[field]);
  return facts;
}

/** The name people read for an entity or stage. */
export function displayName(target: Target): string {
  const d = target.data as { name?: unknown; title?: unknown };
  const n = d.name ?? d.title;
  return typeof n === 'string' ? n : '';
}


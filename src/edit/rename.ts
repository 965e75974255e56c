import { didYouMean } from '../util/suggest.js';
import { parse } from 'yaml';
import type { MessageData } from '../diagnostics/types.js';
import type { SourceFile } from '../load/source.js';
import { ID_PATTERN } from '../model/kinds.js';
import type { PlanModel } from '../model/model.js';
import type { Entity, Path, Target } from '../model/types.js';

/**
 * Renaming an entity or stage id: its definition and every reference to it,
 * in every plan file. Only the id scalars change; the text around them
 * (comments, quoting, layout) is left as written. Shared by `mplan rename`
 * and the language server.
 */

/** One scalar to replace: `[start, end)` offsets into the file's text. */
export interface IdEdit {
  file: SourceFile;
  start: number;
  end: number;
  /** What stands there now, as written (quotes included). */
  oldText: string;
  newText: string;
  /** 1-based line and column of `start`. */
  line: number;
  column: number;
}

/** Why a rename cannot be done, as a message id with data (worded at the edge, src/i18n/messages-lsp.ts). */
export interface RenameProblem {
  messageId: string;
  data: MessageData;
}

export type RenameResult = { ok: true; target: Target; edits: IdEdit[] } | { ok: false; problem: RenameProblem };

/** The entity (by id) or stage (by `journey/stage`) a key names. */
export function targetOf(model: PlanModel, key: string): Target | undefined {
  return key.includes('/') ? model.stage(key) : model.get(key);
}

/** The key a target is referred to by. */
export function keyOf(target: Target): string {
  return target.kind === 'Stage' ? target.key : target.id;
}

/** The document path of a target's `id:` value. */
function idPath(target: Target): { file: SourceFile; path: Path; doc: Entity['doc'] } {
  if (target.kind === 'Stage') return { file: target.journey.file, doc: target.journey.doc, path: ['stages', target.index, 'id'] };
  return { file: target.file, doc: target.doc, path: ['id'] };
}

/** The `[start, end)` span of the scalar at `path` in a document, when there is one. */
export function scalarSpan(doc: Entity['doc'], path: Path): readonly [number, number] | undefined {
  return doc.positions?.scalarAt(path);
}

/** The span of a target's own id scalar. */
export function definitionSpan(target: Target): { file: SourceFile; span: readonly [number, number] } | undefined {
  const at = idPath(target);
  const span = scalarSpan(at.doc, at.path);
  return span ? { file: at.file, span } : undefined;
}

/**
 * The scalar as it must be written for `value`, keeping the way `written`
 * was quoted; undefined when `written` is in a form that cannot be rewritten
 * without changing more than the id (a block scalar, escapes, a multi-line
 * value).
 */
function rewrite(written: string, oldValue: string, value: string): string | undefined {
  if (written === oldValue) {
    // A plain scalar that YAML would read as something else (`123`, `true`, `null`) is quoted.
    return typeof parse(value) === 'string' ? value : `'${value}'`;
  }
  const q = written[0];
  if ((q === "'" || q === '"') && written === `${q}${oldValue}${q}`) return `${q}${value}${q}`;
  return undefined;
}

function lineCol(file: SourceFile, offset: number): { line: number; column: number } {
  const p = file.lineCounter.linePos(offset);
  return { line: p.line, column: p.col };
}

/**
 * The edits that rename `oldKey` (an entity id, or `journey/stage`) to
 * `newId` (an id, or for a stage its id alone or `journey/new-stage`).
 * Checks the new id against the id pattern and the plan for a clash; every
 * scalar is checked to hold what the model says before an edit is made.
 */
export function planRename(model: PlanModel, oldKey: string, newId: string): RenameResult {
  const target = targetOf(model, oldKey);
  if (!target) {
    const known = oldKey.includes('/') ? model.stages.map((s) => s.key) : model.entities.map((e) => e.id);
    const suggestion = didYouMean(oldKey, known);
    if (suggestion) return { ok: false, problem: { messageId: 'rename-not-found-suggest', data: { id: oldKey, suggestion } } };
    return { ok: false, problem: { messageId: 'rename-not-found', data: { id: oldKey } } };
  }
  let id = newId;
  if (target.kind === 'Stage') {
    const prefix = `${target.journey.id}/`;
    if (id.startsWith(prefix)) id = id.slice(prefix.length);
  }
  if (!ID_PATTERN.test(id)) return { ok: false, problem: { messageId: 'rename-bad-id', data: { id: newId } } };
  // A reference in a part of a file the parser could not read would be left behind.
  const old = keyOf(target);
  for (const u of model.unchecked) {
    if (u === old || (target.kind === 'Journey' && u.startsWith(`${old}/`))) return { ok: false, problem: { messageId: 'rename-unchecked', data: { id: old } } };
  }
  const newKey = target.kind === 'Stage' ? `${target.journey.id}/${id}` : id;
  if (newKey === keyOf(target)) return { ok: true, target, edits: [] };
  const clash = targetOf(model, newKey);
  if (clash) {
    const at = definitionSpan(clash);
    const where = at ? lineCol(at.file, at.span[0]) : { line: 1, column: 1 };
    return { ok: false, problem: { messageId: 'rename-clash', data: { id: newKey, file: at?.file.path ?? '', line: where.line } } };
  }
  const edits: IdEdit[] = [];
  const problems: RenameProblem[] = [];
  const add = (file: SourceFile, span: readonly [number, number] | undefined, oldValue: string, value: string): void => {
    if (!span) return;
    const written = file.text.slice(span[0], span[1]);
    const text = rewrite(written, oldValue, value);
    const { line, column } = lineCol(file, span[0]);
    if (text === undefined) {
      problems.push({ messageId: 'rename-unwritable', data: { file: file.path, line, value: oldValue } });
      return;
    }
    edits.push({ file, start: span[0], end: span[1], oldText: written, newText: text, line, column });
  };
  const def = definitionSpan(target);
  add(def?.file ?? (target.kind === 'Stage' ? target.journey.file : target.file), def?.span, target.id, id);
  const referrersOf = (t: Target, from: string, to: string): void => {
    for (const ref of model.referrers(t)) add(ref.source.file, scalarSpan(ref.source.doc, ref.path), from, to);
  };
  if (target.kind === 'Stage') {
    referrersOf(target, target.key, newKey);
  } else {
    referrersOf(target, target.id, id);
    // `journey/stage` references name the journey too.
    if (target.kind === 'Journey') {
      for (const stage of model.stagesOf(target as Entity<'Journey'>)) referrersOf(stage, stage.key, `${id}/${stage.id}`);
    }
  }
  if (problems.length) return { ok: false, problem: problems[0]! };
  edits.sort((a, b) => (a.file.path !== b.file.path ? (a.file.path < b.file.path ? -1 : 1) : a.start - b.start));
  return { ok: true, target, edits: dedupe(edits) };
}

/** The same scalar reached twice (a reference listed under two fields) is edited once. */
function dedupe(edits: IdEdit[]): IdEdit[] {
  return edits.filter((e, i) => i === 0 || e.file !== edits[i - 1]!.file || e.start !== edits[i - 1]!.start);
}

/** The edits grouped by file, in path order. */
export function editsByFile(edits: readonly IdEdit[]): Map<SourceFile, IdEdit[]> {
  const out = new Map<SourceFile, IdEdit[]>();
  for (const e of edits) {
    const list = out.get(e.file);
    if (list) list.push(e);
    else out.set(e.file, [e]);
  }
  return out;
}

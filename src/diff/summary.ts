import type { Diagnostic } from '../diagnostics/types.js';
import { planHealth } from '../health/index.js';
import type { HealthFigure } from '../health/index.js';
import { diffModels } from './compare.js';
import type { EntityDiff } from './compare.js';
import { compareFindings } from '../diagnostics/match.js';
import type { PlanModel } from '../model/model.js';

/** One side of a comparison: the plan checked at a revision or in the working tree (src/app/snapshot.ts makes them). */
export interface Side {
  /** What the user called it: `main`, `HEAD~1`, or `working tree`. */
  label: string;
  rev?: string;
  commit?: string;
  /** Plan root relative to the top of the repository ('' = the top), when a plan exists there. */
  planDir?: string;
  /** The checked plan, when one was found. */
  result?: { model: PlanModel; diagnostics: Diagnostic[] };
  /** Files that could not be read or parsed (the side is then partial). */
  problems: Diagnostic[];
}

export interface SideSummary {
  label: string;
  commit?: string;
  /** Plan folder relative to the top of the repository ('.' for the top); absent when there is no plan. */
  planDir?: string;
  /** False when some files could not be read or parsed. */
  complete: boolean;
  /** Those files' problems. */
  problems: Diagnostic[];
}

export interface DiffReport {
  base: SideSummary;
  head: SideSummary;
  entities: EntityDiff;
  findings: { introduced: Diagnostic[]; resolved: Diagnostic[] };
  health: Array<{ id: string; before?: HealthFigure; after?: HealthFigure }>;
}

function summary(s: Side): SideSummary {
  const out: SideSummary = { label: s.label, complete: s.problems.length === 0, problems: s.problems };
  if (s.commit) out.commit = s.commit;
  if (s.planDir !== undefined) out.planDir = s.planDir || '.';
  return out;
}

/** Compare two sides: entities, findings (by rule + entity + message, not line) and health figures. */
export function buildReport(base: Side, head: Side): DiffReport {
  const entities = diffModels(base.result?.model, head.result?.model, {
    base: base.problems.length > 0,
    head: head.problems.length > 0,
  });
  const compared = compareFindings(base.result?.diagnostics ?? [], head.result?.diagnostics ?? []);
  // Entities one side could not read are not compared, and neither are their findings.
  const unknown = new Set(entities.unknown.map((e) => e.id));
  const known = (d: { entity?: string }) => !d.entity || !(unknown.has(d.entity) || unknown.has(d.entity.split('/')[0]!));
  const findings = { introduced: compared.introduced.filter(known), resolved: compared.resolved.filter(known) };
  const hb = base.result ? planHealth(base.result.model) : [];
  const ha = head.result ? planHealth(head.result.model) : [];
  const ids = [...new Set([...ha.map((f) => f.id), ...hb.map((f) => f.id)])];
  const health = ids.map((id) => {
    const row: { id: string; before?: HealthFigure; after?: HealthFigure } = { id };
    const b = hb.find((f) => f.id === id);
    const a = ha.find((f) => f.id === id);
    if (b) row.before = b;
    if (a) row.after = a;
    return row;
  });
  return { base: summary(base), head: summary(head), entities, findings, health };
}

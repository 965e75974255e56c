/**
 * Use case: `mplan lint` — the plan checked with its rules (or fixed first:
 * ./fix.ts), the `--rule` ids checked against the rules the run knows,
 * `--since` and baselines
 * applied (./lint.ts, loaded only when asked for), narrowed to the files
 * named, with the health figures a full run shows.
 */
import { MplanError } from '../diagnostics/error.js';
import { planHealth } from '../health/index.js';
import type { HealthFigure } from '../health/index.js';
import { didYouMean } from '../util/suggest.js';
import type { FixOutcome } from './fix.js';
import type { ReviewLintOptions, RunPlace } from './lint.js';
import { checkPlan } from './pipeline.js';
import type { CheckOptions, CheckResult } from './pipeline.js';

export interface LintRequest extends ReviewLintOptions {
  /** The plan folder. */
  dir: string;
  /** Files named on the command line (as the plan names them): the whole plan is checked, only their findings are kept. */
  files?: ReadonlySet<string>;
  check: CheckOptions;
  /**
   * `--fix` / `--fix-dry-run`: fix the plan first (./fix.ts, loaded only
   * then); `report` is told what was fixed as soon as it is known.
   */
  fix?: { dryRun: boolean; report: (outcome: FixOutcome) => void };
}

export interface LintOutcome {
  result: CheckResult;
  /** What to tell the user besides the findings (a baseline written or pruned), in the plan's language. */
  notes: string[];
  /** The run only wrote a baseline: there are no findings to show. */
  onlyWrote?: boolean;
  /** The plan health figures (a run over the whole plan only). */
  health?: HealthFigure[];
}

/** A `--rule` id no rule of this run has (the plan's own rules included): a usage error with a did-you-mean. */
function checkRuleIds(overrides: Record<string, unknown>, known: ReadonlyMap<string, unknown>): void {
  const id = Object.keys(overrides).find((k) => !known.has(k));
  if (id === undefined) return;
  const s = didYouMean(id, known.keys());
  throw new MplanError('usage-not-a-rule', { option: '--rule', rule: id, suggestion: s ?? '' });
}

export async function lintRun(req: LintRequest, place: RunPlace): Promise<LintOutcome> {
  let result: CheckResult;
  if (req.fix) {
    const { fixPlan } = await import('./fix.js');
    const outcome = await fixPlan(req.dir, req.check, { dryRun: req.fix.dryRun, only: req.files });
    req.fix.report(outcome);
    result = outcome.result;
  } else result = await checkPlan(req.dir, req.check);
  // A run that stopped before the rules (mplan.yaml unreadable) knows only the built-in ones.
  const { RULES_BY_ID } = await import('../rules/index.js');
  checkRuleIds(req.check.rules ?? {}, result.rules.size ? result.rules : RULES_BY_ID);
  let notes: string[] = [];
  if (req.since !== undefined || req.baseline || req.writeBaseline || req.pruneBaseline) {
    const { reviewLint } = await import('./lint.js');
    const reviewed = await reviewLint(result, req, place, req.check);
    if (reviewed.onlyWrote) return { result, notes: reviewed.notes, onlyWrote: true };
    notes = reviewed.notes;
    result = reviewed.result;
  }
  const files = req.files;
  if (files) result = { ...result, diagnostics: result.diagnostics.filter((d) => files.has(d.file)) };
  return { result, notes, health: files ? undefined : planHealth(result.model) };
}

import path from 'node:path';
import { MplanError } from '../diagnostics/error.js';
import { sortDiagnostics } from '../diagnostics/types.js';
import { chooseLang, localize, text } from '../i18n/index.js';
import type { CheckOptions, CheckResult } from './pipeline.js';
import { applyBaseline, pruneBaseline, readBaseline, writeBaseline } from '../suppress/baseline.js';
import { resolveToday } from '../suppress/debt.js';
import { compareFindings } from '../diagnostics/match.js';
import { sideAtRevision, workspace } from './snapshot.js';

export interface ReviewLintOptions {
  since?: string;
  baseline?: string;
  writeBaseline?: string;
  pruneBaseline?: boolean;
  lang?: string;
}

function say(id: string, lang: 'en' | 'ja', data: Record<string, string | number>): string {
  return text(id, lang, data);
}

/** Where the run happens: paths are resolved from `cwd`; `env` gives "today" and the language. */
export interface RunPlace {
  cwd: string;
  env: NodeJS.ProcessEnv;
}

/**
 * `mplan lint --since <rev>`, `--baseline <file>`, `--write-baseline <file>`
 * and `--prune-baseline`. Returns the result to print and the notes to tell
 * the user (in the plan's language); `onlyWrote` when the run only wrote a
 * baseline and has no findings to print.
 */
export async function reviewLint(
  result: CheckResult,
  opts: ReviewLintOptions,
  io: RunPlace,
  check: CheckOptions,
): Promise<{ result: CheckResult; notes: string[]; onlyWrote?: boolean }> {
  if (opts.pruneBaseline && !opts.baseline) {
    throw new MplanError('usage-needs-option', { option: '--prune-baseline', needs: '--baseline <file>' });
  }
  if (opts.writeBaseline && opts.since !== undefined) throw new MplanError('baseline-options-clash', { a: '--write-baseline', b: '--since' });
  const lang = chooseLang(opts.lang, result.model.plan?.data.locale, io.env);

  if (opts.writeBaseline) {
    const abs = path.resolve(io.cwd, opts.writeBaseline);
    const messages = new Map(localize(result.diagnostics, 'en', result.rules).map((d, i) => [result.diagnostics[i]!, d.message]));
    const n = writeBaseline(abs, opts.writeBaseline, result.diagnostics, (d) => messages.get(d));
    return { result, notes: [say('baseline-written', lang, { count: n, file: opts.writeBaseline })], onlyWrote: true };
  }

  const notes: string[] = [];
  let diagnostics = result.diagnostics;
  if (opts.since !== undefined) {
    const ws = workspace(result.loaded.root);
    if (result.model.plan) ws.planId = result.model.plan.id;
    const base = await sideAtRevision(ws, opts.since, check);
    diagnostics = compareFindings(base.result?.diagnostics ?? [], diagnostics).introduced;
  }
  if (opts.baseline) {
    const abs = path.resolve(io.cwd, opts.baseline);
    const baseline = readBaseline(abs, opts.baseline);
    const today = resolveToday(check.today, io.env);
    const outcome = applyBaseline(diagnostics, baseline, { root: result.loaded.root, today, model: result.model });
    diagnostics = outcome.diagnostics;
    if (opts.pruneBaseline && outcome.stale.length) {
      const n = pruneBaseline(baseline, outcome.stale);
      const drop = new Set(['baseline-stale']);
      diagnostics = diagnostics.filter((d) => !drop.has(d.rule));
      notes.push(say('baseline-pruned', lang, { count: n, file: opts.baseline }));
    }
  }
  return { result: { ...result, diagnostics: sortDiagnostics([...diagnostics]) }, notes };
}

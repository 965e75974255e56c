import path from 'node:path';
import { MplanError } from '../diagnostics/error.js';
import { sortDiagnostics } from '../diagnostics/types.js';
import { chooseLang, localize, text } from '../i18n/index.js';
import { REVIEW_MESSAGES } from '../i18n/messages-review.js';
import { formatMessage } from '../i18n/format.js';
import type { CheckOptions, CheckResult } from '../pipeline.js';
import type { IO } from '../cli/io.js';
import { applyBaseline, pruneBaseline, readBaseline, writeBaseline } from './baseline.js';
import { resolveToday } from './debt.js';
import { compareFindings } from './match.js';
import { sideAtRevision, workspace } from './snapshot.js';

export interface ReviewLintOptions {
  since?: string;
  baseline?: string;
  writeBaseline?: string;
  pruneBaseline?: boolean;
  lang?: string;
}

function say(id: string, lang: 'en' | 'ja', data: Record<string, string | number>): string {
  const m = REVIEW_MESSAGES[id];
  return m ? formatMessage(m[lang], data, lang) : text(id, lang, data);
}

/**
 * `mplan lint --since <rev>`, `--baseline <file>`, `--write-baseline <file>`
 * and `--prune-baseline`. Returns the result to print, or `done` (an exit
 * code) when the run only wrote a baseline.
 */
export async function reviewLint(
  result: CheckResult,
  opts: ReviewLintOptions,
  io: IO,
  check: CheckOptions,
): Promise<{ result: CheckResult; done?: number }> {
  if (opts.pruneBaseline && !opts.baseline) {
    throw new MplanError('usage-needs-option', { option: '--prune-baseline', needs: '--baseline <file>' });
  }
  if (opts.writeBaseline && opts.since !== undefined) throw new MplanError('baseline-options-clash', { a: '--write-baseline', b: '--since' });
  const lang = chooseLang(opts.lang, result.model.plan?.data.locale, io.env);

  if (opts.writeBaseline) {
    const abs = path.resolve(io.cwd, opts.writeBaseline);
    const messages = new Map(localize(result.diagnostics, 'en', result.rules).map((d, i) => [result.diagnostics[i]!, d.message]));
    const n = writeBaseline(abs, opts.writeBaseline, result.diagnostics, (d) => messages.get(d));
    io.stderr.write(`mplan: ${say('baseline-written', lang, { count: n, file: opts.writeBaseline })}\n`);
    return { result, done: 0 };
  }

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
      io.stderr.write(`mplan: ${say('baseline-pruned', lang, { count: n, file: opts.baseline })}\n`);
    }
  }
  return { result: { ...result, diagnostics: sortDiagnostics([...diagnostics]) } };
}

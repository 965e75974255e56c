import type { Diagnostic } from '../../src/diagnostics/types.js';
import { localize } from '../../src/i18n/index.js';
import type { Lang } from '../../src/i18n/types.js';
import type { CheckOptions, CheckResult } from '../../src/app/pipeline.js';
import { check, MINIMAL_PLAN } from '../helpers/plan.js';
import type { PlanFiles } from '../helpers/plan.js';

/** An mplan.yaml with this `lint:` block (written at top-level indentation, as in the file). */
export function planWithLint(lint: string): string {
  return `${MINIMAL_PLAN}lint:\n${lint.replace(/\s*$/, '').split('\n').map((l) => `  ${l}`).join('\n')}\n`;
}

/** Lint a plan whose mplan.yaml has this `lint:` block. */
export async function lintWith(lint: string, files: PlanFiles, options: CheckOptions = {}): Promise<CheckResult> {
  return check({ ...files, 'mplan.yaml': planWithLint(lint) }, { lint: true, ...options });
}

/** `file:line rule` of the findings of these rules (or of all non-built-in codes given). */
export function where(ds: readonly Diagnostic[], ...rules: string[]): string[] {
  return ds.filter((d) => rules.includes(d.rule)).map((d) => `${d.file}:${d.line} ${d.rule}`);
}

/** The findings' messages (and hints) in a language, as a user reads them. */
export function words(result: CheckResult, lang: Lang, ...rules: string[]): string[] {
  return localize(result.diagnostics.filter((d) => rules.includes(d.rule)), lang, result.rules).map((d) => `${d.message}${d.hint ? ` | ${d.hint}` : ''}`);
}

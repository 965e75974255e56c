import type { FixOutcome } from '../app/fix.js';
import { chooseLang, text } from '../i18n/index.js';
import type { IO } from './io.js';

/**
 * What `--fix` / `--fix-dry-run` changed, on stderr (stdout carries the
 * findings left, in the chosen format): one line per fix, then a summary.
 */
export function reportFixes(outcome: FixOutcome, opts: Record<string, unknown>, io: IO): void {
  const lang = chooseLang(opts.lang as string | undefined, outcome.result.model.plan?.data.locale, io.env);
  const out: string[] = [];
  for (const file of outcome.skipped) out.push(text('fix-skipped-file', lang, { file }));
  if (!outcome.applied.length) {
    out.push(text('fix-nothing', lang));
  } else {
    const dryRun = Boolean(opts.fixDryRun) && !opts.fix;
    out.push(text(dryRun ? 'fix-would-apply' : 'fix-applied', lang, { count: outcome.applied.length, files: outcome.files.length }));
    for (const { diagnostic: d, fix } of outcome.applied) {
      out.push(text('fix-change', lang, { file: d.file, line: d.line, title: text(fix.messageId, lang, fix.data) }));
    }
  }
  io.stderr.write(`${out.join('\n')}\n`);
}

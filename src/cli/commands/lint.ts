import { Option } from 'commander';
import type { Command } from 'commander';
import { MplanError } from '../../diagnostics/error.js';
import type { Severity } from '../../diagnostics/types.js';
import type { Lang } from '../../i18n/types.js';
import { h } from '../help.js';
import type { IO } from '../io.js';
import { addOutputOptions, lintTargets } from './common.js';
import { pluginOptions } from '../plugins-help.js';
import type { Rule } from '../../rules/types.js';

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

export function registerLint(program: Command, io: IO, lang: Lang, setCode: (code: number) => void): void {
  const cmd = program
    .command('lint')
    .description(h('help-lint', lang))
    .argument('[paths...]', h('help-arg-paths', lang))
    .option('-r, --rule <id=severity>', h('help-lint-opt-rule', lang), collect)
    .addOption(new Option('--fail-on <severity>', h('help-lint-opt-fail-on', lang)).choices(['error', 'warn', 'info']).default('error'))
    .option('--max-warnings <n>', h('help-lint-opt-max-warnings', lang))
    .option('-q, --quiet', h('help-lint-opt-quiet', lang))
    .addOption(new Option('--preset <name>', h('help-opt-preset', lang)).choices(['recommended', 'strict', 'minimal']))
    .option('--since <rev>', h('help-lint-opt-since', lang))
    .option('--baseline <file>', h('help-lint-opt-baseline', lang))
    .option('--write-baseline <file>', h('help-lint-opt-write-baseline', lang))
    .option('--prune-baseline', h('help-lint-opt-prune-baseline', lang))
    .option('--fix', h('help-lint-opt-fix', lang))
    .option('--fix-dry-run', h('help-lint-opt-fix-dry-run', lang))
    .option('--cache', h('help-lint-opt-cache', lang))
    .option('--no-plugins', h('help-opt-no-plugins', lang))
    .addHelpText('after', `\n${h('help-lint-examples', lang)}`);
  addOutputOptions(cmd, lang).action(async (paths: string[], opts: Record<string, unknown>) => {
    const { checkPlan } = await import('../../app/pipeline.js');
    const { emit } = await import('../output.js');
    const { RULES_BY_ID } = await import('../../rules/index.js');
    const { didYouMean } = await import('../../util/suggest.js');
    const { planHealth } = await import('../../health/index.js');
    const path = await import('node:path');
    const overrides: Record<string, Severity | 'off'> = {};
    for (const spec of (opts.rule as string[] | undefined) ?? []) {
      const m = /^([^=]+)=(off|info|warn|error)$/.exec(spec.trim());
      if (!m) throw new MplanError('usage-rule-setting', { spec });
      overrides[m[1]!] = m[2] as Severity | 'off';
    }
    // Ids are checked once the plan's own rules (lint.custom, lint.plugins) are known.
    const unknownRule = (known: ReadonlyMap<string, unknown>) => {
      const id = Object.keys(overrides).find((k) => !known.has(k));
      if (id === undefined) return;
      const s = didYouMean(id, known.keys());
      throw new MplanError('usage-not-a-rule', { option: '--rule', rule: id, suggestion: s ?? '' });
    };
    const preset = opts.preset ? (`mplan:${opts.preset as string}` as const) : undefined;
    const debug = Boolean(opts.debug);
    const checkOptions = {
      today: io.env.MPLAN_TODAY || undefined,
      lint: true,
      cache: Boolean(opts.cache),
      plugins: pluginOptions(opts),
      rules: overrides,
      preset: preset as never,
      onRuleCrash: debug ? (rule: Rule, err: unknown) => io.stderr.write(`[${rule.meta.id}] ${(err as Error)?.stack ?? String(err)}\n`) : undefined,
    };
    const { dir, files } = lintTargets(paths, io.cwd);
    let result: Awaited<ReturnType<typeof checkPlan>>;
    if (opts.fix || opts.fixDryRun) {
      const { fixPlan } = await import('../../app/fix.js');
      const { reportFixes } = await import('../fix-report.js');
      const outcome = await fixPlan(dir, checkOptions, { dryRun: Boolean(opts.fixDryRun) && !opts.fix, only: files });
      reportFixes(outcome, opts, io);
      result = outcome.result;
    } else result = await checkPlan(dir, checkOptions);
    unknownRule(result.rules.size ? result.rules : RULES_BY_ID);
    if (opts.since !== undefined || opts.baseline || opts.writeBaseline || opts.pruneBaseline) {
      const { reviewLint } = await import('../../app/lint.js');
      const reviewed = await reviewLint(result, opts, io, checkOptions);
      for (const note of reviewed.notes) io.stderr.write(`mplan: ${note}\n`);
      if (reviewed.onlyWrote) return setCode(0);
      result = reviewed.result;
    }
    // Files named on the command line: the whole plan is checked (findings cross files), only theirs are shown.
    if (files) result = { ...result, diagnostics: result.diagnostics.filter((d) => files.has(d.file)) };
    setCode(await emit(result, 'lint', opts, io, files ? undefined : planHealth(result.model), files));
  });
}

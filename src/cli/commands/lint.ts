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
import type { LintRequest } from '../../app/check.js';

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
    const { lintRun } = await import('../../app/check.js');
    const { emit } = await import('../output.js');
    const overrides: Record<string, Severity | 'off'> = {};
    for (const spec of (opts.rule as string[] | undefined) ?? []) {
      const m = /^([^=]+)=(off|info|warn|error)$/.exec(spec.trim());
      if (!m) throw new MplanError('usage-rule-setting', { spec });
      overrides[m[1]!] = m[2] as Severity | 'off';
    }
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
    const review = { since: opts.since as string | undefined, baseline: opts.baseline as string | undefined, writeBaseline: opts.writeBaseline as string | undefined, pruneBaseline: opts.pruneBaseline as boolean | undefined, lang: opts.lang as string | undefined };
    let fix: LintRequest['fix'];
    if (opts.fix || opts.fixDryRun) {
      const { reportFixes } = await import('../fix-report.js');
      fix = { dryRun: Boolean(opts.fixDryRun) && !opts.fix, report: (outcome) => reportFixes(outcome, opts, io) };
    }
    const run = await lintRun({ ...review, dir, files, check: checkOptions, fix }, io);
    for (const note of run.notes) io.stderr.write(`mplan: ${note}\n`);
    if (run.onlyWrote) return setCode(0);
    setCode(await emit(run.result, 'lint', opts, io, run.health, files));
  });
}

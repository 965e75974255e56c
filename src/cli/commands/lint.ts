import { Option } from 'commander';
import type { Command } from 'commander';
import { MplanError } from '../../diagnostics/error.js';
import type { Severity } from '../../diagnostics/types.js';
import type { Lang } from '../../i18n/types.js';
import { h } from '../help.js';
import type { IO } from '../io.js';
import { addOutputOptions, lintTargets } from './common.js';
import { NO_PLUGINS_HELP, pluginOptions } from '../plugins-help.js';
import { REVIEW_LINT_HELP } from '../lint-help.js';
import type { Rule } from '../../rules/types.js';

/** `--cache` (src/cache/). */
const CACHE_HELP: Record<Lang, string> = {
  en: 'remember what each unchanged file holds in .mplan-cache.json (in the plan folder), so the next run is faster; the checks across files always run again',
  ja: '変更のないファイルの内容を計画フォルダの .mplan-cache.json に保存し、次回の実行を速くします（ファイルをまたぐチェックは毎回実行します）',
};

/** `--fix` (src/app/fix.ts). */
const FIX_HELP: Record<'fix' | 'dryRun', Record<Lang, string>> = {
  fix: {
    en: 'fix in the files what can be fixed without changing what the plan means (a misspelt reference with exactly one near id, a full-width space, colon or digit), then report what is left',
    ja: '計画の意味を変えずに直せる問題（候補が 1 つだけの ID の打ち間違い、全角のスペース・コロン・数字）をファイル上で直し、残りの指摘を表示します',
  },
  dryRun: {
    en: 'like --fix, but write nothing: list the fixes and report what would be left',
    ja: '--fix と同じですが何も書き込まず、直す内容と直した後に残る指摘を表示します',
  },
};

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

export function registerLint(program: Command, io: IO, lang: Lang, setCode: (code: number) => void): void {
  const cmd = program
    .command('lint')
    .description(h('lint', lang))
    .argument('[paths...]', h('argPaths', lang))
    .option('-r, --rule <id=severity>', h('optRule', lang), collect)
    .addOption(new Option('--fail-on <severity>', h('optFailOn', lang)).choices(['error', 'warn', 'info']).default('error'))
    .option('--max-warnings <n>', h('optMaxWarnings', lang))
    .option('-q, --quiet', h('optQuiet', lang))
    .addOption(new Option('--preset <name>', h('optPreset', lang)).choices(['recommended', 'strict', 'minimal']))
    .option('--since <rev>', REVIEW_LINT_HELP.since[lang])
    .option('--baseline <file>', REVIEW_LINT_HELP.baseline[lang])
    .option('--write-baseline <file>', REVIEW_LINT_HELP.writeBaseline[lang])
    .option('--prune-baseline', REVIEW_LINT_HELP.pruneBaseline[lang])
    .option('--fix', FIX_HELP.fix[lang])
    .option('--fix-dry-run', FIX_HELP.dryRun[lang])
    .option('--cache', CACHE_HELP[lang])
    .option('--no-plugins', NO_PLUGINS_HELP[lang])
    .addHelpText('after', `\n${h('lintExamples', lang)}`);
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

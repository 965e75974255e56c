import { Option } from 'commander';
import type { Command } from 'commander';
import type { Lang } from '../../i18n/types.js';
import { h } from '../help.js';
import { pluginOptions } from '../plugins-help.js';
import type { IO } from '../io.js';

export function registerDiff(program: Command, io: IO, lang: Lang, setCode: (code: number) => void): void {
  program
    .command('diff')
    .description(h('help-diff', lang))
    .argument('<base>', h('help-diff-arg-base', lang))
    .argument('[head]', h('help-diff-arg-head', lang))
    .argument('[dir]', h('help-arg-dir', lang))
    .addOption(new Option('-f, --format <name>', h('help-diff-opt-format', lang)).choices(['text', 'markdown', 'json']).default('text'))
    .option('-o, --output <file>', h('help-opt-output', lang))
    .addOption(new Option('--fail-on-new [severity]', h('help-diff-opt-fail-on-new', lang)).choices(['error', 'warn', 'info']))
    .addOption(new Option('--lang <lang>', h('help-opt-lang', lang)).choices(['en', 'ja']))
    .option('--no-plugins', h('help-opt-no-plugins', lang))
    .option('--debug', h('help-opt-debug', lang))
    .addHelpText('after', `\n${h('help-diff-examples', lang)}`)
    .action(async (base: string, head: string | undefined, dir: string | undefined, opts: Record<string, unknown>) => {
      const { runDiff } = await import('../../app/diff.js');
      const { writeFileSafe } = await import('../../write/index.js');
      const path = await import('node:path');
      const fail = opts.failOnNew === true ? 'error' : (opts.failOnNew as 'error' | 'warn' | 'info' | undefined);
      const { output, code } = await runDiff({
        cwd: io.cwd,
        base,
        head,
        dir,
        format: opts.format as 'text' | 'markdown' | 'json',
        lang: opts.lang as string | undefined,
        env: io.env,
        failOnNew: fail,
        check: { today: io.env.MPLAN_TODAY || undefined, plugins: pluginOptions(opts) },
      });
      if (opts.output) writeFileSafe(path.resolve(io.cwd, opts.output as string), output, { name: opts.output as string });
      else io.stdout.write(output);
      setCode(code);
    });
}

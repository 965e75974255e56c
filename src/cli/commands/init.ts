import { Option } from 'commander';
import type { Command } from 'commander';
import type { Lang } from '../../i18n/types.js';
import { h } from '../help.js';
import type { IO } from '../io.js';

export function registerInit(program: Command, io: IO, lang: Lang, setCode: (code: number) => void): void {
  program
    .command('init')
    .description(h('help-init', lang))
    .argument('[dir]', h('help-init-arg-dir', lang), '.')
    .addOption(new Option('--locale <locale>', h('help-init-opt-locale', lang)).choices(['en', 'ja']))
    .addOption(new Option('--lang <lang>', h('help-opt-lang', lang)).choices(['en', 'ja']))
    .option('--debug', h('help-opt-debug', lang))
    .addHelpText('after', `\n${h('help-init-examples', lang)}`)
    .action(async (dir: string, opts: { locale?: Lang }) => {
      const { initPlan } = await import('../../scaffold/init.js');
      const path = await import('node:path');
      const locale = opts.locale ?? lang;
      const target = path.resolve(io.cwd, dir);
      const written = initPlan(target, locale);
      // `mplan init` with no folder: "in ." reads as a typo, in English and in Japanese.
      const { text } = await import('../../i18n/index.js');
      const done = target === path.resolve(io.cwd) ? 'init-created-here' : 'init-created';
      io.stdout.write(text(done, lang, { dir, count: written.length }));
      setCode(0);
    });
}

import { Option } from 'commander';
import type { Command } from 'commander';
import type { Lang } from '../../i18n/types.js';
import { h } from '../help.js';
import type { IO } from '../io.js';


/**
 * `mplan lsp`, for `mplan --help`. The server itself sits beside the CLI
 * (src/lsp/main.ts) and bin/mplan.js starts it directly, so this action
 * only runs when the CLI is called in-process.
 */
export function registerLsp(program: Command, io: IO, lang: Lang, setCode: (code: number) => void): void {
  program
    .command('lsp')
    .description(h('help-lsp', lang))
    .option('--stdio', h('help-lsp-opt-stdio', lang))
    .addOption(new Option('--lang <lang>', h('help-opt-lang', lang)).choices(['en', 'ja']))
    .action(() => {
      io.stderr.write(`${h('help-lsp-elsewhere', lang)}\n`);
      setCode(2);
    });
}

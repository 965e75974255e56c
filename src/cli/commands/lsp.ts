import { Option } from 'commander';
import type { Command } from 'commander';
import type { Lang } from '../../i18n/types.js';
import { h } from '../help.js';
import type { IO } from '../io.js';

const HELP = {
  description: {
    en: 'run the language server: live findings, go to definition, references, completion of ids and rename in any editor that speaks LSP (see docs/editors.md)',
    ja: '言語サーバーを起動します。LSP に対応したエディタで、チェック結果の表示、定義への移動、参照の検索、id の補完、名前の変更が使えます（docs/editors.md を参照）',
  },
  stdio: { en: 'talk over stdin and stdout (the default; editors pass it)', ja: '標準入出力で通信します（既定。エディタが指定します）' },
  elsewhere: {
    en: 'mplan lsp is started by bin/mplan.js (`mplan lsp --stdio`), not from here.',
    ja: 'mplan lsp は bin/mplan.js から起動します（`mplan lsp --stdio`）。',
  },
} satisfies Record<string, Record<Lang, string>>;

/**
 * `mplan lsp`, for `mplan --help`. The server itself sits beside the CLI
 * (src/lsp/main.ts) and bin/mplan.js starts it directly, so this action
 * only runs when the CLI is called in-process.
 */
export function registerLsp(program: Command, io: IO, lang: Lang, setCode: (code: number) => void): void {
  program
    .command('lsp')
    .description(HELP.description[lang])
    .option('--stdio', HELP.stdio[lang])
    .addOption(new Option('--lang <lang>', h('optLang', lang)).choices(['en', 'ja']))
    .action(() => {
      io.stderr.write(`${HELP.elsewhere[lang]}\n`);
      setCode(2);
    });
}

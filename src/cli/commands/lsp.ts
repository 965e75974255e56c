import type { Command } from 'commander';
import type { Lang } from '../../i18n/types.js';
import type { IO } from '../io.js';
import { VERSION } from '../version.js';

const HELP = {
  description: {
    en: 'run the language server: live findings, go to definition, references, completion of ids and rename in any editor that speaks LSP (see docs/editors.md)',
    ja: '言語サーバーを起動します。LSP に対応したエディタで、チェック結果の表示、定義への移動、参照の検索、id の補完、名前の変更が使えます（docs/editors.md を参照）',
  },
  stdio: { en: 'talk over stdin and stdout (the default; editors pass it)', ja: '標準入出力で通信します（既定。エディタが指定します）' },
} satisfies Record<string, Record<Lang, string>>;

/** Marks an exit the language server asked for (the `exit` notification), so bin/mplan.js does not report it as a run cut short. */
const SERVER_EXIT = Symbol.for('mplan.lsp.exit');

export function registerLsp(program: Command, io: IO, lang: Lang, setCode: (code: number) => void): void {
  program
    .command('lsp')
    .description(HELP.description[lang])
    .option('--stdio', HELP.stdio[lang])
    .action(async () => {
      const { Writable } = await import('node:stream');
      const { startServer } = await import('../../lsp/server.js');
      // stdout carries the protocol only: anything else written there (a plugin's console.log)
      // would break the client's reading of it, so it goes to stderr instead.
      const stdout = process.stdout;
      const write = stdout.write.bind(stdout);
      const output = new Writable({
        write(chunk: Buffer, _encoding, callback) {
          write(chunk, callback);
        },
      });
      stdout.write = ((chunk: unknown, ...rest: unknown[]) => (process.stderr.write as (...a: unknown[]) => boolean)(chunk, ...rest)) as typeof stdout.write;
      (globalThis as Record<symbol, unknown>)[SERVER_EXIT] = true;
      const { closed } = startServer({ input: process.stdin, output, env: io.env, version: VERSION });
      await closed;
      setCode(0);
    });
}

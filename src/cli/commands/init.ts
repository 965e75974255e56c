import { Option } from 'commander';
import type { Command } from 'commander';
import type { Lang } from '../../i18n/types.js';
import { h } from '../help.js';
import type { IO } from '../io.js';

const HELP = {
  description: {
    en: 'start a new plan: a small, commented plan with one document of each kind, editor schemas and VS Code settings',
    ja: '新しい計画を始めます。各種類のドキュメントを 1 つずつ含むコメント付きの小さな計画と、エディタ用のスキーマ・VS Code 設定を作成します',
  },
  dir: { en: 'folder to create the plan in (default: the current folder)', ja: '計画を作成するフォルダ（既定: 現在のフォルダ）' },
  locale: { en: 'language of the starter plan and its comments', ja: 'ひな形の計画とコメントの言語' },
  after: {
    en: 'Examples:\n  $ mplan init my-plan\n  $ mplan init my-plan --locale ja\n\nNothing is overwritten: if any file it would write exists, init stops and writes nothing (exit 2).',
    ja: '例:\n  $ mplan init my-plan\n  $ mplan init my-plan --locale ja\n\n既存のファイルは上書きしません。書き込む予定のファイルが 1 つでも存在すると、何も書かずに終了します（終了コード 2）。',
  },
  done: {
    en: 'Created a starter plan in {{dir}} ({{count}} files). Next: edit the files, then run `mplan lint {{dir}}`.\n',
    ja: '{{dir}} にひな形の計画を作成しました（{{count}} ファイル）。ファイルを編集したら `mplan lint {{dir}}` を実行してください。\n',
  },
  doneHere: {
    en: 'Created a starter plan in this folder ({{count}} files). Next: edit the files, then run `mplan lint`.\n',
    ja: 'このフォルダにひな形の計画を作成しました（{{count}} ファイル）。ファイルを編集したら `mplan lint` を実行してください。\n',
  },
} satisfies Record<string, Record<Lang, string>>;

export function registerInit(program: Command, io: IO, lang: Lang, setCode: (code: number) => void): void {
  program
    .command('init')
    .description(HELP.description[lang])
    .argument('[dir]', HELP.dir[lang], '.')
    .addOption(new Option('--locale <locale>', HELP.locale[lang]).choices(['en', 'ja']))
    .addOption(new Option('--lang <lang>', h('optLang', lang)).choices(['en', 'ja']))
    .option('--debug', h('optDebug', lang))
    .addHelpText('after', `\n${HELP.after[lang]}`)
    .action(async (dir: string, opts: { locale?: Lang }) => {
      const { initPlan } = await import('../../app/scaffold.js');
      const path = await import('node:path');
      const locale = opts.locale ?? lang;
      const target = path.resolve(io.cwd, dir);
      const written = initPlan(target, locale);
      // `mplan init` with no folder: "in ." reads as a typo, in English and in Japanese.
      const done = target === path.resolve(io.cwd) ? HELP.doneHere[lang] : HELP.done[lang];
      io.stdout.write(done.replace(/\{\{dir\}\}/g, () => dir).replace('{{count}}', String(written.length)));
      setCode(0);
    });
}

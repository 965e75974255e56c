import { Option } from 'commander';
import type { Command } from 'commander';
import type { Lang } from '../../i18n/types.js';
import { h } from '../help.js';
import { NO_PLUGINS_HELP, pluginOptions } from '../plugins-help.js';
import type { IO } from '../io.js';

const HELP = {
  diff: {
    en: 'show what a change means for the plan: entities added, removed and changed field by field, lint findings introduced and resolved, plan health before → after',
    ja: '変更が計画にとって何を意味するかを表示します（追加・削除・項目ごとの変更、新しい指摘と解消した指摘、計画の健全性の変化）',
  },
  argBase: {
    en: 'the revision to compare with (a branch, tag or commit; `main...` compares with where the current branch left main)',
    ja: '比較の基準にするリビジョン（ブランチ、タグ、コミット。`main...` は現在のブランチが main から分岐した時点と比較します）',
  },
  argHead: {
    en: 'the revision to compare (default: the working tree); with two arguments, a folder name here is the plan folder',
    ja: '比較するリビジョン（既定: 作業ツリー）。引数が 2 つでここにフォルダ名を書いた場合は計画フォルダとして扱います',
  },
  optFormat: { en: 'output format: text, markdown (for a pull-request comment) or json', ja: '出力形式: text、markdown（プルリクエストのコメント用）、json' },
  optOutput: { en: 'write the output to this file instead of the terminal', ja: '端末ではなくこのファイルに出力します' },
  optFailOnNew: {
    en: 'exit 1 when the change introduces findings at or above this severity (default when given: error)',
    ja: '変更によってこの重要度以上の指摘が新たに生じたら終了コード 1 にします（値を省略すると error）',
  },
  examples: {
    en: 'Examples:\n  $ mplan diff main                      # working tree against main\n  $ mplan diff origin/main... --format markdown > plan-diff.md\n  $ mplan diff v1.0 v1.1 plans/2027\n  $ mplan diff main --fail-on-new        # CI: fail on new errors\n\nExit codes: 0 compared (also when findings changed), 1 with --fail-on-new when the change introduces such findings, 2 usage error, a revision that is not in the clone (shallow CI clones: fetch-depth: 0), or internal error.',
    ja: '例:\n  $ mplan diff main                      # 作業ツリーを main と比較\n  $ mplan diff origin/main... --format markdown > plan-diff.md\n  $ mplan diff v1.0 v1.1 plans/2027\n  $ mplan diff main --fail-on-new        # CI: 新しいエラーで失敗させる\n\n終了コード: 0 比較完了（指摘が変わった場合も）、1 --fail-on-new 指定時に該当する新しい指摘あり、2 使い方の誤り・クローンにないリビジョン（浅いクローンでは fetch-depth: 0）・内部エラー。',
  },
} satisfies Record<string, Record<Lang, string>>;

export function registerDiff(program: Command, io: IO, lang: Lang, setCode: (code: number) => void): void {
  program
    .command('diff')
    .description(HELP.diff[lang])
    .argument('<base>', HELP.argBase[lang])
    .argument('[head]', HELP.argHead[lang])
    .argument('[dir]', h('argDir', lang))
    .addOption(new Option('-f, --format <name>', HELP.optFormat[lang]).choices(['text', 'markdown', 'json']).default('text'))
    .option('-o, --output <file>', HELP.optOutput[lang])
    .addOption(new Option('--fail-on-new [severity]', HELP.optFailOnNew[lang]).choices(['error', 'warn', 'info']))
    .addOption(new Option('--lang <lang>', h('optLang', lang)).choices(['en', 'ja']))
    .option('--no-plugins', NO_PLUGINS_HELP[lang])
    .option('--debug', h('optDebug', lang))
    .addHelpText('after', `\n${HELP.examples[lang]}`)
    .action(async (base: string, head: string | undefined, dir: string | undefined, opts: Record<string, unknown>) => {
      const { diffRevisions } = await import('../../app/diff.js');
      const { writeFileSafe } = await import('../../write/index.js');
      const path = await import('node:path');
      const fail = opts.failOnNew === true ? 'error' : (opts.failOnNew as 'error' | 'warn' | 'info' | undefined);
      const { output, failed } = await diffRevisions({
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
      setCode(failed ? 1 : 0);
    });
}

import { Option } from 'commander';
import type { Command } from 'commander';
import type { Lang } from '../../i18n/types.js';
import { h } from '../help.js';
import type { IO } from '../io.js';

const HELP = {
  description: {
    en: 'rewrite plan files in one canonical layout (key order as in the schemas, 2-space indentation), keeping every comment and value',
    ja: '計画ファイルを統一した書式に整えます（スキーマの項目順、2 スペースのインデント）。コメントと値はすべてそのまま残します',
  },
  dir: { en: 'the plan folder, or any folder inside it (default: the current folder)', ja: '計画フォルダ、またはその中のフォルダ（既定: 現在のフォルダ）' },
  check: { en: 'change nothing; list the files that are not formatted and exit 1 if there are any (for CI)', ja: '何も変更せず、整形が必要なファイルを一覧表示します。1 つでもあれば終了コード 1（CI 向け）' },
  after: {
    en: 'Examples:\n  $ mplan fmt\n  $ mplan fmt --check        # in CI\n\nFiles with YAML errors are left untouched and reported (exit 1): fix them first (`mplan validate`).',
    ja: '例:\n  $ mplan fmt\n  $ mplan fmt --check        # CI で\n\nYAML の誤りがあるファイルは変更せずに報告します（終了コード 1）。先に `mplan validate` で直してください。',
  },
  formatted: { en: 'formatted', ja: '整形しました' },
  unformatted: { en: 'not formatted', ja: '整形が必要です' },
  broken: { en: 'has YAML errors, left as it is (run `mplan validate`)', ja: 'YAML の誤りがあるため変更していません（`mplan validate` を実行してください）' },
  clean: { en: 'All {{n}} files are formatted.', ja: '{{n}} ファイルすべて整形済みです。' },
  summaryWrite: { en: '{{n}} files formatted.', ja: '{{n}} ファイルを整形しました。' },
  summaryWriteOne: { en: '1 file formatted.', ja: '1 ファイルを整形しました。' },
  summaryCheck: { en: '{{n}} files need `mplan fmt`.', ja: '{{n}} ファイルに `mplan fmt` が必要です。' },
  summaryCheckOne: { en: '1 file needs `mplan fmt`.', ja: '1 ファイルに `mplan fmt` が必要です。' },
} satisfies Record<string, Record<Lang, string>>;

export function registerFmt(program: Command, io: IO, lang: Lang, setCode: (code: number) => void): void {
  program
    .command('fmt')
    .description(HELP.description[lang])
    .argument('[dir]', HELP.dir[lang], '.')
    .option('--check', HELP.check[lang])
    .addOption(new Option('--lang <lang>', h('optLang', lang)).choices(['en', 'ja']))
    .option('--debug', h('optDebug', lang))
    .addHelpText('after', `\n${HELP.after[lang]}`)
    .action(async (dir: string, opts: { check?: boolean }) => {
      const path = await import('node:path');
      const { formatPlan } = await import('../../app/fmt.js');
      const { text } = await import('../../i18n/index.js');
      const rel = (abs: string) => path.relative(io.cwd, abs).split(path.sep).join('/');
      let changed = 0;
      let broken = 0;
      let refused = 0;
      const plan = formatPlan(path.resolve(io.cwd, dir), Boolean(opts.check), rel);
      for (const { name, outcome: r } of plan.outcomes) {
        if (r.status === 'clean') continue;
        if (r.status === 'formatted' || r.status === 'unformatted') {
          changed++;
          io.stdout.write(`${name}: ${HELP[r.status][lang]}\n`);
        } else if (r.status === 'refused') {
          refused++;
          const hint = text(`${r.error.code}.hint`, lang, r.error.data);
          io.stderr.write(`mplan: ${text(r.error.code, lang, r.error.data)}\n${hint === `${r.error.code}.hint` ? '' : `  ${hint}\n`}`);
        } else if (r.status === 'unsafe') {
          io.stdout.write(`${name}: ${text('fmt-unsafe', lang)}\n`);
        } else {
          broken++;
          io.stdout.write(`${name}: ${r.status === 'not-text' ? text('fmt-not-text', lang) : HELP.broken[lang]}\n`);
        }
      }
      if (changed === 0 && broken === 0) io.stdout.write(`${HELP.clean[lang].replace('{{n}}', String(plan.count))}\n`);
      else if (changed) {
        const summary = opts.check ? (changed === 1 ? HELP.summaryCheckOne : HELP.summaryCheck) : changed === 1 ? HELP.summaryWriteOne : HELP.summaryWrite;
        io.stdout.write(`${summary[lang].replace('{{n}}', String(changed))}\n`);
      }
      setCode(refused ? 2 : broken || (opts.check && changed) ? 1 : 0);
    });
}

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
  summaryWrite: { en: '{{n}} file(s) formatted.', ja: '{{n}} ファイルを整形しました。' },
  summaryCheck: { en: '{{n}} file(s) need `mplan fmt`.', ja: '{{n}} ファイルに `mplan fmt` が必要です。' },
} satisfies Record<string, Record<Lang, string>>;

export function registerFmt(program: Command, io: IO, lang: Lang, setCode: (code: number) => void): void {
  program
    .command('fmt')
    .description(HELP.description[lang])
    .argument('[dir]', HELP.dir[lang], '.')
    .option('--check', HELP.check[lang])
    .addOption(new Option('--lang <lang>', h('optLang', lang)).choices(['en', 'ja']))
    .addHelpText('after', `\n${HELP.after[lang]}`)
    .action(async (dir: string, opts: { check?: boolean }) => {
      const { readFileSync } = await import('node:fs');
      const path = await import('node:path');
      const { findPlanRoot } = await import('../../load/root.js');
      const { walkPlan } = await import('../../load/walk.js');
      const { readPlanFile } = await import('../../load/index.js');
      const { formatYaml } = await import('../../fmt/index.js');
      const { writeFileAtomic } = await import('../../util/write.js');
      const { root, planFile } = findPlanRoot(path.resolve(io.cwd, dir));
      const planRel = path.relative(root, planFile).split(path.sep).join('/');
      const plan = readPlanFile(planRel, planFile).file;
      const ignore: string[] = [];
      for (const d of plan?.docs ?? []) {
        const v = d.value as { lint?: { ignore?: unknown } } | undefined;
        if (Array.isArray(v?.lint?.ignore)) ignore.push(...(v!.lint!.ignore as unknown[]).filter((g): g is string => typeof g === 'string'));
      }
      const rel = (abs: string) => path.relative(io.cwd, abs).split(path.sep).join('/');
      let changed = 0;
      let broken = 0;
      const files = walkPlan(root, ignore).files;
      for (const f of files) {
        let source: string;
        try {
          source = readFileSync(f.abs, 'utf8');
        } catch {
          broken++;
          io.stdout.write(`${rel(f.abs)}: ${HELP.broken[lang]}\n`);
          continue;
        }
        const r = formatYaml(source);
        if (r.text === undefined) {
          broken++;
          io.stdout.write(`${rel(f.abs)}: ${HELP.broken[lang]}\n`);
          continue;
        }
        if (r.text === source) continue;
        changed++;
        if (opts.check) io.stdout.write(`${rel(f.abs)}: ${HELP.unformatted[lang]}\n`);
        else {
          writeFileAtomic(f.abs, r.text);
          io.stdout.write(`${rel(f.abs)}: ${HELP.formatted[lang]}\n`);
        }
      }
      if (changed === 0 && broken === 0) io.stdout.write(`${HELP.clean[lang].replace('{{n}}', String(files.length))}\n`);
      else if (changed) io.stdout.write(`${(opts.check ? HELP.summaryCheck : HELP.summaryWrite)[lang].replace('{{n}}', String(changed))}\n`);
      setCode(broken || (opts.check && changed) ? 1 : 0);
    });
}

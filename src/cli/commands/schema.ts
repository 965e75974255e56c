import { Option } from 'commander';
import type { Command } from 'commander';
import type { Lang } from '../../i18n/types.js';
import { h } from '../help.js';
import type { IO } from '../io.js';

const HELP = {
  description: {
    en: 'write the JSON Schemas of the plan format, for editors (VS Code YAML, JetBrains, any yaml-language-server client)',
    ja: '計画ファイルの JSON Schema を書き出します（VS Code の YAML 拡張など yaml-language-server 対応エディタ向け）',
  },
  out: { en: 'folder to write the schemas to (default: .mplan/schemas at the plan root)', ja: 'スキーマを書き出すフォルダ（既定: 計画ルートの .mplan/schemas）' },
  after: {
    en: 'Examples:\n  $ mplan schema --out .mplan/schemas\n\nThen point your editor at .mplan/schemas/mplan.schema.json for **/*.yaml (see docs/editors.md).\nExisting schema files in the folder are replaced; nothing else is touched.',
    ja: '例:\n  $ mplan schema --out .mplan/schemas\n\nエディタで **/*.yaml に .mplan/schemas/mplan.schema.json を割り当ててください（docs/editors.md を参照）。\nフォルダ内の既存のスキーマファイルは置き換えられます。それ以外のファイルには触れません。',
  },
} satisfies Record<string, Record<Lang, string>>;

export function registerSchema(program: Command, io: IO, lang: Lang, setCode: (code: number) => void): void {
  program
    .command('schema')
    .description(HELP.description[lang])
    .argument('[dir]', h('argDir', lang), '.')
    .option('--out <dir>', HELP.out[lang])
    .addOption(new Option('--lang <lang>', h('optLang', lang)).choices(['en', 'ja']))
    .addHelpText('after', `\n${HELP.after[lang]}`)
    .action(async (dir: string, opts: { out?: string }) => {
      const { writePlanSchemas } = await import('../../app/scaffold.js');
      const path = await import('node:path');
      // Like every command, on the plan root; outside a plan, here.
      const written = writePlanSchemas(path.resolve(io.cwd, dir), opts.out ? path.resolve(io.cwd, opts.out) : undefined, dir !== '.');
      for (const f of written) io.stdout.write(`${path.relative(io.cwd, f).split(path.sep).join('/')}\n`);
      setCode(0);
    });
}

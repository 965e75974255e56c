import { existsSync, readFileSync } from 'node:fs';
import { Option } from 'commander';
import type { Command } from 'commander';
import { MplanError } from '../../diagnostics/error.js';
import type { Lang } from '../../i18n/types.js';
import { chooseLang } from '../../i18n/index.js';
import { packageUrl } from '../../util/package-root.js';
import { h } from '../help.js';
import type { IO } from '../io.js';

export const DOCS_DIR = packageUrl('docs', true);

export function registerExplain(program: Command, io: IO, lang: Lang, setCode: (code: number) => void): void {
  program
    .command('explain')
    .description(h('explain', lang))
    .argument('<rule-id>', h('argRule', lang))
    .addOption(new Option('--lang <lang>', h('optLang', lang)).choices(['en', 'ja']))
    .action(async (id: string, opts: { lang?: string }) => {
      const { RULES_BY_ID } = await import('../../rules/index.js');
      const { didYouMean } = await import('../../util/suggest.js');
      const l = chooseLang(opts.lang, undefined, io.env);
      if (!RULES_BY_ID.has(id)) {
        const s = didYouMean(id, RULES_BY_ID.keys());
        throw new MplanError('usage-bad-option', { option: '<rule-id>', detail: `\`${id}\` is not an mplan rule${s ? ` (did you mean \`${s}\`?)` : '; run `mplan rules` for the list'}` });
      }
      const candidates = l === 'ja' ? [`ja/rules/${id}.md`, `rules/${id}.md`] : [`rules/${id}.md`];
      for (const c of candidates) {
        const file = new URL(c, DOCS_DIR);
        if (existsSync(file)) {
          io.stdout.write(readFileSync(file, 'utf8'));
          setCode(0);
          return;
        }
      }
      const r = RULES_BY_ID.get(id)!;
      io.stdout.write(`# ${id}\n\n${r.meta.description[l]}\n\n${r.meta.practice?.[l] ?? ''}\n`);
      setCode(0);
    });
}

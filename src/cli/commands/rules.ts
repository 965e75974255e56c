import { Option } from 'commander';
import type { Command } from 'commander';
import type { Lang } from '../../i18n/types.js';
import { chooseLang } from '../../i18n/index.js';
import { h } from '../help.js';
import type { IO } from '../io.js';
import { padEndWidth } from '../../util/width.js';

export function registerRules(program: Command, io: IO, lang: Lang, setCode: (code: number) => void): void {
  program
    .command('rules')
    .description(h('rules', lang))
    .addOption(new Option('--lang <lang>', h('optLang', lang)).choices(['en', 'ja']))
    .addOption(new Option('--preset <name>', h('optPreset', lang)).choices(['recommended', 'strict', 'minimal']).default('recommended'))
    .option('--format <name>', 'text or json', 'text')
    .action(async (opts: { lang?: string; preset: string; format: string }) => {
      const { RULES } = await import('../../rules/index.js');
      const { presetSeverity } = await import('../../rules/presets.js');
      const l = chooseLang(opts.lang, undefined, io.env);
      const preset = `mplan:${opts.preset}` as 'mplan:recommended';
      const rows = RULES.map((r) => ({
        id: r.meta.id,
        severity: presetSeverity(preset, r),
        category: r.meta.category,
        description: r.meta.description[l],
      }));
      if (opts.format === 'json') {
        io.stdout.write(`${JSON.stringify({ preset, rules: rows }, null, 2)}\n`);
      } else {
        const idW = Math.max(...rows.map((r) => r.id.length));
        let last = '';
        for (const r of rows) {
          if (r.category !== last) {
            io.stdout.write(`${last ? '\n' : ''}${r.category}\n`);
            last = r.category;
          }
          io.stdout.write(`  ${r.id.padEnd(idW)}  ${padEndWidth(r.severity, 5)}  ${r.description}\n`);
        }
      }
      setCode(0);
    });
}

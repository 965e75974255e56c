import path from 'node:path';
import { Option } from 'commander';
import type { Command } from 'commander';
import type { Lang } from '../../i18n/types.js';
import { CATALOG, chooseLang, text } from '../../i18n/index.js';
import { h } from '../help.js';
import { pluginOptions } from '../plugins-help.js';
import type { IO } from '../io.js';
import { padEndWidth } from '../../util/width.js';

export function registerRules(program: Command, io: IO, lang: Lang, setCode: (code: number) => void): void {
  program
    .command('rules')
    .description(h('help-rules', lang))
    .argument('[dir]', h('help-arg-dir', lang), '.')
    .addOption(new Option('--lang <lang>', h('help-opt-lang', lang)).choices(['en', 'ja']))
    .addOption(new Option('--preset <name>', h('help-opt-preset', lang)).choices(['recommended', 'strict', 'minimal']))
    .option('--format <name>', h('help-rules-opt-format', lang), 'text')
    .option('--no-plugins', h('help-opt-no-plugins', lang))
    .action(async (dir: string, opts: { lang?: string; preset?: string; format: string; plugins?: boolean }) => {
      const { RULES } = await import('../../rules/index.js');
      const { presetSeverity } = await import('../../rules/presets.js');
      const { planRuleSettings } = await import('../../app/settings.js');
      // Inside a plan: its own rules too, and the severities its config gives (lint.extends, lint.rules).
      const plan = await planRuleSettings(path.resolve(io.cwd, dir), opts.preset ? `mplan:${opts.preset}` : undefined, dir !== '.', pluginOptions(opts));
      const l = chooseLang(opts.lang, plan?.locale, io.env);
      const preset = plan?.config.preset ?? (`mplan:${opts.preset ?? 'recommended'}` as 'mplan:recommended');
      const rows = [...RULES, ...(plan?.rules ?? [])].map((r) => ({
        id: r.meta.id,
        severity: plan?.config.rules.get(r.meta.id)?.severity ?? presetSeverity(preset, r),
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
            // A category with no name in the catalog (a plugin may set its own) is shown as written.
            const name = CATALOG[`rules-category-${r.category}`] ? text(`rules-category-${r.category}`, l) : r.category;
            io.stdout.write(`${last ? '\n' : ''}${name}\n`);
            last = r.category;
          }
          io.stdout.write(`  ${r.id.padEnd(idW)}  ${padEndWidth(r.severity, 5)}  ${r.description}\n`);
        }
      }
      setCode(0);
    });
}

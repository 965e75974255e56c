import path from 'node:path';
import { Option } from 'commander';
import type { Command } from 'commander';
import type { Lang } from '../../i18n/types.js';
import { chooseLang } from '../../i18n/index.js';
import { h } from '../help.js';
import { NO_PLUGINS_HELP, pluginOptions } from '../plugins-help.js';
import type { IO } from '../io.js';
import { padEndWidth } from '../../util/width.js';

const CATEGORY_NAMES: Record<string, Record<Lang, string>> = {
  goals: { en: 'Goals and challenges', ja: '目標と課題' },
  journeys: { en: 'Journeys and stages', ja: 'カスタマージャーニーとステージ' },
  kpis: { en: 'KPIs', ja: 'KPI' },
  initiatives: { en: 'Initiatives', ja: '施策' },
  team: { en: 'Team', ja: 'チーム' },
  tools: { en: 'Tools', ja: 'ツール' },
  rfps: { en: 'RFPs', ja: '提案依頼書（RFP）' },
  roadmap: { en: 'Roadmap', ja: 'ロードマップ' },
  custom: { en: 'Your custom rules', ja: '独自ルール' },
  plugin: { en: 'Plugin rules', ja: 'プラグインのルール' },
};

export function registerRules(program: Command, io: IO, lang: Lang, setCode: (code: number) => void): void {
  program
    .command('rules')
    .description(h('rules', lang))
    .argument('[dir]', h('argDir', lang), '.')
    .addOption(new Option('--lang <lang>', h('optLang', lang)).choices(['en', 'ja']))
    .addOption(new Option('--preset <name>', h('optPreset', lang)).choices(['recommended', 'strict', 'minimal']))
    .option('--format <name>', 'text or json', 'text')
    .option('--no-plugins', NO_PLUGINS_HELP[lang])
    .action(async (dir: string, opts: { lang?: string; preset?: string; format: string; plugins?: boolean }) => {
      const { ruleTable } = await import('../../app/settings.js');
      const table = await ruleTable(path.resolve(io.cwd, dir), opts.preset ? `mplan:${opts.preset}` : undefined, dir !== '.', pluginOptions(opts));
      const l = chooseLang(opts.lang, table.locale, io.env);
      const preset = table.preset;
      const rows = table.rows.map(({ rule, severity }) => ({ id: rule.meta.id, severity, category: rule.meta.category, description: rule.meta.description[l] }));
      if (opts.format === 'json') {
        io.stdout.write(`${JSON.stringify({ preset, rules: rows }, null, 2)}\n`);
      } else {
        const idW = Math.max(...rows.map((r) => r.id.length));
        let last = '';
        for (const r of rows) {
          if (r.category !== last) {
            io.stdout.write(`${last ? '\n' : ''}${CATEGORY_NAMES[r.category]?.[l] ?? r.category}\n`);
            last = r.category;
          }
          io.stdout.write(`  ${r.id.padEnd(idW)}  ${padEndWidth(r.severity, 5)}  ${r.description}\n`);
        }
      }
      setCode(0);
    });
}

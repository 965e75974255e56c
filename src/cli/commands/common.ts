import { Option } from 'commander';
import type { Command } from 'commander';
import type { Lang } from '../../i18n/types.js';
import { h } from '../help.js';

export const OUTPUT_FORMATS = ['stylish', 'json', 'sarif', 'github', 'markdown', 'junit', 'gitlab'];

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** Options every command that prints diagnostics shares. */
export function addOutputOptions(cmd: Command, lang: Lang): Command {
  return cmd
    .option('-f, --format <name[=file]>', h('optFormat', lang, { formats: OUTPUT_FORMATS.join(', ') }), collect)
    .option('-o, --output <file>', h('optOutput', lang))
    .addOption(new Option('--lang <lang>', h('optLang', lang)).choices(['en', 'ja']))
    .option('--color', h('optColor', lang))
    .option('--no-color')
    .option('--debug', h('optDebug', lang));
}

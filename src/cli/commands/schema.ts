import { Option } from 'commander';
import type { Command } from 'commander';
import type { Lang } from '../../i18n/types.js';
import { h } from '../help.js';
import type { IO } from '../io.js';

export function registerSchema(program: Command, io: IO, lang: Lang, setCode: (code: number) => void): void {
  program
    .command('schema')
    .description(h('help-schema', lang))
    .argument('[dir]', h('help-arg-dir', lang), '.')
    .option('--out <dir>', h('help-schema-opt-out', lang))
    .addOption(new Option('--lang <lang>', h('help-opt-lang', lang)).choices(['en', 'ja']))
    .addHelpText('after', `\n${h('help-schema-examples', lang)}`)
    .action(async (dir: string, opts: { out?: string }) => {
      const { writePlanSchemas } = await import('../../app/scaffold.js');
      const path = await import('node:path');
      // Like every command, on the plan root; outside a plan, here.
      const written = writePlanSchemas(path.resolve(io.cwd, dir), opts.out ? path.resolve(io.cwd, opts.out) : undefined, dir !== '.');
      for (const f of written) io.stdout.write(`${path.relative(io.cwd, f).split(path.sep).join('/')}\n`);
      setCode(0);
    });
}

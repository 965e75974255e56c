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
      const { writeSchemas } = await import('../../scaffold/schemas.js');
      const { findPlanRoot } = await import('../../load/root.js');
      const { MplanError } = await import('../../diagnostics/error.js');
      const path = await import('node:path');
      // Like every command, on the plan root (the editor settings `mplan init` writes point there); outside a plan, here.
      let root = path.resolve(io.cwd, dir);
      try {
        root = findPlanRoot(root).root;
      } catch (err) {
        if (!(err instanceof MplanError) || err.code !== 'usage-no-root' || dir !== '.') throw err;
      }
      const written = writeSchemas(opts.out ? path.resolve(io.cwd, opts.out) : path.join(root, '.mplan', 'schemas'));
      for (const f of written) io.stdout.write(`${path.relative(io.cwd, f).split(path.sep).join('/')}\n`);
      setCode(0);
    });
}

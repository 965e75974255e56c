import { Option } from 'commander';
import type { Command } from 'commander';
import type { Lang } from '../../i18n/types.js';
import { h } from '../help.js';
import type { IO } from '../io.js';

export function registerFmt(program: Command, io: IO, lang: Lang, setCode: (code: number) => void): void {
  program
    .command('fmt')
    .description(h('help-fmt', lang))
    .argument('[dir]', h('help-arg-dir', lang), '.')
    .option('--check', h('help-fmt-opt-check', lang))
    .addOption(new Option('--lang <lang>', h('help-opt-lang', lang)).choices(['en', 'ja']))
    .option('--debug', h('help-opt-debug', lang))
    .addHelpText('after', `\n${h('help-fmt-examples', lang)}`)
    .action(async (dir: string, opts: { check?: boolean }) => {
      const path = await import('node:path');
      const { findPlanRoot } = await import('../../load/root.js');
      const { walkPlan } = await import('../../load/walk.js');
      const { readPlanFile, ignoreGlobs } = await import('../../load/index.js');
      const { formatFile } = await import('../../tidy/files.js');
      const { text } = await import('../../i18n/index.js');
      const { root, planFile } = findPlanRoot(path.resolve(io.cwd, dir));
      const planRel = path.relative(root, planFile).split(path.sep).join('/');
      const ignore = ignoreGlobs(readPlanFile(planRel, planFile).file);
      const rel = (abs: string) => path.relative(io.cwd, abs).split(path.sep).join('/');
      let changed = 0;
      let broken = 0;
      let refused = 0;
      const files = walkPlan(root, ignore).files;
      for (const f of files) {
        const name = rel(f.abs);
        const r = formatFile(f.abs, name, Boolean(opts.check));
        if (r.status === 'clean') continue;
        if (r.status === 'formatted' || r.status === 'unformatted') {
          changed++;
          io.stdout.write(`${name}: ${text(r.status === 'formatted' ? 'tidy-formatted' : 'tidy-unformatted', lang)}\n`);
        } else if (r.status === 'refused') {
          refused++;
          const hint = text(`${r.error.code}.hint`, lang, r.error.data);
          io.stderr.write(`mplan: ${text(r.error.code, lang, r.error.data)}\n${hint === `${r.error.code}.hint` ? '' : `  ${hint}\n`}`);
        } else if (r.status === 'unsafe') {
          io.stdout.write(`${name}: ${text('fmt-unsafe', lang)}\n`);
        } else {
          broken++;
          io.stdout.write(`${name}: ${r.status === 'not-text' ? text('fmt-not-text', lang) : text('tidy-yaml-errors', lang)}\n`);
        }
      }
      if (changed === 0 && broken === 0) io.stdout.write(`${text('tidy-clean', lang, { n: files.length })}\n`);
      else if (changed) {
        const summary = opts.check ? (changed === 1 ? 'tidy-summary-check-one' : 'tidy-summary-check') : changed === 1 ? 'tidy-summary-write-one' : 'tidy-summary-write';
        io.stdout.write(`${text(summary, lang, { n: changed })}\n`);
      }
      setCode(refused ? 2 : broken || (opts.check && changed) ? 1 : 0);
    });
}

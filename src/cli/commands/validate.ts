import type { Command } from 'commander';
import type { Lang } from '../../i18n/types.js';
import { h } from '../help.js';
import type { IO } from '../io.js';
import { addOutputOptions } from './common.js';

export function registerValidate(program: Command, io: IO, lang: Lang, setCode: (code: number) => void): void {
  const cmd = program
    .command('validate')
    .description(h('help-validate', lang))
    .argument('[dir]', h('help-arg-dir', lang), '.')
    .addHelpText('after', `\n${h('help-validate-examples', lang)}`);
  addOutputOptions(cmd, lang).action(async (dir: string, opts: Record<string, unknown>) => {
    const { checkPlan } = await import('../../app/pipeline.js');
    const { emit } = await import('../output.js');
    const path = await import('node:path');
    const result = await checkPlan(path.resolve(io.cwd, dir));
    setCode(await emit(result, 'validate', opts, io));
  });
}

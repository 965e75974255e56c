import type { Command } from 'commander';
import { Option } from 'commander';
import { MplanError } from '../../diagnostics/error.js';
import type { IdEdit } from '../../edit/rename.js';
import type { Lang } from '../../i18n/types.js';
import { h } from '../help.js';
import type { IO } from '../io.js';

/**
 * Rename `oldKey` to `newId` in the plan at `dir`; with `write`, every changed
 * file is written (all or none: each target is checked before the first
 * write, and a file changed since it was read is left alone).
 */
async function renameInPlan(dir: string, oldKey: string, newId: string, write: boolean): Promise<{ root: string; newKey: string; edits: IdEdit[] }> {
  const { readFileSync } = await import('node:fs');
  const { checkPlan } = await import('../../app/pipeline.js');
  const { planRename, editsByFile } = await import('../../edit/rename.js');
  const { applyEdits } = await import('../../edit/text.js');
  const { checkWriteTarget, writeFileSafe } = await import('../../write/index.js');
  const { model, loaded } = await checkPlan(dir);
  const planned = planRename(model, oldKey, newId);
  if (!planned.ok) throw new MplanError(planned.problem.messageId, planned.problem.data);
  const target = planned.target;
  const newKey = target.kind === 'Stage' ? `${target.journey.id}/${newId.split('/').pop()}` : newId;
  const outputs: Array<{ abs: string; name: string; bytes: Buffer; out: string }> = [];
  for (const [file, edits] of editsByFile(planned.edits)) {
    const bytes = readFileSync(file.abs);
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? '\uFEFF' : '';
    if (bytes.toString('utf8') !== bom + file.text) throw new MplanError('write-changed', { file: file.path });
    outputs.push({ abs: file.abs, name: file.path, bytes, out: bom + applyEdits(file.text, edits).text });
  }
  if (write) {
    for (const o of outputs) checkWriteTarget(o.abs, { name: o.name, planFile: true });
    for (const o of outputs) writeFileSafe(o.abs, o.out, { name: o.name, planFile: true, expected: o.bytes });
  }
  return { root: loaded.root, newKey, edits: planned.edits };
}


export function registerRename(program: Command, io: IO, lang: Lang, setCode: (code: number) => void): void {
  program
    .command('rename')
    .description(h('help-rename', lang))
    .argument('<old>', h('help-rename-arg-old', lang))
    .argument('<new>', h('help-rename-arg-new', lang))
    .argument('[dir]', h('help-arg-dir', lang), '.')
    .option('--dry-run', h('help-rename-opt-dry-run', lang))
    .addOption(new Option('--lang <lang>', h('help-opt-lang', lang)).choices(['en', 'ja']))
    .option('--debug', h('help-opt-debug', lang))
    .addHelpText('after', `\n${h('help-rename-examples', lang)}`)
    .action(async (oldKey: string, newId: string, dir: string, opts: { dryRun?: boolean }) => {
      const path = await import('node:path');
      const { text } = await import('../../i18n/index.js');
      const result = await renameInPlan(path.resolve(io.cwd, dir), oldKey, newId, !opts.dryRun);
      const shown = (file: string) => path.relative(io.cwd, path.join(result.root, file)).split(path.sep).join('/');
      for (const e of result.edits) io.stdout.write(`${shown(e.file.path)}:${e.line}:${e.column}  ${e.oldText} → ${e.newText}\n`);
      const data = { from: oldKey, to: result.newKey, count: result.edits.length, files: new Set(result.edits.map((e) => e.file)).size };
      const summary = result.edits.length === 0 ? 'rename-nothing' : opts.dryRun ? 'rename-summary-dry' : 'rename-summary';
      io.stdout.write(`${text(summary, lang, data)}\n`);
      setCode(0);
    });
}

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
  const { planRename, editsByFile, applyEdits } = await import('../../edit/rename.js');
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
    outputs.push({ abs: file.abs, name: file.path, bytes, out: bom + applyEdits(file.text, edits) });
  }
  if (write) {
    for (const o of outputs) checkWriteTarget(o.abs, { name: o.name, planFile: true });
    for (const o of outputs) writeFileSafe(o.abs, o.out, { name: o.name, planFile: true, expected: o.bytes });
  }
  return { root: loaded.root, newKey, edits: planned.edits };
}

const HELP = {
  description: {
    en: 'change an id everywhere: the entity (or journey stage) and every reference to it, in every plan file; comments and layout stay as they are',
    ja: 'id を計画全体で変更します。対象（またはジャーニーのステージ）とそれを参照するすべての箇所を、すべての計画ファイルで書き換えます。コメントや書式はそのまま残します',
  },
  old: { en: 'the id to change (a stage: journey-id/stage-id)', ja: '変更する id（ステージは journey-id/stage-id）' },
  new: { en: 'the new id (lower-case letters, digits and hyphens)', ja: '新しい id（半角の英小文字・数字・ハイフン）' },
  dir: { en: 'the plan folder, or any folder inside it (default: the current folder)', ja: '計画フォルダ、またはその中のフォルダ（既定: 現在のフォルダ）' },
  dryRun: { en: 'show what would change, write nothing', ja: '変更点を表示するだけで、何も書き込みません' },
  after: {
    en: 'Examples:\n  $ mplan rename marketing-ops growth-ops\n  $ mplan rename expo-visitor/nurture expo-visitor/follow-up --dry-run',
    ja: '例:\n  $ mplan rename marketing-ops growth-ops\n  $ mplan rename expo-visitor/nurture expo-visitor/follow-up --dry-run',
  },
} satisfies Record<string, Record<Lang, string>>;

export function registerRename(program: Command, io: IO, lang: Lang, setCode: (code: number) => void): void {
  program
    .command('rename')
    .description(HELP.description[lang])
    .argument('<old>', HELP.old[lang])
    .argument('<new>', HELP.new[lang])
    .argument('[dir]', HELP.dir[lang], '.')
    .option('--dry-run', HELP.dryRun[lang])
    .addOption(new Option('--lang <lang>', h('optLang', lang)).choices(['en', 'ja']))
    .option('--debug', h('optDebug', lang))
    .addHelpText('after', `\n${HELP.after[lang]}`)
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

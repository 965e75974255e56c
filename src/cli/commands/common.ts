import { statSync } from 'node:fs';
import path from 'node:path';
import { Option } from 'commander';
import type { Command } from 'commander';
import { MplanError } from '../../diagnostics/error.js';
import type { Lang } from '../../i18n/types.js';
import { findPlanRoot } from '../../load/root.js';
import { h } from '../help.js';

export const OUTPUT_FORMATS = ['stylish', 'json', 'sarif', 'github', 'markdown', 'junit', 'gitlab'];

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** Options every command that prints diagnostics shares. */
export function addOutputOptions(cmd: Command, lang: Lang): Command {
  return cmd
    .option('-f, --format <name[=file]>', h('help-opt-format', lang, { formats: OUTPUT_FORMATS.join(', ') }), collect)
    .option('-o, --output <file>', h('help-opt-output', lang))
    .addOption(new Option('--lang <lang>', h('help-opt-lang', lang)).choices(['en', 'ja']))
    .option('--color', h('help-opt-color', lang))
    .option('--no-color')
    .option('--debug', h('help-opt-debug', lang));
}

/**
 * What `mplan lint a.yaml b.yaml` (or a folder) works on: the folder to load
 * the plan from, and, when files were named (as editors and pre-commit hooks
 * pass them), those files as the plan names them, to show only their findings.
 */
export function lintTargets(args: string[], cwd: string): { dir: string; files?: Set<string> } {
  const paths = args.length ? args : ['.'];
  const abs = paths.map((p) => path.resolve(cwd, p));
  const isFile = abs.map((p, i) => {
    try {
      return !statSync(p).isDirectory();
    } catch {
      throw new MplanError('usage-path-missing', { path: paths[i]! });
    }
  });
  if (paths.length === 1 && !isFile[0]) return { dir: abs[0]! };
  const roots = abs.map((p, i) => findPlanRoot(isFile[i] ? path.dirname(p) : p).root);
  const other = roots.findIndex((r) => r !== roots[0]);
  if (other >= 0) throw new MplanError('usage-paths-in-plans', { first: paths[0]!, other: paths[other]! });
  // A folder among them stands for the whole plan, as `mplan lint <folder>` does.
  if (!isFile.every(Boolean)) return { dir: roots[0]! };
  return { dir: roots[0]!, files: new Set(abs.map((p) => path.relative(roots[0]!, p).split(path.sep).join('/'))) };
}

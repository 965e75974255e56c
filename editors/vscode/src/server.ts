import { existsSync } from 'node:fs';
import path from 'node:path';

/** How to start `mplan lsp`: a command, its arguments, and whether it needs a shell (a `.cmd` on Windows). */
export interface ServerCommand {
  command: string;
  args: string[];
  shell: boolean;
}

/**
 * The `mplan` to run: the setting if given, else the plan repository's own
 * (`node_modules/.bin/mplan` in a workspace folder, so everyone runs the
 * version the plan pins), else `mplan` on the PATH. Kept free of the
 * `vscode` module so it can be tested without VS Code.
 */
export function serverCommand(setting: string | undefined, folders: readonly string[], platform: NodeJS.Platform = process.platform): ServerCommand {
  const windows = platform === 'win32';
  const bin = windows ? 'mplan.cmd' : 'mplan';
  let command = setting?.trim() || '';
  if (!command) {
    const local = folders.map((f) => path.join(f, 'node_modules', '.bin', bin)).find((p) => existsSync(p));
    command = local ?? bin;
  }
  return { command, args: ['lsp', '--stdio'], shell: windows && /\.(cmd|bat)$/i.test(command) };
}

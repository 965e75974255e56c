import { main } from '../../src/cli/main.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Run mplan in-process with a fake IO: no terminal (unless `tty`), an
 * environment with no language or colour settings unless given.
 */
export async function runCli(argv: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; tty?: boolean }): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: (s: string) => (stdout += s), isTTY: options.tty ?? false },
    stderr: { write: (s: string) => (stderr += s), isTTY: options.tty ?? false },
    cwd: options.cwd,
    env: options.env ?? {},
  });
  return { code, stdout, stderr };
}

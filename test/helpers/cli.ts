import type { Diagnostic } from '../../src/diagnostics/types.js';
import { main } from '../../src/cli/main.js';
import { REPO } from './examples.js';

/**
 * The environment every in-process run starts from, whatever the machine
 * running the tests has set: English (`LANG`), a fixed "today" for debt
 * dates (`MPLAN_TODAY`), nothing else — so no NO_COLOR or FORCE_COLOR, and
 * as the output streams are not terminals, no colour.
 */
export const TEST_ENV: Readonly<Record<string, string>> = {
  LANG: 'en_US.UTF-8',
  MPLAN_TODAY: '2027-01-01',
};

export interface CliOptions {
  /** The folder mplan runs in; default the repository's root. */
  cwd?: string;
  /** Added to TEST_ENV; a key set to `undefined` is taken out of it. */
  env?: Record<string, string | undefined>;
  /** Make stdout and stderr look like terminals (colour and widths as in a shell). */
  tty?: boolean;
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** The environment a run gets: TEST_ENV with the test's own variables on top. */
export function cliEnv(env: CliOptions['env'] = {}): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = { ...TEST_ENV };
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete out[k];
    else out[k] = v;
  }
  return out;
}

/** Run mplan in-process, as `mplan <argv>` in a shell would, and keep what it printed. */
export async function runCli(argv: string[], options: CliOptions = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const isTTY = options.tty ?? false;
  const code = await main(argv, {
    stdout: { write: (s: string) => (stdout += s), isTTY },
    stderr: { write: (s: string) => (stderr += s), isTTY },
    cwd: options.cwd ?? REPO,
    env: cliEnv(options.env),
  });
  return { code, stdout, stderr };
}

/** One diagnostic of `--format json` (the fields tests read). */
export type JsonDiagnostic = Pick<Diagnostic, 'rule' | 'severity' | 'file' | 'line' | 'column' | 'messageId' | 'entity'> & { message: string; hint?: string };

export interface JsonRun extends CliResult {
  diagnostics: JsonDiagnostic[];
}

/** runCli with `--format json --no-color`, and the diagnostics it printed parsed. */
export async function runJson(args: string[], cwd: string): Promise<JsonRun> {
  const { code, stdout, stderr } = await runCli([...args, '--format', 'json', '--no-color'], { cwd });
  const diagnostics: JsonDiagnostic[] = stdout.trim() ? (JSON.parse(stdout) as { diagnostics: JsonDiagnostic[] }).diagnostics : [];
  return { code, stdout, stderr, diagnostics };
}

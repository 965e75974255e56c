import { Writable } from 'node:stream';
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { envLang, text } from '../i18n/index.js';
import type { Lang } from '../i18n/types.js';
import { VERSION } from '../util/version.js';
import { startServer } from './server.js';

/** Marks an exit the protocol asked for (the `exit` notification), so bin/mplan.js does not report it as a run cut short. */
const SERVER_EXIT = Symbol.for('mplan.lsp.exit');

/**
 * `mplan lsp [--stdio]`: serve the Language Server Protocol on stdin and
 * stdout until the client says `exit` or goes away. bin/mplan.js starts it
 * directly (the language server sits beside the CLI, not under it; `mplan
 * lsp --help` is the CLI's, src/cli/commands/lsp.ts).
 */
export async function main(argv: string[]): Promise<number> {
  // `--lang en|ja` (also `--lang=ja`): the language of findings and messages, over each plan's `locale`.
  let lang: Lang | undefined;
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const m = /^--lang(?:=(.*))?$/.exec(a);
    if (!m) rest.push(a);
    else {
      const v = m[1] ?? argv[++i];
      if (v === 'en' || v === 'ja') lang = v;
      else rest.push(a);
    }
  }
  const unknown = rest.find((a) => a !== '--stdio');
  if (unknown !== undefined) {
    process.stderr.write(`mplan: ${text('lsp-unknown-option', envLang(process.env), { option: unknown })}\n`);
    return 2;
  }
  // stdout carries the protocol only: anything else written there (a plugin's console.log)
  // would break the client's reading of it, so it goes to stderr instead.
  const stdout = process.stdout;
  const write = stdout.write.bind(stdout);
  const output = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      write(chunk, callback);
    },
  });
  stdout.write = ((chunk: unknown, ...rest: unknown[]) => (process.stderr.write as (...a: unknown[]) => boolean)(chunk, ...rest)) as typeof stdout.write;
  (globalThis as Record<symbol, unknown>)[SERVER_EXIT] = true;
  const { closed } = startServer({ input: process.stdin, output, env: process.env, version: VERSION, lang, collect: collector() });
  await closed;
  return 0;
}

/**
 * V8's `gc`, for a server that knows when a whole model has just become
 * garbage (src/lsp/server.ts). It runs only once the heap holds twice what
 * the last collection left (about one model's worth of garbage): a full
 * collection after every check would cost more than the check saves. A
 * process is not given `gc` unless started with --expose-gc; the flag set
 * now exposes it to a new context. Without it (a runtime that refuses), V8
 * collects when it decides to.
 */
function collector(): (() => void) | undefined {
  let gc: unknown;
  try {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc');
  } catch {
    return undefined;
  }
  if (typeof gc !== 'function') return undefined;
  let left = 0;
  return () => {
    if (getHeapStatistics().used_heap_size < 2 * left) return;
    (gc as () => void)();
    left = getHeapStatistics().used_heap_size;
  };
}

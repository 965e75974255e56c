#!/usr/bin/env node
// The only place that touches process.exitCode. Everything else returns codes.
// A reader that goes away (`mplan lint | head`) is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err && err.code === 'EPIPE') return;
    process.exitCode = 2;
  });
}
// Cold start: `mplan --version` answers before loading the CLI (commander and
// every command module cost ~30 ms, more than Node's own start-up).
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  import('node:fs').then((fs) => {
    let version = '0.0.0';
    try {
      version = JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;
    } catch {
      /* same fallback as src/util/version.ts */
    }
    process.stdout.write(`${version}\n`);
  });
} else {
  // Node exits (with 0) once nothing is left to wait for, even if the run never finished: a
  // plugin whose top-level await never settles would then pass CI with no output at all.
  let finished = false;
  process.on('exit', () => {
    // `mplan lsp` ends when its client says `exit` (src/cli/commands/lsp.ts sets this mark).
    if (finished || globalThis[Symbol.for('mplan.lsp.exit')]) return;
    const ja = /^ja/i.test(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '');
    process.stderr.write(
      ja
        ? 'mplan: 実行が完了しないまま終了しました（プラグインが終了させたか、終わらない処理を待っている可能性があります）。結果は出力されていません。\n'
        : 'mplan: the run stopped before it finished (a plugin may have ended it, or be waiting for something that never happens); no result was written.\n',
    );
    process.exitCode = 2;
  });
  run().finally(() => {
    finished = true;
  });
}

function run() {
  // The language server sits beside the CLI (src/lsp/main.ts); both are in the esbuild bundle (scripts/bundle.mjs).
  const server = args[0] === 'lsp' && !args.includes('--help') && !args.includes('-h');
  return import(server ? '../dist/cli-bundle/lsp.js' : '../dist/cli-bundle/main.js')
  .then((m) => m.main(server ? args.slice(1) : args))
  .then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.stderr.write(`mplan: could not start (${err && err.message ? err.message : err}). Run \`npm run build\` in the mplan folder.\n`);
      process.exitCode = 2;
    },
  );
}

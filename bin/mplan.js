#!/usr/bin/env node
// The only place that touches process.exitCode. Everything else returns codes.
import('../dist/cli/main.js')
  .then((m) => m.main(process.argv.slice(2)))
  .then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.stderr.write(`mplan: could not start (${err && err.message ? err.message : err}). Run \`npm run build\` in the mplan folder.\n`);
      process.exitCode = 2;
    },
  );

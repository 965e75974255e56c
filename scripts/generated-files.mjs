// What the generators of committed files (gen-validators.mjs, gen-templates.mjs)
// do with their output: write it, or with `--check` exit 1 at the first file
// whose committed text differs (the freshness tests run `--check`).
import { readFileSync, writeFileSync } from 'node:fs';

/**
 * `outputs`: `{ file, name, text }` each — the path or file URL to write, the
 * name to print, and the text. `regenerate`: the command a stale file asks for.
 */
export function writeOrCheck(outputs, regenerate) {
  if (process.argv.includes('--check')) {
    for (const { file, name, text } of outputs) {
      let current = '';
      try {
        current = readFileSync(file, 'utf8');
      } catch {
        /* missing */
      }
      if (current !== text) {
        process.stderr.write(`${name} is stale: run \`${regenerate}\`\n`);
        process.exit(1);
      }
    }
  } else {
    for (const { file, name, text } of outputs) {
      writeFileSync(file, text);
      process.stdout.write(`wrote ${name} (${(text.length / 1024).toFixed(0)} KB)\n`);
    }
  }
}

#!/usr/bin/env node
// The benchmark's floor: the least any tool that reports file:line:col must
// do. Read every *.yaml / *.yml file under a folder once and parse it with
// the `yaml` package, keeping source positions (LineCounter). Nothing else.
//
//   node test/bench/floor.mjs <dir>
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseAllDocuments } from 'yaml';

const root = process.argv[2];
if (!root) {
  process.stderr.write('usage: node test/bench/floor.mjs <dir>\n');
  process.exit(2);
}
let files = 0;
let docs = 0;
const walk = (dir) => {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name === '.git' || e.name === 'node_modules') continue;
    const abs = path.join(dir, e.name);
    if (e.isDirectory()) walk(abs);
    else if (e.isFile() && /\.ya?ml$/i.test(e.name)) {
      const text = readFileSync(abs, 'utf8');
      const lineCounter = new LineCounter();
      const parsed = parseAllDocuments(text, { lineCounter });
      files++;
      docs += Array.isArray(parsed) ? parsed.length : 1;
    }
  }
};
walk(path.resolve(root));
process.stdout.write(`${files} files, ${docs} documents\n`);

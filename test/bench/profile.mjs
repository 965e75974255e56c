#!/usr/bin/env node
// Summarise a V8 .cpuprofile (from `node --cpu-prof`): self time by file
// (package or src/ module) and the top functions, so a profile can be read
// without Chrome DevTools.
//
//   node --cpu-prof --cpu-prof-dir=/tmp/prof bin/mplan.js lint <plan> >/dev/null
//   node test/bench/profile.mjs /tmp/prof/<file>.cpuprofile [--top 30]
import { readFileSync } from 'node:fs';

const file = process.argv[2];
const top = Number(process.argv[process.argv.indexOf('--top') + 1]) || 30;
if (!file) {
  process.stderr.write('usage: node test/bench/profile.mjs <file.cpuprofile> [--top N]\n');
  process.exit(2);
}
const prof = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = prof.timeDeltas;
for (let i = 0; i < prof.samples.length; i++) self.set(prof.samples[i], (self.get(prof.samples[i]) ?? 0) + (dt[i] ?? 0));
const total = [...self.values()].reduce((a, b) => a + b, 0);
const where = (url) => {
  if (!url) return '(native/gc)';
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return `pkg:${m[1]}`;
  const d = /\/(dist|src)\/(.*)$/.exec(url);
  if (d) return d[2];
  return url.replace(/^file:\/\//, '');
};
const byFile = new Map();
const byFn = new Map();
for (const [id, us] of self) {
  const n = byId.get(id);
  const f = where(n.callFrame.url);
  byFile.set(f, (byFile.get(f) ?? 0) + us);
  const key = `${n.callFrame.functionName || '(anonymous)'}  ${f}:${n.callFrame.lineNumber + 1}`;
  byFn.set(key, (byFn.get(key) ?? 0) + us);
}
const pr = (m, title) => {
  process.stdout.write(`\n${title}\n`);
  for (const [k, us] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    process.stdout.write(`${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${k}\n`);
  }
};
process.stdout.write(`total sampled: ${(total / 1000).toFixed(0)} ms\n`);
pr(byFile, 'self time by file');
pr(byFn, 'self time by function');

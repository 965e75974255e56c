#!/usr/bin/env node
// Memory of lint stage by stage: runs what `mplan lint` runs (check, health
// figures, emit) from dist/ in one process and, after each stage, forces a
// full garbage collection and prints the live heap, external memory, the
// resident set and the peak resident set so far. A whole-process peak RSS
// (what `npm run bench` reports) mixes live data with garbage the collector
// had not yet reclaimed; this tells which stage holds what.
//
//   npm run build
//   node --expose-gc test/bench/stages.mjs <plan> [format] >/dev/null
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const [plan, format = 'stylish'] = process.argv.slice(2);
if (!plan || typeof global.gc !== 'function') {
  process.stderr.write('usage: node --expose-gc test/bench/stages.mjs <plan> [format] >/dev/null\n');
  process.exit(2);
}
const dist = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../dist');
const load = (m) => import(pathToFileURL(path.join(dist, m)).href);
const { checkPlan } = await load('app/pipeline.js');
const { emit } = await load('cli/output.js');
const { planHealth } = await load('health/index.js');

const MiB = (n) => (n / 1048576).toFixed(1).padStart(6);
const mark = (stage) => {
  global.gc();
  const m = process.memoryUsage();
  const peak = process.resourceUsage().maxRSS * 1024;
  process.stderr.write(`${stage.padEnd(26)} heap ${MiB(m.heapUsed)} MiB  external ${MiB(m.external)} MiB  rss ${MiB(m.rss)} MiB  peak rss ${MiB(peak)} MiB\n`);
};

mark('modules loaded');
const result = await checkPlan(plan, { lint: true });
mark('checked (load+model+rules)');
const health = planHealth(result.model);
mark('health figures');
const io = {
  cwd: process.cwd(),
  env: process.env,
  stderr: process.stderr,
  stdout: {
    isTTY: false,
    write(s) {
      mark('formatted (output live)');
      process.stdout.write(s);
    },
  },
};
await emit(result, 'lint', { format: [format] }, io, health);
mark('written');

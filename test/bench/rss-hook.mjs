// Preloaded with `node --import` by test/bench/run.mjs when /usr/bin/time is
// missing: writes the process's peak RSS (KiB) to $MPLAN_BENCH_RSS_FILE at exit.
import { appendFileSync } from 'node:fs';

const file = process.env.MPLAN_BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    try {
      appendFileSync(file, `${process.resourceUsage().maxRSS}\n`);
    } catch {
      /* best effort */
    }
  });
}

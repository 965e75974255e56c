#!/usr/bin/env node
// `npm run bench`: time whole mplan processes on generated plans of 100,
// 1,000 and 10,000 files next to two references measured in the same run on
// the same files — the floor (test/bench/floor.mjs: read + parse with
// positions, nothing else) and `node -e ''` — and check the targets of
// issue 8 on the ratios. Prints one table and writes docs/benchmarks.md.
//
//   node test/bench/run.mjs [--sizes 100,1000,10000] [--runs 5] [--seed 42]
//                           [--shared 0.05] [--no-write] [--no-build] [--work /tmp/mplan-bench]
//
// --shared F also times floor and lint on a plan of the largest size where
// every capability is listed by a fraction F of the tools (0 to skip): the
// worst case for a rule that compares tools with each other.
//
// No timing assertion lives in the test suite: this is the only place
// where speed is measured.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatePlan } from './generate.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '../..');
const BIN = path.join(REPO, 'bin/mplan.js');
const FLOOR = path.join(HERE, 'floor.mjs');
const RSS_HOOK = path.join(HERE, 'rss-hook.mjs');
const DOC = path.join(REPO, 'docs/benchmarks.md');
const TIME = ['/usr/bin/time', '/bin/time'].find((p) => existsSync(p));

// ── options ─────────────────────────────────────────────────────────────
function parseArgs(argv) {
  const o = { sizes: [100, 1000, 10000], runs: 5, seed: 42, shared: 0.05, write: true, build: true, work: path.join(os.tmpdir(), 'mplan-bench') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      const v = argv[++i];
      if (v === undefined) fail(`${a} needs a value`);
      return v;
    };
    if (a === '--sizes') o.sizes = val().split(',').map((x) => Number(x.trim()));
    else if (a === '--runs') o.runs = Number(val());
    else if (a === '--seed') o.seed = Number(val());
    else if (a === '--shared') o.shared = Number(val());
    else if (a === '--work') o.work = path.resolve(val());
    else if (a === '--no-write') o.write = false;
    else if (a === '--no-build') o.build = false;
    else if (a === '-h' || a === '--help') {
      process.stdout.write(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1, 15).map((l) => l.replace(/^\/\/ ?/, '')).join('\n') + '\n');
      process.exit(0);
    } else fail(`unknown option ${a} (see --help)`);
  }
  if (!o.sizes.length || o.sizes.some((n) => !Number.isInteger(n) || n < 10)) fail('--sizes takes a comma-separated list of file counts ≥ 10, e.g. --sizes 100,1000');
  if (!Number.isInteger(o.runs) || o.runs < 1) fail('--runs takes a whole number ≥ 1');
  if (!(o.shared >= 0 && o.shared <= 1)) fail('--shared takes a fraction between 0 and 1, e.g. --shared 0.05 (0 to skip)');
  return o;
}

function fail(msg) {
  process.stderr.write(`bench: ${msg}\n`);
  process.exit(2);
}

// ── build freshness ─────────────────────────────────────────────────────
function newest(dir, ext) {
  let t = 0;
  if (!existsSync(dir)) return 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) t = Math.max(t, newest(p, ext));
    else if (e.name.endsWith(ext)) t = Math.max(t, statSync(p).mtimeMs);
  }
  return t;
}

function ensureBuilt(build) {
  const src = newest(path.join(REPO, 'src'), '.ts');
  const dist = newest(path.join(REPO, 'dist'), '.js');
  if (dist >= src) return;
  if (!build) {
    process.stderr.write('bench: dist/ is older than src/ — the figures below are for the old build (run `npm run build`).\n');
    return;
  }
  process.stderr.write('bench: dist/ is older than src/: running `npm run build`…\n');
  const r = spawnSync('npm', ['run', 'build'], { cwd: REPO, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) fail('`npm run build` failed: fix the build first, or pass --no-build to time the existing dist/');
}

// ── measuring one process ───────────────────────────────────────────────
/**
 * Run a node script once; return wall time (ms, measured here) and peak RSS
 * (KiB, from /usr/bin/time when present, else from a preloaded hook that
 * reports process.resourceUsage().maxRSS at exit).
 */
function measure(args, { cwd = REPO, expect = [0, 1] } = {}) {
  const rssFile = path.join(os.tmpdir(), `mplan-bench-rss-${process.pid}`);
  rmSync(rssFile, { force: true });
  let cmd;
  let argv;
  const env = { ...process.env, NO_COLOR: '1' };
  if (TIME) {
    cmd = TIME;
    argv = ['-f', '%M', '-o', rssFile, process.execPath, ...args];
  } else {
    cmd = process.execPath;
    argv = ['--import', RSS_HOOK, ...args];
    env.MPLAN_BENCH_RSS_FILE = rssFile;
  }
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.error) fail(`could not run ${args.join(' ')}: ${r.error.message}`);
  if (!expect.includes(r.status)) {
    fail(`\`node ${args.join(' ')}\` exited with ${r.status}:\n${String(r.stderr).slice(0, 2000)}`);
  }
  let rss = NaN;
  try {
    const lines = readFileSync(rssFile, 'utf8').trim().split('\n');
    rss = Number(lines[lines.length - 1]);
  } catch {
    /* no figure */
  }
  rmSync(rssFile, { force: true });
  return { ms, rss, status: r.status };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Time several commands round-robin (so a load spike hits all of them alike). */
function timeAll(cases, runs) {
  const results = new Map(cases.map((c) => [c.key, { ...c, ms: [], rss: [] }]));
  for (const c of cases) {
    // Warm-up run: fills the page cache and (for --cache cases) primes the cache file.
    c.before?.();
    measure(c.args, c);
    c.after?.();
  }
  for (let i = 0; i < runs; i++) {
    for (const c of cases) {
      c.before?.();
      const m = measure(c.args, c);
      c.after?.();
      const r = results.get(c.key);
      r.ms.push(m.ms);
      r.rss.push(m.rss);
    }
  }
  for (const r of results.values()) {
    r.median = median(r.ms);
    r.min = Math.min(...r.ms);
    r.max = Math.max(...r.ms);
    r.peakRss = Math.max(...r.rss.filter((x) => !Number.isNaN(x)));
  }
  return results;
}

// ── what mplan supports in this build ───────────────────────────────────
function probe() {
  const help = spawnSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' }).stdout ?? '';
  const lintHelp = spawnSync(process.execPath, [BIN, 'lint', '--help'], { encoding: 'utf8' }).stdout ?? '';
  return { render: /^\s+render\b/m.test(help), cache: /--cache\b/.test(lintHelp) };
}

// ── formatting ──────────────────────────────────────────────────────────
const sec = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const mib = (kib) => (Number.isFinite(kib) ? `${(kib / 1024).toFixed(0)} MiB` : '—');
const ratio = (x) => (Number.isFinite(x) ? `${x.toFixed(2)}x` : 'n/a');

function table(headers, rows) {
  const w = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(w[i])).join(' | ')} |`;
  return [line(headers), `|${w.map((n) => '-'.repeat(n + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

function machine() {
  const cpus = os.cpus();
  return {
    cpu: `${cpus[0]?.model ?? 'unknown CPU'} × ${cpus.length}`,
    memory: `${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    node: process.version,
    load: os.loadavg().map((x) => x.toFixed(2)).join(' / '),
    rss: TIME ? `${TIME} -f %M` : 'process.resourceUsage().maxRSS via a preloaded hook',
  };
}

// ── main ────────────────────────────────────────────────────────────────
const opts = parseArgs(process.argv.slice(2));
ensureBuilt(opts.build);
const features = probe();
const version = spawnSync(process.execPath, [BIN, '--version'], { encoding: 'utf8' }).stdout.trim();
mkdirSync(opts.work, { recursive: true });
const started = new Date();
const m0 = machine();
process.stderr.write(`bench: mplan ${version}, ${opts.runs} runs per figure, sizes ${opts.sizes.join(', ')}; ${m0.cpu}, load ${m0.load}\n`);

// Start-up: node itself, and mplan's --version / --help.
const startup = timeAll(
  [
    { key: 'node', label: "node -e ''", args: ['-e', ''] },
    { key: 'version', label: 'mplan --version', args: [BIN, '--version'] },
    { key: 'help', label: 'mplan --help', args: [BIN, '--help'] },
  ],
  Math.max(opts.runs, 10),
);

const bySize = new Map();
for (const n of opts.sizes) {
  const dir = path.join(opts.work, `plan-${n}-seed${opts.seed}`);
  const gen = generatePlan({ files: n, seed: opts.seed, out: dir });
  process.stderr.write(`bench: ${n} files (${(gen.bytes / 1024 / 1024).toFixed(1)} MB, ${gen.docs} documents) in ${dir}\n`);
  const cacheFile = path.join(dir, '.mplan-cache.json');
  // The file changed between warm runs: one KPI's name, toggled so every run sees a real change.
  const changed = path.join(dir, 'regions', readdirSync(path.join(dir, 'regions')).sort()[0], 'kpis', 'kpi-1.yaml');
  const original = readFileSync(changed, 'utf8');
  let flip = false;
  const cases = [
    { key: 'floor', label: 'floor (read + parse)', args: [FLOOR, dir], expect: [0] },
    { key: 'validate', label: 'mplan validate', args: [BIN, 'validate', dir] },
    { key: 'lint', label: 'mplan lint', args: [BIN, 'lint', dir] },
  ];
  if (features.cache) {
    cases.push({
      key: 'cacheWarm',
      label: 'mplan lint --cache (nothing changed)',
      args: [BIN, 'lint', '--cache', dir],
    });
    cases.push({
      key: 'cacheOne',
      label: 'mplan lint --cache (one file changed)',
      args: [BIN, 'lint', '--cache', dir],
      before: () => {
        flip = !flip;
        writeFileSync(changed, flip ? original.replace(/^name: (.*)$/m, 'name: $1 (edited)') : original);
      },
    });
  }
  // --force: the plan has planted errors, and without it render stops at them instead of rendering.
  if (features.render) cases.push({ key: 'render', label: 'mplan render report --force', args: [BIN, 'render', 'report', '--force', dir] });
  rmSync(cacheFile, { force: true });
  const res = timeAll(cases, opts.runs);
  writeFileSync(changed, original);
  rmSync(cacheFile, { force: true });
  bySize.set(n, { gen, res });
}

// The same size again, with every capability shared by a fraction of the tools.
const big = Math.max(...opts.sizes);
let shared;
if (opts.shared > 0) {
  const dir = path.join(opts.work, `plan-${big}-seed${opts.seed}-shared${opts.shared}`);
  const gen = generatePlan({ files: big, seed: opts.seed, out: dir, sharedCapabilities: opts.shared });
  process.stderr.write(`bench: ${big} files, ${opts.shared * 100}% of the tools share each capability, in ${dir}\n`);
  const res = timeAll(
    [
      { key: 'floor', label: `floor (read + parse), ${opts.shared * 100}% shared capabilities`, args: [FLOOR, dir], expect: [0] },
      { key: 'lint', label: `mplan lint, ${opts.shared * 100}% shared capabilities`, args: [BIN, 'lint', dir] },
    ],
    opts.runs,
  );
  // What lint reports there (once, untimed): the findings must stay in proportion to the plan.
  const json = spawnSync(process.execPath, [BIN, 'lint', '--format', 'json', dir], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  let findings = NaN;
  let overlap = NaN;
  let bytes = NaN;
  try {
    const diags = JSON.parse(json.stdout).diagnostics;
    findings = diags.length;
    overlap = diags.filter((d) => d.rule === 'tool-capability-overlap').length;
    bytes = Buffer.byteLength(json.stdout);
  } catch {
    /* no figure */
  }
  shared = { gen, res, findings, overlap, bytes };
}

// ── results ─────────────────────────────────────────────────────────────
const nodeMs = startup.get('node').median;
const rows = [];
for (const k of ['node', 'version', 'help']) {
  const r = startup.get(k);
  rows.push(['—', r.label, sec(r.median), `${sec(r.min)}–${sec(r.max)}`, k === 'node' ? 'reference' : `${ratio(r.median / nodeMs)} node`, '—', mib(r.peakRss)]);
}
for (const [n, { res }] of bySize) {
  const floor = res.get('floor');
  for (const k of ['floor', 'validate', 'lint', 'cacheWarm', 'cacheOne', 'render']) {
    const r = res.get(k);
    if (!r) {
      const label = { cacheWarm: 'mplan lint --cache (nothing changed)', cacheOne: 'mplan lint --cache (one file changed)', render: 'mplan render report --force' }[k];
      rows.push([n, label, 'n/a', '', 'not implemented in this build', '', '']);
      continue;
    }
    rows.push([
      n,
      r.label,
      sec(r.median),
      `${sec(r.min)}–${sec(r.max)}`,
      k === 'floor' ? 'reference' : `${ratio(r.median / floor.median)} floor`,
      `${((r.median * 1000) / n).toFixed(0)} µs`,
      mib(r.peakRss),
    ]);
  }
}
if (shared) {
  const floor = shared.res.get('floor');
  for (const k of ['floor', 'lint']) {
    const r = shared.res.get(k);
    rows.push([big, r.label, sec(r.median), `${sec(r.min)}–${sec(r.max)}`, k === 'floor' ? 'reference' : `${ratio(r.median / floor.median)} floor`, `${((r.median * 1000) / big).toFixed(0)} µs`, mib(r.peakRss)]);
  }
}
const timesTable = table(['files', 'command', 'median', 'min–max', 'ratio', 'per file', 'peak RSS'], rows);

// Targets (issue 8), each on the benchmark's own ratios.
const get = (n, k) => bySize.get(n)?.res.get(k);
const targets = [];
const target = (name, value, limit, note = '') => {
  const ok = Number.isFinite(value) ? value <= limit : undefined;
  targets.push([name, `≤ ${limit.toFixed(1)}x`, Number.isFinite(value) ? ratio(value) : 'n/a', ok === undefined ? 'n/a' : ok ? 'PASS' : 'FAIL', note]);
};
const bigNote = big === 10000 ? '' : `measured at ${big} files (target is for 10,000)`;
const r10 = (k) => (get(big, k) && get(big, 'floor') ? get(big, k).median / get(big, 'floor').median : NaN);
target('Cold start: mplan --version / node -e \'\'', startup.get('version').median / nodeMs, 1.5);
target('Cold start: mplan --help / node -e \'\'', startup.get('help').median / nodeMs, 1.5);
target('Big plan: lint / floor', r10('lint'), 1.2, bigNote);
target('Big plan: validate / lint (no slower than lint)', get(big, 'validate') && get(big, 'lint') ? get(big, 'validate').median / get(big, 'lint').median : NaN, 1.0, bigNote);
target('Big plan: render report / floor', r10('render'), 1.3, features.render ? bigNote : 'render not implemented in this build');
target('Warm: lint --cache, nothing changed / floor', r10('cacheWarm'), 0.2, features.cache ? bigNote : '--cache not implemented in this build');
target('Warm: lint --cache, one file changed / floor', r10('cacheOne'), 0.3, features.cache ? bigNote : '--cache not implemented in this build');
target('Small plan: lint / floor at 100 files', get(100, 'lint') ? get(100, 'lint').median / get(100, 'floor').median : NaN, 1.3, get(100, 'lint') ? '' : 'size 100 not measured');
target('Scaling: lint at 10,000 / lint at 1,000', get(10000, 'lint') && get(1000, 'lint') ? get(10000, 'lint').median / get(1000, 'lint').median : NaN, 10.5, get(10000, 'lint') && get(1000, 'lint') ? '' : 'needs sizes 1000 and 10000');
target('Memory: peak RSS of lint / floor', get(big, 'lint') ? get(big, 'lint').peakRss / get(big, 'floor').peakRss : NaN, 1.5, bigNote);
if (shared) {
  const s = (k) => shared.res.get(k);
  const note = `${opts.shared * 100}% of the tools share each capability${bigNote ? `; ${bigNote}` : ''}`;
  target('Big plan, shared capabilities: lint / floor', s('lint').median / s('floor').median, 1.2, note);
  target('Memory, shared capabilities: peak RSS of lint / floor', s('lint').peakRss / s('floor').peakRss, 1.5, note);
}
const targetsTable = table(['target (issue 8)', 'limit', 'measured', 'result', 'note'], targets);

const m1 = machine();
const sizesLine = [...bySize].map(([n, { gen }]) => `${n} files = ${(gen.bytes / 1024 / 1024).toFixed(1)} MB, ${gen.docs} documents, ${Object.values(gen.gaps).reduce((a, b) => a + b, 0)} planted gaps`).join('; ');
const report = `Measured ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC, mplan ${version}, ${opts.runs} runs per figure (start-up: ${Math.max(opts.runs, 10)}), median and min–max of wall time per whole process; runs are interleaved so load spikes hit every command alike.

- Machine: ${m0.cpu}, ${m0.memory} RAM, ${m0.os}, Node ${m0.node}
- Load average (1/5/15 min): ${m0.load} at the start, ${m1.load} at the end
- Peak RSS: ${m0.rss}
- Plans: generated by \`test/bench/generate.mjs\` (seed ${opts.seed}): ${sizesLine}${
  shared
    ? `\n- Shared capabilities: the ${big}-file plan again with \`--shared-capabilities ${opts.shared}\` (every capability listed by ${opts.shared * 100}% of the ${shared.gen.tools} tools); lint reports ${shared.findings} findings there, ${shared.overlap} of them tool-capability-overlap (${(shared.bytes / 1024 / 1024).toFixed(1)} MB of JSON)`
    : ''
}

${timesTable}

${targetsTable}
`;
process.stdout.write(`\n${report}\n`);

if (opts.write) {
  const START = '<!-- bench:results:start -->';
  const END = '<!-- bench:results:end -->';
  const block = `${START}\n${report}${END}`;
  let doc = existsSync(DOC) ? readFileSync(DOC, 'utf8') : `# Benchmarks\n\nRun \`npm run bench\` (\`--sizes 100,1000\` and \`--runs 3\` for a quick look). It regenerates the section between the markers below; the rest of this file is written by hand.\n\n## Latest results\n\n${START}\n${END}\n`;
  if (doc.includes(START) && doc.includes(END)) doc = doc.slice(0, doc.indexOf(START)) + block + doc.slice(doc.indexOf(END) + END.length);
  else doc += `\n## Latest results\n\n${block}\n`;
  writeFileSync(DOC, doc);
  process.stderr.write(`bench: wrote ${path.relative(process.cwd(), DOC)}\n`);
}

// The language server's figures on the largest plan (test/bench/lsp.mjs writes its own section).
const lsp = spawnSync(process.execPath, [path.join(HERE, 'lsp.mjs'), '--files', String(big), '--seed', String(opts.seed), ...(opts.write ? [] : ['--no-write'])], { stdio: 'inherit' });
if (lsp.status !== 0) process.stderr.write(`bench: the language server bench failed (exit ${lsp.status})\n`);

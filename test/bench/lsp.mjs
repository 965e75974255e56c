#!/usr/bin/env node
// The language server's figures (issue 16), measured by a scripted client
// over stdio on a generated plan, next to `mplan lint` on the same plan:
//
// - start → the first check of an opened file answered, vs lint cold;
// - edit → updated diagnostics of the edited file (debounce included), p95;
// - definition, references, hover, completion, p95;
// - the server's RSS after the edits vs lint's peak RSS.
//
//   node test/bench/lsp.mjs [--files 10000] [--edits 200] [--queries 50] [--seed 42]
//                           [--work /tmp/mplan-bench-lsp] [--no-write]
//
// Writes its section of docs/benchmarks.md (between the bench:lsp markers).
// Run by `npm run bench` after the lint figures (test/bench/run.mjs).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import rpc from 'vscode-languageserver-protocol/node';
import { generatePlan } from './generate.mjs';

const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = rpc;
const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '../..');
const BIN = path.join(REPO, 'bin/mplan.js');
const DOC = path.join(REPO, 'docs/benchmarks.md');
const TIME = ['/usr/bin/time', '/bin/time'].find((p) => existsSync(p));

const opts = { files: 10000, edits: 200, queries: 50, seed: 42, work: path.join(os.tmpdir(), 'mplan-bench-lsp'), write: true };
for (let i = 2; i < process.argv.length; i++) {
  const a = process.argv[i];
  const val = () => process.argv[++i];
  if (a === '--files') opts.files = Number(val());
  else if (a === '--edits') opts.edits = Number(val());
  else if (a === '--queries') opts.queries = Number(val());
  else if (a === '--seed') opts.seed = Number(val());
  else if (a === '--work') opts.work = path.resolve(val());
  else if (a === '--no-write') opts.write = false;
  else {
    process.stderr.write(`bench-lsp: unknown option ${a}\n`);
    process.exit(2);
  }
}

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const ms = (x) => `${x.toFixed(1)} ms`;

const dir = path.join(opts.work, `plan-${opts.files}-seed${opts.seed}`);
const gen = generatePlan({ files: opts.files, seed: opts.seed, out: dir });
process.stderr.write(`bench-lsp: ${opts.files} files (${(gen.bytes / 1024 / 1024).toFixed(1)} MB) in ${dir}\n`);

// `mplan lint` cold, three times: the median wall time and the peak RSS.
const lintRuns = [];
for (let i = 0; i < 3; i++) {
  const t = process.hrtime.bigint();
  const r = TIME ? spawnSync(TIME, ['-f', '%M', process.execPath, BIN, 'lint', dir], { encoding: 'utf8' }) : spawnSync(process.execPath, [BIN, 'lint', dir], { encoding: 'utf8' });
  const wall = Number(process.hrtime.bigint() - t) / 1e6;
  const rss = TIME ? Number(r.stderr.trim().split('\n').pop()) : NaN;
  lintRuns.push({ wall, rss });
}
const lintMs = pct(lintRuns.map((r) => r.wall), 50);
const lintRss = Math.max(...lintRuns.map((r) => r.rss));

// The server, driven as an editor drives it.
const region = readdirSync(path.join(dir, 'regions')).sort()[0];
const file = path.join(dir, 'regions', region, 'kpis', 'kpi-1.yaml');
const uri = pathToFileURL(file).href;
const original = readFileSync(file, 'utf8');
const child = spawn(process.execPath, [BIN, 'lsp', '--stdio'], { cwd: dir, stdio: ['pipe', 'pipe', 'inherit'] });
const conn = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
let onDiagnostics = () => {};
let latest;
conn.onNotification('textDocument/publishDiagnostics', (p) => {
  if (p.uri !== uri) return;
  latest = p.diagnostics;
  onDiagnostics();
});
conn.listen();

const t0 = process.hrtime.bigint();
await conn.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).href, workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'bench' }], capabilities: {} });
await conn.sendNotification('initialized', {});
await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: original } });
await conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
const startMs = Number(process.hrtime.bigint() - t0) / 1e6;

// Edits: the KPI's stage broken and mended in turn; each waits for the diagnostics that follow.
const stageLine = /^stage: .*$/m;
const broken = original.replace(stageLine, 'stage: nowhere/at-all');
const editMs = [];
let version = 1;
for (let i = 0; i < opts.edits; i++) {
  const breakIt = i % 2 === 0;
  const done = new Promise((resolve) => {
    onDiagnostics = () => {
      const has = latest.some((d) => String(d.message).includes('nowhere/at-all'));
      if (has === breakIt) resolve();
    };
  });
  const t = process.hrtime.bigint();
  await conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ text: breakIt ? broken : original }] });
  await done;
  editMs.push(Number(process.hrtime.bigint() - t) / 1e6);
}
const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
const hwmKb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1]);

// Queries at the KPI's stage reference and its owner.
const lines = original.split('\n');
const stageAt = { line: lines.findIndex((l) => l.startsWith('stage: ')), character: 10 };
const ownerAt = { line: lines.findIndex((l) => l.startsWith('owner: ')), character: 7 };
const timeQuery = async (method, params) => {
  const out = [];
  for (let i = 0; i < opts.queries; i++) {
    const t = process.hrtime.bigint();
    await conn.sendRequest(method, params);
    out.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return out;
};
const doc = { textDocument: { uri } };
const q = {
  definition: await timeQuery('textDocument/definition', { ...doc, position: stageAt }),
  references: await timeQuery('textDocument/references', { ...doc, position: stageAt, context: { includeDeclaration: true } }),
  hover: await timeQuery('textDocument/hover', { ...doc, position: stageAt }),
  completion: await timeQuery('textDocument/completion', { ...doc, position: ownerAt }),
};
await conn.sendRequest('shutdown');
await conn.sendNotification('exit');
await new Promise((resolve) => child.on('exit', resolve));
conn.dispose();

const row = (what, measured, limit, ok) => `| ${what} | ${limit} | ${measured} | ${ok ? 'pass' : 'FAIL'} |`;
const report = `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${opts.files} generated files (seed ${opts.seed}, ${(gen.bytes / 1024 / 1024).toFixed(1)} MB), ${os.cpus().length} CPUs, Node ${process.version}; ${opts.edits} edits, ${opts.queries} requests of each kind, one client over stdio (\`test/bench/lsp.mjs\`).

| figure (issue 16) | limit | measured | result |
| --- | --- | --- | --- |
${row('start → first check of an opened file, vs `mplan lint` cold', `${ms(startMs)} vs ${ms(lintMs)}`, 'no slower than lint', startMs <= lintMs * 1.05)}
${row('edit → updated diagnostics, p95 (median)', `${ms(pct(editMs, 95))} (${ms(pct(editMs, 50))})`, '300 ms (aim 100)', pct(editMs, 95) <= 300)}
${row('definition p95', ms(pct(q.definition, 95)), '50 ms', pct(q.definition, 95) <= 50)}
${row('references p95', ms(pct(q.references, 95)), '50 ms', pct(q.references, 95) <= 50)}
${row('hover p95', ms(pct(q.hover, 95)), '50 ms', pct(q.hover, 95) <= 50)}
${row('completion p95', ms(pct(q.completion, 95)), '100 ms', pct(q.completion, 95) <= 100)}
${row(`RSS after ${opts.edits} edits (peak) vs lint peak`, `${(rssKb / 1024).toFixed(0)} MB (${(hwmKb / 1024).toFixed(0)} MB) vs ${(lintRss / 1024).toFixed(0)} MB`, '1.5x lint', rssKb <= lintRss * 1.5)}
`;
process.stdout.write(`\n${report}\n`);
if (opts.write) {
  const START = '<!-- bench:lsp:start -->';
  const END = '<!-- bench:lsp:end -->';
  const block = `${START}\n${report}${END}`;
  let text = existsSync(DOC) ? readFileSync(DOC, 'utf8') : '# Benchmarks\n';
  if (text.includes(START) && text.includes(END)) text = text.slice(0, text.indexOf(START)) + block + text.slice(text.indexOf(END) + END.length);
  else text += `\n## Language server (\`mplan lsp\`)\n\n${block}\n`;
  writeFileSync(DOC, text);
  process.stderr.write(`bench-lsp: wrote ${path.relative(process.cwd(), DOC)}\n`);
}

/**
 * What an editor throws at a language server that must not bring it down:
 * positions that do not exist, files outside any plan, huge and non-YAML
 * buffers, a plan whose mplan.yaml comes and goes, a plugin that throws.
 * Each is answered or ignored (with a log message), the server keeps
 * serving, and nothing but protocol reaches stdout.
 */
import { mkdirSync, mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CompletionRequest, DefinitionRequest, DocumentSymbolRequest, HoverRequest, ReferencesRequest } from 'vscode-languageserver-protocol/node';
import type { DocumentSymbol } from 'vscode-languageserver-protocol/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyExample, startServer, uriOf } from './client.js';
import type { Client } from './client.js';

let dir: string;
let client: Client;
const at = (rel: string) => path.join(dir, rel);

/** The server still answers: the symbols of a plan file. */
async function alive(): Promise<void> {
  const syms = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: uriOf(at('kpis/pipeline.yaml')) } })) as DocumentSymbol[];
  expect(syms.length).toBeGreaterThan(0);
}

beforeAll(async () => {
  dir = copyExample('exhibition-b2b');
  // A plugin that writes to stdout and throws: neither may reach the protocol stream.
  mkdirSync(at('plugins'));
  writeFileSync(
    at('plugins/noisy.mjs'),
    "console.log('hello from a plugin');\nexport default { rules: [{ meta: { id: 'noisy-rule', severity: 'warn', description: { en: 'x', ja: 'x' }, messages: { m: { en: 'm', ja: 'm' } } }, check() { console.log('in check'); throw new Error('plugin boom'); } }] };\n",
  );
  const plan = at('mplan.yaml');
  const { readFileSync } = await import('node:fs');
  const text = readFileSync(plan, 'utf8');
  writeFileSync(plan, text.includes('\nlint:') ? text.replace('\nlint:', '\nlint:\n  plugins: [./plugins/noisy.mjs]') : `${text}\nlint:\n  plugins: [./plugins/noisy.mjs]\n`);
  client = await startServer(dir);
});

afterAll(async () => {
  const code = await client.stop();
  expect(code).toBe(0);
  expect(client.readerErrors).toEqual([]);
});

describe('robustness', () => {
  it('a plugin that prints and throws: its output goes to stderr, never into the protocol', async () => {
    await alive();
    expect(client.stderr).toContain('hello from a plugin');
    expect(client.readerErrors).toEqual([]);
  });

  it('positions past the end of a file, negative or on another line count are answered with nothing', async () => {
    const uri = uriOf(at('kpis/pipeline.yaml'));
    for (const position of [
      { line: 100000, character: 0 },
      { line: 0, character: 100000 },
      { line: -1, character: -5 },
    ]) {
      expect(await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position })).toBeNull();
      expect(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position })).toBeNull();
      expect(await client.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri }, position, context: { includeDeclaration: true } })).toEqual([]);
    }
    await alive();
  });

  it('a file outside any plan is ignored, with a log message', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'mplan-lsp-outside-'));
    const file = path.join(outside, 'notes.yaml');
    writeFileSync(file, 'kind: KPI\nid: x\n');
    await client.open(file, 'kind: KPI\nid: x\n');
    await client.until(() => client.logs.some((l) => l.includes('is not in a plan')), 'the log message');
    expect(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uriOf(file) }, position: { line: 0, character: 1 } })).toBeNull();
    expect(client.diagnosticsOf(file)).toBeUndefined();
    await client.close(file);
    await alive();
  });

  it('a 5 MB buffer and a buffer that is not YAML are checked like files, and the server goes on', async () => {
    const rel = 'kpis/huge.yaml';
    writeFileSync(at(rel), '');
    const big = `kind: Persona\nid: huge-persona\nname: Huge\nneeds:\n${'  - a need that is written out at some length to make the file big\n'.repeat(80000)}`;
    expect(big.length).toBeGreaterThan(5 * 1024 * 1024);
    await client.open(at(rel), big);
    // Answered from the buffer, once it has been checked.
    const syms = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: uriOf(at(rel)) } })) as DocumentSymbol[];
    expect(syms.map((s) => s.name)).toEqual(['huge-persona']);
    await alive();
    await client.change(at(rel), '{{{ not: [yaml\n\t\u0000');
    await client.until(() => (client.diagnosticsOf(at(rel))?.length ?? 0) > 0, 'a finding for the broken buffer');
    const completion = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: uriOf(at(rel)) }, position: { line: 0, character: 3 } });
    expect(Array.isArray(completion) || completion === null).toBe(true);
    await client.close(at(rel));
    await alive();
  });

  it('mplan.yaml disappearing clears the plan\'s diagnostics; coming back brings them back', async () => {
    const kpi = at('kpis/broken.yaml');
    writeFileSync(kpi, 'kind: KPI\nid: broken-kpi\nname: Broken\nstage: nowhere/at-all\n');
    await client.watched([{ abs: kpi, type: 1 }]);
    await client.until(() => (client.diagnosticsOf(kpi)?.length ?? 0) > 0, 'the broken KPI reported');
    renameSync(at('mplan.yaml'), at('mplan.yaml.off'));
    await client.watched([{ abs: at('mplan.yaml'), type: 3 }]);
    await client.until(() => client.diagnosticsOf(kpi)?.length === 0, 'diagnostics cleared');
    renameSync(at('mplan.yaml.off'), at('mplan.yaml'));
    await client.watched([{ abs: at('mplan.yaml'), type: 1 }]);
    await client.until(() => (client.diagnosticsOf(kpi)?.length ?? 0) > 0, 'diagnostics back');
    await alive();
  });
});

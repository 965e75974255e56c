/**
 * `mplan lsp --stdio` as an editor drives it (test/lsp/client.ts), on a copy
 * of examples/exhibition-b2b: live diagnostics from unsaved text across
 * files, navigation, hover, completion, symbols and rename.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  CodeActionRequest,
  CompletionRequest,
  DefinitionRequest,
  DocumentSymbolRequest,
  HoverRequest,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  WorkspaceSymbolRequest,
} from 'vscode-languageserver-protocol/node';
import type { CodeAction, CompletionItem, DocumentSymbol, Hover, Location, SymbolInformation, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { copyExample, startServer, uriOf } from './client.js';
import type { Client } from './client.js';

let dir: string;
let client: Client;
const at = (rel: string) => path.join(dir, rel);
const read = (rel: string) => readFileSync(at(rel), 'utf8');

/** The 0-based line and character of the first `needle` in a file (plus `shift` characters). */
function pos(rel: string, needle: string, shift = 0): { line: number; character: number } {
  const text = read(rel);
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`${needle} not in ${rel}`);
  const before = text.slice(0, i);
  const line = before.split('\n').length - 1;
  return { line, character: i - before.lastIndexOf('\n') - 1 + shift };
}

const doc = (rel: string) => ({ textDocument: { uri: uriOf(at(rel)) } });

beforeAll(async () => {
  dir = copyExample('exhibition-b2b');
  client = await startServer(dir);
});

afterAll(async () => {
  const code = await client.stop();
  expect(code).toBe(0);
  expect(client.readerErrors).toEqual([]);
});

describe('diagnostics', () => {
  it('an unsaved stage rename gives the KPI in another (unopened) file its error now, worded as mplan lint words it, and clears it when undone', async () => {
    const journey = 'journeys/expo-visitor.yaml';
    const original = read(journey);
    await client.open(at(journey), original);
    const renamed = original.replace('  - id: qualify-and-quote', '  - id: qualify');
    await client.change(at(journey), renamed);
    await client.until(() => (client.diagnosticsOf(at('kpis/pipeline.yaml'))?.length ?? 0) > 0, 'diagnostics of kpis/pipeline.yaml');
    const got = client.diagnosticsOf(at('kpis/pipeline.yaml'))!;

    // The same text saved in another copy: what `mplan lint` says about it.
    const other = copyExample('exhibition-b2b');
    writeFileSync(path.join(other, journey), renamed);
    const lint = await runCli(['lint', '--format', 'json'], { cwd: other, env: { MPLAN_TODAY: '2026-01-15' } });
    const expected = (JSON.parse(lint.stdout).diagnostics as Array<{ file: string; line: number; column: number; rule: string; message: string; hint?: string }>).filter(
      (d) => d.file === 'kpis/pipeline.yaml',
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(got.map((d) => ({ line: d.range.start.line + 1, column: d.range.start.character + 1, rule: d.code, message: d.message }))).toEqual(
      expected.map((d) => ({ line: d.line, column: d.column, rule: d.rule, message: d.hint ? `${d.message}\n${d.hint}` : d.message })),
    );
    expect(got[0]!.source).toBe('mplan');
    expect(got[0]!.codeDescription?.href).toMatch(/^https:\/\/github\.com\/mplan-dev\/mplan\/blob\/main\/docs\//);

    await client.change(at(journey), original);
    await client.until(() => client.diagnosticsOf(at('kpis/pipeline.yaml'))?.length === 0, 'the KPI file cleared');
    await client.close(at(journey));
  });

  it('a file created on disk is picked up through didChangeWatchedFiles', async () => {
    const rel = 'kpis/new.yaml';
    writeFileSync(at(rel), 'kind: KPI\nid: brand-new-kpi\nname: A new KPI\nstage: expo-visitor/no-such-stage\n');
    await client.watched([{ abs: at(rel), type: 1 }]);
    await client.until(() => (client.diagnosticsOf(at(rel))?.length ?? 0) > 0, 'diagnostics of the new file');
    expect(client.diagnosticsOf(at(rel))!.some((d) => /no-such-stage/.test(String(d.message)))).toBe(true);
    writeFileSync(at(rel), '');
    const { rmSync } = await import('node:fs');
    rmSync(at(rel));
    await client.watched([{ abs: at(rel), type: 3 }]);
    await client.until(() => client.diagnosticsOf(at(rel))?.length === 0, 'the deleted file cleared');
  });

  it('a file changed on disk and never opened is read again', async () => {
    const rel = 'kpis/engagement.yaml';
    const original = read(rel);
    const m = /owner: ([a-z0-9-]+)/.exec(original)!;
    writeFileSync(at(rel), original.replace(m[0], 'owner: nobody-at-all'));
    await client.watched([{ abs: at(rel), type: 2 }]);
    await client.until(() => (client.diagnosticsOf(at(rel)) ?? []).some((d) => String(d.message).includes('nobody-at-all')), 'the edited file reported');
    writeFileSync(at(rel), original);
    await client.watched([{ abs: at(rel), type: 2 }]);
    await client.until(() => client.diagnosticsOf(at(rel))?.length === 0, 'the file cleared');
  });
});

describe('findings in detail', () => {
  it('a duplicate id points at the other definition (relatedInformation), and hovering a rule finding gives its description', async () => {
    const rel = 'kpis/pipeline.yaml';
    const original = read(rel);
    // A second KPI with the id of one in another file.
    const other = /^id: (.+)$/m.exec(read('kpis/engagement.yaml'))![1]!;
    // And a target on the wrong side of the baseline (kpi-target-direction).
    const text = original.replace('id: first-contact-time', `id: ${other}`).replace('target: { value: 10, by: 2028-01-15 }', 'target: { value: 2, by: 2028-01-15 }');
    await client.open(at(rel), text);
    await client.until(() => (client.diagnosticsOf(at(rel)) ?? []).some((d) => d.relatedInformation?.length), 'the duplicate reported');
    const dup = client.diagnosticsOf(at(rel))!.find((d) => d.relatedInformation?.length)!;
    expect(dup.relatedInformation![0]!.location.uri).toBe(uriOf(at('kpis/engagement.yaml')));
    expect(dup.relatedInformation![0]!.message).toBeTruthy();
    const direction = client.diagnosticsOf(at(rel))!.find((d) => d.code === 'kpi-target-direction')!;
    const h = (await client.connection.sendRequest(HoverRequest.type, { ...doc(rel), position: direction.range.start })) as Hover;
    const { RULES_BY_ID } = await import('../../src/rules/index.js');
    expect((h.contents as { value: string }).value).toContain(`\`kpi-target-direction\`: ${RULES_BY_ID.get('kpi-target-direction')!.meta.description.en}`);
    await client.close(at(rel));
    await client.until(() => !(client.diagnosticsOf(at(rel)) ?? []).some((d) => d.relatedInformation?.length), 'the duplicate gone once the buffer is closed');
  });

  it('findings in the plan\'s language, with links to the Japanese rule docs, for a plan outside the workspace folder', async () => {
    const ja = copyExample('d2c-coffee-ja');
    const rel = path.join(ja, 'kpis', 'acquisition.yaml');
    const text = readFileSync(rel, 'utf8').replace('owner: sns-lead', 'owner: sns-lead-x').replace('target: { value: 300000, by: 2027-12-31 }', 'target: { value: 100000, by: 2027-12-31 }');
    await client.open(rel, text);
    await client.until(() => (client.diagnosticsOf(rel)?.length ?? 0) >= 2, 'findings of the Japanese plan');
    const ds = client.diagnosticsOf(rel)!;
    expect(ds.every((d) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(String(d.message)))).toBe(true);
    const rule = ds.find((d) => String(d.codeDescription?.href).includes('/rules/'));
    expect(rule?.codeDescription?.href).toContain('/docs/ja/rules/');
    await client.close(rel);
  });
});

describe('quick fixes', () => {
  it('a misspelt owner: the did-you-mean fix (preferred) and a suppression with a reason', async () => {
    const rel = 'kpis/pipeline.yaml';
    const text = read(rel).replace('owner: bdr-lead', 'owner: bdr-leed');
    await client.open(at(rel), text);
    await client.until(() => (client.diagnosticsOf(at(rel)) ?? []).some((d) => String(d.message).includes('bdr-leed')), 'the misspelt owner reported');
    const d = client.diagnosticsOf(at(rel))!.find((x) => String(x.message).includes('bdr-leed'))!;
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, { ...doc(rel), range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
    const preferred = actions.find((x) => x.isPreferred)!;
    expect(preferred.kind).toBe('quickfix');
    const edits = preferred.edit!.changes![uriOf(at(rel))]!;
    expect(edits.map((e) => e.newText)).toEqual(['bdr-lead']);
    expect(edits[0]!.range.start).toEqual(d.range.start);
    await client.close(at(rel));
  });
});

describe('navigation', () => {
  it('goes from a `journey/stage` reference to the stage\'s `- id:` line', async () => {
    const loc = (await client.connection.sendRequest(DefinitionRequest.type, { ...doc('kpis/pipeline.yaml'), position: pos('kpis/pipeline.yaml', 'expo-visitor/qualify-and-quote', 3) })) as Location;
    expect(loc.uri).toBe(uriOf(at('journeys/expo-visitor.yaml')));
    expect(loc.range.start).toEqual(pos('journeys/expo-visitor.yaml', 'qualify-and-quote'));
  });

  it('goes from a role reference to the role\'s `id:`', async () => {
    const loc = (await client.connection.sendRequest(DefinitionRequest.type, { ...doc('kpis/pipeline.yaml'), position: pos('kpis/pipeline.yaml', 'owner: bdr-lead', 8) })) as Location;
    expect(loc.uri).toBe(uriOf(at('team/marketing-and-sales.yaml')));
    expect(loc.range.start).toEqual(pos('team/marketing-and-sales.yaml', 'bdr-lead'));
  });

  it('finds every reference to a role, in files never opened', async () => {
    const locs = (await client.connection.sendRequest(ReferencesRequest.type, {
      ...doc('team/marketing-and-sales.yaml'),
      position: pos('team/marketing-and-sales.yaml', 'id: bdr-lead', 5),
      context: { includeDeclaration: false },
    })) as Location[];
    const where = locs.map((l) => `${path.relative(dir, new URL(l.uri).pathname)}:${l.range.start.line + 1}`);
    expect(where).toContain('kpis/pipeline.yaml:13');
    expect(where).toContain('journeys/expo-visitor.yaml:90');
    expect(where).toContain('goals/business-goals.yaml:39');
    const grep = (await runCli(['rename', 'bdr-lead', 'x-bdr', '--dry-run'], { cwd: dir })).stdout.split('\n').filter((l) => l.includes('→'));
    // The definition and the references: what rename would change.
    expect(locs.length).toBe(grep.length - 1);
  });
});

describe('hover', () => {
  it('on a reference: the kind, name and key facts of what it names', async () => {
    const h = (await client.connection.sendRequest(HoverRequest.type, { ...doc('kpis/pipeline.yaml'), position: pos('kpis/pipeline.yaml', 'owner: bdr-lead', 8) })) as Hover;
    const text = (h.contents as { value: string }).value;
    expect(text).toMatch(/\*\*Role\*\* `bdr-lead` — /);
    expect(text).toMatch(/- level: /);
    expect(text).toMatch(/Referred to \d+ time/);
  });

  it('on a KPI reference: its target and stage', async () => {
    const rel = 'initiatives/after-the-show.yaml';
    const kpi = /kpis: \[([a-z0-9-]+)/.exec(read(rel))![1]!;
    const h = (await client.connection.sendRequest(HoverRequest.type, { ...doc(rel), position: pos(rel, kpi, 1) })) as Hover;
    const text = (h.contents as { value: string }).value;
    expect(text).toMatch(/\*\*KPI\*\*/);
    expect(text).toMatch(/- target: /);
    expect(text).toMatch(/- stage: /);
  });

  it('on a key: its description from the schema', async () => {
    const h = (await client.connection.sendRequest(HoverRequest.type, { ...doc('kpis/pipeline.yaml'), position: pos('kpis/pipeline.yaml', 'cadence:', 2) })) as Hover;
    const schema = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'schemas', 'kpi.schema.json'), 'utf8'));
    expect((h.contents as { value: string }).value).toContain(schema.properties.cadence.description);
  });
});

describe('completion', () => {
  const rel = 'kpis/pipeline.yaml';
  async function complete(text: string, needle: string): Promise<CompletionItem[]> {
    await client.open(at(rel), text);
    try {
      const p = (() => {
        const i = text.indexOf(needle) + needle.length;
        const before = text.slice(0, i);
        return { line: before.split('\n').length - 1, character: i - before.lastIndexOf('\n') - 1 };
      })();
      return (await client.connection.sendRequest(CompletionRequest.type, { ...doc(rel), position: p })) as CompletionItem[];
    } finally {
      await client.close(at(rel));
    }
  }

  it('offers only roles after `owner:`, with their names as details', async () => {
    const items = await complete(read(rel).replace('owner: bdr-lead', 'owner: bd'), 'owner: bd');
    const labels = items.map((i) => i.label);
    expect(labels).toContain('bdr-lead');
    expect(labels).toContain('cmo');
    expect(labels).not.toContain('salesforce'); // a tool
    expect(labels).not.toContain('expo-visitor/qualify-and-quote');
    expect(items.find((i) => i.label === 'bdr-lead')!.detail).toBeTruthy();
  });

  it('offers `journey/stage` ids after `stage:` and tools after `source:`', async () => {
    const stages = (await complete(read(rel).replace('stage: expo-visitor/qualify-and-quote', 'stage: '), 'stage: ')).map((i) => i.label);
    expect(stages).toContain('expo-visitor/qualify-and-quote');
    expect(stages).toContain('buying-committee/decide');
    expect(stages).not.toContain('bdr-lead');
    const tools = (await complete(read(rel).replace('source: salesforce', 'source: '), 'source: ')).map((i) => i.label);
    expect(tools).toContain('salesforce');
    expect(tools).not.toContain('bdr-lead');
  });

  it('offers goal ids inside a flow list', async () => {
    const labels = (await complete(read(rel).replace('goals: [connected-lead-process, ', 'goals: [connected-lead-process, sh'), 'goals: [connected-lead-process, sh')).map((i) => i.label);
    expect(labels).toContain('show-sourced-pipeline');
    expect(labels).not.toContain('bdr-lead');
  });

  it('offers the values the schema allows and the keys of the kind', async () => {
    const values = (await complete(read(rel).replace('cadence: daily', 'cadence: '), 'cadence: ')).map((i) => i.label);
    expect(values.sort()).toEqual(['daily', 'monthly', 'quarterly', 'weekly']);
    const keys = (await complete(read(rel).replace('cadence: daily\n', 'cadence: daily\nca\n'), '\nca')).map((i) => i.label);
    expect(keys).toContain('category');
    expect(keys).toContain('baseline');
    expect(keys).not.toContain('persona'); // a journey's key, not a KPI's
  });
});

describe('symbols', () => {
  it('lists a file\'s entities, with a journey\'s stages under it', async () => {
    const syms = (await client.connection.sendRequest(DocumentSymbolRequest.type, doc('journeys/expo-visitor.yaml'))) as DocumentSymbol[];
    expect(syms.map((s) => s.name)).toEqual(['expo-visitor']);
    expect(syms[0]!.children!.map((c) => c.name)).toContain('qualify-and-quote');
    const kpis = (await client.connection.sendRequest(DocumentSymbolRequest.type, doc('kpis/pipeline.yaml'))) as DocumentSymbol[];
    expect(kpis.map((s) => s.name)).toContain('first-contact-time');
  });

  it('finds any id or name across the workspace', async () => {
    const syms = (await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'qualify' })) as SymbolInformation[];
    expect(syms.map((s) => s.name)).toContain('expo-visitor/qualify-and-quote');
    const byName = (await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'Time from booth scan' })) as SymbolInformation[];
    expect(byName.map((s) => s.name)).toEqual(['first-contact-time']);
  });
});

describe('rename', () => {
  it('renames a stage everywhere, files never opened included, and leaves mplan lint clean', async () => {
    const rel = 'kpis/pipeline.yaml';
    const prep = (await client.connection.sendRequest(PrepareRenameRequest.type, { ...doc(rel), position: pos(rel, 'buying-committee/decide', 2) })) as { placeholder: string };
    expect(prep.placeholder).toBe('buying-committee/decide');
    const edit = (await client.connection.sendRequest(RenameRequest.type, { ...doc(rel), position: pos(rel, 'buying-committee/decide', 2), newName: 'sign-off' })) as WorkspaceEdit;
    const files = Object.keys(edit.changes!).map((u) => path.relative(dir, new URL(u).pathname)).sort();
    expect(files).toContain('journeys/buying-committee.yaml');
    expect(files).toContain('kpis/pipeline.yaml');
    for (const [uri, edits] of Object.entries(edit.changes!)) applyTo(new URL(uri).pathname, edits);
    expect(read('journeys/buying-committee.yaml')).toContain('  - id: sign-off');
    expect(read(rel)).toContain('stage: buying-committee/sign-off');
    const lint = await runCli(['lint'], { cwd: dir, env: { MPLAN_TODAY: '2026-01-15' } });
    expect(lint.code).toBe(0);
    await client.watched(files.map((f) => ({ abs: at(f), type: 2 as const })));
  });

  it('refuses a new id that breaks the id pattern or is taken, saying why', async () => {
    const rel = 'team/marketing-and-sales.yaml';
    const p = pos(rel, 'id: bdr-lead', 5);
    await expect(client.connection.sendRequest(RenameRequest.type, { ...doc(rel), position: p, newName: 'BDR Lead' })).rejects.toThrow(/cannot be an id/);
    await expect(client.connection.sendRequest(RenameRequest.type, { ...doc(rel), position: p, newName: 'cmo' })).rejects.toThrow(/already used/);
    await expect(client.connection.sendRequest(PrepareRenameRequest.type, { ...doc(rel), position: pos(rel, 'name:', 1) })).rejects.toThrow(/Only an id can be renamed/);
  });
});

/** Apply an LSP rename's edits to a file on disk, as the editor would. */
function applyTo(abs: string, edits: TextEdit[]): void {
  const text = readFileSync(abs, 'utf8');
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const off = (p: { line: number; character: number }) => starts[p.line]! + p.character;
  let out = text;
  for (const e of [...edits].sort((a, b) => off(b.range.start) - off(a.range.start))) out = out.slice(0, off(e.range.start)) + e.newText + out.slice(off(e.range.end));
  writeFileSync(abs, out);
}

import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';
import { LspClient, type Diagnostic } from './lsp-client.js';

/**
 * The schemas `mplan init` / `mplan schema` write, driven through the real
 * yaml-language-server — the engine behind VS Code's YAML extension and the
 * YAML support of Neovim, Helix, Emacs, Sublime… — the way an editor does.
 */

async function initPlan(locale: 'en' | 'ja'): Promise<string> {
  const dir = tempDir(`mplan-lsp-${locale}-`);
  expect((await runCli(['init', dir, '--locale', locale], { cwd: dir })).code).toBe(0);
  return dir;
}

function yamlFiles(dir: string, rel = ''): string[] {
  const out: string[] = [];
  for (const name of readdirSync(path.join(dir, rel)).sort()) {
    if (name.startsWith('.')) continue;
    const r = rel ? `${rel}/${name}` : name;
    if (statSync(path.join(dir, r)).isDirectory()) out.push(...yamlFiles(dir, r));
    else if (name.endsWith('.yaml')) out.push(r);
  }
  return out;
}

/** The settings VS Code would send: exactly what `mplan init` wrote to .vscode/settings.json. */
function vscodeSettings(dir: string): Record<string, unknown> {
  const flat = JSON.parse(readFileSync(path.join(dir, '.vscode/settings.json'), 'utf8')) as Record<string, unknown>;
  const yaml: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(flat)) if (k.startsWith('yaml.')) yaml[k.slice(5)] = v;
  expect(yaml.schemas).toBeTruthy();
  // Offline and deterministic: no fetch of the SchemaStore catalog (its
  // patterns do not match plan files anyway).
  return { yaml: { ...yaml, schemaStore: { enable: false } } };
}

const lineOf = (text: string, re: RegExp): number => {
  const i = text.split('\n').findIndex((l) => re.test(l));
  if (i < 0) throw new Error(`no line matches ${re}`);
  return i;
};

const schemaDescription = (dir: string, file: string, prop: string): string =>
  JSON.parse(readFileSync(path.join(dir, '.mplan/schemas', file), 'utf8')).properties[prop].description;

const show = (d: Diagnostic[]) => d.map((x) => `${x.range.start.line}:${x.range.start.character} ${x.message}`).join('\n');

/** The starter goal with a misspelt key, an enum value the schema does not allow and a number where text is expected. */
function brokenGoal(valid: string): string {
  const broken = valid
    .replace(/^owner:/m, 'ownr:')
    .replace(/^horizon: mid/m, 'horizon: someday')
    .replace(/^priority: 1/m, 'priority: high');
  expect(broken).not.toBe(valid);
  return broken;
}

function expectBrokenGoalDiagnostics(diags: Diagnostic[], text: string): void {
  const at = (re: RegExp) => diags.filter((d) => d.range.start.line === lineOf(text, re));
  expect(at(/^ownr:/).map((d) => d.message), show(diags)).toEqual([expect.stringMatching(/ownr.*not allowed/)]);
  expect(at(/^horizon:/).map((d) => d.message), show(diags)).toEqual([expect.stringMatching(/"short".*"mid".*"long"/)]);
  expect(at(/^priority:/).map((d) => d.message), show(diags)).toEqual([expect.stringMatching(/Incorrect type.*integer/)]);
  // …and nothing anywhere else: the other lines are fine.
  expect(diags.length, show(diags)).toBe(3);
  const ownr = at(/^ownr:/)[0]!;
  expect([ownr.range.start.character, ownr.range.end.character]).toEqual([0, 4]);
}

describe('yaml-language-server with the schemas mplan init writes', () => {
  let dir: string;
  let jaDir: string;
  let client: LspClient;

  beforeAll(async () => {
    dir = await initPlan('en');
    jaDir = await initPlan('ja');
    client = new LspClient();
    const init = await client.start(dir, vscodeSettings(dir));
    expect(init.capabilities.completionProvider).toBeTruthy();
    expect(init.capabilities.hoverProvider).toBeTruthy();
  });

  afterAll(async () => {
    await client?.close();
  });

  it('finds nothing wrong in any scaffolded file (en and ja)', async () => {
    for (const root of [dir, jaDir]) {
      const files = yamlFiles(root).map((rel) => path.join(root, rel));
      expect(files.length).toBeGreaterThanOrEqual(10);
      for (const file of files) client.open(file, readFileSync(file, 'utf8'));
      for (const file of files) expect(await client.diagnosticsFor(file), file).toEqual([]);
    }
  });

  it('flags an unknown key, a bad enum value and a wrong type on their lines (modeline)', async () => {
    const file = path.join(dir, 'goals/broken.yaml');
    const text = brokenGoal(readFileSync(path.join(dir, 'goals/goal.yaml'), 'utf8'));
    expect(text.startsWith('# yaml-language-server: $schema=../.mplan/schemas/mplan.schema.json\n')).toBe(true);
    writeFileSync(file, text);
    client.open(file, text);
    expectBrokenGoalDiagnostics(await client.diagnosticsFor(file), text);
  });

  it('flags them too without the modeline, through the yaml.schemas mapping in .vscode/settings.json', async () => {
    const file = path.join(dir, 'goals/no-modeline.yaml');
    const text = brokenGoal(readFileSync(path.join(dir, 'goals/goal.yaml'), 'utf8')).replace(/^# yaml-language-server:.*\n/, '');
    expect(text).not.toContain('yaml-language-server');
    writeFileSync(file, text);
    client.open(file, text);
    expectBrokenGoalDiagnostics(await client.diagnosticsFor(file), text);
  });

  it('checks every document of a multi-document file against its own kind', async () => {
    const file = path.join(dir, 'kpis/broken.yaml');
    const valid = readFileSync(path.join(dir, 'kpis/kpis.yaml'), 'utf8');
    const secondDoc = valid.indexOf('\n---\n');
    expect(secondDoc).toBeGreaterThan(0);
    const text = valid.slice(0, secondDoc) + valid.slice(secondDoc).replace(/^direction: increase/m, 'direction: upwards');
    client.open(file, text);
    const diags = await client.diagnosticsFor(file);
    const lines = text.split('\n');
    expect(diags.map((d) => lines[d.range.start.line]), show(diags)).toEqual(['direction: upwards']);
    expect(diags[0]!.message).toMatch(/"increase"/);
  });

  it('completes the keys of a KPI at a key position', async () => {
    const file = path.join(dir, 'kpis/new.yaml');
    const text = '# yaml-language-server: $schema=../.mplan/schemas/mplan.schema.json\nkind: KPI\nid: kpi-new\n\n';
    client.open(file, text);
    await client.diagnosticsFor(file);
    const result = await client.completion(file, 3, 0);
    const labels = (Array.isArray(result) ? result : result.items).map((i: { label: string }) => i.label);
    for (const key of ['owner', 'target', 'baseline', 'stage', 'goals', 'source', 'unit', 'direction']) expect(labels, labels.join(', ')).toContain(key);
    // Keys already there are not offered again, and keys of other kinds are not offered at all.
    expect(labels).not.toContain('id');
    expect(labels).not.toContain('horizon');
  });

  it('completes enum values', async () => {
    const file = path.join(dir, 'kpis/enum.yaml');
    const text = '# yaml-language-server: $schema=../.mplan/schemas/mplan.schema.json\nkind: KPI\nid: kpi-new\ndirection: \n';
    client.open(file, text);
    await client.diagnosticsFor(file);
    const result = await client.completion(file, 3, 'direction: '.length);
    const labels = (Array.isArray(result) ? result : result.items).map((i: { label: string }) => i.label);
    const allowed = JSON.parse(readFileSync(path.join(dir, '.mplan/schemas/kpi.schema.json'), 'utf8')).properties.direction.enum as string[];
    expect(allowed.length).toBeGreaterThan(1);
    expect([...labels].sort()).toEqual(expect.arrayContaining([...allowed].sort()));
  });

  it('shows the field description from the schema on hover', async () => {
    const file = path.join(dir, 'kpis/kpis.yaml');
    const text = readFileSync(file, 'utf8');
    client.open(file, text);
    await client.diagnosticsFor(file);
    const line = lineOf(text, /^owner:/);
    const hover = await client.hover(file, line, 2);
    const value = typeof hover.contents === 'string' ? hover.contents : hover.contents.value;
    expect(value).toContain(schemaDescription(dir, 'kpi.schema.json', 'owner'));
  });
});

describe('yaml-language-server without the mplan schema (control)', () => {
  it('reports nothing about the same broken file, so the findings above come from the mplan schemas', async () => {
    const dir = await initPlan('en');
    const client = new LspClient();
    try {
      await client.start(dir, { yaml: { validate: true, schemas: {}, schemaStore: { enable: false } } });
      const file = path.join(dir, 'goals/control.yaml');
      const text = brokenGoal(readFileSync(path.join(dir, 'goals/goal.yaml'), 'utf8')).replace(/^# yaml-language-server:.*\n/, '');
      client.open(file, text);
      expect(await client.diagnosticsFor(file)).toEqual([]);
    } finally {
      await client.close();
    }
  });
});

/** The JSON settings blocks of docs/editors.md, in order. */
function docJsonBlocks(): Array<Record<string, any>> {
  const md = readFileSync(new URL('../../docs/editors.md', import.meta.url), 'utf8');
  return [...md.matchAll(/^```json\n([\s\S]*?)^```$/gm)].map((m) => JSON.parse(m[1]!));
}

describe('the settings docs/editors.md shows', () => {
  const [vscode, biggerRepo, generic] = docJsonBlocks();

  it('VS Code: are exactly what mplan init writes', async () => {
    const dir = await initPlan('en');
    expect(vscode).toEqual(JSON.parse(readFileSync(path.join(dir, '.vscode/settings.json'), 'utf8')));
  });

  it('the modeline table matches what mplan init writes at each depth', async () => {
    const dir = await initPlan('en');
    const md = readFileSync(new URL('../../docs/editors.md', import.meta.url), 'utf8');
    const first = (rel: string) => readFileSync(path.join(dir, rel), 'utf8').split('\n')[0]!;
    expect(md).toContain(`| \`mplan.yaml\` (plan root) | \`${first('mplan.yaml')}\` |`);
    expect(md).toContain(`| \`kpis/pipeline.yaml\` | \`${first('kpis/kpis.yaml')}\` |`);
  });

  it('a plan in a folder of a bigger repository: the narrow mapping checks plan files and leaves other YAML alone', async () => {
    const repo = tempDir('mplan-lsp-repo-');
    const planDir = path.join(repo, 'plans/2027');
    expect((await runCli(['init', planDir], { cwd: repo })).code).toBe(0);
    const client = new LspClient();
    try {
      const yaml: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(biggerRepo!)) yaml[k.replace(/^yaml\./, '')] = v;
      await client.start(repo, { yaml: { ...yaml, validate: true, schemaStore: { enable: false } } });
      const plan = path.join(planDir, 'goals/no-modeline.yaml');
      const text = brokenGoal(readFileSync(path.join(planDir, 'goals/goal.yaml'), 'utf8')).replace(/^# yaml-language-server:.*\n/, '');
      client.open(plan, text);
      const workflow = path.join(repo, '.github/workflows/plan.yaml');
      client.open(workflow, 'name: plan\non: [pull_request]\njobs: {}\n');
      expectBrokenGoalDiagnostics(await client.diagnosticsFor(plan), text);
      expect(await client.diagnosticsFor(workflow)).toEqual([]);
    } finally {
      await client.close();
    }
  });

  it('any other client: the generic yaml settings map the schema without modelines', async () => {
    const dir = await initPlan('en');
    const client = new LspClient();
    try {
      await client.start(dir, { yaml: { ...generic!.yaml, schemaStore: { enable: false } } });
      const file = path.join(dir, 'goals/no-modeline.yaml');
      const text = brokenGoal(readFileSync(path.join(dir, 'goals/goal.yaml'), 'utf8')).replace(/^# yaml-language-server:.*\n/, '');
      client.open(file, text);
      expectBrokenGoalDiagnostics(await client.diagnosticsFor(file), text);
    } finally {
      await client.close();
    }
  });
});

import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { runCli } from '../helpers/cli.js';
import { Repo } from '../helpers/repo.js';
import { PLAN } from '../helpers/repo-plan.js';
import { tempDir } from '../helpers/temp.js';

/** The plan committed once, then changed in the working tree. */
function changedRepo(): Repo {
  const r = new Repo().write(PLAN);
  r.commit('first version');
  r.write({
    'kpis/kpis.yaml': PLAN['kpis/kpis.yaml']!.replace('target: { value: 15, by: 2027-09-30 }', 'target: { value: 20, by: 2027-09-30 }'),
    'initiatives/expo.yaml': PLAN['initiatives/expo.yaml']!.replace('amount: 2000000', 'amount: 3500000'),
    'journeys/expo.yaml': PLAN['journeys/expo.yaml']!.replace('    name: Visits the booth\n    owner: bdr\n', '    name: Visits the booth\n'),
    'goals/new.yaml': 'kind: Goal\nid: goal-new\nname: Be remembered after the show\n',
  });
  r.remove('team/roles.yaml');
  r.write({ 'team/roles.yaml': PLAN['team/roles.yaml']!.split('---\n')[0]! + '---\nkind: Role\nid: bdr\nname: Business development rep\nlevel: practitioner\nresponsibilities: [Calls leads]\n---\nkind: Tool\nid: crm\nname: CRM\n' });
  return r;
}

type Json = {
  entities: {
    added: Array<{ kind: string; id: string }>;
    removed: Array<{ kind: string; id: string }>;
    changed: Array<{ kind: string; id: string; changes: Array<{ field: string; messageId: string; before: unknown; after: unknown; message: string }> }>;
    unknown: Array<{ id: string }>;
  };
  findings: { introduced: Array<{ rule: string; entity?: string; severity: string }>; resolved: Array<{ rule: string; entity?: string }> };
  health: Array<{ id: string; before?: { n: number }; after?: { n: number } }>;
  base: { complete: boolean; planDir?: string; problems: unknown[] };
  head: { complete: boolean; planDir?: string; problems: Array<{ file: string; rule: string }> };
};

describe('mplan diff', () => {
  test('lists added, removed and changed entities field by field, in plain words', async () => {
    const r = changedRepo();
    const res = await runCli(['diff', 'main'], { cwd: r.dir });
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    const out = res.stdout;
    expect(out).toContain('KPI `kpi-mql-rate`: target 15% → 20% by 2027-09-30');
    expect(out).toContain('Initiative `ini-expo`: `budget` ¥2,000,000 → ¥3,500,000');
    expect(out).toContain('Stage `expo/visit`: lost its `owner` (was `bdr`)');
    expect(out).toMatch(/\+ Goal `goal-new` "Be remembered after the show" added/);
    expect(out).toMatch(/\+ Tool `crm` "CRM" added/);
    // Stages measured: the stage that lost its owner shows up as a new finding.
    expect(out).toMatch(/New findings \(\d+\)[\s\S]*stage-no-owner/);
    expect(out).toMatch(/Plan health[\s\S]*→/);
  });

  test('json output carries the raw values and the matching findings', async () => {
    const r = changedRepo();
    const res = await runCli(['diff', 'main', '--format', 'json'], { cwd: r.dir });
    const j = JSON.parse(res.stdout) as Json;
    expect(j.entities.added.map((e) => e.id).sort()).toEqual(['crm', 'goal-new']);
    expect(j.entities.removed).toEqual([]);
    const kpi = j.entities.changed.find((e) => e.id === 'kpi-mql-rate')!;
    expect(kpi.changes).toEqual([
      expect.objectContaining({ field: 'target', messageId: 'review-target', before: { value: 15, by: '2027-09-30' }, after: { value: 20, by: '2027-09-30' } }),
    ]);
    const stage = j.entities.changed.find((e) => e.id === 'expo/visit')!;
    expect(stage.kind).toBe('Stage');
    expect(stage.changes[0]).toMatchObject({ field: 'owner', messageId: 'review-owner-lost', before: 'bdr' });
    expect(j.findings.introduced).toContainEqual(expect.objectContaining({ rule: 'stage-no-owner', entity: 'expo/visit' }));
    expect(j.findings.introduced.some((d) => d.rule === 'goal-no-kpi' && d.entity === 'goal-new')).toBe(true);
    // kpi-calls has no owner before and after: not new, not resolved.
    expect(j.findings.introduced.some((d) => d.entity === 'kpi-calls')).toBe(false);
    expect(j.findings.resolved.some((d) => d.entity === 'kpi-calls')).toBe(false);
    const figures = new Map(j.health.map((h) => [h.id, h]));
    expect(figures.get('tools-in-use')).toMatchObject({ before: { m: 0 }, after: { m: 1 } });
  });

  test('a removed entity and a resolved finding, between two commits', async () => {
    const r = new Repo().write(PLAN);
    r.commit('one');
    r.write({ 'kpis/kpis.yaml': PLAN['kpis/kpis.yaml']!.split('---\n')[0]! });
    r.commit('drop kpi-calls');
    const res = await runCli(['diff', 'HEAD~1', 'HEAD', '--format', 'json'], { cwd: r.dir });
    const j = JSON.parse(res.stdout) as Json;
    expect(j.entities.removed).toEqual([expect.objectContaining({ kind: 'KPI', id: 'kpi-calls' })]);
    expect(j.findings.resolved).toContainEqual(expect.objectContaining({ rule: 'kpi-no-owner', entity: 'kpi-calls' }));
    // Its stage is no longer measured: that gap is new.
    expect(j.findings.introduced).toEqual([expect.objectContaining({ rule: 'stage-no-kpi', entity: 'expo/follow-up' })]);
  });

  test('renamed files and reordered documents change nothing', async () => {
    const r = new Repo().write(PLAN);
    r.commit('one');
    r.move('kpis/kpis.yaml', 'measures/all-kpis.yml');
    r.move('initiatives/expo.yaml', 'expo-initiative.yaml');
    const res = await runCli(['diff', 'main', '--format', 'json'], { cwd: r.dir });
    const j = JSON.parse(res.stdout) as Json;
    expect(j.entities).toEqual({ added: [], removed: [], changed: [], unknown: [] });
    expect(j.findings).toEqual({ introduced: [], resolved: [] });
    expect((await runCli(['diff', 'main'], { cwd: r.dir })).stdout).toContain('No change to the content of the plan.');
  });

  test('two kinds sharing an id are two entities: a new one is added, neither changed kind', async () => {
    const r = new Repo().write(PLAN).write({ 'team/tools.yaml': 'kind: Tool\nid: lstep\nname: L Step\n' });
    r.commit('one');
    // A new Role takes the id of the Tool: the model reports the duplicate and keeps both.
    r.write({ 'team/tools.yaml': 'kind: Tool\nid: lstep\nname: L Step\n---\nkind: Role\nid: lstep\nname: L Step operator\nlevel: practitioner\nresponsibilities: [Sends messages]\n' });
    const j = JSON.parse((await runCli(['diff', 'main', '--format', 'json'], { cwd: r.dir })).stdout) as Json;
    expect(j.entities).toMatchObject({ added: [expect.objectContaining({ kind: 'Role', id: 'lstep' })], removed: [], changed: [] });
    // The other way round: the Tool goes, the Role stays.
    r.commit('two');
    r.write({ 'team/tools.yaml': 'kind: Role\nid: lstep\nname: L Step operator\nlevel: practitioner\nresponsibilities: [Sends messages]\n' });
    const back = JSON.parse((await runCli(['diff', 'HEAD', '--format', 'json'], { cwd: r.dir })).stdout) as Json;
    expect(back.entities).toMatchObject({ removed: [expect.objectContaining({ kind: 'Tool', id: 'lstep' })], added: [], changed: [] });
  });

  test('one entity whose kind was edited reads as a kind change, with its other edits', async () => {
    const r = new Repo().write(PLAN).write({ 'team/tools.yaml': 'kind: Tool\nid: lstep\nname: L Step\n' });
    r.commit('one');
    r.write({ 'team/tools.yaml': 'kind: Role\nid: lstep\nname: L Step operator\nlevel: practitioner\nresponsibilities: [Sends messages]\n' });
    const j = JSON.parse((await runCli(['diff', 'main', '--format', 'json'], { cwd: r.dir })).stdout) as Json;
    expect(j.entities).toMatchObject({ added: [], removed: [], changed: [expect.objectContaining({ kind: 'Role', id: 'lstep' })] });
    expect(j.entities.changed[0]!.changes[0]).toMatchObject({ field: 'kind', messageId: 'review-kind-changed', before: 'Tool', after: 'Role' });
    expect(j.entities.changed[0]!.changes.map((c) => c.field)).toContain('name');
    const text = (await runCli(['diff', 'main'], { cwd: r.dir })).stdout;
    expect(text).toContain('Role `lstep`');
    expect(text).toContain('kind changed from Tool to Role');
  });

  test('the plan root moved inside the repository', async () => {
    const r = new Repo();
    const nested: Record<string, string> = {};
    for (const [k, v] of Object.entries(PLAN)) nested[`plan/${k}`] = v;
    r.write(nested).write({ 'README.md': 'hello\n' });
    r.commit('plan in plan/');
    r.move('plan', 'marketing/2027');
    r.write({ 'marketing/2027/kpis/kpis.yaml': PLAN['kpis/kpis.yaml']!.replace('value: 100', 'value: 120') });
    const head = r.commit('moved');
    void head;
    const res = await runCli(['diff', 'HEAD~1', 'HEAD', '--format', 'json'], { cwd: r.dir });
    expect(res.stderr).toBe('');
    const j = JSON.parse(res.stdout) as Json;
    expect(j.base.planDir).toBe('plan');
    expect(j.head.planDir).toBe('marketing/2027');
    expect(j.entities.added).toEqual([]);
    expect(j.entities.removed).toEqual([]);
    expect(j.entities.changed).toEqual([expect.objectContaining({ id: 'kpi-calls' })]);
    const text = await runCli(['diff', 'HEAD~1'], { cwd: path.join(r.dir, 'marketing/2027') });
    expect(text.stdout).toContain('The plan folder moved from `plan` to `marketing/2027`');
  });

  test('a side that does not parse is reported as such, not as removed entities', async () => {
    const r = new Repo().write(PLAN);
    r.commit('one');
    r.write({ 'kpis/kpis.yaml': 'kind: KPI\nid: kpi-mql-rate\n  name: [broken\n' });
    const res = await runCli(['diff', 'main', '--format', 'json'], { cwd: r.dir });
    expect(res.code).toBe(0);
    const j = JSON.parse(res.stdout) as Json;
    expect(j.head.complete).toBe(false);
    expect(j.head.problems[0]).toMatchObject({ file: 'kpis/kpis.yaml' });
    expect(j.head.problems[0]!.rule).toMatch(/^yaml-/);
    expect(j.entities.removed).toEqual([]);
    expect(j.entities.unknown.map((e) => e.id).sort()).toEqual(['kpi-calls', 'kpi-mql-rate']);
    const text = await runCli(['diff', 'main'], { cwd: r.dir });
    expect(text.stdout).toMatch(/The plan at working tree could not be read completely \(\d+ problems\)/);
    expect(text.stdout).toContain('kpis/kpis.yaml:');
    // The parse error is a new error-level finding.
    expect((await runCli(['diff', 'main', '--fail-on-new'], { cwd: r.dir })).code).toBe(1);
  });

  test('--fail-on-new: 1 only when the change brings new findings at that severity', async () => {
    const r = changedRepo();
    expect((await runCli(['diff', 'main', '--fail-on-new', 'warn'], { cwd: r.dir })).code).toBe(1);
    const same = new Repo().write(PLAN);
    same.commit('one');
    same.move('kpis/kpis.yaml', 'kpis/renamed.yaml');
    expect((await runCli(['diff', 'main', '--fail-on-new', 'info'], { cwd: same.dir })).code).toBe(0);
  });

  test('a base revision missing from a shallow clone: exit 2 with how to fetch it', async () => {
    const r = new Repo().write(PLAN);
    r.commit('one');
    r.write({ 'kpis/kpis.yaml': PLAN['kpis/kpis.yaml']!.replace('value: 100', 'value: 150') });
    r.commit('two');
    const clone = path.join(tempDir('mplan-clone-'), 'c');
    const c = spawnSync('git', ['clone', '-q', '--depth', '1', `file://${r.dir}`, clone], { encoding: 'utf8' });
    expect(c.status).toBe(0);
    const res = await runCli(['diff', 'HEAD~1'], { cwd: clone });
    expect(res.code).toBe(2);
    expect(res.stdout).toBe('');
    expect(res.stderr).toContain('shallow');
    expect(res.stderr).toContain('git fetch --unshallow');
    expect(res.stderr).toContain('fetch-depth: 0');
    expect(res.stderr).not.toMatch(/\n\s+at /); // no stack trace
    const ja = await runCli(['diff', 'HEAD~1', '--lang', 'ja'], { cwd: clone });
    expect(ja.stderr).toContain('浅いクローン');
    // In a full clone, an unknown name says to check it.
    const missing = await runCli(['diff', 'no-such-branch'], { cwd: r.dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('`no-such-branch` is not in this repository');
  });

  test('outside a git repository: exit 2', async () => {
    const dir = tempDir('mplan-nogit-');
    const r = await runCli(['diff', 'main'], { cwd: dir, env: { GIT_CEILING_DIRECTORIES: path.dirname(dir) } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('not inside a git repository');
  });

  test('a plan added since the base: everything is added', async () => {
    const r = new Repo().write({ 'README.md': 'x\n' });
    r.commit('empty');
    r.write(PLAN);
    const j = JSON.parse((await runCli(['diff', 'main', '--format', 'json'], { cwd: r.dir })).stdout) as Json;
    expect(j.base.planDir).toBeUndefined();
    expect(j.entities.added.length).toBeGreaterThan(5);
  });

  test('A... compares with the merge base, and a folder as the second argument is the plan folder', async () => {
    const r = new Repo();
    const nested: Record<string, string> = {};
    for (const [k, v] of Object.entries(PLAN)) nested[`p/${k}`] = v;
    r.write(nested);
    r.commit('one');
    r.git('checkout', '-q', '-b', 'feature');
    r.write({ 'p/kpis/kpis.yaml': PLAN['kpis/kpis.yaml']!.replace('value: 100', 'value: 110') });
    r.commit('feature change');
    r.git('checkout', '-q', 'main');
    r.write({ 'p/kpis/kpis.yaml': PLAN['kpis/kpis.yaml']!.replace('name: Calls made', 'name: Calls placed') });
    r.commit('main change');
    const res = await runCli(['diff', 'main...feature', 'p', '--format', 'json'], { cwd: r.dir });
    expect(res.stderr).toBe('');
    const j = JSON.parse(res.stdout) as Json;
    // Only the feature branch's own change, not main's rename of the KPI.
    expect(j.entities.changed).toHaveLength(1);
    expect(j.entities.changed[0]!.changes.map((c) => c.field)).toEqual(['target']);
  });

  test('Japanese output', async () => {
    const r = changedRepo();
    const res = await runCli(['diff', 'main', '--lang', 'ja'], { cwd: r.dir });
    expect(res.stdout).toContain('KPI `kpi-mql-rate`: target を 15% → 20% に変更（期限 2027-09-30）');
    expect(res.stdout).toContain('ステージ `expo/visit`: `owner` が未設定になりました（変更前: `bdr`）');
    expect(res.stdout).toContain('作業ツリー');
  });

  test('output is byte-identical across runs', async () => {
    const r = changedRepo();
    const a = await runCli(['diff', 'main', '--format', 'markdown'], { cwd: r.dir });
    const b = await runCli(['diff', 'main', '--format', 'markdown'], { cwd: r.dir });
    expect(a.stdout).toBe(b.stdout);
  });
});

describe('mplan diff --format markdown', () => {
  const parse = (md: string) => fromMarkdown(md, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  type Node = { type: string; value?: string; children?: Node[] };
  const all = (n: Node, out: Node[] = []): Node[] => {
    out.push(n);
    for (const c of n.children ?? []) all(c, out);
    return out;
  };

  test('a summary line first, sections as lists, hostile names stay inert', async () => {
    const r = new Repo().write(PLAN);
    r.commit('one');
    r.write({ 'goals/evil.yaml': 'kind: Goal\nid: goal-evil\nname: "<script>alert(1)</script> **bold** @team | `tick` [x](http://e.vil)"\n' });
    const res = await runCli(['diff', 'main', '--format', 'markdown'], { cwd: r.dir });
    const md = res.stdout;
    expect(md.split('\n')[0]).toMatch(/^\*\*mplan diff `main` → working tree\*\*: entities: 0 changed, 1 added, 0 removed/);
    const tree = parse(md) as Node;
    const nodes = all(tree);
    // The only raw HTML is our own <details> wrapper (of the health table).
    const html = nodes.filter((n) => n.type === 'html').map((n) => n.value);
    expect(html.every((h) => /^<\/?details>|^<details><summary>/.test(h!))).toBe(true);
    expect(nodes.some((n) => n.type === 'link')).toBe(false);
    expect(nodes.some((n) => n.type === 'strong' && all(n).some((c) => c.value === 'bold'))).toBe(false);
    expect(md).not.toContain('@team');
    const codes = nodes.filter((n) => n.type === 'inlineCode').map((n) => n.value);
    expect(codes).toContain('goal-evil');
    const list = nodes.find((n) => n.type === 'list')!;
    const itemText = all(list).filter((n) => n.type === 'text').map((n) => n.value).join('');
    expect(itemText).toContain('<script>alert(1)</script> **bold**');
    expect(nodes.some((n) => n.type === 'table')).toBe(true);
  });

  test('long sections fold into <details>', async () => {
    const r = new Repo().write(PLAN);
    r.commit('one');
    const many = Array.from({ length: 12 }, (_, i) => `kind: Goal\nid: goal-${i}\nname: Goal ${i}\n`).join('---\n');
    r.write({ 'goals/many.yaml': many });
    const md = (await runCli(['diff', 'main', '--format', 'markdown'], { cwd: r.dir })).stdout;
    expect(md).toContain('<details><summary>Added (12)</summary>');
    const nodes = all(parse(md) as Node);
    const items = nodes.filter((n) => n.type === 'listItem');
    expect(items.length).toBeGreaterThanOrEqual(12);
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editsByFile, planRename } from '../../src/edit/rename.js';
import { applyEdits } from '../../src/edit/text.js';
import { checkPlan } from '../../src/app/pipeline.js';
import { runCli } from '../helpers/cli.js';
import { writePlan, yaml } from '../helpers/plan.js';

const TEAM = yaml`
  kind: Role
  id: ops
  name: Marketing ops   # the team that runs the tools
  ---
  kind: Role
  id: cmo
  name: CMO
`;
const TOOLS = yaml`
  kind: Tool
  id: crm
  name: CRM
  owner: 'ops'     # quoted on purpose
  ---
  kind: Tool
  id: ma
  name: Marketing automation
  owner: "ops"
`;
const JOURNEY = yaml`
  kind: Journey
  id: buyer
  name: Buyer
  stages:
    - id: learn
      name: Learn
      owner: ops
    - id: buy
      name: Buy
      owner:   ops # odd spacing kept
`;
const KPI = yaml`
  kind: KPI
  id: leads
  name: Leads
  stage: buyer/learn
  owner: ops
  source: crm
`;
const INITIATIVE = yaml`
  kind: Initiative
  id: nurture
  name: Nurture
  stages: [buyer/learn, buyer/buy]
  responsible: [cmo, ops]   # both
  accountable: cmo
`;

function plan(extra: Record<string, string> = {}): string {
  return writePlan({ 'team.yaml': TEAM, 'tools.yaml': TOOLS, 'journey.yaml': JOURNEY, 'kpi.yaml': KPI, 'initiative.yaml': INITIATIVE, ...extra });
}

async function renamed(dir: string, from: string, to: string): Promise<Record<string, string>> {
  const { model } = await checkPlan(dir);
  const r = planRename(model, from, to);
  if (!r.ok) throw new Error(r.problem.messageId);
  const out: Record<string, string> = {};
  for (const [file, edits] of editsByFile(r.edits)) out[file.path] = applyEdits(file.text, edits).text;
  return out;
}

describe('planRename', () => {
  it('changes only the id scalars: quoting, comments, spacing and flow lists stay as written', async () => {
    const out = await renamed(plan(), 'ops', 'growth-ops');
    expect(out['team.yaml']).toBe(TEAM.replace('id: ops', 'id: growth-ops'));
    expect(out['tools.yaml']).toBe(TOOLS.replace("owner: 'ops'", "owner: 'growth-ops'").replace('owner: "ops"', 'owner: "growth-ops"'));
    expect(out['journey.yaml']).toBe(JOURNEY.replace('owner: ops\n', 'owner: growth-ops\n').replace('owner:   ops #', 'owner:   growth-ops #'));
    expect(out['kpi.yaml']).toBe(KPI.replace('owner: ops', 'owner: growth-ops'));
    expect(out['initiative.yaml']).toBe(INITIATIVE.replace('[cmo, ops]', '[cmo, growth-ops]'));
  });

  it('a stage: its `- id:` and every `journey/stage` reference', async () => {
    const out = await renamed(plan(), 'buyer/learn', 'discover');
    expect(out['journey.yaml']).toBe(JOURNEY.replace('- id: learn', '- id: discover'));
    expect(out['kpi.yaml']).toBe(KPI.replace('stage: buyer/learn', 'stage: buyer/discover'));
    expect(out['initiative.yaml']).toBe(INITIATIVE.replace('[buyer/learn,', '[buyer/discover,'));
    // The journey's own prefix may be given too.
    expect(await renamed(plan(), 'buyer/learn', 'buyer/discover')).toEqual(out);
  });

  it('a journey: its id and the journey part of every stage reference', async () => {
    const out = await renamed(plan(), 'buyer', 'account-buyer');
    expect(out['journey.yaml']).toBe(JOURNEY.replace('id: buyer', 'id: account-buyer'));
    expect(out['kpi.yaml']).toBe(KPI.replace('buyer/learn', 'account-buyer/learn'));
    expect(out['initiative.yaml']).toBe(INITIATIVE.replace('[buyer/learn, buyer/buy]', '[account-buyer/learn, account-buyer/buy]'));
  });

  it('quotes a new id YAML would read as a number or a truth value', async () => {
    const out = await renamed(plan(), 'cmo', '2027');
    expect(out['team.yaml']).toContain("id: '2027'");
    expect(out['initiative.yaml']).toContain("['2027', ops]");
  });

  it('refuses a bad id, an id already taken and an id that does not exist, changing nothing', async () => {
    const { model } = await checkPlan(plan());
    expect(planRename(model, 'ops', 'Growth Ops')).toMatchObject({ ok: false, problem: { messageId: 'rename-bad-id' } });
    expect(planRename(model, 'ops', 'cmo')).toMatchObject({ ok: false, problem: { messageId: 'rename-clash', data: { id: 'cmo', file: 'team.yaml', line: 6 } } });
    expect(planRename(model, 'buyer/learn', 'buy')).toMatchObject({ ok: false, problem: { messageId: 'rename-clash' } });
    expect(planRename(model, 'nobody', 'x')).toMatchObject({ ok: false, problem: { messageId: 'rename-not-found' } });
  });

  it('a misspelt id or stage is answered with the id it most likely means', async () => {
    const { model } = await checkPlan(plan());
    expect(planRename(model, 'opps', 'x')).toMatchObject({ ok: false, problem: { messageId: 'rename-not-found-suggest', data: { id: 'opps', suggestion: 'ops' } } });
    expect(planRename(model, 'buyer/lern', 'x')).toMatchObject({ ok: false, problem: { messageId: 'rename-not-found-suggest', data: { suggestion: 'buyer/learn' } } });
    const r = await runCli(['rename', 'opps', 'growth-ops', '--lang', 'ja'], { cwd: plan() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('`ops` のことですか？');
  });

  it('refuses when a reference is written as a block scalar it cannot rewrite alone', async () => {
    const dir = plan({ 'kpi2.yaml': 'kind: KPI\nid: k2\nname: K2\nowner: >-\n  ops\n' });
    const { model } = await checkPlan(dir);
    expect(planRename(model, 'ops', 'growth')).toMatchObject({ ok: false, problem: { messageId: 'rename-unwritable', data: { file: 'kpi2.yaml', line: 4 } } });
  });
});

describe('mplan rename', () => {
  it('--dry-run prints each change and writes nothing; without it, the files are rewritten and lint stays clean', async () => {
    const dir = plan();
    const before = readFileSync(path.join(dir, 'tools.yaml'), 'utf8');
    const dry = await runCli(['rename', 'ops', 'growth-ops', '--dry-run'], { cwd: dir });
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain("tools.yaml:4:8  'ops' → 'growth-ops'\n");
    expect(dry.stdout).toContain('Nothing was written (--dry-run)');
    expect(readFileSync(path.join(dir, 'tools.yaml'), 'utf8')).toBe(before);
    const lintBefore = await runCli(['validate', '--format', 'json'], { cwd: dir });
    const real = await runCli(['rename', 'ops', 'growth-ops'], { cwd: dir });
    expect(real.code).toBe(0);
    expect(real.stdout).toMatch(/Renamed `ops` to `growth-ops`: 7 changes in 5 files\./);
    expect(readFileSync(path.join(dir, 'tools.yaml'), 'utf8')).toBe(before.replace("'ops'", "'growth-ops'").replace('"ops"', '"growth-ops"'));
    const lintAfter = await runCli(['validate', '--format', 'json'], { cwd: dir });
    expect(lintAfter.code).toBe(lintBefore.code);
  });

  it('says in Japanese why it refuses, and exits 2', async () => {
    const dir = plan();
    const r = await runCli(['rename', 'ops', 'cmo', '--lang', 'ja'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('`cmo` はすでに使われています（team.yaml:6）');
    expect(readFileSync(path.join(dir, 'team.yaml'), 'utf8')).toBe(TEAM);
  });
});

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/util/width.js';
import { writePlan, yaml } from '../helpers/plan.js';
import type { PlanFiles } from '../helpers/plan.js';
import { runCli } from '../helpers/cli.js';

/**
 * The plans here start from `mplan:minimal` (no planning rules) and turn on
 * three KPI rules, one per severity, so the tests do not move when other
 * rules are added or tuned.
 */
const PLAN = yaml`
  kind: Plan
  id: test-plan
  name: Test plan
  version: 1
  lint:
    extends: mplan:minimal
    rules:
      kpi-no-stage: error
      kpi-no-owner: warn
      kpi-no-baseline: info
`;

const JOURNEY = yaml`
  kind: Journey
  id: buy
  name: Buying
  stages:
    - id: visit
      name: Visit
`;

const ROLE = yaml`
  kind: Role
  id: cmo
  name: CMO
  type: internal
`;

const GOOD_KPI = yaml`
  kind: KPI
  id: kpi-visits
  name: Visits
  stage: buy/visit
  owner: cmo
  baseline: { value: 100, as_of: 2027-04-01 }
`;

/** A KPI with no stage (error), no owner (warn) and no baseline (info). */
const BAD_KPI = yaml`
  kind: KPI
  id: kpi-visits
  name: Visits
`;

function plan(files: PlanFiles = {}, mplan = PLAN): string {
  return writePlan({ 'mplan.yaml': mplan, 'journeys/buy.yaml': JOURNEY, 'team/cmo.yaml': ROLE, 'kpis/visits.yaml': GOOD_KPI, ...files });
}

function withRules(rules: string): string {
  return PLAN.replace(/ {2}rules:\n(?: {4}.*\n)*/, `  rules:\n${rules.replace(/^/gm, "    ")}\n`);
}

interface JsonOut {
  diagnostics: Array<{
    rule: string;
    severity: string;
    file: string;
    line: number;
    column: number;
    messageId: string;
    message: string;
    hint?: string;
    entity?: string;
    data: Record<string, unknown>;
  }>;
  summary: { error: number; warn: number; info: number; files: number; entities: number };
  health?: Array<{ id: string; n: number; m: number; percent: number | null }>;
}

async function lintJson(dir: string, extra: string[] = [], env: NodeJS.ProcessEnv = {}) {
  const r = await runCli(['lint', dir, '--format', 'json', ...extra], { cwd: dir, env });
  return { ...r, json: JSON.parse(r.stdout) as JsonOut };
}

const rulesOf = (j: JsonOut) => j.diagnostics.map((d) => `${d.rule}:${d.severity}`);

describe('mplan lint: exit codes', () => {
  it('0 on a clean plan', async () => {
    const dir = plan();
    const r = await runCli(['lint', dir], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('✔ No problems found');
    expect(r.code).toBe(0);
  });

  it('1 when there is an error finding', async () => {
    const dir = plan({ 'kpis/visits.yaml': BAD_KPI });
    const r = await runCli(['lint', dir], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^kpis\/visits\.yaml\n/);
    expect(r.stdout).toMatch(/\n {2}2:5 +error +KPI `kpi-visits`.* +kpi-no-stage\n/);
  });

  it('warnings and info do not fail by default; --fail-on warn / info makes them fail', async () => {
    const dir = plan({ 'kpis/visits.yaml': BAD_KPI });
    const noError = ['--rule', 'kpi-no-stage=off'];
    expect((await runCli(['lint', dir, ...noError], { cwd: dir })).code).toBe(0);
    expect((await runCli(['lint', dir, ...noError, '--fail-on', 'warn'], { cwd: dir })).code).toBe(1);
    const infoOnly = [...noError, '--rule', 'kpi-no-owner=off'];
    expect((await runCli(['lint', dir, ...infoOnly, '--fail-on', 'warn'], { cwd: dir })).code).toBe(0);
    expect((await runCli(['lint', dir, ...infoOnly, '--fail-on', 'info'], { cwd: dir })).code).toBe(1);
  });

  it('--max-warnings: more warnings than allowed fail the run', async () => {
    const dir = plan({ 'kpis/visits.yaml': BAD_KPI });
    const noError = ['--rule', 'kpi-no-stage=off'];
    expect((await runCli(['lint', dir, ...noError, '--max-warnings', '1'], { cwd: dir })).code).toBe(0);
    expect((await runCli(['lint', dir, ...noError, '--max-warnings', '0'], { cwd: dir })).code).toBe(1);
    const bad = await runCli(['lint', dir, '--max-warnings', 'many'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--max-warnings');
  });

  it('--quiet prints errors only', async () => {
    const dir = plan({ 'kpis/visits.yaml': BAD_KPI });
    const r = await runCli(['lint', dir, '--quiet'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('kpi-no-stage');
    expect(r.stdout).not.toContain('kpi-no-owner');
    expect(r.stdout).not.toContain('kpi-no-baseline');
    const j = await lintJson(dir, ['--quiet']);
    expect(rulesOf(j.json)).toEqual(['kpi-no-stage:error']);
    // with only warnings, --quiet leaves nothing to fail on
    expect((await runCli(['lint', dir, '--quiet', '--rule', 'kpi-no-stage=off', '--fail-on', 'warn'], { cwd: dir })).code).toBe(0);
  });

  it('2 on an unknown option', async () => {
    const dir = plan();
    const r = await runCli(['lint', dir, '--bogus'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--bogus');
    expect(r.stdout).toBe('');
  });

  it('2 on an unknown --rule id, with a did-you-mean', async () => {
    const dir = plan();
    const r = await runCli(['lint', dir, '--rule', 'kpi-no-stag=off'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('`kpi-no-stag` is not an mplan rule');
    expect(r.stderr).toContain('did you mean `kpi-no-stage`');
    const bad = await runCli(['lint', dir, '--rule', 'kpi-no-stage=loud'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--rule');
  });

  it('2 on a folder that does not exist, or with no mplan.yaml', async () => {
    const dir = plan();
    const missing = await runCli(['lint', path.join(dir, 'nope')], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('does not exist');
    const noRoot = await runCli(['lint', path.join(dir, 'kpis')], { cwd: dir, env: {} });
    expect(noRoot.code).toBe(0); // a sub-folder of a plan: the root is found upwards
    const empty = writePlan({});
    const { rmSync } = await import('node:fs');
    rmSync(path.join(empty, 'mplan.yaml'));
    const r = await runCli(['lint', empty], { cwd: empty });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('No mplan.yaml found');
    expect(r.stderr).not.toMatch(/\n\s+at /); // never a stack trace
  });
});

describe('mplan lint: configuration in mplan.yaml', () => {
  it('off, a severity, or [severity, options]', async () => {
    const dir = plan(
      { 'kpis/visits.yaml': BAD_KPI },
      withRules('kpi-no-stage: off\nkpi-no-owner: error\nkpi-no-baseline: [warn]\nrole-overloaded: [warn, { max-share: 0.9 }]'),
    );
    const { json, code } = await lintJson(dir);
    expect(rulesOf(json)).toEqual(['kpi-no-baseline:warn', 'kpi-no-owner:error']);
    expect(code).toBe(1);
  });

  it('an unknown rule id is a located error with a did-you-mean hint', async () => {
    const dir = plan({}, withRules('kpi-no-stage: error\nkpi-no-ownr: warn'));
    const { json, code } = await lintJson(dir);
    expect(code).toBe(1);
    const d = json.diagnostics.find((x) => x.rule === 'config-unknown-rule')!;
    expect(d).toMatchObject({ severity: 'error', file: 'mplan.yaml', line: 9, column: 5, messageId: 'config-unknown-rule' });
    expect(d.message).toContain('`kpi-no-ownr`');
    expect(d.hint).toContain('`kpi-no-owner`');
  });

  it('an unknown option of a rule is a located error', async () => {
    const dir = plan({}, withRules('role-overloaded: [warn, { max-shares: 0.9 }]'));
    const { json } = await lintJson(dir);
    const d = json.diagnostics.find((x) => x.rule === 'config-bad-option')!;
    expect(d).toMatchObject({ severity: 'error', file: 'mplan.yaml', line: 8, column: 31 });
    expect(d.message).toContain('max-share');
  });

  it('--rule on the command line wins over the config', async () => {
    const dir = plan({ 'kpis/visits.yaml': BAD_KPI }, withRules('kpi-no-stage: off\nkpi-no-owner: error'));
    const { json } = await lintJson(dir, ['--rule', 'kpi-no-stage=warn', '--rule', 'kpi-no-owner=off']);
    expect(rulesOf(json)).toEqual(['kpi-no-stage:warn']);
  });
});

describe('mplan lint: inline suppressions', () => {
  const STAGE_RULES = 'kpi-no-owner: warn\nstage-no-kpi: warn';

  it('mplan-disable-next-line on a key suppresses that finding only', async () => {
    const dir = plan(
      {
        'kpis/visits.yaml': yaml`
          kind: KPI
          # mplan-disable-next-line kpi-no-owner -- the CMO decides the owner in Q2
          id: kpi-visits
          name: Visits
          stage: buy/visit
        `,
        'kpis/calls.yaml': yaml`
          kind: KPI
          id: kpi-calls
          name: Calls
          stage: buy/visit
        `,
      },
      withRules('kpi-no-owner: warn'),
    );
    const { json } = await lintJson(dir);
    expect(json.diagnostics.map((d) => `${d.file}:${d.line}:${d.rule}`)).toEqual(['kpis/calls.yaml:2:kpi-no-owner']);
  });

  it('mplan-disable-next-line on a list item covers that item and what is nested under it', async () => {
    const journey = yaml`
      kind: Journey
      id: buy
      name: Buying
      stages:
        - id: visit
          name: Visit
        # mplan-disable-next-line stage-no-kpi -- measured by the sales team, not in this plan
        - id: compare
          name: Compare
        - id: decide
          name: Decide
    `;
    const dir = plan({ 'journeys/buy.yaml': journey }, withRules(STAGE_RULES));
    const { json } = await lintJson(dir);
    expect(json.diagnostics.map((d) => `${d.file}:${d.line}:${d.rule}:${d.entity}`)).toEqual(['journeys/buy.yaml:10:stage-no-kpi:buy/decide']);
  });

  it('mplan-disable covers the rest of its YAML document, not the next one', async () => {
    const dir = plan(
      {
        'kpis/visits.yaml': yaml`
          # mplan-disable kpi-no-owner -- owners are assigned at the kick-off
          kind: KPI
          id: kpi-visits
          name: Visits
          stage: buy/visit
          ---
          kind: KPI
          id: kpi-calls
          name: Calls
          stage: buy/visit
        `,
      },
      withRules('kpi-no-owner: warn'),
    );
    const { json } = await lintJson(dir);
    expect(json.diagnostics.map((d) => `${d.line}:${d.rule}:${d.entity}`)).toEqual(['8:kpi-no-owner:kpi-calls']);
  });

  it('a suppression that suppresses nothing is reported as a warning', async () => {
    const dir = plan({
      'kpis/visits.yaml': yaml`
        kind: KPI
        # mplan-disable-next-line kpi-no-owner -- no longer needed
        id: kpi-visits
        name: Visits
        stage: buy/visit
        owner: cmo
        baseline: { value: 100 }
      `,
    });
    const { json, code } = await lintJson(dir);
    expect(json.diagnostics.map((d) => ({ rule: d.rule, severity: d.severity, line: d.line, column: d.column }))).toEqual([
      { rule: 'suppression-unused', severity: 'warn', line: 2, column: 1 },
    ]);
    expect(json.diagnostics[0]!.message).toContain('kpi-no-owner');
    expect(code).toBe(0);
  });

  it('a suppression without a reason is reported (and still suppresses)', async () => {
    const dir = plan(
      {
        'kpis/visits.yaml': yaml`
          kind: KPI
          # mplan-disable-next-line kpi-no-owner
          id: kpi-visits
          name: Visits
          stage: buy/visit
        `,
      },
      withRules('kpi-no-owner: warn'),
    );
    const { json } = await lintJson(dir);
    expect(json.diagnostics.map((d) => `${d.line}:${d.rule}`)).toEqual(['2:suppression-no-reason']);
    expect(json.diagnostics[0]!.hint).toContain(' -- ');
  });
});

describe('mplan lint: output', () => {
  it('several formats in one run: annotations on stdout, SARIF to a file, paths relative to the working directory', async () => {
    const dir = plan({ 'kpis/visits.yaml': BAD_KPI });
    const repo = path.dirname(dir);
    const planName = path.basename(dir);
    const out = path.join(dir, 'reports', 'out.sarif');
    writeFileSync(path.join(dir, 'old.json'), 'old content');
    const r = await runCli(
      ['lint', planName, '--format', 'github', '--format', `sarif=${path.relative(repo, out)}`, '--format', `json=${path.join(planName, 'old.json')}`],
      { cwd: repo },
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`::error file=${planName}/kpis/visits.yaml,line=2,col=5,`);
    expect(r.stdout.split('\n').filter(Boolean).every((l) => l.startsWith('::'))).toBe(true);
    const sarif = JSON.parse(readFileSync(out, 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    const uris = sarif.runs[0].results.map((x: any) => x.locations[0].physicalLocation.artifactLocation.uri);
    expect(uris).toContain(`${planName}/kpis/visits.yaml`);
    // an existing file is replaced whole, and no temporary file is left behind
    expect(JSON.parse(readFileSync(path.join(dir, 'old.json'), 'utf8')).summary.error).toBe(1);
    expect(readdirSync(path.join(dir, 'reports'))).toEqual(['out.sarif']);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('-o writes the one stdout format to a file', async () => {
    const dir = plan({ 'kpis/visits.yaml': BAD_KPI });
    const r = await runCli(['lint', '.', '--format', 'junit', '-o', 'lint.xml'], { cwd: dir });
    expect(r.stdout).toBe('');
    expect(readFileSync(path.join(dir, 'lint.xml'), 'utf8')).toContain('<testsuites name="mplan lint"');
    const bad = await runCli(['lint', '.', '--format', 'nope'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('`nope` is not a format');
  });

  it('a file that cannot be written is a clear error, exit 2', async () => {
    const dir = plan();
    writeFileSync(path.join(dir, 'blocker'), 'a file, not a folder');
    const r = await runCli(['lint', '.', '--format', 'sarif=blocker/out.sarif'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Could not write');
    expect(existsSync(path.join(dir, 'blocker', 'out.sarif'))).toBe(false);
  });

  it('--format json: diagnostics with rule, severity, place, message id and text; summary; health', async () => {
    const dir = plan({ 'kpis/visits.yaml': BAD_KPI });
    const { json } = await lintJson(dir);
    const d = json.diagnostics.find((x) => x.rule === 'kpi-no-stage')!;
    expect(d).toMatchObject({
      rule: 'kpi-no-stage',
      severity: 'error',
      file: 'kpis/visits.yaml',
      line: 2,
      column: 5,
      messageId: 'noStage',
      entity: 'kpi-visits',
      data: { id: 'kpi-visits' },
    });
    expect(d.message).toContain('`kpi-visits`');
    expect(typeof d.hint).toBe('string');
    for (const x of json.diagnostics) {
      expect(Object.keys(x)).toEqual(expect.arrayContaining(['rule', 'severity', 'file', 'line', 'column', 'messageId', 'message']));
    }
    expect(json.summary).toEqual({ error: 1, warn: 1, info: 1, files: 4, entities: 4 });
    const health = Object.fromEntries(json.health!.map((h) => [h.id, h]));
    expect(health['kpis-with-stage']).toEqual({ id: 'kpis-with-stage', n: 0, m: 1, percent: 0 });
    expect(health['stages-with-kpi']).toEqual({ id: 'stages-with-kpi', n: 0, m: 1, percent: 0 });
  });

  it('colour: off when not a terminal, on with FORCE_COLOR or a terminal, NO_COLOR wins', async () => {
    const dir = plan({ 'kpis/visits.yaml': BAD_KPI });
    const ansi = '\u001b[';
    expect((await runCli(['lint', dir], { cwd: dir })).stdout).not.toContain(ansi);
    expect((await runCli(['lint', dir], { cwd: dir, env: { FORCE_COLOR: '1' } })).stdout).toContain(ansi);
    expect((await runCli(['lint', dir], { cwd: dir, tty: true })).stdout).toContain(ansi);
    expect((await runCli(['lint', dir], { cwd: dir, tty: true, env: { NO_COLOR: '1' } })).stdout).not.toContain(ansi);
    expect((await runCli(['lint', dir], { cwd: dir, env: { NO_COLOR: '1', FORCE_COLOR: '1' } })).stdout).not.toContain(ansi);
    expect((await runCli(['lint', dir, '--no-color'], { cwd: dir, tty: true })).stdout).not.toContain(ansi);
  });

  it('LANG=ja_JP.UTF-8 gives Japanese stylish output with aligned columns', async () => {
    const dir = plan({ 'kpis/visits.yaml': BAD_KPI });
    const r = await runCli(['lint', dir], { cwd: dir, env: { LANG: 'ja_JP.UTF-8' } });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('エラー');
    expect(r.stdout).toContain('ヒント:');
    expect(r.stdout).toMatch(/件の指摘（エラー 1 件、警告 1 件、情報 1 件）/);
    expect(r.stdout).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    const lines = r.stdout.split('\n').filter((l) => /^ {2}\d+:\d+ /.test(l));
    expect(lines).toHaveLength(3);
    const ruleCol = lines.map((l) => displayWidth(l.slice(0, l.search(/ {2}kpi-no-[a-z]+$/))));
    expect(new Set(ruleCol).size).toBe(1);
  });

  it('--lang ja: JSON carries Japanese messages and the same message ids as English', async () => {
    const dir = plan({ 'kpis/visits.yaml': BAD_KPI });
    const ja = (await lintJson(dir, ['--lang', 'ja'])).json;
    const en = (await lintJson(dir, ['--lang', 'en'], { LANG: 'ja_JP.UTF-8' })).json;
    expect(ja.diagnostics.map((d) => d.messageId)).toEqual(en.diagnostics.map((d) => d.messageId));
    expect(ja.diagnostics.map((d) => `${d.file}:${d.line}:${d.column}`)).toEqual(en.diagnostics.map((d) => `${d.file}:${d.line}:${d.column}`));
    for (const d of ja.diagnostics) expect(d.message).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    for (const d of en.diagnostics) expect(d.message).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  });

  it('is deterministic: the same plan gives byte-identical output', async () => {
    const dir = plan({ 'kpis/visits.yaml': BAD_KPI });
    for (const f of ['stylish', 'json', 'sarif', 'github', 'markdown', 'junit', 'gitlab']) {
      const a = await runCli(['lint', dir, '--format', f], { cwd: dir });
      const b = await runCli(['lint', dir, '--format', f], { cwd: dir });
      expect(a.stdout.length).toBeGreaterThan(0);
      expect(b.stdout).toBe(a.stdout);
    }
  });
});

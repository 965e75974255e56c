import { readFileSync } from 'node:fs';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writePlan, yaml } from '../helpers/plan.js';
import { runCli } from '../helpers/cli.js';

/** A KPI with no stage, owner or target: fine for validate (those are lint's planning rules). */
const KPI = yaml`
  kind: KPI
  id: kpi-visits
  name: Visits
`;

const BAD_KEY = yaml`
  kind: KPI
  id: kpi-visits
  name: Visits
  colour: blue
`;

describe('mplan validate', () => {
  it('0 on a structurally valid plan, even with planning gaps (lint rules do not run)', async () => {
    const dir = writePlan({ 'kpis/visits.yaml': KPI });
    const r = await runCli(['validate', dir], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('✔ No problems found in 2 files (2 entities).');
    expect(r.stdout).not.toContain('kpi-no-stage');
  });

  it('1 on a schema error, located at the offending key', async () => {
    const dir = writePlan({ 'kpis/visits.yaml': BAD_KEY });
    const r = await runCli(['validate', dir, '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.diagnostics).toHaveLength(1);
    expect(out.diagnostics[0]).toMatchObject({ rule: 'schema-unknown-key', severity: 'error', file: 'kpis/visits.yaml', line: 4, column: 1 });
    expect(out.diagnostics[0].message).toContain('`colour`');
    expect(out.health).toBeUndefined(); // plan health is lint's
  });

  it('1 on a broken reference, naming the missing id', async () => {
    const dir = writePlan({ 'kpis/visits.yaml': `${KPI}stage: buy/visit\n` });
    const r = await runCli(['validate', dir, '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const d = JSON.parse(r.stdout).diagnostics[0];
    expect(d.rule).toMatch(/^ref-/);
    expect(d).toMatchObject({ file: 'kpis/visits.yaml', line: 4 });
  });

  it('speaks Japanese with --lang ja or a Japanese environment', async () => {
    const dir = writePlan({ 'kpis/visits.yaml': BAD_KEY });
    const byFlag = await runCli(['validate', dir, '--lang', 'ja'], { cwd: dir });
    const byEnv = await runCli(['validate', dir], { cwd: dir, env: { LC_ALL: 'ja_JP.UTF-8' } });
    expect(byFlag.stdout).toBe(byEnv.stdout);
    expect(byFlag.stdout).toContain('エラー');
    expect(byFlag.stdout).toContain('`colour` は');
    const en = await runCli(['validate', dir, '--lang', 'en'], { cwd: dir, env: { LANG: 'ja_JP.UTF-8' } });
    expect(en.stdout).toContain('is not a field of');
  });

  it('writes SARIF and GitHub annotations like lint', async () => {
    const dir = writePlan({ 'kpis/visits.yaml': BAD_KEY });
    const r = await runCli(['validate', '.', '--format', 'github', '--format', 'sarif=v.sarif'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error file=kpis\/visits\.yaml,line=4,col=1,.*title=schema-unknown-key::/);
    const sarif = JSON.parse(readFileSync(path.join(dir, 'v.sarif'), 'utf8'));
    expect(sarif.runs[0].results[0].ruleId).toBe('schema-unknown-key');
    expect(sarif.runs[0].tool.driver.rules[0].helpUri).toMatch(/errors\.md#schema-unknown-key$/);
  });

  it('2 on usage errors: unknown option, lint-only option, missing folder, no mplan.yaml', async () => {
    const dir = writePlan({});
    const unknown = await runCli(['validate', dir, '--bogus'], { cwd: dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--bogus');
    expect((await runCli(['validate', dir, '--rule', 'kpi-no-stage=off'], { cwd: dir })).code).toBe(2);
    const missing = await runCli(['validate', path.join(dir, 'nope')], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('does not exist');
    rmSync(path.join(dir, 'mplan.yaml'));
    const noRoot = await runCli(['validate', dir], { cwd: dir, env: { LANG: 'ja_JP.UTF-8' } });
    expect(noRoot.code).toBe(2);
    expect(noRoot.stderr).toContain('mplan.yaml が見つかりません');
    expect(noRoot.stderr).not.toMatch(/\n\s+at /);
  });
});

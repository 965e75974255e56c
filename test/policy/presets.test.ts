import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';
import { runCli } from '../helpers/cli.js';
import { writePlan, yaml } from '../helpers/plan.js';
import { lintWith, planWithLint, where, words } from './helpers.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// A KPI with no stage (kpi-no-stage: error), no owner (kpi-no-owner: warn-or-info by default)…
const kpi = yaml`
  kind: KPI
  id: visits
  name: Visits
`;

const severities = (ds: { rule: string; severity: string }[], rule: string) => ds.filter((d) => d.rule === rule).map((d) => d.severity);
const infoOrWarn = RULES.filter((r) => r.meta.severity !== 'error' && !r.meta.optIn).map((r) => r.meta.id);

describe('presets', () => {
  it('recommended (the default) keeps each rule at its own severity; strict makes every finding an error; minimal runs no planning rule', async () => {
    const files = { 'kpis.yaml': kpi };
    const recommended = await lintWith('extends: mplan:recommended', files);
    const strict = await lintWith('extends: [mplan:strict]', files);
    const minimal = await lintWith('extends: [mplan:minimal]', files);
    const builtIn = (ds: typeof strict.diagnostics) => ds.filter((d) => RULES.some((r) => r.meta.id === d.rule));
    expect(severities(recommended.diagnostics, 'kpi-no-stage')).toEqual(['error']);
    const milder = builtIn(recommended.diagnostics).filter((d) => d.severity !== 'error');
    expect(milder.length).toBeGreaterThan(0);
    for (const d of milder) expect(severities(strict.diagnostics, d.rule)).toContain('error');
    expect(builtIn(strict.diagnostics).every((d) => d.severity === 'error')).toBe(true);
    expect(builtIn(strict.diagnostics).length).toBeGreaterThanOrEqual(builtIn(recommended.diagnostics).length);
    expect(builtIn(minimal.diagnostics)).toEqual([]);
  });

  it('strict turns opt-in rules on; recommended leaves them off', async () => {
    const optIn = RULES.filter((r) => r.meta.optIn);
    const { resolveConfig } = await import('../../src/rules/config.js');
    const { checkPlan } = await import('../../src/app/pipeline.js');
    const r = await checkPlan(writePlan({}), {});
    for (const rule of optIn) {
      expect(resolveConfig(r.model, RULES, { preset: 'mplan:strict' }).config.rules.get(rule.meta.id)!.severity).toBe('error');
      expect(resolveConfig(r.model, RULES, {}).config.rules.get(rule.meta.id)!.severity).toBe('off');
    }
  });

  it('later entries in extends win, lint.rules wins over the preset, --preset wins over extends', async () => {
    const files = { 'kpis.yaml': kpi };
    expect(severities((await lintWith('extends: [mplan:strict, mplan:minimal]', files)).diagnostics, 'kpi-no-stage')).toEqual([]);
    expect(severities((await lintWith('extends: [mplan:minimal, mplan:strict]', files)).diagnostics, 'kpi-no-stage')).toEqual(['error']);
    expect(severities((await lintWith('extends: [mplan:minimal]\nrules:\n  kpi-no-stage: info', files)).diagnostics, 'kpi-no-stage')).toEqual(['info']);
    expect(severities((await lintWith('extends: [mplan:minimal]', files, { preset: 'mplan:recommended' })).diagnostics, 'kpi-no-stage')).toEqual(['error']);
  });

  it('an unknown preset is an error at its entry, with a did-you-mean; the other entries still apply', async () => {
    const r = await lintWith('extends: [mplan:minimal, strict, mplan:strcit, my-team]', { 'kpis.yaml': kpi });
    const d = r.diagnostics.filter((x) => x.rule === 'config-unknown-preset');
    expect(d.map((x) => `${x.file}:${x.line}:${x.column} ${x.data.preset}`)).toEqual([
      'mplan.yaml:6:28 strict',
      'mplan.yaml:6:36 mplan:strcit',
      'mplan.yaml:6:50 my-team',
    ]);
    expect(words(r, 'en', 'config-unknown-preset')).toEqual([
      '`strict` is not an mplan rule preset. | Did you mean `mplan:strict`?',
      '`mplan:strcit` is not an mplan rule preset. | Did you mean `mplan:strict`?',
      '`my-team` is not an mplan rule preset. | Use one of: mplan:recommended, mplan:strict, mplan:minimal.',
    ]);
    expect(words(r, 'ja', 'config-unknown-preset')[2]).toBe(
      '`my-team` という mplan のルールプリセットはありません。 | 次のいずれかを指定してください: mplan:recommended, mplan:strict, mplan:minimal',
    );
    expect(where(r.diagnostics, 'kpi-no-stage')).toEqual([]); // mplan:minimal applied
  });
});

describe('presets on the command line', () => {
  it('mplan rules --preset shows each preset\'s result', async () => {
    const cwd = ROOT; // no mplan.yaml here: built-in rules only
    const get = async (preset: string) => {
      const r = await runCli(['rules', '--preset', preset, '--format', 'json'], { cwd });
      expect(r.code).toBe(0);
      return JSON.parse(r.stdout) as { preset: string; rules: Array<{ id: string; severity: string }> };
    };
    const strict = await get('strict');
    const minimal = await get('minimal');
    const recommended = await get('recommended');
    expect(strict.preset).toBe('mplan:strict');
    expect(new Set(strict.rules.map((r) => r.severity))).toEqual(new Set(['error']));
    expect(new Set(minimal.rules.map((r) => r.severity))).toEqual(new Set(['off']));
    for (const id of infoOrWarn) expect(recommended.rules.find((r) => r.id === id)!.severity).not.toBe('error');
    expect(strict.rules.map((r) => r.id)).toEqual(RULES.map((r) => r.meta.id));
    const text = await runCli(['rules', '--preset', 'strict'], { cwd });
    expect(text.stdout).toMatch(/kpi-no-owner\s+error/);
  });

  it('mplan rules inside a plan shows its own rules and the severities its config gives', async () => {
    const dir = writePlan({
      'mplan.yaml': planWithLint(yaml`
        extends: mplan:strict
        rules:
          kpi-no-owner: info
        custom:
          - { id: acme-kpi-cadence, severity: warn, message: x, description: KPIs have a cadence., select: { kind: KPI }, assert: { cadence: { present: true } } }
      `),
    });
    const r = await runCli(['rules', '--format', 'json'], { cwd: dir });
    const out = JSON.parse(r.stdout) as { preset: string; rules: Array<{ id: string; severity: string; description: string }> };
    expect(out.preset).toBe('mplan:strict');
    expect(out.rules.find((x) => x.id === 'kpi-no-owner')!.severity).toBe('info');
    expect(out.rules.find((x) => x.id === 'kpi-no-stage')!.severity).toBe('error');
    expect(out.rules.find((x) => x.id === 'acme-kpi-cadence')).toMatchObject({ severity: 'warn', description: 'KPIs have a cadence.' });
    const minimal = JSON.parse((await runCli(['rules', '--preset', 'minimal', '--format', 'json'], { cwd: dir })).stdout) as typeof out;
    expect(minimal.rules.find((x) => x.id === 'kpi-no-stage')!.severity).toBe('off');
  });

  it('mplan lint --preset switches the preset; --rule accepts the plan\'s own rule ids', async () => {
    const dir = writePlan({
      'mplan.yaml': planWithLint(yaml`
        custom:
          - { id: acme-kpi-cadence, severity: warn, message: "KPI {{id}} has no cadence", select: { kind: KPI }, assert: { cadence: { present: true } } }
      `),
      'kpis.yaml': kpi,
    });
    const minimal = await runCli(['lint', '--preset', 'minimal'], { cwd: dir });
    expect(minimal.code).toBe(0); // only the custom rule's warning is left
    const strict = await runCli(['lint', '--preset', 'strict', '--rule', 'acme-kpi-cadence=off'], { cwd: dir });
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('kpi-no-stage');
    expect(strict.stdout).not.toContain('acme-kpi-cadence');
    expect(minimal.stdout).toContain('acme-kpi-cadence');
    const typo = await runCli(['lint', '--rule', 'acme-kpi-cadense=off'], { cwd: dir });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('did you mean `acme-kpi-cadence`');
  });
});

import { describe, expect, it } from 'vitest';
import { yaml } from '../helpers/plan.js';
import { lintWith, where, words } from './helpers.js';

const kpis = yaml`
  kind: KPI
  id: visits
  name: Visits
  ---
  kind: KPI
  id: signups
  name: Sign-ups
`;

/** A plugin module exporting one rule that reports every KPI. */
const everyKpi = (id: string, exportLine = 'export const rules = [rule];') => `
const rule = {
  meta: {
    id: '${id}',
    severity: 'warn',
    category: 'kpis',
    description: { en: 'Every KPI is reported.' },
    messages: { seen: { en: 'Saw KPI {{id}}.', ja: 'KPI {{id}} を確認しました。', hint: { en: 'Nothing to do.' } } },
  },
  check({ model, report }) {
    for (const kpi of model.ofKind('KPI')) report({ target: kpi, messageId: 'seen', data: { id: kpi.id } });
  },
};
${exportLine}
`;

const throwing = `
export default [{
  meta: { id: 'boom', severity: 'error', messages: { x: { en: 'x' } } },
  check() { throw new Error('cannot read budget of undefined'); },
}];
`;

describe('plugins (lint.plugins)', () => {
  it('load rules from a path relative to the plan root, run like built-in ones, in both languages', async () => {
    const r = await lintWith('plugins:\n  - ./rules/every-kpi.mjs', { 'kpis.yaml': kpis, 'rules/every-kpi.mjs': everyKpi('every-kpi') });
    expect(where(r.diagnostics, 'every-kpi')).toEqual(['kpis.yaml:2 every-kpi', 'kpis.yaml:6 every-kpi']);
    expect(words(r, 'en', 'every-kpi')[0]).toBe('Saw KPI visits. | Nothing to do.');
    expect(words(r, 'ja', 'every-kpi')[0]).toBe('KPI visits を確認しました。 | Nothing to do.');
  });

  it('accept `export default [...]`, `export default { rules }`, and .js files in a "type": "module" repo', async () => {
    const r = await lintWith('plugins:\n  - ./a.mjs\n  - ./b.mjs\n  - ./c.js', {
      'kpis.yaml': kpis,
      'package.json': '{ "type": "module" }',
      'a.mjs': everyKpi('rule-a', 'export default [rule];'),
      'b.mjs': everyKpi('rule-b', 'export default { rules: [rule] };'),
      'c.js': everyKpi('rule-c'),
    });
    expect(where(r.diagnostics, 'rule-a', 'rule-b', 'rule-c')).toHaveLength(6);
  });

  it('resolve npm packages from the plan root, including ESM-only packages', async () => {
    const r = await lintWith('plugins:\n  - "@acme/mplan-rules"', {
      'kpis.yaml': kpis,
      'node_modules/@acme/mplan-rules/package.json': JSON.stringify({ name: '@acme/mplan-rules', type: 'module', exports: { '.': { import: './src/index.js' } } }),
      'node_modules/@acme/mplan-rules/src/index.js': everyKpi('acme-every-kpi'),
    });
    expect(where(r.diagnostics, 'acme-every-kpi')).toHaveLength(2);
  });

  it('a rule that throws is a located error at its plugin entry; the other rules still run', async () => {
    const r = await lintWith('plugins:\n  - ./boom.mjs\n  - ./ok.mjs', { 'kpis.yaml': kpis, 'boom.mjs': throwing, 'ok.mjs': everyKpi('still-runs') });
    const crash = r.diagnostics.filter((d) => d.rule === 'rule-crashed');
    expect(crash.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.messageId}`)).toEqual(['mplan.yaml:7:7 error plugin-rule-crashed']);
    expect(words(r, 'en', 'rule-crashed')[0]).toMatch(/^Rule `boom` from plugin `\.\/boom\.mjs` failed on this plan \(cannot read budget of undefined\); the other rules still ran\. \| This is a bug in the plugin/);
    expect(where(r.diagnostics, 'still-runs')).toHaveLength(2);
    // built-in rules still run too
    expect(r.diagnostics.some((d) => d.rule === 'kpi-no-stage')).toBe(true);
  });

  it('an async check is reported as a crash of that rule, and its late findings are dropped', async () => {
    const asyncRule = `export const rules = [{
      meta: { id: 'late', severity: 'error', messages: { x: { en: 'late finding' } } },
      async check({ model, report }) { await null; for (const k of model.ofKind('KPI')) report({ target: k, messageId: 'x' }); },
    }];`;
    const r = await lintWith('plugins: [./late.mjs]', { 'kpis.yaml': kpis, 'late.mjs': asyncRule });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(where(r.diagnostics, 'late')).toEqual([]);
    expect(words(r, 'en', 'rule-crashed')[0]).toContain('check() returned a Promise; rules must check synchronously');
  });

  it('a plugin rule of the wrong shape is explained in the reader\'s language, what is wrong included', async () => {
    const r = await lintWith('plugins:\n  - ./bad-rule.mjs\n  - ./no-check.mjs', {
      'kpis.yaml': kpis,
      'bad-rule.mjs': 'export const rules = [{ meta: { id: "Bad Id" }, check() {} }];',
      'no-check.mjs': 'export const rules = [{ meta: { id: "no-check", severity: "warn", messages: { m: { en: "x" } } } }];',
    });
    expect(words(r, 'en', 'plugin-bad-rule').map((t) => t.split(' | ')[0])).toEqual([
      'Plugin `./bad-rule.mjs` exports a rule mplan cannot use: `meta.id` must be a kebab-case id (got "Bad Id").',
      'Plugin `./no-check.mjs` exports a rule mplan cannot use: rule `no-check` has no `check` function.',
    ]);
    expect(words(r, 'ja', 'plugin-bad-rule').map((t) => t.split(' | ')[0])).toEqual([
      'プラグイン `./bad-rule.mjs` のルールは mplan で使えない形です: `meta.id` はケバブケースの id にしてください（指定: "Bad Id"）。',
      'プラグイン `./no-check.mjs` のルールは mplan で使えない形です: ルール `no-check` に `check` 関数がありません。',
    ]);
  });

  it('a plugin that fails to load is a located config error at its entry; the other plugins still load', async () => {
    const r = await lintWith('plugins:\n  - ./missing.mjs\n  - ./broken.mjs\n  - ./empty.mjs\n  - ./bad-rule.mjs\n  - not-installed-pkg\n  - ./ok.mjs', {
      'kpis.yaml': kpis,
      'broken.mjs': 'export const rules = [ {;',
      'empty.mjs': 'export const nothing = 1;',
      'bad-rule.mjs': 'export const rules = [{ meta: { id: "Bad Id" }, check() {} }];',
      'ok.mjs': everyKpi('ok-rule'),
    });
    const errs = r.diagnostics.filter((d) => d.file === 'mplan.yaml' && d.rule.startsWith('plugin-'));
    expect(errs.map((d) => `${d.line}:${d.column} ${d.rule} ${d.severity}`)).toEqual([
      '7:7 plugin-not-found error',
      '8:7 plugin-load-failed error',
      '9:7 plugin-no-rules error',
      '10:7 plugin-bad-rule error',
      '11:7 plugin-package-not-found error',
    ]);
    const en = words(r, 'en', 'plugin-not-found', 'plugin-load-failed', 'plugin-package-not-found');
    expect(en[0]).toMatch(/^Plugin `\.\/missing\.mjs` was not found/);
    expect(en[1]).toMatch(/^Plugin `\.\/broken\.mjs` could not be loaded: \S.*[^.]\. \| Fix the error/);
    expect(en[2]).toContain('npm install --save-dev not-installed-pkg');
    expect(words(r, 'ja', 'plugin-no-rules')[0]).toMatch(/^プラグイン `\.\/empty\.mjs` はルールをエクスポートしていません。/);
    expect(where(r.diagnostics, 'ok-rule')).toHaveLength(2);
  });

  it('a plugin rule may not take the id of a built-in or custom rule', async () => {
    const r = await lintWith(
      yaml`
        custom:
          - { id: mine, severity: warn, message: x, select: { kind: KPI }, assert: { name: { present: true } } }
        plugins:
          - ./a.mjs
          - ./b.mjs
      `,
      { 'kpis.yaml': kpis, 'a.mjs': everyKpi('kpi-no-stage'), 'b.mjs': everyKpi('mine') },
    );
    expect(r.diagnostics.filter((d) => d.rule === 'plugin-id-clash').map((d) => `${d.line} ${d.data.rule}`)).toEqual(['9 kpi-no-stage', '10 mine']);
  });
});

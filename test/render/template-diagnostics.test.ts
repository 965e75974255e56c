// A template problem is a Diagnostic like every other finding (rule, severity,
// file, line, column, message id, data, hint id), whether `render --check`,
// `render` or `lint` finds it: the pipeline adds lint's template findings to
// the rest as they come, and both commands word them alike.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { MplanError } from '../../src/diagnostics/error.js';
import type { Diagnostic } from '../../src/diagnostics/types.js';
import { checkRepoTemplates } from '../../src/render/check.js';
import type { CheckTemplatesResult } from '../../src/render/check.js';
import { TemplateError } from '../../src/render/engine.js';
import { runCli } from '../helpers/cli.js';
import { writePlan } from '../helpers/plan.js';

const TYPO = 'Budget: {{plan.budgt.amount}}\n';
const FIELD = 'render-template-unknown-field';

describe('template problems are Diagnostics', () => {
  it('lint gets them located relative to the plan root, in the shape every finding has', async () => {
    expectTypeOf<CheckTemplatesResult['diagnostics']>().toEqualTypeOf<Diagnostic[]>();
    const dir = writePlan({ 'templates/en/kpis.md.hbs': TYPO });
    const data = { field: 'plan.budgt', suggestion: 'plan.budget' };
    expect(await checkRepoTemplates(dir)).toEqual([
      { rule: FIELD, severity: 'error', file: 'templates/en/kpis.md.hbs', line: 1, column: 11, messageId: FIELD, data, hintId: `${FIELD}.hint`, hintData: data },
    ]);
  });

  it('a template that fails to compile, and a usage error found at a place, convert to that shape', () => {
    const detail = { detail: 'Expecting ID' };
    expect(new TemplateError('render-template-syntax', '/plan/templates/t.hbs', 3, 4, detail).toDiagnostic()).toEqual({
      rule: 'render-template-syntax',
      severity: 'error',
      file: '/plan/templates/t.hbs',
      line: 3,
      column: 4,
      messageId: 'render-template-syntax',
      data: detail,
      hintId: 'render-template-syntax.hint',
      hintData: detail,
    });
    const plugin = { plugin: './rules.mjs', path: '/plan/rules.mjs' };
    expect(new MplanError('plugin-not-found', plugin).toDiagnostic({ file: 'mplan.yaml', line: 7, column: 5 })).toEqual({
      rule: 'plugin-not-found',
      severity: 'error',
      file: 'mplan.yaml',
      line: 7,
      column: 5,
      messageId: 'plugin-not-found',
      data: plugin,
      hintId: 'plugin-not-found.hint',
      hintData: plugin,
    });
  });

  for (const lang of ['en', 'ja']) {
    it(`render --check and lint say the same about a broken repo template (${lang})`, async () => {
      const dir = writePlan({ 'templates/en/kpis.md.hbs': TYPO, 'templates/ja/kpis.md.hbs': TYPO });
      const lint = await runCli(['lint', '--preset', 'minimal', '--format', 'json', '--lang', lang], { cwd: dir });
      const found = (JSON.parse(lint.stdout) as { diagnostics: Array<Diagnostic & { message: string; hint: string }> }).diagnostics;
      expect(found.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`)).toEqual([`templates/en/kpis.md.hbs:1:11 ${FIELD}`, `templates/ja/kpis.md.hbs:1:11 ${FIELD}`]);
      const check = await runCli(['render', '--check', '--lang', lang], { cwd: dir });
      expect(check.code).toBe(1);
      for (const d of found) expect(check.stderr).toContain(`${d.file}:${d.line}:${d.column}  ${d.message}\n  ${d.hint}\n`);
    });
  }
});

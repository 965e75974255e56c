import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { writePlan } from '../helpers/plan.js';

async function lintJson(dir: string) {
  const r = await runCli(['lint', '--format', 'json', '--preset', 'minimal'], { cwd: dir });
  return { code: r.code, result: JSON.parse(r.stdout) };
}

describe('mplan lint checks the plan repo’s own templates', () => {
  it('a misspelled field in a repo template is a located error', async () => {
    const dir = writePlan({ 'templates/en/kpis.md.hbs': '# KPIs\n\nPlan: {{plan.nmae}}\n' });
    const { code, result } = await lintJson(dir);
    expect(code).toBe(1);
    const found = result.diagnostics.filter((d: { file: string }) => d.file.startsWith('templates/'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: 'templates/en/kpis.md.hbs', line: 3, severity: 'error' });
    expect(found[0].message).toContain('nmae');
  });

  it('a correct override passes', async () => {
    const dir = writePlan({ 'templates/en/kpis.md.hbs': '# KPIs\n\nPlan: {{plan.name}}\n' });
    const { code, result } = await lintJson(dir);
    expect(code).toBe(0);
    expect(result.diagnostics).toEqual([]);
  });
});

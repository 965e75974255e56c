import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { writePlan } from '../helpers/plan.js';

async function lintJson(dir: string) {
  const out: string[] = [];
  const io = { stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => out.push(s) }, cwd: dir, env: {} };
  const code = await main(['lint', '--format', 'json', '--preset', 'minimal'], io);
  return { code, result: JSON.parse(out.join('')) };
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

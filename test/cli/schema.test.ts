// `mplan schema` works on the plan root, like every command: the editor
// settings `mplan init` writes point at <root>/.mplan/schemas.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writePlan } from '../helpers/plan.js';
import { runCli } from '../helpers/cli.js';

describe('mplan schema', () => {
  it('run from a folder inside the plan, writes to the plan root', async () => {
    const dir = writePlan({ 'kpis/a.yaml': 'kind: KPI\nid: kpi-a\nname: A\n' });
    const r = await runCli(['schema'], { cwd: path.join(dir, 'kpis') });
    expect(r.code).toBe(0);
    expect(existsSync(path.join(dir, '.mplan', 'schemas', 'mplan.schema.json'))).toBe(true);
    expect(existsSync(path.join(dir, 'kpis', '.mplan'))).toBe(false);
    expect(r.stdout).toContain('../.mplan/schemas/mplan.schema.json');
  });

  it('takes the plan folder as an argument, and --out as given', async () => {
    const dir = writePlan({});
    mkdirSync(path.join(dir, 'elsewhere'));
    expect((await runCli(['schema', dir], { cwd: '/' })).code).toBe(0);
    expect(existsSync(path.join(dir, '.mplan', 'schemas', 'mplan.schema.json'))).toBe(true);
    expect((await runCli(['schema', '--out', 'out'], { cwd: path.join(dir, 'elsewhere') })).code).toBe(0);
    expect(existsSync(path.join(dir, 'elsewhere', 'out', 'mplan.schema.json'))).toBe(true);
  });
});

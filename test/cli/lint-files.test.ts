// `mplan lint FILE...`: editors and pre-commit hooks pass the files that
// changed. The whole plan is checked (findings cross files) and only those
// files' findings are shown.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writePlan } from '../helpers/plan.js';
import { runCli } from '../helpers/cli.js';

/** Only kpi-no-stage, so every KPI here has exactly one finding. */
const PLAN = 'kind: Plan\nid: p\nname: P\nversion: 1\nlint: { extends: mplan:minimal, rules: { kpi-no-stage: error } }\n';

const kpi = (id: string) => `kind: KPI\nid: ${id}\nname: ${id}\n`;

function plan(): string {
  return writePlan({ 'mplan.yaml': PLAN, 'kpis/a.yaml': kpi('kpi-a'), 'kpis/b.yaml': kpi('kpi-b'), 'kpis/c.yaml': kpi('kpi-c'), 'journeys/ok.yaml': 'kind: Journey\nid: buy\nname: Buying\nstages:\n  - id: visit\n    name: Visit\n' });
}

async function files(args: string[], cwd: string): Promise<{ code: number; files: string[]; stderr: string }> {
  const r = await runCli(['lint', ...args, '--format', 'json'], { cwd });
  const json = r.stdout ? (JSON.parse(r.stdout) as { diagnostics: Array<{ file: string }> }) : { diagnostics: [] };
  return { code: r.code, files: json.diagnostics.map((d) => d.file), stderr: r.stderr };
}

describe('mplan lint FILE', () => {
  it('lints the plan the file belongs to and shows only that file’s findings', async () => {
    const dir = plan();
    const r = await files(['kpis/a.yaml'], dir);
    expect(r.stderr).toBe('');
    expect(r.files).toEqual(['kpis/a.yaml']);
    expect(r.code).toBe(1);
  });

  it('takes several files, named from any folder', async () => {
    const dir = plan();
    const r = await files([path.join(dir, 'kpis/a.yaml'), path.join(dir, 'kpis/c.yaml')], '/');
    expect(r.files).toEqual(['kpis/a.yaml', 'kpis/c.yaml']);
    const sub = await files(['a.yaml', '../journeys/ok.yaml'], path.join(dir, 'kpis'));
    expect(sub.files).toEqual(['kpis/a.yaml']);
  });

  it('exits 0 when the named files are clean, whatever the rest of the plan holds', async () => {
    const dir = plan();
    const r = await files(['journeys/ok.yaml'], dir);
    expect(r.files).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('says the named files are clean, not the whole plan (another file has an error)', async () => {
    const dir = plan();
    const r = await runCli(['lint', 'journeys/ok.yaml'], { cwd: dir, env: { NO_COLOR: '1' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No problems found in 1 file (1 entity).');
    const json = JSON.parse((await runCli(['lint', 'journeys/ok.yaml', '--format', 'json'], { cwd: dir })).stdout) as { summary: { files: number; entities: number } };
    expect(json.summary).toMatchObject({ files: 1, entities: 1 });
  });

  it('a file that does not exist is a usage error', async () => {
    const dir = plan();
    const r = await runCli(['lint', 'kpis/nope.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('kpis/nope.yaml does not exist');
  });
});

// Everything the CLI says is in the plan's language (its `locale:`), argument
// errors included, unless --lang says otherwise; `init --locale ja` speaks
// the language of the plan it starts.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writePlan } from '../helpers/plan.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

const JA_PLAN = 'kind: Plan\nid: p\nname: P\nversion: 1\nlocale: ja\n';
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

function jaPlan(files: Record<string, string> = {}): string {
  return writePlan({ 'mplan.yaml': JA_PLAN, ...files });
}

/** The message is Japanese and carries no English sentence. */
function expectJapanese(s: string): void {
  expect(s).toMatch(JAPANESE);
  expect(s).not.toMatch(/\b(is not|Invalid value|does not|did you mean|There is no|error:|use error)\b/);
}

describe('argument errors in the plan’s language', () => {
  for (const args of [
    ['lint', '--format', 'foo'],
    ['lint', '--rule', 'x=eror'],
    ['lint', '--rule', 'kpi-no-stag=off'],
    ['lint', '--fail-on', 'x'],
    ['lint', '--max-warnings', 'many'],
    ['lint', '--nope'],
    ['lint', '--prune-baseline'],
    ['diff', '--bad-rev'],
    ['render', 'rfp', 'nope'],
    ['render', 'kpis', '--date', '1 April'],
    ['render', 'report', 'a', 'b'],
  ]) {
    it(`mplan ${args.join(' ')}`, async () => {
      const r = await runCli(args, { cwd: jaPlan() });
      expect(r.code).toBe(2);
      expectJapanese(r.stderr);
    });
  }

  it('the plan named on the command line counts, not only the current folder', async () => {
    const dir = jaPlan();
    const r = await runCli(['lint', dir, '--format', 'foo'], { cwd: '/' });
    expect(r.code).toBe(2);
    expectJapanese(r.stderr);
  });

  it('--lang en still wins', async () => {
    const r = await runCli(['lint', '--format', 'foo', '--lang', 'en'], { cwd: jaPlan() });
    expect(r.stderr).toContain('`foo` is not a format');
  });
});

describe('command output in the plan’s language', () => {
  it('fmt --check', async () => {
    const dir = jaPlan({ 'kpis/a.yaml': 'name: A\nid: kpi-a\nkind: KPI\n' });
    const r = await runCli(['fmt', '--check'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('整形が必要です');
    expect(r.stdout).not.toMatch(/not formatted|need/);
  });

  it('init --locale ja', async () => {
    const dir = path.join(tempDir('mplan-init-'), 'plan');
    const r = await runCli(['init', dir, '--locale', 'ja'], { cwd: '/' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('ひな形の計画を作成しました');
  });
});

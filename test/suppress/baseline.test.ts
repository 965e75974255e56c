import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { Repo } from '../helpers/repo.js';
import { PLAN } from '../helpers/repo-plan.js';

type Finding = { rule: string; entity?: string; severity: string; file: string; line: number; hint?: string; related?: Array<{ file: string; line: number; message?: string }> };
const findings = (stdout: string): Finding[] => {
  const j = JSON.parse(stdout) as Finding[] | { diagnostics?: Finding[]; findings?: Finding[] };
  return Array.isArray(j) ? j : (j.diagnostics ?? j.findings ?? []);
};
const KPIS = PLAN['kpis/kpis.yaml']!;

describe('mplan lint --since', () => {
  test('reports only findings that do not exist at the revision, whatever moved above them', async () => {
    const r = new Repo().write(PLAN);
    r.commit('one');
    // Lines added above kpi-calls (whose missing owner is an old finding), and a new gap.
    r.write({
      'kpis/kpis.yaml': `# Our KPIs\n# (reviewed weekly)\n\n${KPIS}`,
      'initiatives/expo.yaml': PLAN['initiatives/expo.yaml']!.replace('accountable: cmo\n', ''),
    });
    const all = findings((await runCli(['lint', '--format', 'json'], { cwd: r.dir })).stdout);
    expect(all.some((d) => d.rule === 'kpi-no-owner' && d.entity === 'kpi-calls')).toBe(true);
    const res = await runCli(['lint', '--since', 'main', '--format', 'json', '--fail-on', 'warn'], { cwd: r.dir });
    expect(res.stderr).toBe('');
    const fresh = findings(res.stdout);
    expect(fresh.map((d) => `${d.rule} ${d.entity}`)).toEqual(['initiative-no-accountable ini-expo']);
    expect(res.code).toBe(1);
    // Nothing new since the working tree's own state once committed.
    r.commit('two');
    const none = await runCli(['lint', '--since', 'HEAD', '--format', 'json', '--fail-on', 'info'], { cwd: r.dir });
    expect(findings(none.stdout)).toEqual([]);
    expect(none.code).toBe(0);
  });

  test('a revision the clone does not have: exit 2', async () => {
    const r = new Repo().write(PLAN);
    r.commit('one');
    const res = await runCli(['lint', '--since', 'v9.9'], { cwd: r.dir });
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('`v9.9` is not in this repository');
  });
});

describe('lint baselines', () => {
  test('write, then hold: old findings hidden even after edits above them; new ones shown', async () => {
    const r = new Repo().write(PLAN);
    const w = await runCli(['lint', '--write-baseline', 'mplan-baseline.json'], { cwd: r.dir });
    expect(w.code).toBe(0);
    expect(w.stderr).toMatch(/Wrote \d+ findings to the baseline mplan-baseline.json/);
    const file = path.join(r.dir, 'mplan-baseline.json');
    const first = readFileSync(file, 'utf8');
    const parsed = JSON.parse(first) as { findings: Array<{ rule: string; entity?: string; hash: string; file: string; line: number; message?: string }> };
    const entry = parsed.findings.find((e) => e.rule === 'kpi-no-owner' && e.entity === 'kpi-calls')!;
    expect(entry).toMatchObject({ file: 'kpis/kpis.yaml', line: 12 });
    expect(entry.hash).toMatch(/^[0-9a-f]{16}$/);
    expect(entry.message).toContain('kpi-calls');
    // Deterministic: writing again gives the same bytes.
    await runCli(['lint', '--write-baseline', 'mplan-baseline.json'], { cwd: r.dir });
    expect(readFileSync(file, 'utf8')).toBe(first);

    const held = await runCli(['lint', '--baseline', 'mplan-baseline.json', '--format', 'json', '--fail-on', 'info'], { cwd: r.dir });
    expect(findings(held.stdout)).toEqual([]);
    expect(held.code).toBe(0);

    r.write({ 'kpis/kpis.yaml': `# moved down\n\n\n${KPIS}`, 'initiatives/expo.yaml': PLAN['initiatives/expo.yaml']!.replace('accountable: cmo\n', '') });
    const after = await runCli(['lint', '--baseline', 'mplan-baseline.json', '--format', 'json', '--fail-on', 'warn'], { cwd: r.dir });
    expect(findings(after.stdout).map((d) => `${d.rule} ${d.entity}`)).toEqual(['initiative-no-accountable ini-expo']);
    expect(after.code).toBe(1);
  });

  test('stale entries are reported in the baseline file and --prune-baseline removes them', async () => {
    const r = new Repo().write(PLAN);
    await runCli(['lint', '--write-baseline', 'mplan-baseline.json'], { cwd: r.dir });
    const file = path.join(r.dir, 'mplan-baseline.json');
    const before = JSON.parse(readFileSync(file, 'utf8')) as { findings: Array<{ rule: string; entity?: string }> };
    // Fix the gap: kpi-calls gets an owner.
    r.write({ 'kpis/kpis.yaml': KPIS.replace('stage: expo/follow-up\n', 'stage: expo/follow-up\nowner: cmo\n') });
    const res = await runCli(['lint', '--baseline', 'mplan-baseline.json', '--format', 'json'], { cwd: r.dir });
    const stale = findings(res.stdout).filter((d) => d.rule === 'baseline-stale');
    expect(stale).toHaveLength(1);
    expect(stale[0]).toMatchObject({ severity: 'warn', file: 'mplan-baseline.json' });
    const lines = readFileSync(file, 'utf8').split('\n');
    // The warning points at the entry itself.
    const at = lines.slice(stale[0]!.line - 1, stale[0]!.line + 3).join('\n');
    expect(at).toContain('"rule": "kpi-no-owner"');
    expect(at).toContain('"entity": "kpi-calls"');
    expect(res.code).toBe(0);

    const pruned = await runCli(['lint', '--baseline', 'mplan-baseline.json', '--prune-baseline', '--format', 'json'], { cwd: r.dir });
    expect(pruned.stderr).toContain('Removed 1 stale entries');
    expect(findings(pruned.stdout).filter((d) => d.rule === 'baseline-stale')).toEqual([]);
    const afterPrune = JSON.parse(readFileSync(file, 'utf8')) as { findings: Array<{ rule: string; entity?: string }> };
    expect(afterPrune.findings).toHaveLength(before.findings.length - 1);
    expect(afterPrune.findings.some((e) => e.rule === 'kpi-no-owner' && e.entity === 'kpi-calls')).toBe(false);
    const again = await runCli(['lint', '--baseline', 'mplan-baseline.json', '--format', 'json'], { cwd: r.dir });
    expect(findings(again.stdout).filter((d) => d.rule === 'baseline-stale')).toEqual([]);
  });

  test('YAML baselines; a missing baseline file is a usage error', async () => {
    // The baseline sits outside the plan folder (a YAML file inside it would be read as a plan file).
    const nested: Record<string, string> = {};
    for (const [k, v] of Object.entries(PLAN)) nested[`plan/${k}`] = v;
    const r = new Repo().write(nested);
    await runCli(['lint', 'plan', '--write-baseline', 'ci/baseline.yaml'], { cwd: r.dir });
    const text = readFileSync(path.join(r.dir, 'ci/baseline.yaml'), 'utf8');
    expect(text).toMatch(/^mplan-baseline: 1\nfindings:\n {2}- rule: /);
    const held = await runCli(['lint', 'plan', '--baseline', 'ci/baseline.yaml', '--format', 'json'], { cwd: r.dir });
    expect(findings(held.stdout)).toEqual([]);
    const missing = await runCli(['lint', 'plan', '--baseline', 'nope.json'], { cwd: r.dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Could not read the baseline file nope.json');
    writeFileSync(path.join(r.dir, 'bad.json'), '{"findings": 3}');
    const bad = await runCli(['lint', 'plan', '--baseline', 'bad.json'], { cwd: r.dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('bad.json is not an mplan baseline');
  });

  test('debt with a date and an owner: held until the date, then an error naming the owner', async () => {
    const r = new Repo().write(PLAN);
    await runCli(['lint', '--write-baseline', 'mplan-baseline.json'], { cwd: r.dir });
    const file = path.join(r.dir, 'mplan-baseline.json');
    const data = JSON.parse(readFileSync(file, 'utf8')) as { findings: Array<Record<string, unknown>> };
    const e = data.findings.find((x) => x.rule === 'kpi-no-owner' && x.entity === 'kpi-calls')!;
    Object.assign(e, { until: '2027-06-30', owner: 'cmo', reason: 'owner chosen after the re-org' });
    writeFileSync(file, JSON.stringify(data, null, 2));

    const onTheDay = await runCli(['lint', '--baseline', 'mplan-baseline.json', '--format', 'json'], { cwd: r.dir, env: { MPLAN_TODAY: '2027-06-30' } });
    expect(findings(onTheDay.stdout)).toEqual([]);
    expect(onTheDay.code).toBe(0);

    const dayAfter = await runCli(['lint', '--baseline', 'mplan-baseline.json', '--format', 'json'], { cwd: r.dir, env: { MPLAN_TODAY: '2027-07-01' } });
    const back = findings(dayAfter.stdout);
    expect(back).toHaveLength(1);
    expect(back[0]).toMatchObject({ rule: 'kpi-no-owner', entity: 'kpi-calls', severity: 'error', file: 'kpis/kpis.yaml' });
    expect(back[0]!.hint).toContain('`cmo` owns this');
    expect(back[0]!.related?.[0]).toMatchObject({ file: 'mplan-baseline.json' });
    expect(back[0]!.related?.[0]!.message).toContain('until 2027-06-30');
    expect(dayAfter.code).toBe(1);

    // Re-writing the baseline keeps the debt's date, owner and reason.
    await runCli(['lint', '--write-baseline', 'mplan-baseline.json'], { cwd: r.dir, env: { MPLAN_TODAY: '2027-07-01' } });
    const kept = JSON.parse(readFileSync(file, 'utf8')) as { findings: Array<Record<string, unknown>> };
    expect(kept.findings.find((x) => x.entity === 'kpi-calls' && x.rule === 'kpi-no-owner')).toMatchObject({ until: '2027-06-30', owner: 'cmo', reason: 'owner chosen after the re-org' });

    const bad = await runCli(['lint', '--baseline', 'mplan-baseline.json'], { cwd: r.dir, env: { MPLAN_TODAY: '1 July' } });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('MPLAN_TODAY');
  });

  test('inline suppression with until and owner', async () => {
    const kpis = KPIS.replace('kind: KPI\nid: kpi-calls', 'kind: KPI\n# mplan-disable-next-line kpi-no-owner -- owner chosen after the re-org (until: 2027-06-30, owner: cmo)\nid: kpi-calls');
    const r = new Repo().write({ ...PLAN, 'kpis/kpis.yaml': kpis });
    const ok = await runCli(['lint', '--format', 'json'], { cwd: r.dir, env: { MPLAN_TODAY: '2027-06-30' } });
    expect(findings(ok.stdout).filter((d) => d.entity === 'kpi-calls' && d.rule === 'kpi-no-owner')).toEqual([]);
    expect(findings(ok.stdout).filter((d) => d.rule.startsWith('suppression-'))).toEqual([]);
    const late = await runCli(['lint', '--format', 'json'], { cwd: r.dir, env: { MPLAN_TODAY: '2027-07-01' } });
    const back = findings(late.stdout).filter((d) => d.entity === 'kpi-calls' && d.rule === 'kpi-no-owner');
    expect(back).toHaveLength(1);
    expect(back[0]).toMatchObject({ severity: 'error' });
    expect(back[0]!.hint).toContain('`cmo` owns this');
    expect(back[0]!.related?.[0]).toMatchObject({ file: 'kpis/kpis.yaml', line: 12 });
    expect(late.code).toBe(1);
    const ja = await runCli(['lint', '--lang', 'ja', '--format', 'json'], { cwd: r.dir, env: { MPLAN_TODAY: '2027-07-01' } });
    expect(findings(ja.stdout).find((d) => d.rule === 'kpi-no-owner' && d.entity === 'kpi-calls')!.hint).toContain('担当は `cmo` です');
  });

  test('an owner that is not a role, and a date that is not a date, are reported', async () => {
    const kpis = KPIS.replace('kind: KPI\nid: kpi-calls', 'kind: KPI\n# mplan-disable-next-line kpi-no-owner -- later (until: someday, owner: nobody)\nid: kpi-calls');
    const r = new Repo().write({ ...PLAN, 'kpis/kpis.yaml': kpis });
    const res = findings((await runCli(['lint', '--format', 'json'], { cwd: r.dir })).stdout);
    expect(res).toContainEqual(expect.objectContaining({ rule: 'suppression-bad-until', file: 'kpis/kpis.yaml', line: 12 }));
    expect(res).toContainEqual(expect.objectContaining({ rule: 'debt-owner-unknown', file: 'kpis/kpis.yaml', line: 12 }));
  });
});

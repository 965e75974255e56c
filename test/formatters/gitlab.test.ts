import { describe, expect, it } from 'vitest';
import gitlab from '../../src/formatters/gitlab.js';
import { expectGolden, fixtureDiagnostics, makeContext } from './context.js';

function run(lang: 'en' | 'ja' = 'en', diagnostics = fixtureDiagnostics(lang)) {
  return gitlab(diagnostics, makeContext(diagnostics, { lang }));
}

describe('gitlab formatter', () => {
  it('matches the golden output (en and ja)', () => {
    expectGolden('gitlab.en.json', run('en'));
    expectGolden('gitlab.ja.json', run('ja'));
  });

  it('is a Code Quality array with the fields GitLab requires', () => {
    const issues = JSON.parse(run('en')) as Array<Record<string, any>>;
    expect(issues).toHaveLength(5);
    for (const i of issues) {
      expect(typeof i.description).toBe('string');
      expect(i.description.length).toBeGreaterThan(0);
      expect(typeof i.check_name).toBe('string');
      expect(i.fingerprint).toMatch(/^[0-9a-f]{64}$/);
      expect(['blocker', 'critical', 'major', 'minor', 'info']).toContain(i.severity);
      expect(typeof i.location.path).toBe('string');
      expect(Number.isInteger(i.location.lines.begin)).toBe(true);
    }
    expect(issues.map((i) => i.severity)).toEqual(['minor', 'major', 'major', 'info', 'info']);
    expect(issues[1]!.location).toEqual({ path: 'plan/kpis/dup.yaml', lines: { begin: 2, end: 2 } });
    expect(issues[4]!.location.path).toBe('plan/tools/odd, name: 100%.yaml');
    expect(issues[2]!.description).toBe('KPI `kpi-store-visits` is not mapped to any journey stage. Add `stage: <journey>/<stage>`.');
  });

  it('fingerprints are unique and do not depend on the line', () => {
    const ds = fixtureDiagnostics('en');
    const a = (JSON.parse(run('en', ds)) as Array<{ fingerprint: string }>).map((i) => i.fingerprint);
    const b = (JSON.parse(run('en', ds.map((d) => ({ ...d, line: d.line + 3 })))) as Array<{ fingerprint: string }>).map((i) => i.fingerprint);
    expect(new Set(a).size).toBe(a.length);
    expect(b).toEqual(a);
  });

  it('a clean plan is an empty array', () => {
    expect(run('en', [])).toBe('[]\n');
  });
});

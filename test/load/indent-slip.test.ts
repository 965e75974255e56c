// One slip of indentation is one located message about indentation, not a
// flood of "colon followed by a space" errors on the lines after it.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { writePlan, yaml } from '../helpers/plan.js';

const plan = yaml`
  kind: Plan
  id: p
  name: P
  version: 1
  period:
    start: 2026-01-01
    end: 2026-12-31
  roadmap:
    phases:
      - id: phase-0
        name: Zero
        start: 2026-01-01
        end: 2026-03-31
     - id: phase-1
        name: One
        start: 2026-04-01
        end: 2026-06-30
`;

describe('a list item indented to no block above it', () => {
  for (const lang of ['en', 'ja'] as const) {
    it(`${lang}: one finding at the line, naming the indentation it should have`, async () => {
      const r = await runCli(['validate', '--format', 'json', '--lang', lang], { cwd: writePlan({ 'mplan.yaml': plan }) });
      const ds = (JSON.parse(r.stdout) as { diagnostics: Array<{ rule: string; line: number; column: number; message: string; hint: string }> }).diagnostics;
      expect(ds.map((d) => [d.rule, d.line, d.column])).toEqual([['yaml-syntax', 14, 4]]);
      if (lang === 'en') {
        expect(ds[0]!.message).toBe('This line is indented by 3 spaces, but the lines it belongs with (like line 10) are indented by 4 spaces.');
        expect(ds[0]!.hint).toContain('Indent it by 4 spaces');
      } else {
        expect(ds[0]!.message).toBe('この行の字下げはスペース 3 個ですが、同じまとまりの行（10 行目など）は 4 個です。');
        expect(ds[0]!.hint).toContain('スペース 4 個で字下げ');
      }
      expect(r.stderr).toBe('');
    });
  }

  it('a colon inside a value is still told as a colon', async () => {
    const bad = 'kind: Goal\nid: g\nname: Attends: a webinar\n';
    const r = await runCli(['validate', '--format', 'json'], { cwd: writePlan({ 'goals/g.yaml': bad }) });
    const ds = (JSON.parse(r.stdout) as { diagnostics: Array<{ messageId: string }> }).diagnostics;
    expect(ds.map((d) => d.messageId)).toContain('yaml-colon-in-value');
  });
});

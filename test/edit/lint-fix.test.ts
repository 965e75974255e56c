import { chmodSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { snapshotFiles } from '../helpers/examples.js';
import { MINIMAL_PLAN, writePlan, yaml } from '../helpers/plan.js';

/** `mplan lint --fix`: the safe fixes of src/edit/fixes.ts applied in the files, ESLint's way (src/app/fix.ts). */

const TEAM = yaml`
  kind: Role
  id: marketing-lead
  name: Marketing lead
  type: internal
  ---
  kind: Role
  id: sales-lead-a
  name: Sales lead A
  type: internal
  ---
  kind: Role
  id: sales-lead-b
  name: Sales lead B
  type: internal
`;

/** One plan with each mistake --fix knows, safe or not. */
const KPIS = [
  '# Our KPIs',
  'kind: KPI',
  'id: kpi-leads',
  'name: Leads',
  'owner: "markting-lead"   # who reports it',
  'cadence：weekly',
  '---',
  'kind: KPI',
  'id: kpi-deals',
  'name: Deals',
  'owner: sales-lead-c      # a or b? two roles are as near',
  '---',
  'kind: KPI',
  'id: kpi-visits',
  'name:\u3000Visits',
  'baseline: { value: １２００, as_of: 2026-01-01 }',
  'target:',
  '  value: 2000',
  '\u3000\u3000by: 2027-03-31',
  '---',
  'kind: Tool',
  'id: crm',
  'name: CRM',
  '',
].join('\n');

/** KPIS with each safe fix applied, and only those: comments, quotes and layout stay. */
const FIXED = KPIS.replace('"markting-lead"', '"marketing-lead"')
  .replace('cadence：weekly', 'cadence: weekly')
  .replace('name:\u3000Visits', 'name: Visits')
  .replace('１２００', '1200')
  .replace('\u3000\u3000by', '  by');

const json = (stdout: string) =>
  (JSON.parse(stdout) as { diagnostics: Array<{ file: string; line: number; rule: string; messageId: string }> }).diagnostics.map(
    (d) => `${d.file}:${d.line} ${d.messageId}`,
  );

describe('mplan lint --fix', () => {
  it('fixes the safe mistakes in place, keeps comments and quotes, and leaves the rest', async () => {
    const dir = writePlan({ 'team.yaml': TEAM, 'kpis.yaml': KPIS });
    const r = await runCli(['lint', '--fix', '-f', 'json'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'kpis.yaml'), 'utf8')).toBe(FIXED);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('mplan fixed 5 problems in 1 file');
    expect(r.stderr).toContain('Change “markting-lead” to “marketing-lead”');
    const left = json(r.stdout);
    // Two roles are as near as `sales-lead-c`: which one was meant is the user's call.
    expect(left).toContain('kpis.yaml:11 ref-unresolved');
    // A missing field needs a value only the user knows; no finding is suppressed on their behalf.
    expect(left).toContain('kpis.yaml:22 schema-required');
    expect(left.some((d) => d.includes('yaml-fullwidth') || d.includes('fullwidth-digits'))).toBe(false);
    expect(readFileSync(path.join(dir, 'kpis.yaml'), 'utf8')).not.toContain('mplan-disable');
  });

  it('is idempotent: a second --fix changes nothing and reports what a plain lint run reports', async () => {
    const dir = writePlan({ 'team.yaml': TEAM, 'kpis.yaml': KPIS });
    await runCli(['lint', '--fix'], { cwd: dir });
    const once = snapshotFiles(dir);
    const again = await runCli(['lint', '--fix'], { cwd: dir });
    expect(snapshotFiles(dir)).toEqual(once);
    expect(again.stderr).toContain('found nothing to fix');
    const plain = await runCli(['lint'], { cwd: dir });
    expect(again.stdout).toBe(plain.stdout);
    expect(again.code).toBe(plain.code);
  });

  it('--fix-dry-run writes nothing and reports what --fix would leave', async () => {
    const dir = writePlan({ 'team.yaml': TEAM, 'kpis.yaml': KPIS });
    const before = snapshotFiles(dir);
    const dry = await runCli(['lint', '--fix-dry-run', '-f', 'json'], { cwd: dir });
    expect(snapshotFiles(dir)).toEqual(before);
    expect(dry.stderr).toContain('nothing was written');
    const other = writePlan({ 'team.yaml': TEAM, 'kpis.yaml': KPIS });
    const real = await runCli(['lint', '--fix', '-f', 'json'], { cwd: other });
    expect(json(dry.stdout)).toEqual(json(real.stdout));
  });

  it('does not apply a fix whose result has more errors than the plan had', async () => {
    // Two policies (errors) about the marketing lead's KPIs: naming the lead would add both.
    const policy = (id: string) => `
    - id: ${id}
      severity: error
      description: { en: "x", ja: "x" }
      message: { en: "KPI {{id}} breaks ${id}", ja: "KPI {{id}} は ${id} に反します" }
      select: { kind: KPI, where: { owner: marketing-lead } }
      assert: { cadence: [never] }`;
    const plan = `${MINIMAL_PLAN}lint:\n  custom:${policy('lead-policy-one')}${policy('lead-policy-two')}\n`;
    const kpi = 'kind: KPI\nid: kpi-leads\nname: Leads\nowner: markting-lead\n';
    const dir = writePlan({ 'mplan.yaml': plan, 'team.yaml': TEAM, 'kpis.yaml': kpi });
    const r = await runCli(['lint', '--fix', '-f', 'json'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'kpis.yaml'), 'utf8')).toBe(kpi);
    expect(r.stderr).toContain('found nothing to fix');
    expect(json(r.stdout)).toContain('kpis.yaml:4 ref-unresolved');
  });

  it('fixes only the files named on the command line', async () => {
    const dir = writePlan({ 'team.yaml': TEAM, 'kpis.yaml': KPIS, 'more.yaml': 'kind: KPI\nid: kpi-more\nname: More\nowner: markting-lead\n' });
    await runCli(['lint', '--fix', 'more.yaml'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'more.yaml'), 'utf8')).toContain('owner: marketing-lead');
    expect(readFileSync(path.join(dir, 'kpis.yaml'), 'utf8')).toBe(KPIS);
  });

  it('says what it fixed in Japanese', async () => {
    const dir = writePlan({ 'team.yaml': TEAM, 'kpis.yaml': KPIS });
    const r = await runCli(['lint', '--fix', '--lang', 'ja'], { cwd: dir });
    expect(r.stderr).toContain('mplan が 1 個のファイルで 5 件の問題を直しました');
    expect(r.stderr).toContain('「markting-lead」を「marketing-lead」に直す');
    expect(r.stderr).toContain('を半角で入力し直す');
  });

  it('keeps a byte order mark and Windows line ends', async () => {
    const crlf = '\ufeffkind: KPI\r\nid: kpi-leads\r\nname: Leads\r\nowner: markting-lead # who\r\n';
    const dir = writePlan({ 'team.yaml': TEAM, 'kpis.yaml': crlf });
    await runCli(['lint', '--fix'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'kpis.yaml'), 'utf8')).toBe(crlf.replace('markting-lead', 'marketing-lead'));
  });

  it('writes every fixed file or none: a read-only one stops the run before anything is written', async () => {
    const more = 'kind: KPI\nid: kpi-more\nname: More\nowner: markting-lead\n';
    const dir = writePlan({ 'team.yaml': TEAM, 'kpis.yaml': KPIS, 'more.yaml': more });
    chmodSync(path.join(dir, 'more.yaml'), 0o444);
    const r = await runCli(['lint', '--fix'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('more.yaml is read-only, so mplan did not change it.');
    expect(readFileSync(path.join(dir, 'kpis.yaml'), 'utf8')).toBe(KPIS);
    expect(readFileSync(path.join(dir, 'more.yaml'), 'utf8')).toBe(more);
  });

  it('fixes two misspelt ids in one flow list at once', async () => {
    const goals = 'kind: Goal\nid: grow-leads\nname: Grow leads\n---\nkind: Goal\nid: keep-customers\nname: Keep customers\n';
    const kpi = 'kind: KPI\nid: kpi-a\nname: A\ngoals: [grow-laeds, keep-custmers]   # both\n';
    const dir = writePlan({ 'team.yaml': TEAM, 'goals.yaml': goals, 'kpi.yaml': kpi });
    const r = await runCli(['lint', '--fix'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'kpi.yaml'), 'utf8')).toBe('kind: KPI\nid: kpi-a\nname: A\ngoals: [grow-leads, keep-customers]   # both\n');
    expect(r.stderr).toContain('mplan fixed 2 problems in 1 file');
  });
});

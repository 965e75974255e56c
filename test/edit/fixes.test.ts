import { describe, expect, it } from 'vitest';
import { computeFixes } from '../../src/edit/fixes.js';
import type { Fix } from '../../src/edit/fixes.js';
import { applyEdits } from '../../src/edit/text.js';
import type { CheckResult } from '../../src/app/pipeline.js';
import { check, yaml } from '../helpers/plan.js';
import type { PlanFiles } from '../helpers/plan.js';

/** The fixes offered for findings (src/edit/fixes.ts): what `--fix` applies and the editor offers. */

const ROLES = yaml`
  kind: Role
  id: marketing-lead
  name: Marketing lead
  type: internal
`;

async function fixesOf(files: PlanFiles): Promise<{ result: CheckResult; fixes: Array<{ id: string; line: number; fix: Fix }> }> {
  const result = await check(files, { lint: true });
  const ctx = { model: result.model, suppressible: new Set(result.rules.keys()), reason: 'why this is fine here' };
  const fixes = computeFixes(result.diagnostics, ctx).flatMap(({ diagnostic, fixes }) => fixes.map((fix) => ({ id: diagnostic.messageId, line: diagnostic.line, fix })));
  return { result, fixes };
}

function applied(files: PlanFiles, fix: Fix): PlanFiles {
  const file = fix.edits[0]!.file;
  return { ...files, [file]: applyEdits(files[file]!, fix.edits).text };
}

describe('fixes offered for findings', () => {
  it('a missing required field: its key added to the block, not safe (the value is the user’s)', async () => {
    const files = { 'team.yaml': ROLES, 'tools.yaml': '# tools\nkind: Tool\nid: crm   # our CRM\nname: CRM\n' };
    const { fixes } = await fixesOf(files);
    const f = fixes.find((x) => x.id === 'schema-required')!;
    expect(f.fix).toMatchObject({ messageId: 'fix-required-field', data: { field: 'category' }, safe: false });
    expect(applied(files, f.fix)['tools.yaml']).toBe('# tools\nkind: Tool\ncategory: \nid: crm   # our CRM\nname: CRM\n');
  });

  it('a missing field inside a list item goes into that item', async () => {
    const journey = yaml`
      kind: Journey
      id: buyer
      name: Buyer
      stages:
        - id: discover
          name: Discover
        - id: decide
    `;
    const files = { 'team.yaml': ROLES, 'journey.yaml': journey };
    const { fixes } = await fixesOf(files);
    const f = fixes.find((x) => x.id === 'schema-required' && x.fix.data.field === 'name')!;
    expect(applied(files, f.fix)['journey.yaml']).toContain('  - name: \n    id: decide\n');
    const after = await check(applied(files, f.fix));
    expect(after.diagnostics.filter((d) => d.severity === 'error' && d.messageId !== 'schema-type').map((d) => d.messageId)).toEqual([]);
  });

  it('suppress with a reason: a comment above the finding that turns it off, for any rule, not safe', async () => {
    const files = { 'team.yaml': ROLES, 'tools.yaml': 'kind: Tool\nid: crm\nname: CRM\ncategory: crm\n' };
    const { fixes } = await fixesOf(files);
    const f = fixes.find((x) => x.id === 'noOwner' && x.fix.messageId === 'fix-suppress')!;
    expect(f.fix.safe).toBe(false);
    const fixed = applied(files, f.fix);
    expect(fixed['tools.yaml']).toBe('kind: Tool\n# mplan-disable-next-line tool-no-owner -- why this is fine here\nid: crm\nname: CRM\ncategory: crm\n');
    const after = await check(fixed, { lint: true });
    expect(after.diagnostics.map((d) => d.rule)).not.toContain('tool-no-owner');
    expect(after.diagnostics.map((d) => d.rule)).not.toContain('suppression-unused');
    // File, schema and reference errors cannot be suppressed: no such fix is offered for them.
    expect(fixes.some((x) => x.id.startsWith('schema-') && x.fix.messageId === 'fix-suppress')).toBe(false);
  });

  it('a misspelt reference with two ids as near is offered both ways, neither safe', async () => {
    const roles = `${ROLES}---\nkind: Role\nid: marketing-leaf\nname: Leaf\ntype: internal\n`;
    const files = { 'team.yaml': roles, 'kpi.yaml': 'kind: KPI\nid: kpi-a\nname: A\nowner: marketing-lea\n' };
    const { fixes } = await fixesOf(files);
    const f = fixes.find((x) => x.id === 'ref-unresolved')!;
    expect(f.fix.safe).toBe(false);
  });

  it('a stage reference keeps its journey and changes only the stage', async () => {
    const journey = 'kind: Journey\nid: buyer\nname: Buyer\nstages:\n  - id: discover\n    name: Discover\n  - id: decide\n    name: Decide\n';
    const files = { 'team.yaml': ROLES, 'journey.yaml': journey, 'kpi.yaml': "kind: KPI\nid: kpi-a\nname: A\nstage: 'buyer/discovr'\n" };
    const { fixes } = await fixesOf(files);
    const f = fixes.find((x) => x.id === 'ref-stage-unresolved')!;
    expect(f.fix.safe).toBe(true);
    expect(applied(files, f.fix)['kpi.yaml']).toBe("kind: KPI\nid: kpi-a\nname: A\nstage: 'buyer/discover'\n");
  });

  it('a full-width indent that does not line up with any block above is offered, not safe', async () => {
    const kpi = 'kind: KPI\nid: kpi-a\nname: A\ntarget:\n  value: 2000\n\u3000by: 2027-03-31\n';
    const files = { 'team.yaml': ROLES, 'kpi.yaml': kpi };
    const { fixes } = await fixesOf(files);
    const f = fixes.find((x) => x.id === 'yaml-fullwidth-indent')!;
    expect(f.fix.safe).toBe(false);
    expect(applied(files, f.fix)['kpi.yaml']).toContain('\n by: 2027-03-31\n');
  });

  it('every edit range agrees with its offsets (editors use the range)', async () => {
    const kpi = 'kind: KPI\nid: kpi-a\nname: A\nowner: markting-lead\ncadence：weekly\n';
    const { fixes } = await fixesOf({ 'team.yaml': ROLES, 'kpi.yaml': kpi });
    expect(fixes.length).toBeGreaterThan(0);
    for (const { fix } of fixes) {
      for (const e of fix.edits.filter((x) => x.file === 'kpi.yaml')) {
        const lines = kpi.split('\n');
        const offset = (p: { line: number; column: number }) => lines.slice(0, p.line - 1).reduce((n, l) => n + l.length + 1, 0) + p.column - 1;
        expect([offset(e.range.start), offset(e.range.end)]).toEqual([e.start, e.end]);
      }
    }
  });
});

describe('the schema’s did-you-mean, as quick fixes', () => {
  it('a misspelt field name or allowed value is offered, not safe', async () => {
    const kpi = 'kind: KPI\nid: kpi-a\nname: A\nownr: marketing-lead   # typo\ndirection: increse\n';
    const files = { 'team.yaml': ROLES, 'kpi.yaml': kpi };
    const { fixes } = await fixesOf(files);
    const key = fixes.find((x) => x.id === 'schema-unknown-key')!;
    const value = fixes.find((x) => x.id === 'schema-enum')!;
    expect([key.fix.safe, value.fix.safe]).toEqual([false, false]);
    expect(applied(files, key.fix)['kpi.yaml']).toContain('\nowner: marketing-lead   # typo\n');
    expect(applied(files, value.fix)['kpi.yaml']).toContain('\ndirection: increase\n');
  });
});

describe('thousands commas in a flow map', () => {
  // 1,200,000 passes YAML (the validator tells it); 2,000,000 repeats `000`, a YAML error (the loader tells it).
  for (const n of ['1,200,000', '2,000,000']) {
    it(`\`{ value: ${n} }\` is joined into one number, safe; the rest of the line stays`, async () => {
      const kpi = `kind: KPI\nid: kpi-a\nname: A\nbaseline: { value: ${n}, as_of: 2026-01-01 }  # last year\n`;
      const files = { 'team.yaml': ROLES, 'kpi.yaml': kpi };
      const { fixes } = await fixesOf(files);
      const f = fixes.find((x) => x.id === 'yaml-comma-split')!;
      expect(f.fix).toMatchObject({ messageId: 'fix-thousands', data: { found: n, suggestion: n.replaceAll(',', '') }, safe: true });
      const fixed = applied(files, f.fix);
      expect(fixed['kpi.yaml']).toBe(kpi.replace(n, n.replaceAll(',', '')));
      const after = await check(fixed);
      expect(after.diagnostics.filter((d) => d.file === 'kpi.yaml' && d.severity === 'error')).toEqual([]);
    });
  }
});

/**
 * An id used by two documents is reported at both places. Across kinds (a
 * new Role `lstep` next to the Tool `lstep`) both entities stay in the model
 * and every reference resolves among the kind it expects, so nothing
 * cascades into ref-wrong-kind and nothing depends on the order of the files.
 */
import { describe, expect, it } from 'vitest';
import { check, yaml } from '../helpers/plan.js';

const TOOL = yaml`
  kind: Tool
  id: lstep
  name: L Step
  category: scrm
  owner: crm-lead
`;
const ROLE = yaml`
  kind: Role
  id: lstep
  name: L Step operator
  type: partner
  reports_to: crm-lead
`;
const USERS = yaml`
  kind: Role
  id: crm-lead
  name: CRM lead
  type: internal
  ---
  kind: Initiative
  id: line-welcome
  name: LINE welcome series
  tools: [lstep]
  accountable: crm-lead
  responsible: [lstep]
  ---
  kind: KPI
  id: kpi-line-friends
  name: LINE friends
  source: lstep
`;

describe('an id shared by two kinds', () => {
  // Both orders of the files: which one comes first must not matter.
  for (const [roleFile, toolFile] of [['a/role.yaml', 'b/tool.yaml'], ['b/role.yaml', 'a/tool.yaml']]) {
    it(`is reported at both places and nothing else (${roleFile} and ${toolFile})`, async () => {
      const r = await check({ [roleFile]: ROLE, [toolFile]: TOOL, 'c/users.yaml': USERS });
      expect(r.diagnostics.map((d) => `${d.rule}@${d.file}:${d.line}`).sort()).toEqual([`id-duplicate@${roleFile}:2`, `id-duplicate@${toolFile}:2`].sort());
      for (const d of r.diagnostics) expect(d.related?.map((x) => x.file)).toEqual([d.file === roleFile ? toolFile : roleFile]);
    });

    it(`keeps both entities, each found by the kind a reference expects (${roleFile} and ${toolFile})`, async () => {
      const { model } = await check({ [roleFile]: ROLE, [toolFile]: TOOL, 'c/users.yaml': USERS });
      const tool = model.getOf('Tool', 'lstep')!;
      const role = model.getOf('Role', 'lstep')!;
      expect([tool.file.path, role.file.path]).toEqual([toolFile, roleFile]);
      expect(model.referrers(tool).map((x) => x.field).sort()).toEqual(['Initiative.tools[]', 'KPI.source']);
      expect(model.referrers(role).map((x) => x.field)).toEqual(['Initiative.responsible[]']);
      expect(model.references(role).map((x) => x.target?.key)).toEqual(['crm-lead']);
    });
  }
});

describe('an id used twice by one kind', () => {
  const USERS = yaml`
    kind: KPI
    id: kpi-line-friends
    name: LINE friends
    source: lstep
    owner: crm-lead
    ---
    kind: Role
    id: crm-lead
    name: CRM lead
    type: internal
  `;
  it('is reported at both places; references resolve to the first', async () => {
    const other = TOOL.replace('name: L Step', 'name: L Step (copy)');
    const r = await check({ 'a/tool.yaml': TOOL, 'b/tool.yaml': other, 'c/users.yaml': USERS });
    expect(r.diagnostics.map((d) => `${d.rule}@${d.file}:${d.line}`)).toEqual(['id-duplicate@a/tool.yaml:2', 'id-duplicate@b/tool.yaml:2']);
    expect(r.model.ofKind('Tool').map((t) => t.file.path)).toEqual(['a/tool.yaml']);
    expect(r.model.getOf('KPI', 'kpi-line-friends')!.data.source).toBe('lstep');
    expect(r.model.referrers(r.model.getOf('Tool', 'lstep')!).map((x) => x.source.id)).toEqual(['kpi-line-friends']);
  });

  it('is reported once at the first use however often it repeats (no finding per pair)', async () => {
    const r = await check({ 'a/tool.yaml': TOOL, 'b/tool.yaml': TOOL, 'c/tool.yaml': TOOL, 'd/tool.yaml': TOOL, 'e/users.yaml': USERS });
    expect(r.diagnostics.map((d) => d.file)).toEqual(['a/tool.yaml', 'b/tool.yaml', 'c/tool.yaml', 'd/tool.yaml']);
  });
});

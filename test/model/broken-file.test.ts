/**
 * One YAML slip in one file must not flood the rest of the plan: references
 * into a file that did not parse are not misspellings. The parser keeps
 * partial documents, so the ids a broken file still declares resolve; what
 * it lost (an unclosed quote swallows the rest of the file) is found in its
 * text, and those references are one note at that file. Tried on copies of
 * the example plans, with the slips new users make.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../src/app/pipeline.js';
import { planHealth } from '../../src/health/index.js';
import { check, yaml } from '../helpers/plan.js';
import { copyExample, exampleDir } from '../helpers/examples.js';
import type { ExampleName } from '../helpers/examples.js';

/** A copy of an example plan with one line of one file replaced. */
function slip(example: ExampleName, file: string, line: number, edit: (text: string) => string): string {
  const dir = copyExample(example);
  const abs = path.join(dir, file);
  const lines = readFileSync(abs, 'utf8').split('\n');
  lines[line - 1] = edit(lines[line - 1]!);
  writeFileSync(abs, lines.join('\n'));
  return dir;
}

async function lint(dir: string, cache = false) {
  const r = await checkPlan(dir, { lint: true, cache });
  return {
    at: r.diagnostics.map((d) => `${d.rule}@${d.file}:${d.line}`),
    health: planHealth(r.model).map((h) => `${h.id} ${h.n}/${h.m}`),
    diagnostics: r.diagnostics,
  };
}

const clean = new Map<string, string[]>();
async function cleanHealth(example: ExampleName): Promise<string[]> {
  if (!clean.has(example)) clean.set(example, (await lint(exampleDir(example))).health);
  return clean.get(example)!;
}

describe('a YAML slip in one file', () => {
  it('a colon in a stage name: the one syntax error, and the health figures of the whole plan', async () => {
    const dir = slip('exhibition-b2b', 'journeys/expo-visitor.yaml', 34, () => '    name: Attends: a webinar: live');
    const r = await lint(dir);
    expect(r.at).toEqual(['yaml-syntax@journeys/expo-visitor.yaml:34']);
    expect(r.health).toEqual(await cleanHealth('exhibition-b2b'));
  });

  it('a colon in a value hides none of the fields after it (yaml would nest them under the value)', async () => {
    const dir = slip('exhibition-b2b', 'journeys/expo-visitor.yaml', 34, () => '    name: Attends: a webinar: live');
    const { model } = await checkPlan(dir);
    const stage = model.stage('expo-visitor/explore-microsite')!;
    expect(stage.data.name).toBe('Attends:\u00a0a webinar:\u00a0live');
    expect(stage.data.phase).toBe('interest');
    expect(model.references(stage).map((r) => r.target?.key)).toContain('cms');
  });

  it("a colon in the plan's name: its lint settings still apply (drafts/ stays ignored)", async () => {
    const dir = slip('exhibition-b2b', 'mplan.yaml', 6, (l) => l.replace('name: ', 'name: FactoryTech: '));
    const r = await lint(dir);
    expect(r.at).toEqual(['yaml-syntax@mplan.yaml:6']);
    expect(r.health).toEqual(await cleanHealth('exhibition-b2b'));
  });

  it('a tab in team/partners.yaml: the one tab error (the partner roles are still known)', async () => {
    const dir = slip('exhibition-b2b', 'team/partners.yaml', 11, (l) => l.replace(/^ {2}/, '\t'));
    const r = await lint(dir);
    expect(r.at).toEqual(['yaml-tab@team/partners.yaml:11']);
    expect(r.health).toEqual(await cleanHealth('exhibition-b2b'));
  });

  it('a Japanese plan: a colon in a stage name and a tab in the partners file', async () => {
    const dir = slip('d2c-coffee-ja', 'journeys/subscription.yaml', 31, () => '    name: 登録: LINE: 友だち');
    const tab = path.join(dir, 'team/partners.yaml');
    writeFileSync(tab, readFileSync(tab, 'utf8').replace('\nname:', '\n\tname:'));
    const r = await lint(dir);
    expect(r.at).toEqual(['yaml-syntax@journeys/subscription.yaml:31', 'yaml-tab@team/partners.yaml:5']);
    expect(r.health).toEqual(await cleanHealth('d2c-coffee-ja'));
  });

  it('an unclosed quote that swallows the rest of the file: one note at that file, never "check the spelling"', async () => {
    const dir = slip('exhibition-b2b', 'team/partners.yaml', 5, (l) => l.replace('name: ', 'name: "'));
    const r = await lint(dir);
    expect(r.at).toEqual(['yaml-syntax@team/partners.yaml:5', 'ref-unchecked@team/partners.yaml:15']);
    const note = r.diagnostics[1]!;
    expect(note.severity).toBe('info');
    expect(note.data).toMatchObject({ target: 'digital-agency' });
    expect(note.related).toHaveLength(1);
    expect(r.health).toEqual(await cleanHealth('exhibition-b2b'));
  });

  it('an unclosed quote inside a journey: its lost stages are one note, too', async () => {
    const dir = slip('exhibition-b2b', 'journeys/expo-visitor.yaml', 47, (l) => l.replace('name: ', 'name: "'));
    const r = await lint(dir);
    expect(r.at).toEqual(['yaml-syntax@journeys/expo-visitor.yaml:47', 'ref-unchecked@journeys/expo-visitor.yaml:75']);
    expect(r.health[0]).toBe((await cleanHealth('exhibition-b2b'))[0]); // KPIs mapped to a stage
  });

  it('gives the same findings with --cache, on the first run and on the next', async () => {
    const dir = slip('exhibition-b2b', 'journeys/expo-visitor.yaml', 34, () => '    name: Attends: a webinar: live');
    const first = await lint(dir, true);
    const again = await lint(dir, true);
    expect(first.at).toEqual(['yaml-syntax@journeys/expo-visitor.yaml:34']);
    expect(again.diagnostics).toEqual(first.diagnostics);
    expect(again.health).toEqual(first.health);
  });
});

describe('while a file is broken, the rest of the plan is still checked', () => {
  const journey = (name: string) => yaml`
    kind: Journey
    id: expo
    name: Expo
    stages:
      - id: visit
        name: ${name}
        owner: nobody-we-know
      - id: follow-up
        name: Follow up
  `;
  const kpis = yaml`
    kind: KPI
    id: kpi-visits
    name: Visits
    stage: expo/visit
    ---
    kind: KPI
    id: kpi-calls
    name: Calls
    stage: expo/folow-up
    ---
    kind: KPI
    id: kpi-leads
    name: Leads
    goals: [more-leads]
  `;

  it('a misspelt reference elsewhere is still one (the broken file does not hide it)', async () => {
    const { diagnostics } = await check({ 'journeys/expo.yaml': journey('Visit: the booth: live'), 'kpis/kpis.yaml': kpis });
    expect(diagnostics.map((d) => `${d.rule}@${d.file}:${d.line}`)).toEqual([
      'yaml-syntax@journeys/expo.yaml:6',
      'ref-stage-unresolved@kpis/kpis.yaml:9',
      'ref-unresolved@kpis/kpis.yaml:14',
    ]);
  });

  it('nothing is said about the broken document itself but its YAML error', async () => {
    const { diagnostics, model } = await check({ 'journeys/expo.yaml': journey('Visit: the booth: live'), 'kpis/kpis.yaml': 'kind: KPI\nid: k\nname: K\nstage: expo/visit\n' }, { lint: true });
    expect(diagnostics.filter((d) => d.file === 'journeys/expo.yaml').map((d) => d.rule)).toEqual(['yaml-syntax']);
    const expo = model.getOf('Journey', 'expo')!;
    expect(expo.partial).toBe(true);
    expect(expo.valid).toBe(false);
    expect(model.stagesOf(expo).map((s) => s.key)).toEqual(['expo/visit', 'expo/follow-up']);
  });
});

describe('one slip in a list of maps is one finding, and hides nothing', () => {
  const journey = yaml`
    kind: Journey
    id: expo
    name: Expo
    stages:
      - id: visit
        name: Visit
      - id: follow-up
        name: Follow up
  `;
  const kpis = (cadence: string, evaluationLine = '') => `kind: KPI
id: kpi-visits
name: Visits
unit: count
${cadence}
stage: expo/visit
${evaluationLine}---
kind: KPI
id: kpi-calls
name: Calls
stage: expo/follow-up
`;

  it('a tab before a field of a list item: the tab error alone, not one "colon" error per line after it', async () => {
    const rfp = 'kind: RFP\nid: r\ntitle: R\nevaluation:\n  - criterion: Fit\n\tweight: 40\n  - criterion: Past work\n    weight: 30\n  - criterion: Price\n    weight: 30\n    price: true\n';
    const { diagnostics } = await check({ 'rfps/r.yaml': rfp });
    expect(diagnostics.filter((d) => d.file === 'rfps/r.yaml').map((d) => `${d.rule}@${d.line}`)).toEqual(['yaml-tab@6']);
  });

  it.each([
    ['a full-width colon', 'cadence： monthly'],
    ['a full-width colon and a full-width space', 'cadence：\u3000monthly'],
    ['a full-width space after the colon', 'cadence:\u3000monthly'],
  ])('%s: the KPI still measures its stage (no "stage not measured" warning)', async (_, line) => {
    const { diagnostics, model } = await check({ 'journeys/expo.yaml': journey, 'kpis/kpis.yaml': kpis(line) }, { lint: true });
    expect(diagnostics.filter((d) => d.file === 'kpis/kpis.yaml' && d.line === 5).map((d) => d.rule)).toEqual(['yaml-syntax']);
    expect(diagnostics.filter((d) => d.rule === 'stage-no-kpi')).toEqual([]);
    expect(model.getOf('KPI', 'kpi-visits')!.data).toMatchObject({ stage: 'expo/visit', cadence: 'monthly' });
  });

  it('a full-width space in the indentation: the fields below it are still read', async () => {
    const { diagnostics, model } = await check({ 'journeys/expo.yaml': journey, 'kpis/kpis.yaml': kpis('goals:\n\u3000\u3000- more-leads\ncadence: monthly') }, { lint: true });
    expect(diagnostics.filter((d) => d.file === 'kpis/kpis.yaml' && d.line === 6).map((d) => d.rule)).toEqual(['yaml-syntax']);
    expect(diagnostics.filter((d) => d.rule === 'stage-no-kpi')).toEqual([]);
    expect(model.getOf('KPI', 'kpi-visits')!.data).toMatchObject({ stage: 'expo/visit', goals: ['more-leads'], cadence: 'monthly' });
  });
});

describe('a kind written in the wrong case', () => {
  it('`kind: tool` is one finding, not one "no Tool with that id" per reference to it', async () => {
    const { diagnostics, model } = await check(
      {
        'tools/crm.yaml': 'kind: tool\nid: crm\nname: CRM\ncategory: crm\n',
        'kpis/kpis.yaml': 'kind: KPI\nid: kpi-a\nname: A\nsource: crm\n---\nkind: KPI\nid: kpi-b\nname: B\nsource: crm\n',
        'rfps/r.yaml': 'kind: RFP\nid: r\ntitle: R\nintegrations: [crm]\n',
      },
      { lint: true },
    );
    expect(diagnostics.filter((d) => d.rule.startsWith('ref-') || d.rule.startsWith('kind-')).map((d) => `${d.rule}@${d.file}:${d.line}`)).toEqual(['kind-unknown@tools/crm.yaml:1']);
    expect(diagnostics.find((d) => d.rule === 'kind-unknown')!.hintData).toEqual({ suggestion: 'Tool' });
    expect(model.getOf('Tool', 'crm')?.partial).toBe(true);
  });
});

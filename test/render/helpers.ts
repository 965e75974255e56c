import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { LANGS } from '../../src/i18n/types.js';
import type { Lang } from '../../src/i18n/types.js';
import { checkPlan } from '../../src/app/pipeline.js';
import { buildJourneyData, buildKpisData, buildReportData, buildRfpData } from '../../src/render/data.js';
import type { BuildContext, DocumentName } from '../../src/render/data.js';
import { planHealth } from '../../src/health/index.js';

/** The view data of every document of a plan (report, kpis, each RFP, each journey), in both locales. */
export async function everyDocument(dir: string, date: string | null = null): Promise<Array<{ locale: Lang; doc: DocumentName; data: unknown }>> {
  const result = await checkPlan(dir, { lint: true });
  const { model } = result;
  const out: Array<{ locale: Lang; doc: DocumentName; data: unknown }> = [];
  for (const locale of LANGS) {
    const ctx: BuildContext = { model, locale, date, forced: false, problems: [] };
    const add = (doc: DocumentName, data: unknown) => out.push({ locale, doc, data });
    add('report', buildReportData(ctx, { findings: result.diagnostics.filter((d) => result.rules.has(d.rule)), rules: result.rules, health: planHealth(model) }));
    add('kpis', buildKpisData(ctx, planHealth(model)));
    for (const e of model.ofKind('RFP')) add('rfp', buildRfpData(ctx, e));
    for (const e of model.ofKind('Journey')) add('journey', buildJourneyData(ctx, e));
  }
  return out;
}

type MdNode = { type: string; children?: MdNode[]; value?: string; lang?: string | null; position?: { start: { line: number } } };

export function parseGfm(md: string): MdNode {
  return fromMarkdown(md, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }) as unknown as MdNode;
}

export function walk(node: MdNode, fn: (n: MdNode) => void): void {
  fn(node);
  for (const c of node.children ?? []) walk(c, fn);
}

/** Every GFM table, with the cell count of each row. */
export function tables(md: string): Array<{ line: number; header: number; rows: number[] }> {
  const out: Array<{ line: number; header: number; rows: number[] }> = [];
  walk(parseGfm(md), (n) => {
    if (n.type !== 'table') return;
    const rows = (n.children ?? []).map((r) => (r.children ?? []).length);
    out.push({ line: n.position?.start.line ?? 0, header: rows[0] ?? 0, rows: rows.slice(1) });
  });
  return out;
}

/**
 * Column counts as written in the Markdown source (GFM parsers pad or trim
 * rows to the header, so the source is where a stray `|` shows): count
 * unescaped pipes of every table line.
 */
export function sourceColumnProblems(md: string): string[] {
  const problems: string[] = [];
  const lines = md.split('\n');
  let inFence = false;
  let expected: number | null = null;
  lines.forEach((line, i) => {
    if (line.startsWith('```')) inFence = !inFence;
    if (inFence || !line.startsWith('|')) {
      expected = null;
      return;
    }
    const cells = line.replace(/\\\\/g, '').replace(/\\\|/g, '').split('|').length - 2;
    if (expected === null) expected = cells;
    else if (cells !== expected) problems.push(`line ${i + 1}: ${cells} cells, header has ${expected}: ${line}`);
  });
  return problems;
}

/** The Mermaid diagrams (code blocks with lang `mermaid`). */
export function mermaidBlocks(md: string): string[] {
  const out: string[] = [];
  walk(parseGfm(md), (n) => {
    if (n.type === 'code' && n.lang === 'mermaid') out.push(n.value ?? '');
  });
  return out;
}

/** Raw HTML nodes in the Markdown (only `<br>` is ours). */
export function htmlNodes(md: string): string[] {
  const out: string[] = [];
  walk(parseGfm(md), (n) => {
    if (n.type === 'html' && !/^<br>$/.test(n.value ?? '')) out.push(n.value ?? '');
  });
  return out;
}

/** A plan whose names and texts try to break tables, HTML and Mermaid. */
export const HOSTILE = 'Evil | name\nsecond line <script>alert(1)</script> *bold* _it_ `code` [link](http://x) : ; # "quoted" %% end';

export function hostilePlan(): Record<string, string> {
  const h = JSON.stringify(HOSTILE);
  return {
    'mplan.yaml': `kind: Plan
id: hostile
name: ${h}
version: 1
locale: en
period: { start: 2027-04-01, end: 2028-03-31 }
budget: { amount: 1000000, currency: EUR }
vision: ${h}
owner: boss
sponsors: [boss]
roadmap:
  - id: phase-one
    name: ${h}
    start: 2027-04-01
    end: 2027-12-31
    initiatives: [init]
    exit_criteria: [${h}]
`,
    'goals.yaml': `kind: Goal
id: goal
name: ${h}
statement: ${h}
perspective: customer
owner: boss
agreed_by: [{ role: boss, on: 2027-03-01 }]
---
kind: Challenge
id: challenge
name: ${h}
goal: goal
current: ${h}
problem: ${h}
priority: high
owner: boss
`,
    'journey.yaml': `kind: Persona
id: persona
name: ${h}
description: ${h}
attributes: { "a|b": ${h} }
needs: [${h}]
---
kind: Journey
id: journey
name: ${h}
persona: persona
stages:
  - id: first
    name: ${h}
    phase: awareness
    customer_goal: ${h}
    pain_points: [${h}]
    emotion: 2
    owner: boss
    touchpoints: [{ channel: ${h}, tool: crm, owner: boss }]
  - id: second
    name: "section title: gantt"
    phase: retention
    emotion: 5
    owner: boss
    touchpoints: [{ channel: mail, tool: ma, owner: boss }]
`,
    'kpi.yaml': `kind: KPI
id: kpi
name: ${h}
definition: ${h}
unit: currency
baseline: { value: 1200000, as_of: 2027-03-31 }
target: { value: 2400000.5, by: 2028-03-31 }
cadence: monthly
stage: journey/first
goals: [goal]
owner: boss
source: crm
---
kind: KPI
id: kpi-two
name: second kpi
unit: percent
baseline: { value: 2.5 }
target: { value: 7.5, by: 2028-03-31 }
cadence: weekly
stage: journey/second
goals: [goal]
owner: boss
source: ma
`,
    'init.yaml': `kind: Initiative
id: init
name: ${h}
description: ${h}
channel: ${h}
stages: [journey/first, journey/second]
kpis: [kpi, kpi-two]
challenges: [challenge]
tools: [crm]
accountable: boss
responsible: [agency]
budget: { amount: 500000, currency: EUR }
start: 2027-05-01
end: 2027-09-30
uses_personal_data: true
consent: ${h}
fit: { purpose: 5, target: 4, budget: 3, differentiation: 2, sustainability: 1 }
`,
    'team.yaml': `kind: Role
id: boss
name: ${h}
type: internal
level: executive
person: ${h}
responsibilities: [${h}]
---
kind: Role
id: agency
name: ${h}
type: partner
partner_type: digital-agency
organization: ${h}
reports_to: boss
responsibilities: [${h}]
`,
    'tools.yaml': `kind: Tool
id: crm
name: ${h}
category: crm
purpose: ${h}
license: subscription
cost: { amount: 100, currency: EUR, per: month }
contract_end: 2028-06-30
owner: boss
handles_personal_data: true
---
kind: Tool
id: ma
name: ${h}
category: marketing-automation
purpose: ${h}
owner: boss
integrations: [{ tool: crm, data: [${h}], direction: to }]
`,
    'rfp.yaml': `kind: RFP
id: rfp
title: ${h}
partner_type: digital-agency
issuer: boss
background: ${h}
goals: [goal]
scope: { initiatives: [init], stages: [journey/first] }
requirements:
  - { id: R1, text: ${h}, priority: must }
integrations: [crm, ma]
budget: { min: 1000, max: 2000, currency: EUR }
timeline: { issued: 2027-04-01, proposals_due: 2027-04-20 }
evaluation:
  - { criterion: ${h}, weight: 80 }
  - { criterion: price, weight: 20, price: true }
qualifications: [${h}]
submission: { format: ${h}, contact: ${h}, instructions: ${h} }
`,
  };
}

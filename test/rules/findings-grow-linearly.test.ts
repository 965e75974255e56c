import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments, stringify } from 'yaml';
import { checkPlan } from '../../src/app/pipeline.js';
import { RULES } from '../../src/rules/index.js';
// @ts-expect-error: the bench generator is plain JavaScript
import { generatePlan } from '../bench/generate.mjs';
import { writePlan, yaml } from '../helpers/plan.js';
import type { PlanFiles } from '../helpers/plan.js';
import { tempDir } from '../helpers/temp.js';

/** Every YAML file of a folder, by path relative to it. */
function readTree(dir: string, rel = ''): PlanFiles {
  const out: PlanFiles = {};
  for (const name of readdirSync(path.join(dir, rel)).sort()) {
    const r = rel ? `${rel}/${name}` : name;
    if (statSync(path.join(dir, r)).isDirectory()) Object.assign(out, readTree(dir, r));
    else if (name.endsWith('.yaml')) out[r] = readFileSync(path.join(dir, r), 'utf8');
  }
  return out;
}

/**
 * The plan n times over: every document (and every roadmap phase and sponsor
 * of the one Plan) repeated with its ids renamed, references following, and
 * all text left as it was, so shared names stay shared (capabilities, dates);
 * the plan budget is n times as large.
 */
function repeatPlan(files: PlanFiles, n: number): PlanFiles {
  const parsed = Object.entries(files).map(([file, text]) => [file, parseAllDocuments(text).map((d) => d.toJS() as Record<string, unknown>)] as const);
  const ids = new Set<string>();
  for (const [, docs] of parsed) {
    for (const d of docs) {
      if (typeof d?.id === 'string' && d.kind !== 'Plan') ids.add(d.id);
      if (d?.kind === 'Plan') for (const p of (d.roadmap as Array<{ id: string }>) ?? []) ids.add(p.id);
    }
  }
  const rename = (v: unknown, k: number): unknown => {
    if (k === 0) return v;
    if (typeof v === 'string') {
      const [head, ...rest] = v.split('/');
      return ids.has(head!) ? [`${head}-copy${k}`, ...rest].join('/') : v;
    }
    if (Array.isArray(v)) return v.map((x) => rename(x, k));
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([key, x]) => [key, rename(x, k)]));
    return v;
  };
  const copies = <T>(v: T): T[] => Array.from({ length: n }, (_, k) => rename(v, k) as T);
  const out: PlanFiles = {};
  for (const [file, docs] of parsed) {
    const plan = docs.find((d) => d?.kind === 'Plan');
    if (plan) {
      out[file] = stringify({
        ...plan,
        ...(plan.roadmap ? { roadmap: copies(plan.roadmap as unknown[]).flat() } : {}),
        ...(plan.sponsors ? { sponsors: copies(plan.sponsors as unknown[]).flat() } : {}),
        // n plans' worth of initiatives come with n plans' worth of budget
        ...(plan.budget ? { budget: { ...(plan.budget as object), amount: (plan.budget as { amount: number }).amount * n } } : {}),
      });
      continue;
    }
    for (let k = 0; k < n; k++) {
      out[k ? file.replace(/\.yaml$/, `.copy${k}.yaml`) : file] = docs.map((d) => stringify(rename(d, k))).join('---\n');
    }
  }
  return out;
}

/** Documents that give the rules the generated plan leaves idle something to find. */
const GAPS = yaml`
  kind: Goal
  id: gap-goal
  name: Gap goal
  statement: Customers come back.
  horizon: short
  ---
  kind: Challenge
  id: gap-challenge
  name: Gap challenge
  goal: gap-goal
  current: Nobody follows up.
  problem: Leads go cold.
  ---
  kind: Journey
  id: gap-journey
  name: Gap journey
  stages:
    - id: look
      name: Look
      phase: consideration
      pain_points: [Too many options]
    - id: pay
      name: Pay
      phase: purchase
  ---
  kind: KPI
  id: gap-kpi
  name: Gap KPI
  direction: decrease
  baseline: { value: 10 }
  target: { value: 20, by: 2029-01-31 }
  ---
  kind: Role
  id: gap-role
  name: Gap role
  type: internal
  ---
  kind: Role
  id: gap-doer
  name: Gap doer
  type: internal
  responsibilities: [Runs the gap initiative]
  ---
  kind: Tool
  id: gap-tool
  name: Gap tool
  category: marketing-automation
  license: perpetual
  contract_end: 2027-09-30
  handles_personal_data: true
  ---
  kind: Initiative
  id: gap-initiative
  name: Gap initiative
  start: 2027-06-01
  end: 2027-05-01
  accountable: gap-doer
  responsible: [gap-doer]
  tools: [gap-tool]
  fit: { purpose: 1, target: 1, budget: 1, differentiation: 1, sustainability: 1 }
  automation:
    - { at: -1d, channel: email, message: Reminder, audience: registrants }
  ---
  kind: Initiative
  id: gap-initiative-2
  name: Across two phases
  start: 2027-06-01
  end: 2027-08-31
  accountable: gap-doer
  ---
  kind: Goal
  id: gap-goal-2
  name: Second gap goal
  statement: Customers recommend us.
  ---
  kind: RFP
  id: gap-rfp
  title: Gap RFP
  timeline: { issued: 2027-06-01, proposals_due: 2027-05-01 }
  evaluation:
    - { criterion: Quality, weight: 50 }
    - { criterion: Team, weight: 30 }
  ---
  kind: RFP
  id: gap-rfp-2
  title: Second gap RFP
  scope: { initiatives: [gap-initiative] }
`;

async function countsByRule(files: PlanFiles): Promise<Map<string, number>> {
  const result = await checkPlan(writePlan(files), { lint: true, preset: 'mplan:strict' });
  const counts = new Map<string, number>(RULES.map((r) => [r.meta.id, 0]));
  for (const d of result.diagnostics) if (counts.has(d.rule)) counts.set(d.rule, counts.get(d.rule)! + 1);
  return counts;
}

describe('no rule\'s findings grow faster than the plan', () => {
  it('from the plan to twice and four times the plan, each rule\'s findings grow at most in proportion', async () => {
    // A generated plan with many gaps, where a fifth of the tools share each capability.
    const dir = tempDir('mplan-growth-');
    generatePlan({ files: 103, seed: 7, out: dir, gaps: 0.3, sharedCapabilities: 0.2 });
    const base = readTree(dir);
    base['gaps/gaps.yaml'] = GAPS;
    // A roadmap phase that runs past the plan period.
    const plan = parseAllDocuments(base['mplan.yaml']!)[0]!.toJS() as { roadmap: unknown[] };
    plan.roadmap.push({ id: 'gap-phase', name: 'Gap phase', start: '2028-03-01', end: '2028-06-30' });
    base['mplan.yaml'] = stringify(plan);
    const [one, two, four] = await Promise.all([1, 2, 4].map((n) => countsByRule(repeatPlan(base, n))));
    const growth = RULES.map((r) => {
      const id = r.meta.id;
      return { id, one: one!.get(id)!, two: two!.get(id)!, four: four!.get(id)! };
    });
    // The plan must give the rules work, including those that compare entities with each other.
    const busy = growth.filter((g) => g.four > 0).map((g) => g.id);
    expect(busy.length).toBeGreaterThanOrEqual(40);
    expect(busy).toEqual(expect.arrayContaining(['tool-capability-overlap', 'roadmap-phases-overlap', 'raci-multiple-letters']));
    // Linear growth (a constant part allowed: one plan-level finding, one first holder
    // per shared name) adds no more from 2x to 4x than twice what it added from 1x to 2x;
    // pairwise reporting adds four times as much.
    const faster = growth.filter((g) => g.four - g.two > 2 * (g.two - g.one));
    expect(faster).toEqual([]);
  }, 60_000);
});

import { describe, expect, it } from 'vitest';
import { yaml } from '../helpers/plan.js';
import { check } from '../helpers/plan.js';

/** The goal and journey rules, run on documents with schema errors: they must not crash and must stay sensible. */
const RULE_IDS = [
  'goal-not-agreed',
  'goal-no-owner',
  'goals-short-term-only',
  'goals-single-perspective',
  'goal-no-challenge',
  'challenge-unaddressed',
  'journey-ends-at-purchase',
  'journey-no-persona',
  'stage-no-kpi',
  'stage-no-touchpoint',
  'stage-no-owner',
  'pain-point-no-opportunity',
];

const hostile = {
  'goals/g.yaml': yaml`
    kind: Goal
    id: odd-goal
    name: Odd goal
    statement: Types are wrong below.
    owner: 5
    horizon: 7
    perspective: [financial]
    agreed_by: cmo
    ---
    kind: Goal
    id: odd-goal-2
    name: Odd goal 2
    statement: More wrong types.
    agreed_by: [cmo, { on: 2027-01-01 }]
    perspective: { a: 1 }
  `,
  'challenges/c.yaml': yaml`
    kind: Challenge
    id: odd-challenge
    name: Odd challenge
    goal: [odd-goal]
  `,
  'initiatives/i.yaml': yaml`
    kind: Initiative
    id: odd-initiative
    name: Odd initiative
    challenges: odd-challenge
  `,
  'journeys/j.yaml': yaml`
    kind: Journey
    id: odd-journey
    name: Odd journey
    persona: { id: x }
    stages:
      - id: a
        name: A
        phase: 3
        touchpoints: web
        pain_points: 5
        opportunities: { a: 1 }
        owner: []
      - just text
      - name: no id
      - id: b
        name: B
        phase: retention
        touchpoints: [web, { channel: shop }]
        pain_points: [7, Slow]
        opportunities: [8]
    ---
    kind: Journey
    id: no-stages
    name: No stages
    stages: none
  `,
};

describe('goal and journey rules on documents with wrong types', () => {
  it('do not crash, and report only what they can tell', async () => {
    const result = await check(hostile, { lint: true, rules: Object.fromEntries(RULE_IDS.map((id) => [id, 'info'])) });
    expect(result.diagnostics.filter((d) => d.rule === 'rule-crashed')).toEqual([]);
    // The documents are invalid: the schema says so.
    expect(result.diagnostics.some((d) => d.severity === 'error' && !RULE_IDS.includes(d.rule))).toBe(true);
    const mine = result.diagnostics
      .filter((d) => RULE_IDS.includes(d.rule))
      .map((d) => `${d.file}:${d.line} ${d.rule} ${d.entity}`)
      .sort();
    expect(mine).toEqual(
      [
        // `agreed_by: cmo` and entries without a role record no agreement: pointed at agreed_by.
        'goals/g.yaml:8 goal-not-agreed odd-goal',
        'goals/g.yaml:14 goal-not-agreed odd-goal-2',
        'goals/g.yaml:2 goal-no-owner odd-goal',
        'goals/g.yaml:11 goal-no-owner odd-goal-2',
        // A non-text horizon is no horizon: no goal looks beyond this year.
        'goals/g.yaml:2 goals-short-term-only odd-goal',
        // `goal: [odd-goal]` is not a goal reference the model can resolve; a bare challenge id is.
        'goals/g.yaml:2 goal-no-challenge odd-goal',
        'goals/g.yaml:11 goal-no-challenge odd-goal-2',
        'journeys/j.yaml:2 journey-no-persona odd-journey',
        'journeys/j.yaml:23 journey-no-persona no-stages',
        // Stages without a text id are not stages; stage `b` continues after purchase; a journey with no stage list is left to the schema.
        'journeys/j.yaml:6 stage-no-kpi odd-journey/a',
        'journeys/j.yaml:15 stage-no-kpi odd-journey/b',
        'journeys/j.yaml:6 stage-no-touchpoint odd-journey/a',
        'journeys/j.yaml:6 stage-no-owner odd-journey/a',
        'journeys/j.yaml:15 stage-no-owner odd-journey/b',
        'journeys/j.yaml:15 pain-point-no-opportunity odd-journey/b',
      ].sort(),
    );
  });
});

/**
 * A plan period or roadmap phase typed the wrong way round (start after
 * end) is one mistake: it is reported once, where it is written, and the
 * rules that compare other dates with it leave it out instead of finding
 * every initiative, KPI and phase outside it.
 */
import { describe, expect, it } from 'vitest';
import { check, yaml } from '../helpers/plan.js';

const plan = (period: string, foundation: string): string => yaml`
  kind: Plan
  id: expo-2027
  name: Expo 2027
  version: 1
  period:
    ${period}
  roadmap:
    - id: phase-foundation
      name: Foundation
      ${foundation}
      initiatives: [crm-setup]
    - id: phase-expo
      name: Expo
      start: 2027-07-01
      end: 2028-03-31
      initiatives: [booth]
`;
const OTHERS = {
  'plan/rest.yaml': yaml`
    kind: Role
    id: cmo
    name: CMO
    type: internal
    level: executive
    ---
    kind: Initiative
    id: crm-setup
    name: CRM set-up
    start: 2027-04-01
    end: 2027-06-30
    ---
    kind: Initiative
    id: booth
    name: Booth
    start: 2027-10-01
    end: 2027-10-03
    ---
    kind: KPI
    id: kpi-leads
    name: Booth leads
    target: { value: 300, by: 2027-10-31 }
  `,
};
const GOOD_PERIOD = 'start: 2027-04-01\n    end: 2028-03-31';
const GOOD_PHASE = 'start: 2027-04-01\n      end: 2027-06-30';
const RULES = [
  'initiative-dates',
  'kpi-target-outside-period',
  'roadmap-phase-outside-period',
  'roadmap-phases-overlap',
  'initiative-outside-roadmap',
] as const;
const only = Object.fromEntries(RULES.map((r) => [r, 'warn' as const]));

async function findings(files: Record<string, string>): Promise<string[]> {
  // Only the date rules, all on, so nothing else speaks.
  const { diagnostics } = await check(files, { lint: true, preset: 'mplan:minimal', rules: only });
  return diagnostics.map((d) => `${d.rule}@${d.file}:${d.line}`);
}

describe('a plan period that ends before it starts', () => {
  it('the plan is clean with the dates in order (the fixture is sound)', async () => {
    expect(await findings({ 'mplan.yaml': plan(GOOD_PERIOD, GOOD_PHASE), ...OTHERS })).toEqual([]);
  });

  it('is one finding, at `period`, and no date is compared with it', async () => {
    const swapped = 'start: 2028-03-31\n    end: 2027-04-01';
    const { diagnostics } = await check({ 'mplan.yaml': plan(swapped, GOOD_PHASE), ...OTHERS }, { lint: true, preset: 'mplan:minimal', rules: only });
    expect(diagnostics.map((d) => `${d.rule}@${d.file}:${d.line}:${d.column}`)).toEqual(['period-reversed@mplan.yaml:5:1']);
    expect(diagnostics[0]!.data).toEqual({ start: '2028-03-31', end: '2027-04-01' });
  });
});

describe('a plan period with a date that is no day of the calendar', () => {
  it('is the one schema finding at that date (month and day swapped, 30 February)', async () => {
    const cases = [
      ['start: 2027-31-03\n    end: 2028-03-31', 'schema-date-no-such-month@mplan.yaml:6'],
      ['start: 2027-04-01\n    end: 2028-02-30', 'schema-date-no-such-day@mplan.yaml:7'],
    ] as const;
    for (const [period, finding] of cases) {
      const { diagnostics } = await check({ 'mplan.yaml': plan(period, GOOD_PHASE), ...OTHERS }, { lint: true, preset: 'mplan:minimal', rules: only });
      expect(diagnostics.map((d) => `${d.rule}@${d.file}:${d.line}`), period).toEqual([finding]);
    }
  });
});

describe('a roadmap phase that ends before it starts', () => {
  it('is one finding, at the phase; its initiatives are not called outside the roadmap', async () => {
    const swapped = 'start: 2027-06-30\n      end: 2027-04-01';
    expect(await findings({ 'mplan.yaml': plan(GOOD_PERIOD, swapped), ...OTHERS })).toEqual(['roadmap-phase-reversed@mplan.yaml:9']);
  });

  it('a phase date that is no day of the calendar is the one schema finding at that date', async () => {
    const impossible = 'start: 2027-13-01\n      end: 2027-06-30';
    expect(await findings({ 'mplan.yaml': plan(GOOD_PERIOD, impossible), ...OTHERS })).toEqual(['schema-date-no-such-month@mplan.yaml:11']);
  });
});

/** A small plan, split over several files, that the review tests commit and change. */
export const PLAN: Record<string, string> = {
  'mplan.yaml': `kind: Plan
id: review-plan
name: Review plan
version: 1
period: { start: 2027-04-01, end: 2028-03-31 }
budget: { amount: 10000000, currency: JPY }
owner: cmo
sponsors: [cmo]
`,
  'team/roles.yaml': `kind: Role
id: cmo
name: Chief marketing officer
level: executive
responsibilities: [Runs the plan]
---
kind: Role
id: bdr
name: Business development rep
level: practitioner
responsibilities: [Calls leads]
`,
  'journeys/expo.yaml': `kind: Journey
id: expo
name: Expo visitor
stages:
  - id: visit
    name: Visits the booth
    owner: bdr
  - id: follow-up
    name: Gets a call
    owner: bdr
`,
  'kpis/kpis.yaml': `kind: KPI
id: kpi-mql-rate
name: MQL rate
unit: percent
direction: increase
baseline: { value: 10, as_of: 2027-03-31 }
target: { value: 15, by: 2027-09-30 }
stage: expo/visit
owner: cmo
---
kind: KPI
id: kpi-calls
name: Calls made
unit: count
direction: increase
target: { value: 100, by: 2027-12-31 }
stage: expo/follow-up
`,
  'initiatives/expo.yaml': `kind: Initiative
id: ini-expo
name: Expo booth
kpis: [kpi-mql-rate]
stages: [expo/visit]
accountable: cmo
budget: { amount: 2000000, currency: JPY }
start: 2027-07-01
end: 2027-09-30
`,
};

/**
 * The data each template receives, built from the model.
 *
 * Every document gets a plain, deterministic object (no class instances, no
 * functions, no dates, nothing that depends on the clock or the machine),
 * described by a shape in this file. Rules for template authors:
 * - every field in a shape is always present; a value the plan does not give
 *   is `null` (test it with `{{#if field}}`) or an empty list;
 * - text is the user's text, unescaped: `{{field}}` escapes it for Markdown,
 *   `{{mmText field}}` / `{{mmLabel field}}` escape it for Mermaid;
 * - dates are `YYYY-MM-DD` strings (format them with `{{fdate field}}`),
 *   money is `{ amount, currency }` (format with `{{money field}}`),
 *   enum values are the plan's words (`financial`, `must`…; translate them
 *   with `{{word "perspective" field}}`);
 * - a reference is `{ id, name, missing }`: `missing` is true when the id
 *   points nowhere (only seen with `--force`).
 * See docs/render.md for the full description.
 */
import type { Diagnostic } from '../diagnostics/types.js';
import type { Lang } from '../i18n/types.js';
import type { PlanModel } from '../model/model.js';
import type { Entity, Stage } from '../model/types.js';
import type { HealthFigure } from '../health/index.js';
import { healthLabel } from '../health/index.js';
import type { Rule } from '../rules/types.js';
import { asArray, asDate, asNumber, asObject, personalAutomation, personalDataTool } from '../rules/util.js';
import { label } from '../i18n/document-words.js';
import { CLAUSE_KEYS, clauseTitle, defaultClause, taxClause } from './clauses.js';
import { describeShape, S, type Infer } from './shape.js';

// ---------------------------------------------------------------------------
// Shapes

const Ref = S.obj({ id: S.str('the id written in the plan'), name: S.opt(S.str('its name; null when missing')), missing: S.bool('true when the id points nowhere') }, undefined, 'Ref');
const StageRef = S.obj({
  key: S.str('journey-id/stage-id'),
  name: S.opt(S.str('the stage name')),
  journey: S.opt(S.str('the journey name')),
  missing: S.bool(),
}, undefined, 'StageRef');
const Money = S.obj({ amount: S.num(), currency: S.str('ISO 4217 code') }, undefined, 'Money');
const Period = S.obj({ start: S.opt(S.str('date')), end: S.opt(S.str('date')) });
const Texts = S.arr(S.str());

const OrganizationShape = S.obj({ name: S.str(), department: S.opt(S.str()), address: S.opt(S.str()), url: S.opt(S.str()) }, undefined, 'Organization');

const PlanShape = S.obj({
  id: S.str(),
  name: S.str(),
  organization: S.opt(OrganizationShape, 'the company: issuer of the RFPs, on the report cover'),
  period: S.opt(Period),
  budget: S.opt(Money),
  vision: S.opt(S.str()),
  owner: S.opt(Ref),
  sponsors: S.arr(Ref),
}, undefined, 'Plan');

const ProblemShape = S.obj({ file: S.str(), line: S.num(), column: S.num(), message: S.str() });

/** Fields every document has. */
const Base = {
  locale: S.enum(['en', 'ja'] as const),
  date: S.opt(S.str('the --date given, or null (no timestamps otherwise)')),
  forced: S.bool('rendered with --force despite errors'),
  problems: S.arr(ProblemShape, 'the errors --force rendered past (empty otherwise)'),
  plan: PlanShape,
};

const KpiShape = S.obj({
  id: S.str(),
  name: S.str(),
  definition: S.opt(S.str()),
  unit: S.opt(S.str('percent | count | currency | ratio | duration | score')),
  currency: S.opt(S.str('currency of a currency KPI (the plan budget currency)')),
  category: S.opt(S.str()),
  direction: S.opt(S.str()),
  baseline: S.opt(S.obj({ value: S.opt(S.num()), as_of: S.opt(S.str()) })),
  target: S.opt(S.obj({ value: S.opt(S.num()), by: S.opt(S.str()) })),
  cadence: S.opt(S.str()),
  stage: S.opt(StageRef),
  goals: S.arr(Ref),
  owner: S.opt(Ref),
  source: S.opt(Ref),
}, undefined, 'KPI');

const TouchpointShape = S.obj({ channel: S.str(), tool: S.opt(Ref), owner: S.opt(Ref), online: S.opt(S.bool()) }, undefined, 'Touchpoint');
const StageShape = S.obj({
  id: S.str(),
  key: S.str(),
  name: S.str(),
  journey: S.str('the journey name'),
  phase: S.opt(S.str()),
  customer_goal: Texts,
  actions: Texts,
  thoughts: Texts,
  pain_points: Texts,
  opportunities: Texts,
  emotion: S.opt(S.num('1..5')),
  touchpoints: S.arr(TouchpointShape),
  owner: S.opt(Ref),
  kpis: S.arr(Ref),
}, undefined, 'Stage');
const JourneyShape = S.obj({
  id: S.str(),
  name: S.str(),
  description: S.opt(S.str()),
  persona: S.opt(Ref),
  stages: S.arr(StageShape),
  /** Stages with an emotion score, grouped into consecutive phase sections for the Mermaid journey diagram. */
  diagram: S.arr(S.obj({ section: S.str(), stages: S.arr(S.obj({ name: S.str(), emotion: S.num() })) })),
}, undefined, 'Journey');

const PersonaShape = S.obj({
  id: S.str(),
  name: S.str(),
  description: S.opt(S.str()),
  attributes: S.arr(S.obj({ key: S.str(), value: S.str() })),
  needs: Texts,
  behaviors: Texts,
  segment_size: S.opt(S.num()),
  channels: Texts,
}, undefined, 'Persona');

const GoalShape = S.obj({
  id: S.str(),
  name: S.str(),
  statement: S.opt(S.str()),
  perspective: S.opt(S.str()),
  horizon: S.opt(S.str()),
  priority: S.opt(S.num()),
  owner: S.opt(Ref),
  agreed_by: S.arr(S.obj({ role: Ref, on: S.opt(S.str()) })),
  kpis: S.arr(Ref),
}, undefined, 'Goal');

const ChallengeShape = S.obj({
  id: S.str(),
  name: S.str(),
  goal: S.opt(Ref),
  current: S.opt(S.str()),
  problem: S.opt(S.str()),
  priority: S.opt(S.str()),
  owner: S.opt(Ref),
  initiatives: S.arr(Ref, 'initiatives addressing it'),
}, undefined, 'Challenge');

const FitShape = S.obj({
  purpose: S.opt(S.num()),
  target: S.opt(S.num()),
  budget: S.opt(S.num()),
  differentiation: S.opt(S.num()),
  sustainability: S.opt(S.num()),
  average: S.opt(S.num('mean of the given scores, one decimal')),
}, undefined, 'Fit');

const InitiativeShape = S.obj({
  id: S.str(),
  name: S.str(),
  description: S.opt(S.str()),
  channel: S.opt(S.str()),
  stages: S.arr(StageRef),
  kpis: S.arr(Ref),
  challenges: S.arr(Ref),
  tools: S.arr(Ref),
  accountable: S.opt(Ref),
  responsible: S.arr(Ref),
  consulted: S.arr(Ref),
  informed: S.arr(Ref),
  budget: S.opt(Money),
  start: S.opt(S.str()),
  end: S.opt(S.str()),
  uses_personal_data: S.opt(S.bool()),
  consent: S.opt(S.str()),
  fit: S.opt(FitShape),
  automation: S.arr(
    S.obj({ at: S.str('offset from the key moment, e.g. -7d, +1h; {{offset at}} says it in words'), channel: S.str(), message: S.str(), audience: S.opt(S.str()) }),
    'automated messages timed around a key moment, in plan order',
  ),
}, undefined, 'Initiative');

const RoleShape = S.obj({
  id: S.str(),
  name: S.str(),
  type: S.opt(S.str()),
  level: S.opt(S.str()),
  partner_type: S.opt(S.str()),
  organization: S.opt(S.str()),
  person: S.opt(S.str()),
  responsibilities: Texts,
  reports_to: S.opt(Ref),
}, undefined, 'Role');

const IntegrationShape = S.obj({ tool: Ref, data: Texts, direction: S.str('to | from | both') }, undefined, 'Integration');
const ToolShape = S.obj({
  id: S.str(),
  name: S.str(),
  vendor: S.opt(S.str()),
  category: S.opt(S.str()),
  capabilities: Texts,
  purpose: S.opt(S.str()),
  license: S.opt(S.str()),
  cost: S.opt(Money),
  per: S.opt(S.str('month | year')),
  cost_per_year: S.opt(Money),
  status: S.str('active when the plan does not say'),
  contract_end: S.opt(S.str()),
  owner: S.opt(Ref),
  handles_personal_data: S.opt(S.bool()),
  integrations: S.arr(IntegrationShape),
}, undefined, 'Tool');

/** Nodes and edges of the integration flowchart; `node` is a safe Mermaid id (`t1`, `t2`…). */
const FlowShape = S.obj({
  nodes: S.arr(S.obj({ node: S.str(), id: S.str(), name: S.str(), missing: S.bool() })),
  edges: S.arr(S.obj({ from: S.str('node id'), to: S.str('node id'), both: S.bool('arrows both ways'), data: Texts })),
});

const GanttShape = S.obj({
  sections: S.arr(
    S.obj({
      name: S.str(),
      tasks: S.arr(S.obj({ node: S.str(), name: S.str(), start: S.str(), end: S.str(), phase: S.bool('the phase itself (no initiative)') })),
    }),
  ),
});

const RoadmapPhaseShape = S.obj({
  id: S.str(),
  name: S.str(),
  start: S.opt(S.str()),
  end: S.opt(S.str()),
  initiatives: S.arr(Ref),
  exit_criteria: Texts,
});

const HealthShape = S.obj({ id: S.str(), label: S.str(), n: S.num(), m: S.num(), percent: S.opt(S.num()) }, undefined, 'HealthFigure');
const GapsShape = S.obj({
  errors: S.num(),
  warnings: S.num(),
  infos: S.num(),
  total: S.num(),
  rules: S.arr(S.obj({ rule: S.str(), severity: S.str(), count: S.num(), description: S.str() })),
  health: S.arr(HealthShape),
});

const KpiTreeShape = S.obj({
  goals: S.arr(S.obj({ goal: Ref, kpis: S.arr(KpiShape) })),
  unlinked: S.arr(KpiShape, 'KPIs that measure no goal'),
});

const BudgetShape = S.obj({
  total: S.opt(Money, 'sum of initiative budgets in the plan currency'),
  plan: S.opt(Money),
  remaining: S.opt(Money, 'plan budget minus total (negative when over)'),
  over: S.bool(),
  other: S.arr(Money, 'sums of initiative budgets in other currencies'),
});

/** Who is accountable, responsible, consulted and informed for one initiative. */
const RaciListShape = S.obj(
  { initiative: Ref, accountable: S.opt(Ref), responsible: S.arr(Ref), consulted: S.arr(Ref), informed: S.arr(Ref) },
  undefined,
  'RaciRow',
);

/** Up to this many roles named in RACI fields, the report shows the classic initiatives × roles matrix. */
export const RACI_MATRIX_MAX_ROLES = 8;

const RaciShape = S.obj({
  matrix: S.bool(`true when at most ${RACI_MATRIX_MAX_ROLES} roles are named in RACI fields: draw roles × rows as a matrix; otherwise roles and rows are empty, draw list`),
  roles: S.arr(Ref, 'the matrix columns: every role named in a RACI field (empty when not a matrix)'),
  rows: S.arr(S.obj({ initiative: Ref, cells: Texts }), 'one per initiative, a cell per role column (empty when not a matrix)'),
  list: S.arr(RaciListShape, 'one per initiative, the roles of each RACI field'),
});

export const REPORT_SHAPE = S.obj({
  ...Base,
  goals: S.arr(S.obj({ perspective: S.opt(S.str()), goals: S.arr(GoalShape) }), 'goals grouped by perspective'),
  challenges: S.arr(S.obj({ priority: S.opt(S.str()), challenges: S.arr(ChallengeShape) }), 'challenges grouped by priority'),
  personas: S.arr(PersonaShape),
  journeys: S.arr(JourneyShape),
  kpi_tree: KpiTreeShape,
  kpis: S.arr(KpiShape),
  initiatives: S.arr(InitiativeShape),
  budget: BudgetShape,
  raci: RaciShape,
  team: S.obj({ internal: S.arr(RoleShape), partners: S.arr(RoleShape) }),
  tools: S.arr(ToolShape),
  tool_cost_per_year: S.arr(Money, 'one sum per currency'),
  renewals: S.arr(S.obj({ tool: Ref, contract_end: S.str() }), 'contract ends, soonest first'),
  flow: FlowShape,
  roadmap: S.arr(RoadmapPhaseShape),
  gantt: GanttShape,
  gaps: GapsShape,
});

export const RFP_SHAPE = S.obj({
  ...Base,
  rfp: S.obj({
    internal: S.bool('rendered with --internal: budgets, costs, contract dates and every KPI of the goals are in the data; otherwise they are null or left out'),
    id: S.str(),
    title: S.str(),
    description: S.opt(S.str()),
    partner_type: S.opt(S.str()),
    background: S.opt(S.str()),
    issuer: S.opt(RoleShape),
    company: S.opt(S.str('the issuing company: plan.organization.name, else the issuer role\'s organization')),
    department: S.opt(S.str('plan.organization.department')),
    issued: S.opt(S.str('issue date: timeline.issued, else the --date given')),
    goals: S.arr(S.obj({ goal: GoalShape, kpis: S.arr(KpiShape, 'the KPIs in scope measuring it (every KPI of the goal with --internal)') })),
    kpis: S.arr(KpiShape, 'KPIs in scope: those of the stages and initiatives in scope (with --internal, also every KPI of the goals)'),
    unresolved_goals: S.arr(Ref),
    personas: S.arr(PersonaShape),
    stages: S.arr(StageShape, 'stages in scope, and the stages of the initiatives in scope'),
    unresolved_stages: S.arr(StageRef),
    initiatives: S.arr(InitiativeShape),
    unresolved_initiatives: S.arr(Ref),
    requirements: S.arr(S.obj({ id: S.str(), text: S.str(), priority: S.str('must | should | could') })),
    tools: S.arr(ToolShape, 'the tools the proposal must integrate with, without costs or contract dates (with --internal: the whole tool environment, tools not retiring)'),
    integrations: S.arr(
      S.obj({
        tool: Ref,
        detail: S.opt(ToolShape),
        connections: S.arr(IntegrationShape, 'every integration of the tool, declared on either side; direction as seen from this tool'),
      }),
    ),
    governance: S.arr(RaciListShape),
    budget: S.opt(S.obj({ min: S.opt(S.num()), max: S.opt(S.num()), currency: S.str(), tax: S.str('excluded | included (excluded when the plan does not say); {{range rfp.budget}} prints it') })),
    timeline: S.arr(S.obj({ key: S.str('issued | questions_due | proposals_due | decision | start'), date: S.str() })),
    evaluation: S.arr(S.obj({ criterion: S.str(), weight: S.num(), price: S.bool() })),
    evaluation_total: S.num(),
    qualifications: Texts,
    submission: S.obj({ format: S.opt(S.str()), contact: S.opt(S.str()), instructions: S.opt(S.str()) }),
    clauses: S.arr(S.obj({ key: S.str('tax | confidentiality | proposal_costs | submitted_material'), title: S.str(), text: S.str() }), 'standard clauses: the plan\'s wording or the locale\'s default; those switched off are left out'),
    terms: S.opt(S.str('further terms, free text')),
  }),
});

export const JOURNEY_SHAPE = S.obj({
  ...Base,
  journey: JourneyShape,
  persona: S.opt(PersonaShape),
  kpis: S.arr(KpiShape, 'KPIs measuring its stages'),
  initiatives: S.arr(InitiativeShape, 'initiatives acting on its stages'),
});

export const KPIS_SHAPE = S.obj({
  ...Base,
  kpi_tree: KpiTreeShape,
  kpis: S.arr(KpiShape),
  health: S.arr(HealthShape),
});

export type ReportData = Infer<typeof REPORT_SHAPE>;
export type RfpData = Infer<typeof RFP_SHAPE>;
export type JourneyViewData = Infer<typeof JOURNEY_SHAPE>;
export type KpisData = Infer<typeof KPIS_SHAPE>;
type RefV = Infer<typeof Ref>;
type StageRefV = Infer<typeof StageRef>;
type MoneyV = Infer<typeof Money>;
type KpiV = Infer<typeof KpiShape>;
type StageV = Infer<typeof StageShape>;
type JourneyV = Infer<typeof JourneyShape>;
type GoalV = Infer<typeof GoalShape>;
type InitiativeV = Infer<typeof InitiativeShape>;
type RoleV = Infer<typeof RoleShape>;
type ToolV = Infer<typeof ToolShape>;
type PersonaV = Infer<typeof PersonaShape>;
type HealthV = Infer<typeof HealthShape>;

export type DocumentName = 'report' | 'rfp' | 'journey' | 'kpis';

/** The shape each built-in document's data has (templates are checked against it). */
export const SHAPES = {
  report: REPORT_SHAPE,
  rfp: RFP_SHAPE,
  journey: JOURNEY_SHAPE,
  kpis: KPIS_SHAPE,
} as const;

// ---------------------------------------------------------------------------
// Builders

export interface BuildContext {
  model: PlanModel;
  locale: Lang;
  date: string | null;
  forced: boolean;
  /** Located, localized errors rendered past with --force. */
  problems: Array<{ file: string; line: number; column: number; message: string }>;
}

const str = (v: unknown): string | null => {
  if (typeof v !== 'string') return null;
  const t = v.trim();
  return t !== '' ? t : null;
};
const num = (v: unknown): number | null => asNumber(v) ?? null;
const date = (v: unknown): string | null => asDate(v) ?? null;
const bool = (v: unknown): boolean | null => (typeof v === 'boolean' ? v : null);
const texts = (v: unknown): string[] => asArray(v).map(str).filter((s): s is string => s !== null);

function nameOf(e: Entity): string {
  const d = e.data as Record<string, unknown>;
  return str(e.kind === 'RFP' ? d.title : d.name) ?? e.id;
}

function ref(model: PlanModel, kind: Entity['kind'], id: unknown): RefV | null {
  const s = str(id);
  if (s === null) return null;
  const e = model.getOf(kind, s);
  return e ? entityRef(e) : { id: s, name: null, missing: true };
}
function refs(model: PlanModel, kind: Entity['kind'], v: unknown): RefV[] {
  return asArray(v)
    .map((x) => ref(model, kind, x))
    .filter((r): r is RefV => r !== null);
}
/**
 * One Ref object per entity, shared by every place that points at it (the
 * view data is read-only; a big plan makes hundreds of thousands of refs).
 */
const REFS = new WeakMap<Entity, RefV>();
function entityRef(e: Entity): RefV {
  let r = REFS.get(e);
  if (r === undefined) REFS.set(e, (r = { id: e.id, name: nameOf(e), missing: false }));
  return r;
}
function stageRef(model: PlanModel, key: unknown): StageRefV | null {
  const k = str(key);
  if (k === null) return null;
  const s = model.stage(k);
  return s ? { key: k, name: str(s.data.name) ?? s.id, journey: nameOf(s.journey), missing: false } : { key: k, name: null, journey: null, missing: true };
}
function money(v: unknown): MoneyV | null {
  const o = asObject(v);
  const amount = asNumber(o?.amount);
  const currency = str(o?.currency);
  return amount !== undefined && currency ? { amount, currency } : null;
}

function planData(model: PlanModel): ReportData['plan'] {
  const p = model.plan;
  const d = (p?.data ?? {}) as Record<string, unknown>;
  const period = asObject(d.period);
  return {
    id: p?.id ?? '',
    name: str(d.name) ?? p?.id ?? '',
    organization: organization(d.organization),
    period: period ? { start: date(period.start), end: date(period.end) } : null,
    budget: money(d.budget),
    vision: str(d.vision),
    owner: ref(model, 'Role', d.owner),
    sponsors: refs(model, 'Role', d.sponsors),
  };
}

function organization(v: unknown): ReportData['plan']['organization'] {
  const o = asObject(v);
  const name = str(o?.name);
  return o && name ? { name, department: str(o.department), address: str(o.address), url: str(o.url) } : null;
}

function base(ctx: BuildContext) {
  return { locale: ctx.locale, date: ctx.date, forced: ctx.forced, problems: ctx.problems, plan: planData(ctx.model) };
}

function planCurrency(model: PlanModel): string | null {
  return money(model.plan?.data.budget)?.currency ?? null;
}

function kpi(model: PlanModel, e: Entity<'KPI'>): KpiV {
  const d = e.data as unknown as Record<string, unknown>;
  const b = asObject(d.baseline);
  const t = asObject(d.target);
  const unit = str(d.unit);
  return {
    id: e.id,
    name: nameOf(e),
    definition: str(d.definition),
    unit,
    currency: unit === 'currency' ? planCurrency(model) : null,
    category: str(d.category),
    direction: str(d.direction),
    baseline: b ? { value: num(b.value), as_of: date(b.as_of) } : null,
    target: t ? { value: num(t.value), by: date(t.by) } : null,
    cadence: str(d.cadence),
    stage: stageRef(model, d.stage),
    goals: refs(model, 'Goal', d.goals),
    owner: ref(model, 'Role', d.owner),
    source: ref(model, 'Tool', d.source),
  };
}

function stage(model: PlanModel, s: Stage): StageV {
  const d = s.data as unknown as Record<string, unknown>;
  return {
    id: s.id,
    key: s.key,
    name: str(d.name) ?? s.id,
    journey: nameOf(s.journey),
    phase: str(d.phase),
    customer_goal: texts(d.customer_goal),
    actions: texts(d.actions),
    thoughts: texts(d.thoughts),
    pain_points: texts(d.pain_points),
    opportunities: texts(d.opportunities),
    emotion: num(d.emotion),
    touchpoints: asArray(d.touchpoints)
      .map(asObject)
      .filter((t): t is Record<string, unknown> => t !== undefined)
      .map((t) => ({ channel: str(t.channel) ?? '', tool: ref(model, 'Tool', t.tool), owner: ref(model, 'Role', t.owner), online: bool(t.online) })),
    owner: ref(model, 'Role', d.owner),
    kpis: model.referrers(s, 'KPI.stage').map((r) => entityRef(r.source)),
  };
}

function journey(model: PlanModel, e: Entity<'Journey'>, locale: Lang): JourneyV {
  const stages = model.stagesOf(e).map((s) => stage(model, s));
  const diagram: JourneyV['diagram'] = [];
  for (const s of stages) {
    if (s.emotion === null) continue;
    // Phase words as Mermaid journey sections (the diagram has no helper calls for them).
    const section = s.phase ? label('phase', s.phase, locale) : s.name;
    const last = diagram[diagram.length - 1];
    if (last && last.section === section) last.stages.push({ name: s.name, emotion: s.emotion });
    else diagram.push({ section, stages: [{ name: s.name, emotion: s.emotion }] });
  }
  return {
    id: e.id,
    name: nameOf(e),
    description: str(e.data.description),
    persona: ref(model, 'Persona', e.data.persona),
    stages,
    diagram,
  };
}

function persona(e: Entity<'Persona'>): PersonaV {
  const d = e.data as unknown as Record<string, unknown>;
  const attrs = asObject(d.attributes) ?? {};
  return {
    id: e.id,
    name: nameOf(e),
    description: str(d.description),
    attributes: Object.keys(attrs).map((key) => ({ key, value: attrs[key] === null || attrs[key] === undefined ? '' : String(attrs[key]) })),
    needs: texts(d.needs),
    behaviors: texts(d.behaviors),
    segment_size: num(d.segment_size),
    channels: texts(d.channels),
  };
}

function goal(model: PlanModel, e: Entity<'Goal'>): GoalV {
  const d = e.data as unknown as Record<string, unknown>;
  return {
    id: e.id,
    name: nameOf(e),
    statement: str(d.statement),
    perspective: str(d.perspective),
    horizon: str(d.horizon),
    priority: num(d.priority),
    owner: ref(model, 'Role', d.owner),
    agreed_by: asArray(d.agreed_by)
      .map(asObject)
      .filter((a): a is Record<string, unknown> => a !== undefined && str(a.role) !== null)
      .map((a) => ({ role: ref(model, 'Role', a.role)!, on: date(a.on) })),
    kpis: model.referrers(e, 'KPI.goals[]').map((r) => entityRef(r.source)),
  };
}

const FIT_KEYS = ['purpose', 'target', 'budget', 'differentiation', 'sustainability'] as const;

function initiative(model: PlanModel, e: Entity<'Initiative'>): InitiativeV {
  const d = e.data as unknown as Record<string, unknown>;
  const f = asObject(d.fit);
  let fit: InitiativeV['fit'] = null;
  if (f) {
    const scores = FIT_KEYS.map((k) => num(f[k]));
    const given = scores.filter((s): s is number => s !== null);
    fit = {
      purpose: scores[0]!,
      target: scores[1]!,
      budget: scores[2]!,
      differentiation: scores[3]!,
      sustainability: scores[4]!,
      average: given.length ? Math.round((given.reduce((a, b) => a + b, 0) / given.length) * 10) / 10 : null,
    };
  }
  return {
    id: e.id,
    name: nameOf(e),
    description: str(d.description),
    channel: str(d.channel),
    stages: asArray(d.stages)
      .map((s) => stageRef(model, s))
      .filter((s): s is StageRefV => s !== null),
    kpis: refs(model, 'KPI', d.kpis),
    challenges: refs(model, 'Challenge', d.challenges),
    tools: refs(model, 'Tool', d.tools),
    accountable: ref(model, 'Role', d.accountable),
    responsible: refs(model, 'Role', d.responsible),
    consulted: refs(model, 'Role', d.consulted),
    informed: refs(model, 'Role', d.informed),
    budget: money(d.budget),
    start: date(d.start),
    end: date(d.end),
    // As the format says, and as personal-data-no-consent judges it: when omitted, true if any
    // of its tools handles personal data or its automation messages people on a personal channel.
    uses_personal_data:
      bool(d.uses_personal_data) ??
      (personalDataTool(d.tools, (t) => model.getOf('Tool', t)) || personalAutomation(d.automation) ? true : null),
    consent: str(d.consent),
    fit,
    automation: asArray(d.automation)
      .map(asObject)
      .filter((a): a is Record<string, unknown> => a !== undefined && str(a.at) !== null)
      .map((a) => ({ at: str(a.at)!, channel: str(a.channel) ?? '', message: str(a.message) ?? '', audience: str(a.audience) })),
  };
}

function role(model: PlanModel, e: Entity<'Role'>): RoleV {
  const d = e.data as unknown as Record<string, unknown>;
  return {
    id: e.id,
    name: nameOf(e),
    type: str(d.type),
    level: str(d.level),
    partner_type: str(d.partner_type),
    organization: str(d.organization),
    person: str(d.person),
    responsibilities: texts(d.responsibilities),
    reports_to: ref(model, 'Role', d.reports_to),
  };
}

function tool(model: PlanModel, e: Entity<'Tool'>): ToolV {
  const d = e.data as unknown as Record<string, unknown>;
  const cost = money(d.cost);
  const per = str(asObject(d.cost)?.per);
  return {
    id: e.id,
    name: nameOf(e),
    vendor: str(d.vendor),
    category: str(d.category),
    capabilities: texts(d.capabilities),
    purpose: str(d.purpose),
    license: str(d.license),
    cost,
    per,
    cost_per_year: cost ? { amount: per === 'month' ? cost.amount * 12 : cost.amount, currency: cost.currency } : null,
    status: str(d.status) ?? 'active',
    contract_end: date(d.contract_end),
    owner: ref(model, 'Role', d.owner),
    handles_personal_data: bool(d.handles_personal_data),
    integrations: asArray(d.integrations)
      .map(asObject)
      .filter((i): i is Record<string, unknown> => i !== undefined && str(i.tool) !== null)
      .map((i) => ({ tool: ref(model, 'Tool', i.tool)!, data: texts(i.data), direction: str(i.direction) ?? 'both' })),
  };
}

const PERSPECTIVE_ORDER = ['financial', 'customer', 'process', 'learning'];
const PRIORITY_ORDER = ['high', 'medium', 'low'];

/** Group items by a key in a fixed order, unknown keys after (alphabetically), null last. */
function groupBy<T>(items: T[], key: (t: T) => string | null, order: string[]): Array<{ key: string | null; items: T[] }> {
  const groups = new Map<string | null, T[]>();
  for (const it of items) {
    const k = key(it);
    const l = groups.get(k) ?? [];
    l.push(it);
    groups.set(k, l);
  }
  const rank = (k: string | null) => (k === null ? [2, ''] : order.includes(k) ? [0, String(order.indexOf(k)).padStart(3, '0')] : [1, k]);
  return [...groups.keys()]
    .sort((a, b) => {
      const [ra, sa] = rank(a);
      const [rb, sb] = rank(b);
      return ra !== rb ? (ra as number) - (rb as number) : sa! < sb! ? -1 : sa! > sb! ? 1 : 0;
    })
    .map((k) => ({ key: k, items: groups.get(k)! }));
}

/** Stable sort: by priority (null last), keeping plan order otherwise. */
function byPriority<T extends { priority: number | null }>(items: T[]): T[] {
  return items
    .map((it, i) => ({ it, i }))
    .sort((a, b) => (a.it.priority ?? 99) - (b.it.priority ?? 99) || a.i - b.i)
    .map((x) => x.it);
}
/** Stable sort by a date (null last). */
function byDate<T>(items: T[], d: (t: T) => string | null): T[] {
  return items
    .map((it, i) => ({ it, i }))
    .sort((a, b) => {
      const da = d(a.it) ?? '9999';
      const db = d(b.it) ?? '9999';
      return da < db ? -1 : da > db ? 1 : a.i - b.i;
    })
    .map((x) => x.it);
}

function sortedGoals(model: PlanModel): GoalV[] {
  return byPriority(model.ofKind('Goal').map((g) => goal(model, g)));
}

/** Goals (sorted) with the KPIs measuring each, then the KPIs measuring none; `kpis` is every KPI's view, in plan order. */
function kpiTree(model: PlanModel, goals: GoalV[], kpis: KpiV[]): ReportData['kpi_tree'] {
  const all = model.ofKind('KPI');
  const viewOf = new Map<Entity, KpiV>();
  all.forEach((k, i) => viewOf.set(k, kpis[i]!));
  const linked = new Set<string>();
  const tree = goals.map((g) => {
    const kpis = model.referrers(g.id, 'KPI.goals[]').map((r) => {
      linked.add(r.source.id);
      return viewOf.get(r.source)!; // a KPI.goals[] reference comes from a KPI
    });
    return { goal: { id: g.id, name: g.name, missing: false }, kpis };
  });
  return { goals: tree, unlinked: all.filter((k) => !linked.has(k.id)).map((k) => viewOf.get(k)!) };
}

function sumMoney(items: Array<MoneyV | null>): MoneyV[] {
  const by = new Map<string, number>();
  for (const m of items) if (m) by.set(m.currency, (by.get(m.currency) ?? 0) + m.amount);
  return [...by.keys()].sort().map((currency) => ({ amount: round2(by.get(currency)!), currency }));
}
function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

function budget(model: PlanModel, inits: InitiativeV[]): ReportData['budget'] {
  const plan = money(model.plan?.data.budget);
  const sums = sumMoney(inits.map((i) => i.budget));
  const cur = plan?.currency ?? sums[0]?.currency;
  const total = sums.find((s) => s.currency === cur) ?? (plan ? { amount: 0, currency: plan.currency } : null);
  const remaining = plan && total ? { amount: round2(plan.amount - total.amount), currency: plan.currency } : null;
  return { total, plan, remaining, over: remaining !== null && remaining.amount < 0, other: sums.filter((s) => s.currency !== cur) };
}

type RaciRowV = ReportData['raci']['list'][number];
function raciOf(i: InitiativeV): RaciRowV {
  return {
    initiative: { id: i.id, name: i.name, missing: false },
    accountable: i.accountable,
    responsible: i.responsible,
    consulted: i.consulted,
    informed: i.informed,
  };
}

function raci(model: PlanModel, inits: InitiativeV[]): ReportData['raci'] {
  const list = inits.map(raciOf);
  const named = new Set<string>();
  for (const i of inits) for (const r of [i.accountable, ...i.responsible, ...i.consulted, ...i.informed]) if (r) named.add(r.id);
  // Too many columns to read (GitHub, a viewer, print): one row per
  // initiative listing the roles instead, and no matrix cells built.
  if (named.size > RACI_MATRIX_MAX_ROLES) return { matrix: false, roles: [], rows: [], list };
  // Columns: roles in plan order, then ids that point nowhere (alphabetically).
  const roles: RefV[] = model.ofKind('Role').filter((r) => named.has(r.id)).map(entityRef);
  for (const id of [...named].sort()) if (!model.getOf('Role', id)) roles.push({ id, name: null, missing: true });
  // Each row starts empty; only the few roles an initiative names get letters
  // (the matrix is initiatives × roles: millions of cells on a big plan).
  const columns = new Map<string, number[]>();
  roles.forEach((r, c) => {
    const cs = columns.get(r.id);
    if (cs) cs.push(c);
    else columns.set(r.id, [c]);
  });
  const rows = inits.map((i) => {
    const cells: string[] = new Array<string>(roles.length).fill('');
    // Letters in A/R/C/I order, each once per role.
    const add = (r: RefV | null, l: string) => {
      for (const c of (r && columns.get(r.id)) || []) {
        const had = cells[c]!;
        if (had === '') cells[c] = l;
        else if (!had.endsWith(l)) cells[c] = `${had}/${l}`;
      }
    };
    add(i.accountable, 'A');
    for (const r of i.responsible) add(r, 'R');
    for (const r of i.consulted) add(r, 'C');
    for (const r of i.informed) add(r, 'I');
    return { initiative: { id: i.id, name: i.name, missing: false }, cells };
  });
  return { matrix: true, roles, rows, list };
}

function flow(tools: ToolV[]): ReportData['flow'] {
  const nodeOf = new Map<string, string>();
  const nodes: ReportData['flow']['nodes'] = [];
  const addNode = (r: RefV) => {
    let n = nodeOf.get(r.id);
    if (!n) {
      n = `t${nodes.length + 1}`;
      nodeOf.set(r.id, n);
      nodes.push({ node: n, id: r.id, name: r.name ?? r.id, missing: r.missing });
    }
    return n;
  };
  for (const t of tools) addNode({ id: t.id, name: t.name, missing: false });
  const edges: ReportData['flow']['edges'] = [];
  const seen = new Set<string>();
  for (const t of tools) {
    for (const i of t.integrations) {
      const a = addNode({ id: t.id, name: t.name, missing: false });
      const b = addNode(i.tool);
      const [from, to] = i.direction === 'from' ? [b, a] : [a, b];
      const both = i.direction !== 'to' && i.direction !== 'from';
      const key = both ? `${[from, to].sort().join('<>')}` : `${from}>${to}`;
      if (seen.has(key)) continue;
      seen.add(key);
      edges.push({ from, to, both, data: i.data });
    }
  }
  return { nodes, edges };
}

function roadmap(model: PlanModel, inits: InitiativeV[]): { roadmap: ReportData['roadmap']; gantt: ReportData['gantt'] } {
  const phases = asArray(model.plan?.data.roadmap)
    .map(asObject)
    .filter((p): p is Record<string, unknown> => p !== undefined);
  const byId = new Map(inits.map((i) => [i.id, i]));
  let n = 0;
  const rm: ReportData['roadmap'] = [];
  const sections: ReportData['gantt']['sections'] = [];
  for (const p of phases) {
    const phase = {
      id: str(p.id) ?? '',
      name: str(p.name) ?? str(p.id) ?? '',
      start: date(p.start),
      end: date(p.end),
      initiatives: refs(model, 'Initiative', p.initiatives),
      exit_criteria: texts(p.exit_criteria),
    };
    rm.push(phase);
    const tasks: ReportData['gantt']['sections'][number]['tasks'] = [];
    if (phase.start && phase.end) tasks.push({ node: `p${++n}`, name: phase.name, start: phase.start, end: phase.end, phase: true });
    for (const r of phase.initiatives) {
      const i = byId.get(r.id);
      const start = i?.start ?? phase.start;
      const end = i?.end ?? phase.end;
      if (i && start && end && start <= end) tasks.push({ node: `i${++n}`, name: i.name, start, end, phase: false });
    }
    if (tasks.length) sections.push({ name: phase.name, tasks });
  }
  return { roadmap: rm, gantt: { sections } };
}

export interface GapInput {
  /** Lint findings (rule diagnostics only). */
  findings: Diagnostic[];
  rules: ReadonlyMap<string, Rule>;
  health: HealthFigure[];
}

function healthData(health: HealthFigure[], locale: Lang): HealthV[] {
  return health.map((h) => ({ id: h.id, label: healthLabel(h.id, locale), n: h.n, m: h.m, percent: h.percent }));
}

function gaps(g: GapInput, locale: Lang): ReportData['gaps'] {
  const byRule = new Map<string, { severity: string; count: number }>();
  for (const d of g.findings) {
    const x = byRule.get(d.rule) ?? { severity: d.severity, count: 0 };
    x.count++;
    byRule.set(d.rule, x);
  }
  const rank: Record<string, number> = { error: 0, warn: 1, info: 2 };
  const rules = [...byRule.entries()]
    .sort(([ra, a], [rb, b]) => (rank[a.severity] ?? 3) - (rank[b.severity] ?? 3) || b.count - a.count || (ra < rb ? -1 : 1))
    .map(([rule, x]) => ({ rule, severity: x.severity, count: x.count, description: g.rules.get(rule)?.meta.description[locale] ?? rule }));
  const count = (s: string) => g.findings.filter((d) => d.severity === s).length;
  return { errors: count('error'), warnings: count('warn'), infos: count('info'), total: g.findings.length, rules, health: healthData(g.health, locale) };
}

function sortedInitiatives(model: PlanModel): InitiativeV[] {
  return byDate(
    model.ofKind('Initiative').map((i) => initiative(model, i)),
    (i) => i.start,
  );
}

export function buildReportData(ctx: BuildContext, gapInput: GapInput): ReportData {
  const { model } = ctx;
  const sorted = sortedGoals(model);
  const kpis = model.ofKind('KPI').map((k) => kpi(model, k));
  const goals = groupBy(sorted, (g) => g.perspective, PERSPECTIVE_ORDER).map((x) => ({ perspective: x.key, goals: x.items }));
  const challenges = groupBy(
    model.ofKind('Challenge').map((e) => {
      const d = e.data as unknown as Record<string, unknown>;
      return {
        id: e.id,
        name: nameOf(e),
        goal: ref(model, 'Goal', d.goal),
        current: str(d.current),
        problem: str(d.problem),
        priority: str(d.priority),
        owner: ref(model, 'Role', d.owner),
        initiatives: model.referrers(e, 'Initiative.challenges[]').map((r) => entityRef(r.source)),
      };
    }),
    (c) => c.priority,
    PRIORITY_ORDER,
  ).map((x) => ({ priority: x.key, challenges: x.items }));
  const inits = sortedInitiatives(model);
  const roles = model.ofKind('Role').map((r) => role(model, r));
  const tools = model.ofKind('Tool').map((t) => tool(model, t));
  const { roadmap: rm, gantt } = roadmap(model, inits);
  return {
    ...base(ctx),
    goals,
    challenges,
    personas: model.ofKind('Persona').map(persona),
    journeys: model.ofKind('Journey').map((j) => journey(model, j, ctx.locale)),
    kpi_tree: kpiTree(model, sorted, kpis),
    kpis,
    initiatives: inits,
    budget: budget(model, inits),
    raci: raci(model, inits),
    team: { internal: roles.filter((r) => r.type !== 'partner'), partners: roles.filter((r) => r.type === 'partner') },
    tools,
    tool_cost_per_year: sumMoney(tools.filter((t) => t.status !== 'retiring').map((t) => t.cost_per_year)),
    renewals: byDate(
      tools.filter((t) => t.contract_end !== null).map((t) => ({ tool: { id: t.id, name: t.name, missing: false }, contract_end: t.contract_end! })),
      (r) => r.contract_end,
    ),
    flow: flow(tools),
    roadmap: rm,
    gantt,
    gaps: gaps(gapInput, ctx.locale),
  };
}

const TIMELINE_KEYS = ['issued', 'questions_due', 'proposals_due', 'decision', 'start'] as const;

/** A tool as a bidder sees it: what it is and what it connects to, without what we pay for it or when the contract ends. */
function toolForBidders(t: ToolV): ToolV {
  return { ...t, license: null, cost: null, per: null, cost_per_year: null, contract_end: null };
}

/**
 * The RFP's data. By default only what a bidder needs: no plan or initiative
 * budgets, no fit scores, no tool costs or contract dates, only the tools to
 * integrate with and only the KPIs of the stages and initiatives in scope.
 * `internal` keeps all of it, for review inside the company.
 */
export function buildRfpData(ctx: BuildContext, rfp: Entity<'RFP'>, opts: { internal?: boolean } = {}): RfpData {
  const { model } = ctx;
  const internal = opts.internal === true;
  const d = rfp.data as unknown as Record<string, unknown>;
  const scope = asObject(d.scope) ?? {};
  const issuerEntity = model.getOf('Role', d.issuer);
  const initRefs = refs(model, 'Initiative', scope.initiatives);
  const fullInitiatives = initRefs.filter((r) => !r.missing).map((r) => initiative(model, model.getOf('Initiative', r.id)!));
  const initiatives = internal ? fullInitiatives : fullInitiatives.map((i) => ({ ...i, budget: null, fit: null }));
  // Stages in scope: the listed stages, then the stages of the initiatives in scope; in journey order.
  const stageKeys = new Set<string>();
  const unresolvedStages: StageRefV[] = [];
  for (const k of asArray(scope.stages)) {
    const s = stageRef(model, k);
    if (!s) continue;
    if (s.missing) unresolvedStages.push(s);
    else stageKeys.add(s.key);
  }
  for (const i of initiatives) for (const s of i.stages) if (!s.missing) stageKeys.add(s.key);
  const stageObjs = model.stages.filter((s) => stageKeys.has(s.key));
  // KPIs in scope: those measuring a stage in scope, and those an initiative in scope names.
  const inScope = new Set<string>();
  for (const s of stageObjs) for (const r of model.referrers(s, 'KPI.stage')) inScope.add(r.source.id);
  for (const i of initiatives) for (const k of i.kpis) if (!k.missing) inScope.add(k.id);
  const goalRefs = refs(model, 'Goal', d.goals);
  const goals = goalRefs
    .filter((g) => !g.missing)
    .map((g) => {
      const e = model.getOf('Goal', g.id)!;
      const view = goal(model, e);
      const measuring = model.referrers(e, 'KPI.goals[]').filter((r) => internal || inScope.has(r.source.id));
      return {
        goal: internal ? view : { ...view, kpis: view.kpis.filter((k) => inScope.has(k.id)) },
        kpis: measuring.map((r) => kpi(model, r.source as Entity<'KPI'>)),
      };
    });
  if (internal) for (const g of goals) for (const k of g.kpis) inScope.add(k.id);
  const kpis = model.ofKind('KPI').filter((k) => inScope.has(k.id)).map((k) => kpi(model, k));
  const personaIds: string[] = [];
  for (const s of stageObjs) {
    const p = str(s.journey.data.persona);
    if (p && !personaIds.includes(p)) personaIds.push(p);
  }
  const integrationRefs = refs(model, 'Tool', d.integrations);
  const b = asObject(d.budget);
  const t = asObject(d.timeline) ?? {};
  const sub = asObject(d.submission) ?? {};
  const evaluation = asArray(d.evaluation)
    .map(asObject)
    .filter((e): e is Record<string, unknown> => e !== undefined)
    .map((e) => ({ criterion: str(e.criterion) ?? '', weight: num(e.weight) ?? 0, price: e.price === true }));
  const issuer = issuerEntity ? role(model, issuerEntity) : null;
  const common = base(ctx);
  const org = common.plan.organization;
  const integrations = integrationRefs.map((r) => {
    const full = r.missing ? null : tool(model, model.getOf('Tool', r.id)!);
    const connections = full ? [...full.integrations] : [];
    for (const ref of full ? model.referrers(r.id, 'Tool.integrations[].tool') : []) {
      const other = tool(model, ref.source as Entity<'Tool'>);
      for (const i of other.integrations) {
        if (i.tool.id !== r.id || connections.some((c) => c.tool.id === other.id)) continue;
        const direction = i.direction === 'to' ? 'from' : i.direction === 'from' ? 'to' : 'both';
        connections.push({ tool: { id: other.id, name: other.name, missing: false }, data: i.data, direction });
      }
    }
    return { tool: r, detail: full && !internal ? toolForBidders(full) : full, connections };
  });
  const clauseData = asObject(d.clauses) ?? {};
  const tax = b && str(b.tax) === 'included' ? 'included' : 'excluded';
  const clauses: RfpData['rfp']['clauses'] = [{ key: 'tax', title: clauseTitle('tax', ctx.locale), text: taxClause(tax, ctx.locale) }];
  for (const key of CLAUSE_KEYS) {
    const v = clauseData[key];
    if (v === false) continue;
    clauses.push({ key, title: clauseTitle(key, ctx.locale), text: str(v) ?? defaultClause(key, ctx.locale) });
  }
  return {
    ...common,
    plan: internal ? common.plan : { ...common.plan, budget: null },
    rfp: {
      internal,
      id: rfp.id,
      title: nameOf(rfp),
      description: str(d.description),
      partner_type: str(d.partner_type),
      background: str(d.background),
      issuer,
      company: org?.name ?? issuer?.organization ?? null,
      department: org?.department ?? null,
      issued: date(t.issued) ?? ctx.date,
      goals,
      kpis,
      unresolved_goals: goalRefs.filter((g) => g.missing),
      personas: personaIds
        .map((id) => model.getOf('Persona', id))
        .filter((p): p is Entity<'Persona'> => p !== undefined)
        .map(persona),
      stages: stageObjs.map((s) => stage(model, s)),
      unresolved_stages: unresolvedStages,
      initiatives,
      unresolved_initiatives: initRefs.filter((r) => r.missing),
      requirements: asArray(d.requirements)
        .map(asObject)
        .filter((r): r is Record<string, unknown> => r !== undefined)
        .map((r) => ({ id: str(r.id) ?? '', text: str(r.text) ?? '', priority: str(r.priority) ?? 'should' }))
        .map((r, i) => ({ r, i }))
        .sort((a, b) => PRIO_RANK(a.r.priority) - PRIO_RANK(b.r.priority) || a.i - b.i)
        .map((x) => x.r),
      tools: internal
        ? model
            .ofKind('Tool')
            .map((e) => tool(model, e))
            .filter((x) => x.status !== 'retiring')
        : integrations.map((i) => i.detail).filter((x): x is ToolV => x !== null),
      integrations,
      governance: initiatives.map(raciOf),
      budget: b && str(b.currency) ? { min: num(b.min), max: num(b.max), currency: str(b.currency)!, tax } : null,
      timeline: TIMELINE_KEYS.filter((k) => date(t[k]) !== null).map((k) => ({ key: k, date: date(t[k])! })),
      evaluation,
      evaluation_total: evaluation.reduce((a, e) => a + e.weight, 0),
      qualifications: texts(d.qualifications),
      submission: { format: str(sub.format), contact: str(sub.contact), instructions: str(sub.instructions) },
      clauses,
      terms: str(d.terms),
    },
  };
}

function PRIO_RANK(p: string): number {
  const i = ['must', 'should', 'could', 'wont'].indexOf(p);
  return i < 0 ? 9 : i;
}

export function buildJourneyData(ctx: BuildContext, j: Entity<'Journey'>): JourneyViewData {
  const { model } = ctx;
  const stages = model.stagesOf(j);
  const kpis: KpiV[] = [];
  const inits = new Map<string, InitiativeV>();
  for (const s of stages) {
    for (const r of model.referrers(s, 'KPI.stage')) kpis.push(kpi(model, r.source as Entity<'KPI'>));
    for (const r of model.referrers(s, 'Initiative.stages[]')) if (!inits.has(r.source.id)) inits.set(r.source.id, initiative(model, r.source as Entity<'Initiative'>));
  }
  const p = model.getOf('Persona', j.data.persona);
  return {
    ...base(ctx),
    journey: journey(model, j, ctx.locale),
    persona: p ? persona(p) : null,
    kpis,
    initiatives: byDate([...inits.values()], (i) => i.start),
  };
}

export function buildKpisData(ctx: BuildContext, health: HealthFigure[]): KpisData {
  const { model } = ctx;
  const kpis = model.ofKind('KPI').map((k) => kpi(model, k));
  return { ...base(ctx), kpi_tree: kpiTree(model, sortedGoals(model), kpis), kpis, health: healthData(health, ctx.locale) };
}

/** Ids of the documents a rendering draws on (to decide which errors affect it). */
export function entitiesUsedByRfp(model: PlanModel, rfp: Entity<'RFP'>): Set<string> {
  const used = new Set<string>([rfp.id]);
  for (const r of model.references(rfp)) if (r.target) used.add(r.target.kind === 'Stage' ? r.target.journey.id : r.target.id);
  return used;
}

/** The data outline of every document, as Markdown (docs/render.md embeds it; a test keeps it current). */
export function describeDocuments(): string {
  const seen = new Set<string>();
  return (Object.keys(SHAPES) as DocumentName[])
    .map((doc) => `#### \`${doc}\`\n\n\`\`\`text\n${describeShape(SHAPES[doc], '', seen)}\n\`\`\`\n`)
    .join('\n');
}

import type { ParsedDoc, SourceFile } from '../load/source.js';
import type { Kind } from './kinds.js';

/**
 * Shapes of the plan's documents as the schemas describe them. A document
 * with schema errors still enters the model (so one typo does not cascade
 * into dozens of findings), so rules must not trust these types blindly:
 * read values through the helpers in `src/rules/util.ts`.
 */
export interface Money {
  amount: number;
  currency: string;
}
export type TextOrList = string | string[];

export interface PlanData {
  kind: 'Plan';
  id: string;
  name: string;
  version: 1;
  locale?: 'en' | 'ja';
  period?: { start?: string; end?: string };
  budget?: Money;
  vision?: string;
  owner?: string;
  sponsors?: string[];
  roadmap?: Array<{ id: string; name: string; start?: string; end?: string; initiatives?: string[]; exit_criteria?: string[] }>;
  lint?: {
    rules?: Record<string, unknown>;
    ignore?: string[];
    extends?: string | string[];
    custom?: unknown[];
    plugins?: string[];
  };
  [k: string]: unknown;
}
export interface GoalData {
  kind: 'Goal';
  id: string;
  name: string;
  statement?: string;
  perspective?: 'financial' | 'customer' | 'process' | 'learning';
  horizon?: 'short' | 'mid' | 'long';
  priority?: number;
  owner?: string;
  agreed_by?: Array<{ role: string; on?: string }>;
  [k: string]: unknown;
}
export interface ChallengeData {
  kind: 'Challenge';
  id: string;
  name: string;
  goal?: string;
  current?: string;
  problem?: string;
  priority?: 'high' | 'medium' | 'low';
  owner?: string;
  [k: string]: unknown;
}
export interface PersonaData {
  kind: 'Persona';
  id: string;
  name: string;
  description?: string;
  attributes?: Record<string, string>;
  needs?: string[];
  behaviors?: string[];
  segment_size?: number;
  channels?: string[];
  [k: string]: unknown;
}
export interface TouchpointData {
  channel: string;
  tool?: string;
  owner?: string;
  online?: boolean;
  [k: string]: unknown;
}
export type Phase = 'awareness' | 'interest' | 'consideration' | 'purchase' | 'onboarding' | 'usage' | 'retention' | 'advocacy';
export interface StageData {
  id: string;
  name: string;
  phase?: Phase;
  customer_goal?: TextOrList;
  actions?: TextOrList;
  thoughts?: TextOrList;
  pain_points?: TextOrList;
  opportunities?: TextOrList;
  emotion?: number;
  touchpoints?: TouchpointData[];
  owner?: string;
  [k: string]: unknown;
}
export interface JourneyData {
  kind: 'Journey';
  id: string;
  name: string;
  persona?: string;
  description?: string;
  stages?: StageData[];
  [k: string]: unknown;
}
export interface KPIData {
  kind: 'KPI';
  id: string;
  name: string;
  definition?: string;
  unit?: 'percent' | 'count' | 'currency' | 'ratio' | 'duration' | 'score';
  category?: 'education' | 'engagement' | 'advocacy' | 'conversion' | 'financial' | 'operational';
  direction?: 'increase' | 'decrease' | 'maintain';
  baseline?: { value?: number; as_of?: string };
  target?: { value?: number; by?: string };
  cadence?: 'daily' | 'weekly' | 'monthly' | 'quarterly';
  stage?: string;
  goals?: string[];
  owner?: string;
  source?: string;
  [k: string]: unknown;
}
export interface InitiativeData {
  kind: 'Initiative';
  id: string;
  name: string;
  description?: string;
  channel?: string;
  stages?: string[];
  kpis?: string[];
  challenges?: string[];
  tools?: string[];
  accountable?: string;
  responsible?: string | string[];
  consulted?: string | string[];
  informed?: string | string[];
  budget?: Money;
  start?: string;
  end?: string;
  uses_personal_data?: boolean;
  consent?: string;
  fit?: Partial<Record<'purpose' | 'target' | 'budget' | 'differentiation' | 'sustainability', number>>;
  automation?: Array<{ at: string; channel: string; message: string; audience?: string }>;
  [k: string]: unknown;
}
export interface RoleData {
  kind: 'Role';
  id: string;
  name: string;
  type?: 'internal' | 'partner';
  level?: 'executive' | 'manager' | 'practitioner';
  partner_type?: string;
  organization?: string;
  person?: string;
  responsibilities?: string[];
  reports_to?: string;
  [k: string]: unknown;
}
export interface ToolData {
  kind: 'Tool';
  id: string;
  name: string;
  vendor?: string;
  category?: string;
  capabilities?: string[];
  purpose?: string;
  license?: 'subscription' | 'perpetual' | 'open-source' | 'free';
  cost?: Money & { per?: 'month' | 'year' };
  status?: 'active' | 'planned' | 'evaluating' | 'retiring';
  contract_end?: string;
  owner?: string;
  handles_personal_data?: boolean;
  integrations?: Array<{ tool: string; data?: string[]; direction?: 'to' | 'from' | 'both' }>;
  [k: string]: unknown;
}
export interface RFPData {
  kind: 'RFP';
  id: string;
  title: string;
  partner_type?: string;
  issuer?: string;
  background?: string;
  goals?: string[];
  scope?: { initiatives?: string[]; stages?: string[] };
  requirements?: Array<{ id: string; text: string; priority: 'must' | 'should' | 'could' }>;
  integrations?: string[];
  budget?: { min?: number; max?: number; currency?: string };
  timeline?: Partial<Record<'issued' | 'questions_due' | 'proposals_due' | 'decision' | 'start', string>>;
  evaluation?: Array<{ criterion: string; weight: number; price?: boolean }>;
  qualifications?: string[];
  submission?: { format?: string; contact?: string; instructions?: string };
  [k: string]: unknown;
}

export interface DataByKind {
  Plan: PlanData;
  Goal: GoalData;
  Challenge: ChallengeData;
  Persona: PersonaData;
  Journey: JourneyData;
  KPI: KPIData;
  Initiative: InitiativeData;
  Role: RoleData;
  Tool: ToolData;
  RFP: RFPData;
}

/** One plan document with a valid kind and id. */
export interface Entity<K extends Kind = Kind> {
  kind: K;
  id: string;
  /** The key other documents use to refer to it (its id). */
  key: string;
  data: DataByKind[K];
  file: SourceFile;
  /** The document: its plain value and where each of its nodes sits (`model.locate`). */
  doc: ParsedDoc;
  /** False when the document failed schema validation. */
  valid: boolean;
  /**
   * Read from a document with YAML errors: only what the parser could still
   * make of it (not schema-checked, `valid` false). References to it and from
   * it resolve, so one slip does not break the rest of the plan; nothing is
   * reported about it until its YAML error is fixed.
   */
  partial?: true;
  /**
   * Fields written under a misspelt key the validator recognised (`ownr:` for
   * `owner`): the field meant → the value written there. Findings about such a
   * field being absent are left out; the schema finding says what to fix.
   */
  misspelt?: Map<string, unknown>;
}

/** A journey stage, addressable as `journey-id/stage-id`. */
export interface Stage {
  kind: 'Stage';
  /** `journey-id/stage-id` */
  key: string;
  id: string;
  journey: Entity<'Journey'>;
  /** Position in the journey's `stages` list. */
  index: number;
  data: StageData;
}

export type Target = Entity | Stage;

/** A path inside a document, as keys and list indexes: `['stages', 2, 'owner']`. */
/** Where a value sits in a document: keys and list indexes from the top (defined by the loader, which locates paths). */
export type { Path } from '../load/positions.js';

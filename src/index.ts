/**
 * mplan's public API, for plugin authors and tools that embed mplan:
 *
 *   import { defineRule, asArray } from 'mplan';
 *   import type { Rule, RuleContext, Entity } from 'mplan';
 *
 * Plugin rules are written against the same `Rule` interface as mplan's
 * built-in rules (see docs/plugins.md). Everything else in the package is
 * internal and may change between versions.
 */

// ── running mplan ──────────────────────────────────────────────────────
export { checkPlan } from './app/pipeline.js';
export type { CheckOptions, CheckResult } from './app/pipeline.js';

// ── writing rules ──────────────────────────────────────────────────────
export { defineRule } from './rules/types.js';
export type { AboutField, OwnField, Report, RelatedReport, Rule, RuleCategory, RuleContext, RuleMessage, RuleMeta } from './rules/types.js';
export { asArray, asDate, asNumber, asObject, asString, hasText, planPeriod } from './rules/util.js';
export type { MessageText, Lang } from './i18n/types.js';

// ── the plan model ─────────────────────────────────────────────────────
export type { PlanModel } from './model/model.js';
export { KINDS, isKind } from './model/kinds.js';
export type { Kind, TargetKind } from './model/kinds.js';
export { REFERENCE_FIELDS } from './model/refs.js';
export type { Ref, ReferenceField, ReferenceFieldSpec } from './model/refs.js';
export type {
  ChallengeData,
  DataByKind,
  Entity,
  GoalData,
  InitiativeData,
  JourneyData,
  KPIData,
  Money,
  Path,
  PersonaData,
  Phase,
  PlanData,
  RFPData,
  RoleData,
  Stage,
  StageData,
  Target,
  TextOrList,
  ToolData,
  TouchpointData,
} from './model/types.js';

// ── findings ───────────────────────────────────────────────────────────
export { SEVERITIES } from './diagnostics/types.js';
export type { Diagnostic, Location, MessageData, Position, RelatedLocation, Severity, SeveritySetting } from './diagnostics/types.js';

/**
 * The registry of built-in rules, in the order `mplan rules` lists them.
 * Severities by preset live in presets.ts.
 */
import goalNoKpi from './goal-no-kpi.js';
import goalNotAgreed from './goal-not-agreed.js';
import goalNoOwner from './goal-no-owner.js';
import goalsShortTermOnly from './goals-short-term-only.js';
import goalsSinglePerspective from './goals-single-perspective.js';
import goalNoChallenge from './goal-no-challenge.js';
import challengeUnaddressed from './challenge-unaddressed.js';
import journeyEndsAtPurchase from './journey-ends-at-purchase.js';
import journeyNoPersona from './journey-no-persona.js';
import stageNoKpi from './stage-no-kpi.js';
import stageNoTouchpoint from './stage-no-touchpoint.js';
import stageNoOwner from './stage-no-owner.js';
import painPointNoOpportunity from './pain-point-no-opportunity.js';
import kpiNoStage from './kpi-no-stage.js';
import kpiNoGoal from './kpi-no-goal.js';
import kpiNoTarget from './kpi-no-target.js';
import kpiNoBaseline from './kpi-no-baseline.js';
import kpiNoOwner from './kpi-no-owner.js';
import kpiNoSource from './kpi-no-source.js';
import kpiTargetDirection from './kpi-target-direction.js';
import kpiTargetOutsidePeriod from './kpi-target-outside-period.js';
import initiativeNoKpi from './initiative-no-kpi.js';
import initiativeNoStage from './initiative-no-stage.js';
import initiativeNoAccountable from './initiative-no-accountable.js';
import initiativeDates from './initiative-dates.js';
import initiativeLowFit from './initiative-low-fit.js';
import raciMultipleLetters from './raci-multiple-letters.js';
import personalDataNoConsent from './personal-data-no-consent.js';
import budgetOverPlan from './budget-over-plan.js';
import noExecutiveSponsor from './no-executive-sponsor.js';
import roleNoResponsibility from './role-no-responsibility.js';
import roleOverloaded from './role-overloaded.js';
import toolUnused from './tool-unused.js';
import toolNoPurpose from './tool-no-purpose.js';
import toolNoOwner from './tool-no-owner.js';
import toolNotConnectedToCrm from './tool-not-connected-to-crm.js';
import toolCapabilityOverlap from './tool-capability-overlap.js';
import toolPerpetualLicense from './tool-perpetual-license.js';
import toolContractEndsInPeriod from './tool-contract-ends-in-period.js';
import rfpEvaluationWeights from './rfp-evaluation-weights.js';
import rfpTimelineOrder from './rfp-timeline-order.js';
import rfpNoRequirements from './rfp-no-requirements.js';
import rfpNoEvaluation from './rfp-no-evaluation.js';
import rfpScopeEmpty from './rfp-scope-empty.js';
import rfpNoPriceCriterion from './rfp-no-price-criterion.js';
import roadmapPhaseOutsidePeriod from './roadmap-phase-outside-period.js';
import initiativeOutsideRoadmap from './initiative-outside-roadmap.js';
import roadmapPhasesOverlap from './roadmap-phases-overlap.js';
import type { Rule } from './types.js';

export const RULES: readonly Rule[] = [
  goalNoKpi,
  goalNotAgreed,
  goalNoOwner,
  goalsShortTermOnly,
  goalsSinglePerspective,
  goalNoChallenge,
  challengeUnaddressed,
  journeyEndsAtPurchase,
  journeyNoPersona,
  stageNoKpi,
  stageNoTouchpoint,
  stageNoOwner,
  painPointNoOpportunity,
  kpiNoStage,
  kpiNoGoal,
  kpiNoTarget,
  kpiNoBaseline,
  kpiNoOwner,
  kpiNoSource,
  kpiTargetDirection,
  kpiTargetOutsidePeriod,
  initiativeNoKpi,
  initiativeNoStage,
  initiativeNoAccountable,
  initiativeDates,
  initiativeLowFit,
  raciMultipleLetters,
  personalDataNoConsent,
  budgetOverPlan,
  noExecutiveSponsor,
  roleNoResponsibility,
  roleOverloaded,
  toolUnused,
  toolNoPurpose,
  toolNoOwner,
  toolNotConnectedToCrm,
  toolCapabilityOverlap,
  toolPerpetualLicense,
  toolContractEndsInPeriod,
  rfpEvaluationWeights,
  rfpTimelineOrder,
  rfpNoRequirements,
  rfpNoEvaluation,
  rfpScopeEmpty,
  rfpNoPriceCriterion,
  roadmapPhaseOutsidePeriod,
  initiativeOutsideRoadmap,
  roadmapPhasesOverlap,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.meta.id, r]));

import type { MessageData, RelatedLocation, Severity } from '../diagnostics/types.js';
import type { MessageText } from '../i18n/types.js';
import type { PlanModel } from '../model/model.js';
import type { ReferenceField } from '../model/refs.js';
import type { DataByKind, Path, StageData, Target } from '../model/types.js';

export type RuleCategory = 'goals' | 'journeys' | 'kpis' | 'initiatives' | 'team' | 'tools' | 'rfps' | 'roadmap' | 'custom' | 'plugin' | (string & {});

/** A message a rule can report, in every language, with an optional fix hint. */
export interface RuleMessage extends MessageText {
  hint?: MessageText;
}

export interface RuleMeta {
  /** Kebab-case id, part of the contract (config, suppressions, docs URL). */
  id: string;
  /** Severity when the plan's config does not say otherwise. */
  severity: Severity;
  /** Off unless a config or a stricter preset turns it on (rules added after 1.0 start this way). */
  optIn?: boolean;
  category: RuleCategory;
  /** One line: what the rule finds. */
  description: MessageText;
  /** The planning practice the rule protects (shown by `mplan explain`). */
  practice?: MessageText;
  /** Messages by id, with `{{placeholders}}` filled from the report's data. */
  messages: Record<string, RuleMessage>;
  /** Docs page URL, for custom and plugin rules (built-in rules link to docs/rules/<id>.md). */
  docs?: string;
  /** JSON Schema for the rule's options object, if it takes any. */
  options?: Record<string, unknown>;
  /** Default option values. */
  defaults?: Record<string, unknown>;
}

export interface RelatedReport {
  target: Target;
  path?: Path;
  messageId: string;
  data?: MessageData;
}

/** The keys an object type names, without its index signature (`x-` extensions). */
type NamedKeys<T> = keyof { [K in keyof T as string extends K ? never : K]: T[K] } & string;

/** A field a document (of any kind) or a journey stage has of its own: `owner`, `stages`, `baseline`. */
export type OwnField = { [K in keyof DataByKind]: NamedKeys<DataByKind[K]> }[keyof DataByKind] | NamedKeys<StageData>;

/** What a finding about a missing field is about: the target's own field, or a reference field pointing at it. */
export type AboutField = OwnField | ReferenceField;

export interface Report {
  messageId: string;
  data?: MessageData;
  /** The entity or stage the finding is about. */
  target: Target;
  /** Where inside it to point (default: its `id`). */
  path?: Path;
  /** Point at the key of `path` instead of its value. */
  at?: 'value' | 'key';
  /** Other places the finding is about (the other end of a relationship). */
  related?: RelatedReport[];
  /**
   * Severity of this one finding when it differs from the rule's default
   * (a milder case of the same rule). Applied only while the rule's configured
   * severity equals its default; any other severity from config, a preset or
   * `--rule` applies to all of the rule's findings.
   */
  severity?: Severity;
  /**
   * The field whose absence the finding is about: the target's own field
   * (`'owner'`), or `'KPI.stage'` for "no KPI's `stage` names this target"
   * (or several such fields: the finding is about all of them). When that field was written under a misspelt key (`ownr:`), the schema
   * finding already says what to fix and this one is left out.
   */
  about?: AboutField | Iterable<AboutField>;
}

export interface RuleContext {
  readonly model: PlanModel;
  /** The rule's options, defaults merged with config. */
  readonly options: Record<string, unknown>;
  report(r: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

/** Helper that only exists to give rule files their types. */
export function defineRule(rule: Rule): Rule {
  return rule;
}

export type { RelatedLocation };

/**
 * Use case: the rule settings of a plan, as `mplan rules` lists them
 * (`ruleTable`) and `mplan explain` looks up the plan's own rules — the
 * pipeline up to its config stage, without running a rule.
 */
import { MplanError } from '../diagnostics/error.js';
import { loadPlan } from '../load/index.js';
import type { LintConfig } from '../rules/config.js';
import type { SeveritySetting } from '../diagnostics/types.js';
import { RULES } from '../rules/index.js';
import { isPreset, presetSeverity } from '../rules/presets.js';
import type { PresetName } from '../rules/presets.js';
import type { Rule } from '../rules/types.js';
import type { PluginOptions } from '../policy/plugins.js';
import { assemble } from './pipeline.js';

export interface PlanRuleSettings {
  /** The plan's own rules (lint.custom, lint.plugins). */
  rules: Rule[];
  /** Every rule's severity and options, as `mplan lint` would run them. */
  config: LintConfig;
  locale: unknown;
}

/**
 * The rule settings of the plan at `dir` (for `mplan rules`): its preset
 * (or `preset`, which wins), its `lint.rules` and its own rules. Undefined
 * when there is no plan there and the folder was not asked for explicitly.
 */
export async function ruleSettings(dir: string, preset: string | undefined, explicit: boolean, plugins: PluginOptions = {}): Promise<PlanRuleSettings | undefined> {
  let loaded;
  try {
    loaded = loadPlan(dir);
  } catch (err) {
    if (!explicit && err instanceof MplanError && err.code === 'usage-no-root') return undefined;
    throw err;
  }
  const run = await assemble(loaded, { preset: preset && isPreset(preset) ? preset : undefined, plugins }, { until: 'config', validate: false });
  return { rules: run.ownRules, config: run.config!, locale: run.model.plan?.data.locale };
}

export interface RuleTable {
  preset: PresetName;
  /** Every built-in rule then the plan's own, each at the severity a lint run would give it. */
  rows: Array<{ rule: Rule; severity: SeveritySetting }>;
  /** The plan's `locale` (undefined outside a plan). */
  locale: unknown;
}

/**
 * `mplan rules`: inside a plan, its own rules too and the severities its
 * config gives (lint.extends, lint.rules); outside one, `preset`'s.
 */
export async function ruleTable(dir: string, preset: string | undefined, explicit: boolean, plugins: PluginOptions = {}): Promise<RuleTable> {
  const plan = await ruleSettings(dir, preset, explicit, plugins);
  const chosen = plan?.config.preset ?? ((preset ?? 'mplan:recommended') as PresetName);
  const rows = [...RULES, ...(plan?.rules ?? [])].map((rule) => ({ rule, severity: plan?.config.rules.get(rule.meta.id)?.severity ?? presetSeverity(chosen, rule) }));
  return { preset: chosen, rows, locale: plan?.locale };
}

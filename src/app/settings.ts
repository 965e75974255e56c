import { MplanError } from '../diagnostics/error.js';
import { loadPlan } from '../load/index.js';
import { buildModel } from '../model/build.js';
import { resolveConfig } from '../rules/config.js';
import type { LintConfig } from '../rules/config.js';
import { RULES, RULES_BY_ID } from '../rules/index.js';
import { isPreset } from '../rules/presets.js';
import type { Rule } from '../rules/types.js';
import { loadPolicies } from '../policy/index.js';
import type { PluginOptions } from '../policy/plugins.js';

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
export async function planRuleSettings(dir: string, preset: string | undefined, explicit: boolean, plugins: PluginOptions = {}): Promise<PlanRuleSettings | undefined> {
  let loaded;
  try {
    loaded = loadPlan(dir);
  } catch (err) {
    if (!explicit && err instanceof MplanError && err.code === 'usage-no-root') return undefined;
    throw err;
  }
  const { model } = buildModel(loaded);
  const policies = await loadPolicies(model, RULES_BY_ID, plugins);
  const { config } = resolveConfig(model, RULES, { preset: preset && isPreset(preset) ? preset : undefined }, policies.rules);
  return { rules: policies.rules, config, locale: model.plan?.data.locale };
}

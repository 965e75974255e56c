import type { Diagnostic } from '../diagnostics/types.js';
import type { PlanModel } from '../model/model.js';
import type { Path } from '../model/types.js';
import type { Rule } from '../rules/types.js';
import { compileCustomRules } from './custom.js';
import { loadPlugins } from './plugins.js';
import type { PluginOptions } from './plugins.js';

/** Messages that are mplan's own (core catalog), not rule ids: a custom rule may not take them either. */
const RESERVED_IDS = ['rule-crashed', 'internal-error'];

export interface Policies {
  /** Custom (`lint.custom`) then plugin (`lint.plugins`) rules, in the order written. */
  rules: Rule[];
  /** Config errors: located in mplan.yaml. */
  diagnostics: Diagnostic[];
  /** True when the plan's plugins were not run: rule ids they would define are not known in this run. */
  pluginsSkipped: boolean;
  /** Point a `rule-crashed` of a custom or plugin rule at where the rule comes from. */
  relocate(findings: Diagnostic[]): Diagnostic[];
}

/**
 * The plan's own rules: declarative ones from `lint.custom` and code from
 * `lint.plugins`. Their ids must not clash with built-in rules or each other.
 */
export async function loadPolicies(model: PlanModel, builtins: ReadonlyMap<string, Rule>, plugins: PluginOptions = {}): Promise<Policies> {
  const reserved = new Set([...builtins.keys(), ...RESERVED_IDS]);
  const custom = compileCustomRules(model, reserved);
  for (const r of custom.rules) reserved.add(r.meta.id);
  const loaded = await loadPlugins(model, reserved, plugins);
  const origins = new Map<string, { at: Path; plugin?: string }>();
  for (const [id, at] of custom.origins) origins.set(id, { at });
  for (const [id, o] of loaded.origins) origins.set(id, o);
  return {
    rules: [...custom.rules, ...loaded.rules],
    diagnostics: [...custom.diagnostics, ...loaded.diagnostics],
    pluginsSkipped: loaded.skipped === true,
    relocate(findings) {
      const plan = model.plan;
      if (!plan || !origins.size) return findings;
      return findings.map((d) => {
        if (d.rule !== 'rule-crashed') return d;
        const o = origins.get(String(d.data.rule));
        if (!o) return d;
        const loc = model.locate(plan, o.at);
        if (!o.plugin) return { ...d, ...loc };
        const data = { ...d.data, plugin: o.plugin };
        return { ...d, ...loc, messageId: 'plugin-rule-crashed', data, hintId: 'plugin-rule-crashed.hint', hintData: data };
      });
    },
  };
}

export { compileCustomRules } from './custom.js';
export { loadPlugins } from './plugins.js';
export type { PluginOptions } from './plugins.js';

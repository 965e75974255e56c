import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic, Severity } from '../diagnostics/types.js';
import { sortDiagnostics } from '../diagnostics/types.js';
import { PlanCache } from '../cache/index.js';
import { loadPlan } from '../load/index.js';
import type { LoadedPlan } from '../load/index.js';
import { buildModel } from '../model/build.js';
import type { PlanModel } from '../model/model.js';
import type { LintConfig } from '../rules/config.js';
import type { PresetName } from '../rules/presets.js';
import type { Rule } from '../rules/types.js';
import type { PluginOptions } from '../policy/plugins.js';
import { validateModel } from '../validate/index.js';
import { pushAll } from '../util/array.js';

export interface CheckOptions {
  /** Run the lint rules too (otherwise: file, schema and reference checks only). */
  lint?: boolean;
  /** `--rule id=severity` overrides. */
  rules?: Record<string, Severity | 'off'>;
  preset?: PresetName;
  /** Extra ignore globs. */
  ignore?: string[];
  /** Called when a rule throws (for --debug). */
  onRuleCrash?: (rule: Rule, err: unknown) => void;
  /** "Today" (YYYY-MM-DD) for suppressions with `until:`; default MPLAN_TODAY, else the local date. */
  today?: string;
  /** `--cache`: reuse what earlier runs learnt about unchanged files, and save this run's (src/cache/). */
  cache?: boolean;
  /** The plan's plugins (lint.plugins): `{ run: false }` for `--no-plugins`; a revision's own files (src/policy/plugins.ts). */
  plugins?: PluginOptions;
}

export interface CheckResult {
  loaded: LoadedPlan;
  model: PlanModel;
  diagnostics: Diagnostic[];
  /** Every rule known in this run, by id (empty for validate). */
  rules: ReadonlyMap<string, Rule>;
  config?: LintConfig;
}

/**
 * The whole pipeline: load → model → validate → (config → rules →
 * suppressions). Each file is parsed once; everything after works on the
 * model's indexes.
 */
export async function checkPlan(dir: string, options: CheckOptions = {}): Promise<CheckResult> {
  // --cache: the cache answers the loader's questions (src/load/memo.ts) and is saved at the end.
  let cache: PlanCache | undefined;
  const memo = options.cache ? (root: string) => (cache = new PlanCache(root)) : undefined;
  const result = await checkLoaded(loadPlan(dir, { ignore: options.ignore, memo }), options);
  if (options.lint) {
    // A broken report or RFP template must fail in CI, not when the RFP is due.
    const templateDiags = await checkRepoTemplates(result.loaded.root);
    if (templateDiags.length) result.diagnostics = sortDiagnostics([...result.diagnostics, ...templateDiags]);
  }
  // --cache: saved once every location of this run has been looked up (the rules ran).
  const cacheProblem = cache?.save();
  if (cacheProblem) result.diagnostics = sortDiagnostics([...result.diagnostics, cacheProblem]);
  return result;
}

/** The plan repo's own `templates/`, checked against the data each template receives (only when it has one). */
async function checkRepoTemplates(root: string): Promise<Diagnostic[]> {
  if (!existsSync(path.join(root, 'templates'))) return [];
  const { checkRepoTemplates: check } = await import('../render/check.js');
  return check(root);
}

/** The pipeline after loading, for a plan read some other way (e.g. from a git revision). */
export async function checkLoaded(loaded: LoadedPlan, options: CheckOptions = {}): Promise<CheckResult> {
  const { model, diagnostics: modelDiags } = buildModel(loaded);
  const diagnostics: Diagnostic[] = [...loaded.diagnostics, ...modelDiags, ...(await validateModel(model))];
  // A broken mplan.yaml whose lint settings could not be read (src/load/parse.ts): running the
  // rules at their defaults would report every rule the team turned off, so none run.
  const unreadable = (d: Diagnostic) => d.rule === 'config-unreadable';
  if (!options.lint) {
    // Without lint rules, unread lint settings change nothing.
    return { loaded, model, diagnostics: sortDiagnostics(diagnostics.filter((d) => !unreadable(d))), rules: new Map() };
  }
  if (loaded.diagnostics.some(unreadable)) return { loaded, model, diagnostics: sortDiagnostics(diagnostics), rules: new Map() };
  const { RULES, RULES_BY_ID } = await import('../rules/index.js');
  const { resolveConfig } = await import('../rules/config.js');
  const { runRules } = await import('../rules/engine.js');
  const { readSuppressions, applySuppressions } = await import('../suppress/inline.js');
  // The plan's own rules (lint.custom, lint.plugins) run like built-in ones.
  const { loadPolicies } = await import('../policy/index.js');
  const policies = await loadPolicies(model, RULES_BY_ID, options.plugins);
  const allRules = policies.rules.length ? [...RULES, ...policies.rules] : RULES;
  const rulesById: ReadonlyMap<string, Rule> = policies.rules.length ? new Map(allRules.map((r) => [r.meta.id, r])) : RULES_BY_ID;
  pushAll(diagnostics, policies.diagnostics);
  const { config, diagnostics: configDiags } = resolveConfig(model, RULES, { rules: options.rules, preset: options.preset }, policies.rules);
  pushAll(diagnostics, configDiags);
  const findings = policies.relocate(runRules(model, allRules, config, options.onRuleCrash));
  const suppressions = loaded.files.flatMap(readSuppressions);
  const enabled = new Set([...config.rules].filter(([, s]) => s.severity !== 'off').map(([id]) => id));
  let kept = applySuppressions(findings, suppressions, new Set(rulesById.keys()), enabled, { today: options.today, model, rules: rulesById });
  if (policies.pluginsSkipped) {
    // Plugins not run: the ids they define are unknown here, which is no mistake of the plan.
    const unknownId = new Set(['config-unknown-rule', 'suppression-unknown-rule']);
    kept = kept.filter((d) => !unknownId.has(d.rule));
    for (let i = diagnostics.length - 1; i >= 0; i--) if (unknownId.has(diagnostics[i]!.rule)) diagnostics.splice(i, 1);
  }
  pushAll(diagnostics, kept);
  return { loaded, model, diagnostics: sortDiagnostics(diagnostics), rules: rulesById, config };
}

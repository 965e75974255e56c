/**
 * Use case: every run over a plan. The one assembly of the pipeline — load →
 * model → validate → config → rules → suppressions (`assemble`) — and the
 * check that `mplan validate`, `mplan lint` and the language server run on
 * a plan folder (`checkPlan`) or on a plan read some other way (`checkLoaded`).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic, Severity } from '../diagnostics/types.js';
import { sortDiagnostics } from '../diagnostics/types.js';
import { PlanCache } from '../cache/index.js';
import { loadPlan } from '../load/index.js';
import type { LoadedPlan, LoadMemo } from '../load/index.js';
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
  /** What the loader may take instead of the disk (src/load/memo.ts): an editor's open buffers. Overrides `cache`. */
  memo?: LoadMemo;
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
  const memo = options.memo ?? (options.cache ? (root: string) => (cache = new PlanCache(root)) : undefined);
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
  const run = await assemble(loaded, options, { until: options.lint ? 'findings' : 'validate' });
  const { model, diagnostics, rules } = run;
  // Without lint rules, unread lint settings change nothing.
  if (!options.lint) return { loaded, model, diagnostics: sortDiagnostics(diagnostics.filter((d) => !unreadable(d))), rules };
  if (run.halted) return { loaded, model, diagnostics: sortDiagnostics(diagnostics), rules };
  return { loaded, model, diagnostics: sortDiagnostics([...diagnostics, ...run.findings]), rules, config: run.config };
}

/** How far `assemble` goes, and with which rules. */
export interface Stages {
  /**
   * The last stage to run: `model`, `validate`, `config` (which rules run
   * and how they are set, the plan's own rules loaded) or `findings` (the
   * rules run, then suppressions).
   */
  until: 'model' | 'validate' | 'config' | 'findings';
  /** False: skip schema and reference checks (the rule settings need only the model). */
  validate?: boolean;
  /** Rule tests: this rule alone, always on; no other rule, no plugin, no suppression. */
  only?: Rule;
  /**
   * Before the rules of a `findings` run: a problem so far that stops it
   * (default: mplan.yaml whose lint settings could not be read).
   */
  haltOn?: (d: Diagnostic) => boolean;
}

/** What `assemble` produced, stage by stage (not sorted). */
export interface Assembly {
  loaded: LoadedPlan;
  model: PlanModel;
  /** Load, model, validate and config problems, in stage order. */
  diagnostics: Diagnostic[];
  /** The problems of the plan's own rules (lint.custom, lint.plugins); also in `diagnostics`. */
  policyDiagnostics: Diagnostic[];
  /** What the rules found, suppressions applied. */
  findings: Diagnostic[];
  /** The plan's own rules, custom then plugins. */
  ownRules: Rule[];
  /** Every rule of the run, by id (empty before the config stage). */
  rules: ReadonlyMap<string, Rule>;
  config?: LintConfig;
  /** The rules did not run: `haltOn` matched. */
  halted: boolean;
}

/** A broken mplan.yaml whose lint settings could not be read (src/load/parse.ts). */
const unreadable = (d: Diagnostic) => d.rule === 'config-unreadable';

/**
 * The one assembly of the pipeline: model → validate → config → rules →
 * suppressions over a loaded plan, up to `stages.until`. Every use case
 * (lint, render, diff, rule tests, rule settings) runs it; rules, policies
 * and suppressions are loaded only when a run reaches them.
 */
export async function assemble(loaded: LoadedPlan, options: CheckOptions, stages: Stages): Promise<Assembly> {
  const { model, diagnostics: modelDiags } = buildModel(loaded);
  const diagnostics: Diagnostic[] = [...loaded.diagnostics, ...modelDiags];
  const run: Assembly = { loaded, model, diagnostics, policyDiagnostics: [], findings: [], ownRules: [], rules: new Map(), halted: false };
  if (stages.until === 'model') return run;
  if (stages.validate !== false) pushAll(diagnostics, await validateModel(model));
  if (stages.until === 'validate') return run;
  // Running the rules at their defaults past unread settings would report every rule the team turned off.
  if (stages.until === 'findings' && diagnostics.some(stages.haltOn ?? unreadable)) {
    run.halted = true;
    return run;
  }

  const { resolveConfig } = await import('../rules/config.js');
  const only = stages.only;
  if (only) {
    // Options for the rule may come from the plan's own lint.rules; the rule always runs.
    const { config, diagnostics: configDiags } = resolveConfig(model, [], {}, [only]);
    const setting = config.rules.get(only.meta.id)!;
    if (setting.severity === 'off') setting.severity = only.meta.severity;
    pushAll(diagnostics, configDiags);
    run.config = config;
    run.rules = new Map([[only.meta.id, only]]);
    if (stages.until === 'config') return run;
    const { runRules } = await import('../rules/engine.js');
    run.findings = runRules(model, [only], config, options.onRuleCrash);
    return run;
  }

  const { RULES, RULES_BY_ID } = await import('../rules/index.js');
  // The plan's own rules (lint.custom, lint.plugins) run like built-in ones.
  const { loadPolicies } = await import('../policy/index.js');
  const policies = await loadPolicies(model, RULES_BY_ID, options.plugins);
  const allRules = policies.rules.length ? [...RULES, ...policies.rules] : RULES;
  const rulesById: ReadonlyMap<string, Rule> = policies.rules.length ? new Map(allRules.map((r) => [r.meta.id, r])) : RULES_BY_ID;
  pushAll(diagnostics, policies.diagnostics);
  const { config, diagnostics: configDiags } = resolveConfig(model, RULES, { rules: options.rules, preset: options.preset }, policies.rules);
  pushAll(diagnostics, configDiags);
  run.policyDiagnostics = policies.diagnostics;
  run.ownRules = policies.rules;
  run.rules = rulesById;
  run.config = config;
  if (stages.until === 'config') return run;

  const { runRules } = await import('../rules/engine.js');
  const { readSuppressions, applySuppressions } = await import('../suppress/inline.js');
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
  run.findings = kept;
  return run;
}

import type { Diagnostic, Severity, SeveritySetting } from '../diagnostics/types.js';
import type { PlanModel } from '../model/model.js';
import { didYouMean } from '../util/suggest.js';
import { isPreset, PRESETS, presetSeverity } from './presets.js';
import type { PresetName } from './presets.js';
import type { Rule } from './types.js';

export interface RuleSetting {
  severity: SeveritySetting;
  options: Record<string, unknown>;
}

export interface LintConfig {
  preset: PresetName;
  rules: Map<string, RuleSetting>;
}

const SETTINGS: readonly string[] = ['off', 'info', 'warn', 'error'];

function asSetting(v: unknown): SeveritySetting | undefined {
  return typeof v === 'string' && SETTINGS.includes(v) ? (v as SeveritySetting) : undefined;
}

/**
 * Resolve every rule's severity and options: the preset (`lint.extends`,
 * default mplan:recommended), then `lint.rules` in mplan.yaml, then
 * `--rule id=severity` from the command line, which wins. `own` rules (the
 * plan's custom and plugin rules) start at their own severity, whatever
 * the preset: presets set mplan's built-in rules.
 */
export function resolveConfig(
  model: PlanModel,
  rules: readonly Rule[],
  cli: { rules?: Record<string, Severity | 'off'>; preset?: PresetName } = {},
  own: readonly Rule[] = [],
): { config: LintConfig; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const byId = new Map([...rules, ...own].map((r) => [r.meta.id, r]));
  const lint = (model.plan?.data.lint ?? {}) as Record<string, unknown>;
  let preset: PresetName = 'mplan:recommended';
  const ext = lint.extends;
  // Later entries win; an unknown name is a located error (with a did-you-mean).
  (Array.isArray(ext) ? ext : ext === undefined ? [] : [ext]).forEach((name: unknown, i: number) => {
    if (typeof name !== 'string') return; // the schema reports it
    if (isPreset(name)) {
      preset = name;
      return;
    }
    if (!model.plan) return;
    const short = didYouMean(name.replace(/^mplan:/, ''), PRESETS.map((p) => p.slice('mplan:'.length)));
    const suggestion = short ? `mplan:${short}` : undefined;
    diagnostics.push({
      ...model.locate(model.plan, Array.isArray(ext) ? ['lint', 'extends', i] : ['lint', 'extends']),
      rule: 'config-unknown-preset',
      severity: 'error',
      messageId: 'config-unknown-preset',
      data: { preset: name },
      hintId: suggestion ? 'hint-did-you-mean' : 'config-unknown-preset.hint',
      hintData: suggestion ? { suggestion } : { presets: PRESETS.join(', ') },
    });
  });
  if (cli.preset) preset = cli.preset;
  const settings = new Map<string, RuleSetting>();
  for (const r of rules) {
    settings.set(r.meta.id, { severity: presetSeverity(preset, r), options: { ...(r.meta.defaults ?? {}) } });
  }
  for (const r of own) settings.set(r.meta.id, { severity: r.meta.severity, options: { ...(r.meta.defaults ?? {}) } });
  const configured = lint.rules;
  if (configured && typeof configured === 'object' && !Array.isArray(configured) && model.plan) {
    for (const [id, value] of Object.entries(configured as Record<string, unknown>)) {
      const rule = byId.get(id);
      if (!rule) {
        const suggestion = didYouMean(id, byId.keys());
        diagnostics.push({
          ...model.locate(model.plan, ['lint', 'rules', id], 'key'),
          rule: 'config-unknown-rule',
          severity: 'error',
          messageId: 'config-unknown-rule',
          data: { rule: id },
          hintId: suggestion ? 'hint-did-you-mean' : 'config-unknown-rule.hint',
          hintData: suggestion ? { suggestion } : {},
        });
        continue;
      }
      const s = settings.get(id)!;
      const sev = asSetting(Array.isArray(value) ? value[0] : value);
      if (sev) s.severity = sev; // a wrong value is a schema error, reported by validate
      if (Array.isArray(value) && value[1] && typeof value[1] === 'object') {
        const opts = value[1] as Record<string, unknown>;
        const known = Object.keys((rule.meta.options?.properties as Record<string, unknown>) ?? {});
        for (const [k, v] of Object.entries(opts)) {
          if (!known.includes(k)) {
            diagnostics.push({
              ...model.locate(model.plan, ['lint', 'rules', id, 1, k], 'key'),
              rule: 'config-bad-option',
              severity: 'error',
              messageId: 'config-bad-option',
              data: { rule: id, detail: known.length ? `unknown option \`${k}\` (options: ${known.join(', ')})` : `unknown option \`${k}\` (this rule has no options)` },
            });
          } else s.options[k] = v;
        }
      }
    }
  }
  for (const [id, sev] of Object.entries(cli.rules ?? {})) {
    const s = settings.get(id);
    if (s) s.severity = sev;
  }
  return { config: { preset, rules: settings }, diagnostics };
}

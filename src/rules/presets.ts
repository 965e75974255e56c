import type { SeveritySetting } from '../diagnostics/types.js';
import type { Rule } from './types.js';

export const PRESETS = ['mplan:recommended', 'mplan:strict', 'mplan:minimal'] as const;
export type PresetName = (typeof PRESETS)[number];

/**
 * What a preset sets each rule to. Severities live here, apart from the
 * rules, so a team's preset choice reads in one place.
 * - recommended (the default): each rule's own severity; opt-in rules off.
 * - strict: every rule on, as an error — for mature teams.
 * - minimal: no planning rules, only broken structure and references
 *   (which `validate` checks anyway) — for teams adopting mplan.
 */
export function presetSeverity(preset: PresetName, rule: Rule): SeveritySetting {
  switch (preset) {
    case 'mplan:strict':
      return 'error';
    case 'mplan:minimal':
      return 'off';
    default:
      return rule.meta.optIn ? 'off' : rule.meta.severity;
  }
}

export function isPreset(name: string): name is PresetName {
  return (PRESETS as readonly string[]).includes(name);
}

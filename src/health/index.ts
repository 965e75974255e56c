import { CATALOG, text } from '../i18n/index.js';
import type { Lang } from '../i18n/types.js';
import type { PlanModel } from '../model/model.js';
import { toolsInUse, USE_FIELDS } from '../rules/tool-unused.js';

export interface HealthFigure {
  id: string;
  n: number;
  m: number;
  /** Whole percent, or null when there is nothing to count. */
  percent: number | null;
}

/** What a figure measures, in words (src/i18n/messages-health.ts). */
export function healthLabel(id: string, lang: Lang): string {
  const key = `health-${id}`;
  return CATALOG[key] ? text(key, lang) : id;
}

function figure(id: string, n: number, m: number): HealthFigure {
  return { id, n, m, percent: m === 0 ? null : Math.round((n / m) * 100) };
}

/** The plan health figures shown after lint findings and in reports. One pass over the indexes. */
export function planHealth(model: PlanModel): HealthFigure[] {
  const kpis = model.ofKind('KPI');
  const goals = model.ofKind('Goal');
  const inits = model.ofKind('Initiative');
  const tools = model.ofKind('Tool');
  // As tool-unused counts them: also the tools fed by a tool in use (a CRM, a warehouse).
  const inUse = toolsInUse(model);
  // A reference into a file with YAML errors cannot be checked (model.unchecked): it is not
  // counted as missing, so one broken file does not collapse the figures.
  const unchecked = (key: unknown): boolean => typeof key === 'string' && model.unchecked.has(key);
  return [
    // A KPI's `stage` reference resolves exactly when model.stage() finds it (no Ref objects made to ask).
    figure('kpis-with-stage', kpis.filter((k) => model.stage(k.data.stage) !== undefined || unchecked(k.data.stage)).length, kpis.length),
    figure('stages-with-kpi', model.stages.filter((s) => model.countReferencesTo(s, 'KPI.stage') > 0).length, model.stages.length),
    figure('goals-with-kpi', goals.filter((g) => model.countReferencesTo(g, 'KPI.goals[]') > 0).length, goals.length),
    figure('goals-agreed', goals.filter((g) => Array.isArray(g.data.agreed_by) && g.data.agreed_by.length > 0).length, goals.length),
    figure('initiatives-with-accountable', inits.filter((i) => model.getOf('Role', i.data.accountable) !== undefined || unchecked(i.data.accountable)).length, inits.length),
    figure('tools-in-use', tools.filter((t) => inUse.has(t.id) || model.countReferencesTo(t, USE_FIELDS) > 0).length, tools.length),
  ];
}

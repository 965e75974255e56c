import type { MessageText } from './types.js';

/**
 * The plan health figures (src/health/), shown after lint findings, in `mplan diff` and in
 * the report: `health-<figure id>`.
 */
export const HEALTH_MESSAGES: Record<string, MessageText> = {
  'health-kpis-with-stage': {
    en: 'KPIs mapped to a journey stage',
    ja: 'ステージに紐づく KPI',
  },
  'health-stages-with-kpi': {
    en: 'Stages measured by a KPI',
    ja: 'KPI で測られているステージ',
  },
  'health-goals-with-kpi': {
    en: 'Goals measured by a KPI',
    ja: 'KPI で測られている目標',
  },
  'health-goals-agreed': {
    en: 'Goals with a recorded agreement',
    ja: '合意が記録された目標',
  },
  'health-initiatives-with-accountable': {
    en: 'Initiatives with an accountable role',
    ja: '説明責任者がいる施策',
  },
  'health-tools-in-use': {
    en: 'Tools in use',
    ja: '使われているツール',
  },
};

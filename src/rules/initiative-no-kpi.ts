import { defineRule } from './types.js';
import { hasText } from './util.js';

/** An initiative that moves no KPI cannot show whether it worked, so it cannot be improved or stopped. */
export default defineRule({
  meta: {
    id: 'initiative-no-kpi',
    severity: 'warn',
    category: 'initiatives',
    description: {
      en: 'Every initiative names at least one KPI it should move.',
      ja: 'すべての施策に、動かすべき KPI が少なくとも 1 つ指定されていること。',
    },
    practice: {
      en: 'Structure the marketing: initiatives and KPIs are broken down from the customer experience together, so each initiative shows its effect on a KPI (施策とKPIの分解).',
      ja: 'マーケティングを構造化します。施策と KPI は顧客体験から一緒に分解するものであり、各施策の効果は KPI で示します。',
    },
    messages: {
      noKpi: {
        en: 'Initiative `{{id}}` names no KPI, so nobody can tell whether it works.',
        ja: '施策 `{{id}}` に KPI が指定されていないため、効果があるかどうか誰にも判断できません。',
        hint: {
          en: 'Add `kpis: [<kpi-id>]` listing the KPIs this initiative should move.',
          ja: 'この施策で動かす KPI を `kpis: [<KPI id>]` で指定してください。',
        },
      },
    },
  },
  check({ model, report }) {
    for (const ini of model.ofKind('Initiative')) {
      if (!hasText(ini.data.kpis)) report({ target: ini, messageId: 'noKpi', data: { id: ini.id }, about: 'kpis' });
    }
  },
});

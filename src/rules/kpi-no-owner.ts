import { defineRule } from './types.js';
import { hasText } from './util.js';

/** A KPI nobody owns is a number nobody acts on when it goes the wrong way. */
export default defineRule({
  meta: {
    id: 'kpi-no-owner',
    severity: 'warn',
    category: 'kpis',
    description: {
      en: 'Every KPI has an owner role.',
      ja: 'すべての KPI に責任者（owner）の役割が決まっていること。',
    },
    practice: {
      en: 'Clear responsibility: each measurable goal needs a person who answers for it and acts when it drifts (責任者の明確化).',
      ja: '責任者を明確にします。測定可能な目標には、その数値に責任を持ち、ずれたときに手を打つ人が必要です。',
    },
    messages: {
      noOwner: {
        en: 'KPI `{{id}}` has no owner: nobody is responsible for moving this number.',
        ja: 'KPI `{{id}}` に責任者（owner）がいません。この数値を動かす責任を誰も負っていません。',
        hint: {
          en: 'Add `owner: <role-id>` naming the role that reports this KPI and acts when it drifts from the target.',
          ja: 'この KPI を報告し、目標値から外れたときに対応する役割を `owner: <役割id>` で指定してください。',
        },
      },
    },
  },
  check({ model, report }) {
    for (const kpi of model.ofKind('KPI')) {
      if (!hasText(kpi.data.owner)) report({ target: kpi, messageId: 'noOwner', data: { id: kpi.id }, about: 'owner' });
    }
  },
});

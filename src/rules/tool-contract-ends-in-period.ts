import { asDate, planPeriod } from './util.js';
import { defineRule } from './types.js';

/** A contract that ends during the plan needs a renew-or-replace decision, with a date and an owner. */
export default defineRule({
  meta: {
    id: 'tool-contract-ends-in-period',
    severity: 'info',
    category: 'tools',
    description: {
      en: 'Flags tools whose contract ends inside the plan period, so the renewal decision is planned.',
      ja: '契約終了日が計画の対象期間内にあるツールを知らせ、更新の判断を計画に組み込めるようにします。',
    },
    practice: {
      en: 'Tools are means to be reviewed, not kept by default (手段と目的, サブスクリプション): a renewal is the moment to check that the tool still fits your own requirements.',
      ja: 'ツールは手段であり、惰性で使い続けるものではありません（手段と目的、サブスクリプション）。契約更新は、ツールが自社の要件にまだ合っているかを見直す機会です。',
    },
    messages: {
      endsInPeriod: {
        en: 'The contract of tool `{{id}}` ends on {{date}}, inside the plan period ({{start}} to {{end}}): a renewal decision is due.',
        ja: 'ツール `{{id}}` の契約は {{date}} に終了し、計画の対象期間（{{start}}〜{{end}}）内です。更新するかどうかの判断が必要です。',
        hint: {
          en: 'Plan the review: who decides (the tool `owner`) and by when, for example as an initiative or a roadmap exit criterion; set `status: retiring` if it will not be renewed.',
          ja: '見直しの段取り（誰が＝ツールの `owner`、いつまでに判断するか）を、施策やロードマップの完了条件として計画に入れてください。更新しない場合は `status: retiring` にしてください。',
        },
      },
    },
  },
  check({ model, report }) {
    const period = planPeriod(model.plan);
    if (!period) return;
    for (const tool of model.ofKind('Tool')) {
      if (tool.data.status === 'retiring') continue; // already decided: it will not be renewed
      const date = asDate(tool.data.contract_end);
      if (!date || date < period.start || date > period.end) continue;
      report({
        target: tool,
        messageId: 'endsInPeriod',
        path: ['contract_end'],
        data: { id: tool.id, date, start: period.start, end: period.end },
      });
    }
  },
});

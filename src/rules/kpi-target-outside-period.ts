import { defineRule } from './types.js';
import { asDate, asObject, planPeriod } from './util.js';

/** A target due outside the plan period is either not this plan's promise or a typo in the date. */
export default defineRule({
  meta: {
    id: 'kpi-target-outside-period',
    severity: 'warn',
    category: 'kpis',
    description: {
      en: 'A KPI\'s target date (`target.by`) falls inside the plan period.',
      ja: 'KPI の目標期限（target.by）が計画期間内にあること。',
    },
    practice: {
      en: 'Roadmaps from today to the goal: the plan commits to results within its own period, so every target is due inside it (ロードマップ; 具体的で測定可能な目標).',
      ja: 'ロードマップは今日から目標までを描きます。計画は自らの期間内の成果を約束するものなので、目標値の期限もすべてその期間内に置きます。',
    },
    messages: {
      outsidePeriod: {
        en: 'The target of KPI `{{id}}` is due {{by}}, outside the plan period {{start}} – {{end}}.',
        ja: 'KPI `{{id}}` の目標期限 {{by}} が計画期間（{{start}}〜{{end}}）の外にあります。',
        hint: {
          en: 'Set `target.by` to a date between {{start}} and {{end}}, or move a longer-term target to the next plan.',
          ja: '`target.by` を {{start}}〜{{end}} の日付にするか、より長期の目標値であれば次の計画に移してください。',
        },
      },
      planPeriod: {
        en: 'plan period {{start}} – {{end}}',
        ja: '計画期間 {{start}}〜{{end}}',
      },
    },
  },
  check({ model, report }) {
    const plan = model.plan;
    const period = planPeriod(plan);
    if (!plan || !period) return;
    for (const kpi of model.ofKind('KPI')) {
      const by = asDate(asObject(kpi.data.target)?.by);
      if (!by || (by >= period.start && by <= period.end)) continue;
      report({
        target: kpi,
        messageId: 'outsidePeriod',
        data: { id: kpi.id, by, start: period.start, end: period.end },
        path: ['target', 'by'],
        related: [{ target: plan, path: ['period', by < period.start ? 'start' : 'end'], messageId: 'planPeriod', data: { start: period.start, end: period.end } }],
      });
    }
  },
});

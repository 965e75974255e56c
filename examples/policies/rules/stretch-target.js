// A plugin rule: KPI targets must be a real stretch over the baseline.
// It needs arithmetic across two fields, which declarative rules in
// mplan.yaml do not do, so it is written in JavaScript against the same
// rule interface as mplan's built-in rules (see docs/plugins.md).
//
// Plain ES module, no dependencies: mplan loads it with `import()`. The
// JSDoc types give editors completion when mplan is installed.

/** @param {unknown} v */
const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** @type {import('mplan').Rule} */
export const stretchTarget = {
  meta: {
    id: 'stretch-target',
    severity: 'warn',
    category: 'kpis',
    description: {
      en: 'A KPI target improves on its baseline by at least `min_uplift` (default 10%).',
      ja: 'KPI の目標値がベースラインから `min_uplift`（既定 10%）以上改善していること。',
    },
    messages: {
      timid: {
        en: 'KPI `{{id}}` aims for {{target}} from a baseline of {{baseline}}: a {{uplift}}% change, less than the {{min}}% our planning policy asks for.',
        ja: 'KPI `{{id}}` の目標値 {{target}} はベースライン {{baseline}} から {{uplift}}% の変化で、計画方針の {{min}}% に届いていません。',
        hint: {
          en: 'Raise the target, or explain in `definition` why a smaller change is the right goal this year.',
          ja: '目標値を引き上げるか、小さな変化が今年の目標として適切な理由を `definition` に書いてください。',
        },
      },
    },
    options: {
      type: 'object',
      properties: { min_uplift: { type: 'number', description: 'Smallest relative change, e.g. 0.1 = 10%.' } },
    },
    defaults: { min_uplift: 0.1 },
  },
  check({ model, options, report }) {
    const min = num(options.min_uplift) ?? 0.1;
    for (const kpi of model.ofKind('KPI')) {
      const dir = kpi.data.direction;
      if (dir !== 'increase' && dir !== 'decrease') continue;
      const baseline = num(kpi.data.baseline?.value);
      const target = num(kpi.data.target?.value);
      if (baseline === undefined || target === undefined || baseline === 0) continue;
      const change = ((dir === 'increase' ? target - baseline : baseline - target) / Math.abs(baseline));
      if (change + 1e-9 >= min) continue;
      report({
        target: kpi,
        path: ['target', 'value'],
        messageId: 'timid',
        data: {
          id: kpi.id,
          target,
          baseline,
          uplift: Math.round(change * 1000) / 10,
          min: Math.round(min * 1000) / 10,
        },
      });
    }
  },
};

export const rules = [stretchTarget];
